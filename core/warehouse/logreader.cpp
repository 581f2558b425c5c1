// SPDX-License-Identifier: GPL-3.0-or-later
#include "logreader.h"

#include "database.h"

#include "common/error.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace Opsight::Core {

namespace {

constexpr std::string_view kSourceQuery =
    "SELECT s.id, s.name, s.format, (SELECT count(*) FROM log_line l WHERE l.source_id = s.id), "
    "(SELECT min(time) FROM log_line l WHERE l.source_id = s.id), "
    "(SELECT max(time) FROM log_line l WHERE l.source_id = s.id) FROM log_source s";

LogSourceInfo sourceFromRow(const Statement &row)
{
    return {row.columnInt64(0), row.columnString(1), row.columnString(2), row.columnInt64(3), row.columnInt64(4),
            row.columnInt64(5)};
}

QStringList parametersFrom(std::string_view json)
{
    QStringList out;
    if (json.empty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size())));
    for (const QJsonValue &v : doc.array())
        out.append(v.toString());
    return out;
}

// Lines of one family of a source in a window, of one host when ?5 is not empty.
constexpr std::string_view kFamilyLines =
    " FROM log_line l WHERE l.template_id IN (SELECT id FROM log_template WHERE source_id = ?1 AND family = ?2) "
    "AND l.time >= ?3 AND l.time < ?4 AND (?5 = '' OR l.host = ?5) AND (?7 = '' OR instr(l.content, ?7) > 0)";

} // namespace

Timestamp LogTemplateFamily::firstSeen() const
{
    Timestamp first = 0;
    for (const LogTemplateVersion &v : versions)
        if (v.firstSeen && (!first || v.firstSeen < first))
            first = v.firstSeen;
    return first;
}

Timestamp LogTemplateFamily::lastSeen() const
{
    Timestamp last = 0;
    for (const LogTemplateVersion &v : versions)
        last = std::max(last, v.lastSeen);
    return last;
}

qint64 LogTemplateFamily::lines() const
{
    qint64 n = 0;
    for (const LogTemplateVersion &v : versions)
        n += v.lines;
    return n;
}

bool LogTemplateFamily::pinned() const
{
    return std::any_of(versions.begin(), versions.end(), [](const LogTemplateVersion &v) { return v.pinned; });
}

LogReader::LogReader(Database &db)
    : m_db(db)
{
}

std::vector<LogSourceInfo> LogReader::sources()
{
    std::vector<LogSourceInfo> out;
    Statement stmt = m_db.prepare(std::string(kSourceQuery) + " ORDER BY s.name");
    while (stmt.step())
        out.push_back(sourceFromRow(stmt));
    return out;
}

std::optional<LogSourceInfo> LogReader::source(const QString &name)
{
    Statement stmt = m_db.prepare(std::string(kSourceQuery) + " WHERE s.name = ?1");
    stmt.bind(1, name);
    if (!stmt.step())
        return std::nullopt;
    return sourceFromRow(stmt);
}

LogSourceInfo LogReader::sourceOrFirst(const QString &name)
{
    const std::vector<LogSourceInfo> all = sources();
    if (all.empty())
        throw Error(tr("The warehouse has no log sources; import logs with --format log first."));
    if (name.isEmpty())
        return all.front();
    QStringList names;
    for (const LogSourceInfo &s : all) {
        if (s.name == name)
            return s;
        names << s.name;
    }
    throw Error(tr("No log source is named \"%1\"; the warehouse has: %2.").arg(name, names.join(QStringLiteral(", "))));
}

std::vector<LogTemplateFamily> LogReader::families(qint64 sourceId)
{
    // Lines per version come from the lines themselves: the miner's own count
    // also counts lines an import skipped as already stored.
    Statement stmt = m_db.prepare(
        "SELECT t.id, t.family, t.template, coalesce(t.first_seen, 0), coalesce(t.last_seen, 0), "
        "(SELECT count(*) FROM log_line l WHERE l.template_id = t.id), t.pinned, coalesce(t.successor_id, 0), "
        "coalesce((SELECT s.family FROM log_template s WHERE s.id = t.successor_id), 0) "
        "FROM log_template t WHERE t.source_id = ?1 ORDER BY t.family, t.id");
    stmt.bind(1, sourceId);
    std::vector<LogTemplateFamily> out;
    std::map<qint64, qint64> successorFamily; // version id -> family of its successor
    while (stmt.step()) {
        const qint64 family = stmt.columnInt64(1);
        if (out.empty() || out.back().family != family)
            out.push_back({family, {}, 0});
        LogTemplateVersion v{stmt.columnInt64(0), stmt.columnString(2), stmt.columnInt64(3), stmt.columnInt64(4),
                             stmt.columnInt64(5), stmt.columnInt64(6) != 0, stmt.columnInt64(7)};
        successorFamily[v.id] = stmt.columnInt64(8);
        out.back().versions.push_back(std::move(v));
    }
    for (LogTemplateFamily &f : out) {
        // The current version is the one nothing in the family replaced; when the
        // family was merged away, that one points into another family.
        auto current = std::find_if(f.versions.begin(), f.versions.end(), [&](const LogTemplateVersion &v) {
            return !v.successorId || successorFamily[v.id] != f.family;
        });
        if (current != f.versions.end() && current + 1 != f.versions.end())
            std::rotate(current, current + 1, f.versions.end());
        const LogTemplateVersion &last = f.versions.back();
        if (last.successorId && successorFamily[last.id] != f.family)
            f.mergedInto = successorFamily[last.id];
    }
    return out;
}

std::optional<std::pair<QString, qint64>> LogReader::familyOfTemplate(qint64 templateId)
{
    Statement stmt = m_db.prepare(
        "SELECT s.name, t.family FROM log_template t JOIN log_source s ON s.id = t.source_id WHERE t.id = ?1");
    stmt.bind(1, templateId);
    if (!stmt.step())
        return std::nullopt;
    return std::pair{stmt.columnString(0), stmt.columnInt64(1)};
}

QString LogReader::familyText(const QString &source, qint64 family)
{
    // The newest version that nothing in its own family replaced.
    Statement stmt = m_db.prepare(
        "SELECT t.template FROM log_template t JOIN log_source s ON s.id = t.source_id "
        "LEFT JOIN log_template n ON n.id = t.successor_id "
        "WHERE s.name = ?1 AND t.family = ?2 ORDER BY (n.id IS NOT NULL AND n.family = t.family), t.id DESC LIMIT 1");
    stmt.bind(1, source).bind(2, family);
    return stmt.step() ? stmt.columnString(0) : QString();
}

LogLinePage LogReader::lines(qint64 sourceId, qint64 family, const QString &host, Timestamp from, Timestamp to,
                             int limit, const QString &contains)
{
    LogLinePage page;
    Statement count = m_db.prepare("SELECT count(*)" + std::string(kFamilyLines));
    count.bind(1, sourceId).bind(2, family).bind(3, from).bind(4, to).bind(5, host).bind(7, contains);
    if (count.step())
        page.total = count.columnInt64(0);
    Statement stmt = m_db.prepare(
        "SELECT l.id, l.host, l.time, l.line_number, l.level, l.component, l.content, coalesce(l.parameters, ''), "
        "l.template_id" + std::string(kFamilyLines) + " ORDER BY l.time, l.id LIMIT ?6");
    stmt.bind(1, sourceId).bind(2, family).bind(3, from).bind(4, to).bind(5, host).bind(6, limit).bind(7, contains);
    while (stmt.step())
        page.lines.push_back({stmt.columnInt64(0), stmt.columnString(1), stmt.columnInt64(2), stmt.columnInt64(3),
                              stmt.columnString(4), stmt.columnString(5), stmt.columnString(6),
                              parametersFrom(stmt.columnText(7)), stmt.columnInt64(8)});
    return page;
}

} // namespace Opsight::Core
