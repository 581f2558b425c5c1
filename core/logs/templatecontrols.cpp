// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecontrols.h"

#include "common/error.h"
#include "templateminer.h"
#include "warehouse/database.h"
#include "warehouse/logreader.h"
#include "warehouse/warehouse.h"

#include <QStringList>

#include <algorithm>

namespace Opsight::Core {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::TemplateControls)
};

// A source's miner and the stored rows of its templates, for one change.
class SourceTemplates
{
public:
    SourceTemplates(Database &db, const QString &source)
        : m_db(db)
        , m_source(source)
    {
        LogReader logs(db);
        const std::optional<LogSourceInfo> info = logs.source(source);
        if (!info)
            throw Error(Messages::tr("No log source is named \"%1\".").arg(source));
        m_sourceId = info->id;
        m_families = logs.families(m_sourceId);
        Statement state = db.prepare("SELECT state FROM log_miner WHERE source_id = ?1");
        state.bind(1, m_sourceId);
        if (!state.step())
            throw Error(Messages::tr("Log source \"%1\" has no stored miner state to change.").arg(source));
        const std::string_view blob = state.columnBlob(0);
        m_miner = TemplateMiner::loadState(QByteArray(blob.data(), qsizetype(blob.size())));
    }

    const LogTemplateFamily &family(qint64 id) const
    {
        const auto it = std::find_if(m_families.begin(), m_families.end(),
                                     [id](const LogTemplateFamily &f) { return f.family == id; });
        if (it == m_families.end())
            throw Error(Messages::tr("Log source \"%1\" has no template #%2.").arg(m_source).arg(id));
        return *it;
    }

    // The miner's id of a stored template version.
    TemplateId minerId(qint64 templateRow) const
    {
        Statement stmt = m_db.prepare("SELECT miner_id FROM log_template WHERE id = ?1");
        stmt.bind(1, templateRow);
        if (!stmt.step() || stmt.columnInt64(0) == 0)
            throw Error(Messages::tr("Template row %1 of \"%2\" was not mined here and cannot be changed.")
                            .arg(templateRow)
                            .arg(m_source));
        return stmt.columnInt64(0);
    }

    TemplateMiner &miner() { return m_miner; }

    void save()
    {
        const QByteArray state = m_miner.saveState();
        Statement save = m_db.prepare("UPDATE log_miner SET state = ?2 WHERE source_id = ?1");
        save.bind(1, m_sourceId).bindBlob(2, state.constData(), int(state.size())).run();
    }

private:
    Database &m_db;
    QString m_source;
    qint64 m_sourceId = 0;
    std::vector<LogTemplateFamily> m_families;
    TemplateMiner m_miner;
};

} // namespace

void pinTemplateSplit(Warehouse &warehouse, const QString &source, qint64 family, int wildcard)
{
    Transaction transaction(warehouse.db());
    SourceTemplates templates(warehouse.db(), source);
    const LogTemplateFamily &f = templates.family(family);
    if (f.mergedInto)
        throw Error(Messages::tr("Template #%1 was merged into #%2; split that one instead.").arg(family).arg(f.mergedInto));
    const QStringList tokens = f.current().text.split(QLatin1Char(' '));
    int seen = -1;
    qsizetype position = -1;
    for (qsizetype i = 0; i < tokens.size() && position < 0; ++i)
        if (tokens[i] == QLatin1String("<*>") && ++seen == wildcard)
            position = i;
    if (wildcard < 0 || position < 0)
        throw Error(Messages::tr("Template #%1 has %n wildcard(s); there is no wildcard %2 to split at.", nullptr,
                                 int(std::count(tokens.begin(), tokens.end(), QStringLiteral("<*>"))))
                        .arg(family)
                        .arg(wildcard + 1));
    if (!templates.miner().pinSplit(templates.minerId(f.current().id), size_t(position)))
        throw Error(Messages::tr("Template #%1 cannot be split at wildcard %2 (it is already split or merged).")
                        .arg(family)
                        .arg(wildcard + 1));
    templates.save();
    transaction.commit();
}

void mergeTemplates(Warehouse &warehouse, const QString &source, qint64 from, qint64 into)
{
    if (from == into)
        throw Error(Messages::tr("A template cannot be merged into itself (#%1).").arg(from));
    Transaction transaction(warehouse.db());
    SourceTemplates templates(warehouse.db(), source);
    const LogTemplateFamily &merged = templates.family(from);
    const LogTemplateFamily &target = templates.family(into);
    if (merged.mergedInto)
        throw Error(Messages::tr("Template #%1 is already merged into #%2.").arg(from).arg(merged.mergedInto));
    if (target.mergedInto)
        throw Error(Messages::tr("Template #%1 is merged into #%2; merge into that one instead.").arg(into).arg(target.mergedInto));
    if (!templates.miner().merge(templates.minerId(merged.current().id), templates.minerId(target.current().id)))
        throw Error(Messages::tr("Template #%1 cannot be merged into #%2.").arg(from).arg(into));
    templates.save();
    // The stored lineage says it at once; the next import would say it too.
    Statement successor = warehouse.db().prepare("UPDATE log_template SET successor_id = ?2 WHERE id = ?1");
    successor.bind(1, merged.current().id).bind(2, target.current().id).run();
    transaction.commit();
}

} // namespace Opsight::Core
