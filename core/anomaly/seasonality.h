// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"
#include "rollingquantiles.h"

#include <boost/circular_buffer.hpp>

#include <optional>

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

    // The value expected for a sample at `time`: the median of the same phase
    // (±1 slot) in up to three earlier periods. nullopt without a season.
    std::optional<double> expected(Timestamp time) const;
    // Adds a sample; returns true when the season found changed.
    bool update(Timestamp time, double value);
    size_t period() const { return m_period; } // slots (samples at the typical interval); 0: none

    static constexpr double kMinimumStrength = 0.5; // autocorrelation that makes a season

private:
    void find();
    void store(Timestamp time, double value);
    void forget(); // the slots and the season: their clock no longer holds
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
    RollingQuantiles m_intervals{64};
    Timestamp m_lastTime = 0;
    Timestamp m_slotWidth = 0;    // 0 until the typical interval is known
    bool m_widthChanging = false; // the last check saw the interval change fourfold
    Timestamp m_lastSlotTime = 0; // the time of the last slot stored
    qint64 m_count = 0, m_nextCheck = 0;
    size_t m_period = 0;
    qint64 m_missing = 0;         // NaN slots in m_values
};

} // namespace Opsight::Core
