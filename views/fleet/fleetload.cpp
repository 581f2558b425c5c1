// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetload.h"

#include "common/formatting.h"
#include "common/jobboundary.h"
#include "common/severity.h"
#include "fleet/fleetmapcolouring.h"
#include "fleet/fleetscan.h"
#include "warehouse/metricreader.h"
#include "warehouse/warehouse.h"

#include <QLocale>

#include <unordered_map>

namespace Opsight::Views {

FleetState loadFleetState(const FleetRequest &request)
{
    FleetState state;
    state.request = request;
    Core::runAtJobBoundary(state, [&] {
        if (request.window <= 0)
            throw Core::Error(FleetRankings::tr("The window must be longer than zero."));
        const auto warehouse = Core::Warehouse::open(request.path, Core::Warehouse::Mode::ReadOnly);
        const Core::WarehouseSummary summary = warehouse->summary();
        state.firstTime = summary.firstTime;
        state.lastTime = summary.lastTime;
        state.metricNames = Core::MetricReader(warehouse->db()).metricNames();
        Core::FleetSnapshot fleet = Core::readFleetAt(*warehouse, request.at, request.window);
        state.at = fleet.at;
        state.outliers = fleet.outliers.size();

        std::unordered_map<std::string, size_t> index;
        index.reserve(fleet.hosts.size());
        for (size_t i = 0; i < fleet.hosts.size(); ++i)
            index.emplace(fleet.hosts[i].name.toStdString(), i);
        state.health.resize(fleet.hosts.size());
        state.scores.assign(fleet.hosts.size(), std::numeric_limits<double>::quiet_NaN());
        for (Core::HostHealth &h : fleet.health) {
            const auto it = index.find(h.host);
            if (it == index.end())
                continue;
            state.scores[it->second] = h.score;
            state.health[it->second] = h;
        }
        if (!request.metric.isEmpty()) {
            const std::string metric = request.metric.toStdString();
            if (std::find(state.metricNames.begin(), state.metricNames.end(), metric) == state.metricNames.end())
                throw Core::Error(FleetRankings::tr("The warehouse %1 has no metric '%2'.").arg(request.path, request.metric));
            // The metric's hour before the moment judged.
            const auto values = Core::readMetricAt(*warehouse, metric, state.at - Core::kHour, state.at);
            state.metricValues.assign(fleet.hosts.size(), std::numeric_limits<double>::quiet_NaN());
            for (const auto &[host, value] : values)
                if (const auto it = index.find(host); it != index.end())
                    state.metricValues[it->second] = value;
        }
        state.rankedHosts = FleetRankings::hosts(fleet, request.window, request.rankLimit);
        state.rankedRacks = FleetRankings::groups(fleet, QStringLiteral("rack"), request.rankLimit);
        state.rankedClusters = FleetRankings::groups(fleet, QStringLiteral("cluster"), request.rankLimit);
        if (fleet.hosts.size() != request.knownHosts)
            state.hosts = std::move(fleet.hosts);
    });
    return state;
}

QStringList FleetRankings::hostHeaders()
{
    return {tr("Host"), tr("Health"), tr("Problems"), tr("Cluster"), tr("Rack"), tr("Role"), tr("Worst problem")};
}

QStringList FleetRankings::groupHeaders()
{
    return {tr("Group"), tr("Mean health"), tr("Worst health"), tr("Unhealthy hosts"), tr("Hosts"), tr("Worst host")};
}

std::vector<RowTableModel::Row> FleetRankings::hosts(const Core::FleetSnapshot &fleet, Core::Timestamp window, int limit)
{
    std::unordered_map<std::string, const Core::HostRecord *> records;
    for (const Core::HostRecord &h : fleet.hosts)
        records.emplace(h.name.toStdString(), &h);
    std::vector<RowTableModel::Row> rows;
    for (const Core::HostHealth &h : fleet.health) { // worst first
        if (int(rows.size()) >= limit || h.score >= 100)
            break; // the rest have nothing against them
        const auto it = records.find(h.host);
        const Core::HostRecord *record = it == records.end() ? nullptr : it->second;
        const QString name = QString::fromStdString(h.host);
        RowTableModel::Row row;
        const QString worst = h.contributors.empty() ? QString() : h.contributors.front().title;
        row.cells = {name, QLocale().toString(h.score, 'f', 0), QLocale().toString(qlonglong(h.contributors.size())),
                     record ? record->cluster : QString(), record ? record->rack : QString(),
                     record ? record->role : QString(), worst};
        row.sortValues = {name, h.score, qlonglong(h.contributors.size()), {}, {}, {}, {}};
        row.marker = FleetMapColouring::healthColour(h.score);
        QStringList reasons;
        for (const Core::HealthItem &item : h.contributors) {
            if (reasons.size() == 5)
                break;
            reasons << tr("%1 (%2, −%3)").arg(item.title, Severity::label(item.severity),
                                              QLocale().toString(item.penalty, 'f', 0));
        }
        row.toolTip = reasons.join(QLatin1Char('\n'));
        row.link = ViewLink{QStringLiteral("host"), name, name, fleet.at - window, fleet.at, 0};
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<RowTableModel::Row> FleetRankings::groups(const Core::FleetSnapshot &fleet, const QString &kind, int limit)
{
    std::map<std::string, std::string> groupOf;
    for (const Core::HostRecord &h : fleet.hosts) {
        const QString &group = kind == QLatin1String("rack") ? h.rack : h.cluster;
        if (!group.isEmpty())
            groupOf.emplace(h.name.toStdString(), group.toStdString());
    }
    std::vector<RowTableModel::Row> rows;
    for (const Core::GroupHealth &g : Core::rollUp(fleet.health, groupOf)) { // worst mean first
        if (int(rows.size()) >= limit)
            break;
        const QString name = QString::fromStdString(g.group);
        RowTableModel::Row row;
        row.cells = {name, QLocale().toString(g.mean, 'f', 1), QLocale().toString(g.worst, 'f', 0),
                     QLocale().toString(g.unhealthy), QLocale().toString(g.hosts), QString::fromStdString(g.worstHost)};
        row.sortValues = {name, g.mean, g.worst, g.unhealthy, g.hosts, {}};
        row.marker = FleetMapColouring::healthColour(g.worst);
        row.toolTip = tr("Double-click to zoom the map into %1 %2").arg(kind == QLatin1String("rack") ? tr("rack") : tr("cluster"), name);
        row.link = ViewLink{QStringLiteral("fleet"), kind + QLatin1Char(':') + name, {}, 0, 0, 0};
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace Opsight::Views
