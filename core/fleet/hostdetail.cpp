// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdetail.h"

#include "common/error.h"
#include "fleetscan.h"
#include "warehouse/dimensionreader.h"
#include "warehouse/warehouse.h"

namespace Opsight::Core {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::HostDetail)
};

std::vector<std::string> hostMetrics(Database &db, const QString &host)
{
    std::vector<std::string> metrics;
    Statement stmt = db.prepare("SELECT DISTINCT metric FROM series WHERE host = ?1 ORDER BY metric");
    stmt.bind(1, host);
    while (stmt.step())
        metrics.emplace_back(stmt.columnText(0));
    return metrics;
}

std::vector<HostRun> hostRuns(Database &db, const QString &host, Timestamp from, Timestamp to)
{
    std::vector<HostRun> runs;
    Statement stmt = db.prepare(
        "SELECT j.name, j.status, t.name, i.idx, i.status, i.start_time, i.end_time, i.cpu_average, "
        "i.memory_average_gib FROM instance i JOIN host h ON h.id = i.host_id JOIN task t ON t.id = i.task_id "
        "JOIN job j ON j.id = t.job_id WHERE h.name = ?1 AND i.start_time < ?2 "
        "AND (i.end_time >= ?3 OR i.end_time = 0) ORDER BY i.start_time DESC, i.id");
    stmt.bind(1, host).bind(2, to).bind(3, from);
    while (stmt.step())
        runs.push_back({stmt.columnString(0), stmt.columnString(1), stmt.columnString(2), int(stmt.columnInt64(3)),
                        stmt.columnString(4), stmt.columnInt64(5), stmt.columnInt64(6), stmt.columnDouble(7),
                        stmt.columnDouble(8)});
    return runs;
}

std::vector<HostLogTemplate> hostTemplates(Database &db, const QString &host, Timestamp from, Timestamp to)
{
    std::vector<HostLogTemplate> templates;
    Statement stmt = db.prepare(
        "SELECT s.name, t.id, t.family, t.template, count(*), min(l.time), max(l.time) FROM log_line l "
        "JOIN log_template t ON t.id = l.template_id JOIN log_source s ON s.id = l.source_id "
        "WHERE l.host = ?1 AND l.time >= ?2 AND l.time < ?3 GROUP BY l.template_id ORDER BY count(*) DESC");
    stmt.bind(1, host).bind(2, from).bind(3, to);
    while (stmt.step())
        templates.push_back({stmt.columnString(0), stmt.columnInt64(1), stmt.columnInt64(2), stmt.columnString(3),
                             stmt.columnInt64(4), stmt.columnInt64(5), stmt.columnInt64(6)});
    return templates;
}
} // namespace

HostDetail readHostDetail(Warehouse &warehouse, const QString &host, Timestamp from, Timestamp to)
{
    HostDetail detail;
    const std::optional<HostRecord> record = DimensionReader(warehouse.db()).host(host);
    if (!record)
        throw Error(Messages::tr("The warehouse has no host '%1'.").arg(host));
    detail.host = *record;
    detail.from = from;
    detail.to = to;
    Database &db = warehouse.db();
    detail.metrics = hostMetrics(db, host);
    detail.events = EventReader(db).events(from, to, {}, host);
    detail.runs = hostRuns(db, host, from, to);
    detail.templates = hostTemplates(db, host, from, to);

    const FleetSnapshot fleet = readFleetAt(warehouse, to, std::max<Timestamp>(to - from, kHour));
    const std::string name = host.toStdString();
    const auto health = std::find_if(fleet.health.begin(), fleet.health.end(),
                                     [&](const HostHealth &h) { return h.host == name; });
    detail.health = health != fleet.health.end() ? *health : HostHealth{name, 100, {}};
    for (const PeerOutlier &outlier : fleet.outliers)
        if (outlier.host == name)
            detail.outlier = outlier;
    detail.peers = comparePeers(fleet.profiles, fleet.metrics.size(), name);
    detail.profileMetrics = fleet.metrics;
    return detail;
}

} // namespace Opsight::Core
