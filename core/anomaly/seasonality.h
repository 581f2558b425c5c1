// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"
#include "rollingquantiles.h"

#include <boost/circular_buffer.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace Opsight::Core {

// Finds a daily or weekly season in a stream by autocorrelation at the lag that
// the typical sample interval gives for a day and a week, re-checked as data
// comes in (a week wins over a day by correlating better over its own overlap),
// and predicts the value at the current phase from earlier periods.
// Values are kept in slots of the typical interval by their time, so that the
// same phase stays a period's slots back after missing samples (a collector
// down for two hours would otherwise shift yesterday by two hours for days).
class Seasonality final
{
public:
    Seasonality();

    struct Expectation
    {
        double value = 0;  // the median of the same phase (±1 slot) in up to three earlier periods
        double spread = 0; // how far samples near this phase (±6 slots) fell from theirs in recent
                           // periods, as a standard deviation; 0 until learned
    };
    // What a sample at `time` is expected to be, without the periods that were
    // part of an alert while fewer than three periods hold the phase. nullopt
    // without a season (or with only alerted periods).
    std::optional<Expectation> expected(Timestamp time) const;
    // The value a day before `time`, season or not: of that slot and the two
    // beside it, those that hold data, the middle one (the higher of two);
    // nullopt where none was kept.
    std::optional<double> dayAgo(Timestamp time) const;
    // What a sample did to the season: nothing, a new one (or none any more), or
    // a week in place of the day, whose phases keep what the day learned.
    enum class Change { None, Found, Refined };
    // Adds a sample (`alerted`: part of an alert, see expected()).
    Change update(Timestamp time, double value, bool alerted = false);
    // The last sample's deviation from its expectation, for the phase spread
    // (learned only where that sample opened a slot of its own).
    void learnDeviation(double deviation);
    size_t period() const { return m_period; } // slots (samples at the typical interval); 0: none

    static constexpr double kMinimumStrength = 0.5; // autocorrelation that makes a season

private:
    void find();
    void store(Timestamp time, double value, bool alerted);
    void forget(); // the slots and the season: their clock no longer holds
    void push(double value, bool alerted);
    bool alertedAt(qint64 index) const; // of the slot at this index of m_values
    // Visits the indexes of m_values at `centre` and either side of it that hold data.
    template<class Visit>
    void slotsAround(qint64 centre, Visit &&visit) const
    {
        const qint64 last = qint64(m_values.size()) - 1;
        for (qint64 i = std::max<qint64>(centre - 1, 0); i <= std::min(centre + 1, last); ++i)
            if (!m_missing || std::isfinite(m_values[size_t(i)]))
                visit(i);
    }
    struct Pool
    {
        double sum = 0; // of the learned phases' deviations
        int learned = 0;
    };
    double phaseSpread(qint64 at) const; // at the slot of index `at` of m_values (or beyond)
    Pool pooledAround(qint64 phase) const;
    static double spreadOf(const Pool &pool);
    void nextPhase(); // a slot was stored: m_lastPhase and m_next move on
    // A period shorter than the pool holds a phase in it more than once: no sliding.
    bool poolWraps() const;
    // Slots from the last value stored to `time`: 1 is the next slot, 0 or less
    // the last one or earlier. One slot per sample until the interval is known.
    qint64 slotsAfterLast(Timestamp time) const
    {
        if (!m_slotWidth)
            return 1;
        const Timestamp offset = time - m_lastSlotTime, half = m_slotWidth / 2;
        if (offset > half && offset <= m_slotWidth + half) // the usual case, without a division
            return 1;
        return offset >= 0 ? (offset + half) / m_slotWidth : -((half - offset) / m_slotWidth);
    }

    boost::circular_buffer<double> m_values; // one per slot, NaN where no sample came
    // Slots whose value was part of an alert, as ranges [first, last] of slot
    // numbers counted from the start (alerts are rare: a few ranges, no flag per slot).
    std::deque<std::pair<qint64, qint64>> m_alertedSlots;
    qint64 m_slotsStored = 0; // the number of the next slot
    RollingQuantiles m_intervals{64};
    Timestamp m_lastTime = 0;
    Timestamp m_slotWidth = 0;    // 0 until the typical interval is known
    bool m_widthChanging = false; // the last check saw the interval change fourfold
    Timestamp m_lastSlotTime = 0; // the time of the last slot stored
    qint64 m_count = 0, m_nextCheck = 0;
    size_t m_period = 0;
    qint64 m_missing = 0;         // NaN slots in m_values
    // Per phase of the period: the mean |deviation| from the expectation, weighted
    // to recent periods; pooled over ±6 phases for the spread.
    std::vector<double> m_phaseDeviation;
    size_t m_lastPhase = 0; // of the last slot stored
    bool m_newSlot = false; // the last sample opened a slot of its own
    // The pool around the next phase, kept as phases pass and are learned: summing
    // the 13 phases for every sample instead cost the bench sine 6% (2026-12-06).
    Pool m_next;
};

} // namespace Opsight::Core
