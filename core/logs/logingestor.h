// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logformat.h"
#include "logtime.h"
#include "templateminer.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <unordered_map>

namespace Opsight::Core {

class Database;
class MetricWriter;
class RecordWriter;

struct LogIngestOptions
{
    QString source;           // log source name (required): one miner per source
    QString format;           // loghub header format, `<Content>` at least
    QString host;             // host of every line, when the format has no host field
    int defaultYear = 1970;   // for syslog-style dates without a year
};

// Mines log lines of one source into the warehouse, inside the caller's
// transaction: each new line is stored with its template version and parameters,
// templates keep their ids, lineage and counts, the miner's state persists per
// source (ids survive restarts), and per-minute counts per host and template
// family become the series `log_template_lines{source, host, template}`.
// Lines already stored (same source, host, time, line number and text) are
// skipped before mining, so importing a file twice changes nothing.
class LogIngestor final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::LogIngestor)
public:
    struct Stats
    {
        qint64 lines = 0;
        qint64 added = 0;
        qint64 unchanged = 0;
        qint64 unmatched = 0;        // did not match the format: mined as a whole line
        qint64 templatesCreated = 0;
        std::vector<qint64> firstUnmatched; // line numbers, up to 10
        ExplosionStatus explosion;
    };

    // Throws Error for a bad format or damaged stored state.
    LogIngestor(Database &db, RecordWriter &records, MetricWriter &metrics, const LogIngestOptions &options);
    ~LogIngestor();
    Q_DISABLE_COPY_MOVE(LogIngestor)

    void addLine(std::string_view line, qint64 lineNumber);
    // Stores templates, lineage, the miner state and the count series.
    void finish();
    const Stats &stats() const { return m_stats; }

private:
    qint64 templateRow(TemplateId id, Timestamp time);

    Database &m_db;
    RecordWriter &m_records;
    MetricWriter &m_metrics;
    LogIngestOptions m_options;
    LogFormat m_format;
    LogTimeReader m_time;
    TemplateMiner m_miner;
    qint64 m_sourceId = 0;
    int m_hostField = -1, m_levelField = -1, m_componentField = -1;
    std::unordered_map<TemplateId, qint64> m_rows; // miner id -> log_template.id
    std::map<TemplateId, std::pair<Timestamp, Timestamp>> m_seen; // first/last time this import
    std::set<QString> m_hosts; // hosts of the lines this import added: only their counts change
    Timestamp m_lastTime = 0, m_minTime = 0, m_maxTime = 0;
    std::vector<std::string_view> m_fields;
    std::vector<std::string> m_parameters;
    Stats m_stats;
};

} // namespace Opsight::Core
