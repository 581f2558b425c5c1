// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/rowtablemodel.h"
#include "fleet/fleetdata.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Opsight::Views {

// What the fleet view asks a worker for: the fleet judged at one moment.
struct FleetRequest
{
    QString path;
    Core::Timestamp at = 0;             // 0: the end of the data
    Core::Timestamp window = Core::kDay; // health and outliers judge [at - window, at)
    QString metric;                     // colour by this metric's last hour; empty: by health
    int rankLimit = 200;                // rows per ranked list
    // Hosts the GUI already holds: when the warehouse still has that many, the
    // state comes back without them (100,000 host records cost the GUI thread
    // milliseconds just to free).
    size_t knownHosts = 0;
};

// The fleet at one moment, everything aligned with `hosts` (the warehouse's, by
// name) so the GUI thread never looks a host up by name.
struct FleetState
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    FleetRequest request;
    Core::Timestamp at = 0;
    Core::Timestamp firstTime = 0, lastTime = 0; // the warehouse's data
    std::vector<Core::HostRecord> hosts;    // empty when request.knownHosts matched
    std::vector<Core::HostHealth> health;   // per host
    std::vector<double> scores;             // per host
    std::vector<double> metricValues;       // per host, NaN without data; empty when colouring by health
    std::vector<std::string> metricNames;   // what the map can be coloured by
    size_t outliers = 0;
    std::vector<RowTableModel::Row> rankedHosts, rankedRacks, rankedClusters;
};

// Runs on a worker with its own read-only connection; never throws (errors come
// back in `error`, naming the file).
FleetState loadFleetState(const FleetRequest &request);

// The ranked lists ("anomaly advisor") of a judged fleet: the least healthy hosts,
// racks and clusters, worst first. Hosts link to the host view over the window;
// groups link to the fleet map, zoomed into them ("rack:NAME", "cluster:NAME").
struct FleetRankings
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Views::FleetRankings)
public:
    static QStringList hostHeaders();
    static QStringList groupHeaders();
    static std::vector<RowTableModel::Row> hosts(const Core::FleetSnapshot &fleet, Core::Timestamp window, int limit);
    // `kind`: "rack" or "cluster".
    static std::vector<RowTableModel::Row> groups(const Core::FleetSnapshot &fleet, const QString &kind, int limit);
};

} // namespace Opsight::Views
