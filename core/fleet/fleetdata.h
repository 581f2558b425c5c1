// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "healthscore.h"
#include "peeroutliers.h"
#include "warehouse/types.h"

#include <QCoreApplication>

namespace Opsight::Core {

class Warehouse;

// Warehouse reads turned into the fleet engines' plain inputs.
struct FleetSnapshot
{
    Timestamp at = 0;                  // the moment judged (end of the window)
    std::vector<HostRecord> hosts;
    std::vector<std::string> metrics;  // profile columns
    std::vector<HostProfile> profiles; // group = role/hardware model
    std::vector<HostHealth> health;    // by score, worst first
    std::vector<PeerOutlier> outliers;
};

// Reads hosts, their metric means over [at - window, at), and the alerts,
// incidents and hardware events that touch them, then scores health and peer
// outliers. `at` 0: the warehouse's last data (offline analysis has no "now").
// Outliers also lower health (a warning each, error past twice the threshold).
FleetSnapshot readFleet(Warehouse &warehouse, Timestamp at, Timestamp window = kDay,
                        const HealthPolicy &policy = {}, const OutlierOptions &options = {});

// The second half of readFleet, for snapshots whose hosts, metrics and profiles
// were read another way (readFleetAt): peer outliers, then health from the
// alerts, incidents and hardware events of [at - horizon - window, at).
void judgeFleet(Warehouse &warehouse, FleetSnapshot &fleet, Timestamp window, const HealthPolicy &policy = {},
                const OutlierOptions &options = {});

} // namespace Opsight::Core
