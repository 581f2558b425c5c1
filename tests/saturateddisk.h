// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The disk of the held-level tests: utilisation following the day (10 to 70%)
// at five minutes, one sample at 0 on day four (a dropped reading), saturated at
// 96% for 60 hours from day five. Every sample is a function of its time alone,
// so the series is the same whatever the parts it is written in (a rescan after
// a second import).
#include "warehouse/metricwriter.h"
#include "warehouse/warehouse.h"

#include <cmath>

namespace Opsight::Test {

constexpr Core::Timestamp kDiskStart = 1795132800000; // 2026-11-20T00:00:00Z
constexpr Core::Timestamp kSaturated = kDiskStart + 5 * Core::kDay + 10 * Core::kHour;
constexpr Core::Timestamp kRecovered = kSaturated + 60 * Core::kHour;
constexpr Core::Timestamp kDiskDip = kDiskStart + 4 * Core::kDay + 15 * Core::kHour;
const QString kDiskSeries = QStringLiteral("disk_io_util_percent{host=\"h1\"}");

// Writes [from, to) of the disk.
inline void appendDisk(Core::Warehouse &warehouse, Core::Timestamp from, Core::Timestamp to)
{
    Core::Transaction transaction(warehouse.db());
    Core::MetricWriter metrics(warehouse.db());
    const Core::SeriesId id = metrics.intern(Core::SeriesKey{"disk_io_util_percent", {{"host", "h1"}}});
    for (Core::Timestamp t = from; t < to; t += 5 * Core::kMinute) {
        quint64 z = quint64(t) + 0x9e3779b97f4a7c15ULL; // splitmix64's finaliser: noise from the time alone
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        const double noise = double(z >> 11) / double(1ULL << 53) - 0.5;
        const double day = 40 - 30 * std::cos(2 * M_PI * double(t % Core::kDay) / double(Core::kDay));
        metrics.append(id, t, t >= kSaturated && t < kRecovered ? 96 + noise : t == kDiskDip ? 0 : day + 4 * noise);
    }
    metrics.flush();
    transaction.commit();
}

} // namespace Opsight::Test
