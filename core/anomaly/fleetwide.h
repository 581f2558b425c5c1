// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertscan.h"
#include "rackspread.h"

#include <map>

namespace Opsight::Core {

// Alerts that many hosts raise on one metric at once are the fleet moving, not a
// host's problem: the first morning ramp of a warehouse a day old (no detector
// has seen a day yet), a fleet-wide change of load or version. They become one
// fleet-wide alert naming how many hosts moved; the hosts' own alerts stay on
// record at severity info, out of incidents and health, like silenced ones.
struct FleetWidePolicy
{
    Timestamp window = 60 * kMinute; // alerts that start this close together are "at once" (a batch wave takes an hour)
    double share = 0.05;             // of the hosts that have the metric: as many as carry an episode on (see docs)
    int minHosts = 5;
    // Once the fleet moves, it goes on moving while each window from one of the
    // episode's alerts holds this many: a batch wave rolls on for hours at a few
    // hosts an hour, far above the background of chance alerts.
    double holdShare = 0.05;
    int holdMinHosts = 3;
    // The fleet moving is spread over its racks: hosts of one rack moving
    // together are the rack's problem (a switch, a power feed), an incident of
    // the rack (incidents.h), not an episode (RackSpread judges, where the
    // series' hosts span at least minRacks racks).
    double maxRackShare = 0.5;
    int minRacks = 4;
};

struct FleetWideEpisode
{
    std::string metric;      // fleetWideKey of its series
    Timestamp start = 0;
    Timestamp end = 0;
    int hosts = 0;           // that alerted
    int hostsWithMetric = 0; // that have the metric
    double peak = 0;
    Timestamp peakTime = 0;
};

// What "the same series on many hosts" means: the metric and its labels, less the
// labels that place a host (host, instance, cluster, rack, role). Per device or
// per template series stay apart: the fleet's disks are not its CPUs.
std::string fleetWideKey(const SeriesKey &key);

// Marks the alerts that belong to an episode (SeriesAlert::fleetWide) and returns
// the episodes, by start. Novelty alerts (a template new to a host) are a host's
// own finding and are never part of one. `hostsPerKey` and `racksPerKey`: how many
// hosts have each series (fleetWideKey), and how they sit in racks.
std::vector<FleetWideEpisode> markFleetWide(std::vector<SeriesAlert> &alerts,
                                            const std::map<std::string, int> &hostsPerKey,
                                            const std::map<std::string, RackSizes> &racksPerKey = {},
                                            const FleetWidePolicy &policy = {});

} // namespace Opsight::Core
