// SPDX-License-Identifier: GPL-3.0-or-later
#include "logingestor.h"

#include "common/error.h"
#include "warehouse/database.h"
#include "warehouse/metricwriter.h"
#include "warehouse/chunkcodec.h"
#include "warehouse/recordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Opsight::Core {

namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

int firstField(const QStringList &names, std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates)
        for (int i = 0; i < names.size(); ++i)
            if (names.at(i).compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

} // namespace

LogIngestor::LogIngestor(Database &db, RecordWriter &records, MetricWriter &metrics, const LogIngestOptions &options)
    : m_db(db)
    , m_records(records)
    , m_metrics(metrics)
    , m_options(options)
    , m_format(LogFormat::compile(options.format))
    , m_time(m_format.fieldNames(), options.defaultYear)
{
    if (options.source.isEmpty())
        throw Error(tr("A log import needs a source name (--source)."));
    m_hostField = firstField(m_format.fieldNames(), {"Host", "Hostname", "Node"});
    m_levelField = firstField(m_format.fieldNames(), {"Level", "Severity"});
    m_componentField = firstField(m_format.fieldNames(), {"Component", "Process"});
    m_sourceId = m_records.logSourceId(options.source);

    Statement state = m_db.prepare("SELECT state FROM log_miner WHERE source_id=?1");
    state.bind(1, m_sourceId);
    if (state.step()) {
        const std::string_view blob = state.columnBlob(0);
        m_miner = TemplateMiner::loadState(QByteArray(blob.data(), qsizetype(blob.size())));
    }
    Statement rows = m_db.prepare("SELECT miner_id, id FROM log_template WHERE source_id=?1 AND miner_id != 0");
    rows.bind(1, m_sourceId);
    while (rows.step())
        m_rows.emplace(rows.columnInt64(0), rows.columnInt64(1));
}

LogIngestor::~LogIngestor() = default;

qint64 LogIngestor::templateRow(TemplateId id, Timestamp time)
{
    auto &seen = m_seen[id];
    if (time && (!seen.first || time < seen.first))
        seen.first = time;
    if (time > seen.second)
        seen.second = time;
    if (const auto it = m_rows.find(id); it != m_rows.end())
        return it->second;
    const LogTemplate &t = m_miner.templateOf(id);
    Statement insert = m_db.prepare(
        "INSERT INTO log_template(source_id, template, first_seen, last_seen, count, pinned, miner_id, family) "
        "VALUES(?1, ?2, ?3, ?3, 0, ?4, ?5, ?6)");
    insert.bind(1, m_sourceId).bind(2, std::string_view(t.text)).bind(3, time).bind(4, int(t.pinned));
    insert.bind(5, id).bind(6, t.family).run();
    const qint64 row = m_db.lastInsertRowId();
    m_rows.emplace(id, row);
    ++m_stats.templatesCreated;
    return row;
}

void LogIngestor::addLine(std::string_view line, qint64 lineNumber)
{
    ++m_stats.lines;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    std::string_view content = line;
    LogLine record;
    record.source = m_options.source;
    record.lineNumber = lineNumber;
    record.host = m_options.host;
    if (m_format.match(line, m_fields)) {
        content = m_fields[size_t(m_format.contentField())];
        if (m_hostField >= 0 && !m_fields[size_t(m_hostField)].empty())
            record.host = text(m_fields[size_t(m_hostField)]);
        if (m_levelField >= 0)
            record.level = text(m_fields[size_t(m_levelField)]);
        if (m_componentField >= 0)
            record.component = text(m_fields[size_t(m_componentField)]);
        // A line without a readable time belongs to the moment of the line before.
        if (const std::optional<Timestamp> t = m_time.read(m_fields))
            m_lastTime = *t;
    } else {
        ++m_stats.unmatched;
        if (m_stats.firstUnmatched.size() < 10)
            m_stats.firstUnmatched.push_back(lineNumber);
    }
    record.time = m_lastTime;
    record.raw = text(line);
    record.content = text(content);
    if (m_records.hasLogLine(record)) {
        ++m_stats.unchanged;
        return;
    }
    const MatchResult match = m_miner.add(content, &m_parameters);
    record.templateRow = templateRow(match.id, record.time);
    QJsonArray parameters;
    for (const std::string &p : m_parameters)
        parameters.append(QString::fromStdString(p));
    record.parameters = QJsonDocument(parameters).toJson(QJsonDocument::Compact);
    m_records.addLogLine(record);
    m_hosts.insert(record.host);
    ++m_stats.added;
    if (record.time) {
        m_minTime = m_minTime ? std::min(m_minTime, record.time) : record.time;
        m_maxTime = std::max(m_maxTime, record.time);
    }
}

void LogIngestor::finish()
{
    // Templates: counts, lineage, first/last seen, operator flags.
    Statement update = m_db.prepare(
        "UPDATE log_template SET template=?2, count=?3, "
        "first_seen=CASE WHEN ?4 IS NULL THEN first_seen ELSE min(coalesce(first_seen, ?4), ?4) END, "
        "last_seen=CASE WHEN ?5 IS NULL THEN last_seen ELSE max(coalesce(last_seen, ?5), ?5) END, "
        "successor_id=?6, parent_id=?7, pinned=?8 WHERE id=?1");
    for (const LogTemplate &t : m_miner.templates()) {
        const auto seen = m_seen.find(t.id);
        if (!m_rows.contains(t.id) || (seen == m_seen.end() && !t.successor))
            continue;
        const Timestamp first = seen != m_seen.end() ? seen->second.first : 0;
        const Timestamp last = seen != m_seen.end() ? seen->second.second : 0;
        update.bind(1, m_rows[t.id]).bind(2, std::string_view(t.text)).bind(3, t.count);
        first ? update.bind(4, first) : update.bindNull(4);
        last ? update.bind(5, last) : update.bindNull(5);
        t.successor && m_rows.contains(t.successor) ? update.bind(6, m_rows[t.successor]) : update.bindNull(6);
        t.parent && m_rows.contains(t.parent) ? update.bind(7, m_rows[t.parent]) : update.bindNull(7);
        update.bind(8, int(t.pinned)).run();
    }

    const QByteArray state = m_miner.saveState();
    Statement save = m_db.prepare("INSERT OR REPLACE INTO log_miner(source_id, state) VALUES(?1, ?2)");
    save.bind(1, m_sourceId).bindBlob(2, state.constData(), int(state.size())).run();

    // Counts per minute, host and family, recomputed from the stored lines of the
    // minutes and hosts this import touched: exact however the lines were split
    // into files, and no work for the hosts it did not touch.
    if (m_maxTime) {
        Statement counts = m_db.prepare(
            "SELECT l.host, t.family, (l.time / 60000) * 60000 AS minute, count(*) FROM log_line l "
            "JOIN log_template t ON t.id = l.template_id WHERE l.source_id=?1 AND l.time >= ?2 AND l.time < ?3 "
            "AND l.host IN (SELECT value FROM json_each(?4)) GROUP BY l.host, t.family, minute");
        QJsonArray hosts;
        for (const QString &host : m_hosts)
            hosts.append(host);
        counts.bind(1, m_sourceId).bind(2, blockStart(m_minTime, kMinute)).bind(3, blockStart(m_maxTime, kMinute) + kMinute);
        const QByteArray hostList = QJsonDocument(hosts).toJson(QJsonDocument::Compact);
        counts.bind(4, std::string_view(hostList.constData(), size_t(hostList.size())));
        const std::string source = m_options.source.toStdString();
        while (counts.step()) {
            SeriesKey key{"log_template_lines",
                          {{"host", std::string(counts.columnText(0))},
                           {"source", source},
                           {"template", std::to_string(counts.columnInt64(1))}}};
            key.sortLabels();
            m_metrics.append(m_metrics.intern(key), counts.columnInt64(2), double(counts.columnInt64(3)));
        }
    }
    m_stats.explosion = m_miner.explosionStatus();
}

} // namespace Opsight::Core
