// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace Opsight::Core {

// Whether the level an alert rose on still stands. The detector learns a new
// level within hours: a disk saturated for three days reads as ordinary after
// half a day, and its alert would close while the fault lasts. An alert is held
// open while the median of the last 10 values stays beyond the range of the week
// before it fired: its 1st to 99th percentile, without the 10 samples before the
// firing one, which the change may already have moved. A value back inside that
// range ends the hold; an alert whose values never left it (a seasonal anomaly
// inside the week's swing, a spike already over) is not held at all. A week, not
// a day: the recovery from a fault of two days leaves the range of the day
// before (the fault's) but returns to the week's, and is not held.
class LevelHold final
{
public:
    static constexpr int kRecent = 10;
    static constexpr Timestamp kBaselineSpan = 7 * kDay;
    static constexpr int kMinimumBaseline = 30; // samples: fewer is no range to leave

    struct Band
    {
        double low = 0;  // 1st percentile of the week before
        double high = 0; // 99th
    };

    // Room for the samples to come (up to what is kept), so add() never moves them.
    void reserve(size_t samples) { m_points.reserve(std::min(samples, kMaximumKept + kTrimEvery)); }
    // Every finite sample, in time order.
    void add(Timestamp time, double value);
    // An alert fires at the last sample added: its baseline is the week before.
    void fired();
    // Where the median of the last kRecent values lies: +1 above the band, -1
    // below, 0 inside it or with no band.
    int side() const;
    double recentMedian() const;
    const std::optional<Band> &band() const { return m_band; }

private:
    // A week before the recent samples is kept, trimmed every kTrimEvery samples;
    // a dense series (a sample every 10 s or faster) keeps its last kMaximumKept,
    // the week's last days.
    static constexpr int kTrimEvery = 1024;
    static constexpr size_t kMaximumKept = 100000;
    Timestamp baselineFrom() const; // the week before the recent samples starts here

    struct Point
    {
        Timestamp time;
        double value;
    };
    size_t size() const { return m_points.size() - m_first; }
    std::vector<Point> m_points; // kept from m_first on
    size_t m_first = 0;
    int m_sinceTrim = 0;
    std::optional<Band> m_band;
};

} // namespace Opsight::Core
