// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetscan.h"

#include "warehouse/chunkcodec.h"
#include "warehouse/dimensionreader.h"
#include "warehouse/warehouse.h"

#include <cmath>
#include <limits>

namespace Opsight::Core {

namespace {

struct SeriesRow
{
    std::string host;
    std::string metric;
    double sum = 0;
    qint64 count = 0;
};

// Sums and counts of each series' hour buckets starting in [from, to), reading
// every day block the window touches once (the rollup key starts with resolution
// and block, so a block of the whole fleet is one range). `metric` empty: all.
std::vector<SeriesRow> scanHourRollups(Database &db, const std::string &metric, Timestamp from, Timestamp to)
{
    std::vector<SeriesRow> rows;
    std::unordered_map<SeriesId, size_t> index;
    Statement series = metric.empty()
                           ? db.prepare("SELECT id, host, metric FROM series WHERE host != '' ORDER BY id")
                           : db.prepare("SELECT id, host, metric FROM series WHERE metric = ?1 AND host != '' ORDER BY id");
    if (!metric.empty())
        series.bind(1, std::string_view(metric));
    while (series.step()) {
        index.emplace(series.columnInt64(0), rows.size());
        rows.push_back({std::string(series.columnText(1)), std::string(series.columnText(2)), 0, 0});
    }
    if (rows.empty() || from >= to)
        return rows;

    Statement blocks = metric.empty()
                           ? db.prepare("SELECT series_id, data FROM rollup WHERE resolution = ?1 AND block = ?2")
                           : db.prepare("SELECT r.series_id, r.data FROM series s JOIN rollup r ON r.resolution = ?1 "
                                        "AND r.block = ?2 AND r.series_id = s.id WHERE s.metric = ?3");
    std::vector<RollupPoint> points;
    for (Timestamp block = blockStart(from, kHourRollupBlock); block < to; block += kHourRollupBlock) {
        blocks.bind(1, kHour).bind(2, block);
        if (!metric.empty())
            blocks.bind(3, std::string_view(metric));
        while (blocks.step()) {
            const auto it = index.find(blocks.columnInt64(0));
            if (it == index.end())
                continue; // a series without a host
            points.clear();
            ChunkCodec::decodeRollup(blocks.columnBlob(1), points);
            SeriesRow &row = rows[it->second];
            for (const RollupPoint &p : points) {
                if (p.time >= from && p.time < to) {
                    row.sum += p.sum;
                    row.count += p.count;
                }
            }
        }
        blocks.reset();
    }
    return rows;
}

} // namespace

std::unordered_map<std::string, double> readMetricAt(Warehouse &warehouse, const std::string &metric, Timestamp from,
                                                     Timestamp to)
{
    std::unordered_map<std::string, double> values;
    for (const SeriesRow &row : scanHourRollups(warehouse.db(), metric, from, to)) {
        if (row.count == 0)
            continue;
        values[row.host] += row.sum / double(row.count);
    }
    return values;
}

FleetSnapshot readFleetAt(Warehouse &warehouse, Timestamp at, Timestamp window, const HealthPolicy &policy,
                          const OutlierOptions &options)
{
    FleetSnapshot fleet;
    fleet.at = at ? at : warehouse.summary().lastTime + 1;
    fleet.hosts = DimensionReader(warehouse.db()).hosts();
    std::unordered_map<std::string, size_t> hostIndex;
    for (const HostRecord &h : fleet.hosts) {
        hostIndex.emplace(h.name.toStdString(), fleet.profiles.size());
        const QString group = h.role.isEmpty() ? QString() : h.role + QLatin1Char('/') + h.hardwareModel;
        fleet.profiles.push_back({h.name.toStdString(), group.toStdString(), {}});
    }
    // Metric columns in the order readFleet gives them: first series id first.
    std::unordered_map<std::string, size_t> metricIndex;
    for (const SeriesRow &row : scanHourRollups(warehouse.db(), {}, fleet.at - window, fleet.at)) {
        const auto host = hostIndex.find(row.host);
        if (host == hostIndex.end() || row.count == 0)
            continue;
        auto [it, added] = metricIndex.emplace(row.metric, metricIndex.size());
        if (added)
            fleet.metrics.push_back(row.metric);
        HostProfile &profile = fleet.profiles[host->second];
        if (profile.values.size() <= it->second)
            profile.values.resize(it->second + 1, std::numeric_limits<double>::quiet_NaN());
        double &v = profile.values[it->second];
        const double mean = row.sum / double(row.count);
        v = std::isnan(v) ? mean : v + mean;
    }
    judgeFleet(warehouse, fleet, window, policy, options);
    return fleet;
}

} // namespace Opsight::Core
