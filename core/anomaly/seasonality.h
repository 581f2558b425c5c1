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
class Seasonality final
{
public:
    Seasonality();

    // The value expected for the next sample: the median of the same phase (±1
    // sample) in up to three earlier periods. nullopt without a season.
    std::optional<double> expected() const;
    // Adds a sample; returns true when the season found changed.
    bool update(Timestamp time, double value);
    size_t period() const { return m_period; } // samples; 0: none

    static constexpr double kMinimumStrength = 0.5; // autocorrelation that makes a season

private:
    double autocorrelation(size_t lag) const;
    double correlation(size_t lag) const; // Pearson's r with the values `lag` earlier, over their overlap
    void find();

    boost::circular_buffer<double> m_values;
    RollingQuantiles m_intervals{64};
    Timestamp m_lastTime = 0;
    qint64 m_count = 0, m_nextCheck = 0;
    size_t m_period = 0;
};

} // namespace Opsight::Core
