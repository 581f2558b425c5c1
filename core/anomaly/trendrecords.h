// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slidingextreme.h"

#include <boost/circular_buffer.hpp>

#include <cmath>
#include <optional>

namespace Opsight::Core {

// A steady trend in the recent window, as a record of its own: the
// Mann-Kendall z of the window (pairs rising in time order minus pairs falling,
// over that count's spread without a trend; about 21 for 200 values that only
// rise) judged against its own values from one to six windows ago. A drift on a
// level series slips past the value views: the recent median and spread follow
// a steady ramp, so each value is only a little more surprising than the last.
// The recent past is left out because a sliding statistic resembles its recent
// self: a trend that builds up over 200 samples would be judged against itself.
// A trend speaks only far beyond all of that past (by half) and beyond a floor
// (about 10 is a window that mostly rises), so that the rises and falls a
// series already had keep the view quiet.
class TrendRecords final
{
public:
    static constexpr double kFloor = 11;
    static constexpr double kMargin = 0.5;

    // `window`: samples in the window whose S is tracked; `history`: how many
    // earlier values of z a trend is judged against.
    TrendRecords(size_t window, size_t history)
        : m_delay(window)
        , m_past(history)
        , m_history(history)
        , m_spread(std::sqrt(double(window) * double(window - 1) * double(2 * window + 5) / 18.0))
    {
    }

    // Adds the change of the window's S from its last update; `full`: the
    // window holds all its samples (z means nothing before). Returns the
    // trend's margin over its past (0.5: half again as strong) when it speaks.
    std::optional<double> update(int change, bool full)
    {
        m_s += change;
        if (!full)
            return std::nullopt;
        const double z = std::abs(double(m_s)) / m_spread;
        std::optional<double> margin;
        if (m_pastCount >= m_history && z >= kFloor && z > (1.0 + kMargin) * m_past.front())
            margin = z / std::max(m_past.front(), 1e-9) - 1.0;
        if (m_delay.full()) {
            m_past.push(m_delay.front());
            ++m_pastCount;
        }
        m_delay.push_back(z);
        m_z = z;
        return margin;
    }

    double z() const { return m_z; } // the last window's |z|

private:
    long long m_s = 0;
    double m_z = 0;
    boost::circular_buffer<double> m_delay; // z of the last window's length of samples, not yet past
    SlidingMax m_past;
    size_t m_history, m_pastCount = 0;
    double m_spread;
};

} // namespace Opsight::Core
