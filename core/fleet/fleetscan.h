// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleetdata.h"

#include <string>
#include <unordered_map>

namespace Opsight::Core {

// Fleet-wide reads for the fleet map, one scan of the hour rollups each instead of
// one range read per series (which costs minutes at a million series). Both
// judge a window by the hour buckets that START in [from, to), so windows are
// best given in whole hours.

// Every host's value of `metric` over [from, to): the mean of each of its series
// over the window, added up over the host's series of that metric (per device,
// per template), as readFleet's profiles do. Hosts without data are absent.
std::unordered_map<std::string, double> readMetricAt(Warehouse &warehouse, const std::string &metric,
                                                     Timestamp from, Timestamp to);

// What readFleet computes, with the profiles read in one scan of the hour rollups
// of [at - window, at). `at` 0: the warehouse's last data. Use it to judge the
// fleet at many moments (a replay), where readFleet would be too slow.
FleetSnapshot readFleetAt(Warehouse &warehouse, Timestamp at, Timestamp window = kDay,
                          const HealthPolicy &policy = {}, const OutlierOptions &options = {});

} // namespace Opsight::Core
