// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slidingextreme.h"

#include <QtGlobal>

#include <cmath>
#include <optional>
#include <vector>

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
// (11: about three rising pairs for every falling one), so that the rises and
// falls a series already had keep the view quiet. The spread has no correction
// for ties: on a quantised series z is understated, so the view speaks less.
class TrendRecords final
{
public:
    static constexpr double kFloor = 11;
    static constexpr double kMargin = 0.5;

    // `window`: samples in the window whose S is tracked; `history`: how many
    // earlier values of z a trend is judged against. The first verdict comes
    // after 2 x window + history samples (fill, delay, past).
    TrendRecords(size_t window, size_t history)
        : m_delay(window, 0.0)
        , m_past(history)
        , m_history(history)
        , m_spread(std::sqrt(double(window) * double(window - 1) * double(2 * window + 5) / 18.0))
    {
        Q_ASSERT(window >= 2 && history >= 1);
    }

    // Adds the change of the window's S from its last update; `full`: the
    // window holds all its samples (z means nothing before). Returns the
    // trend's margin over its past (0.5: half again as strong) when it speaks.
    // The past is kept as |S|, z's multiple, so that a sample costs no division.
    std::optional<double> update(int change, bool full)
    {
        m_s += change;
        if (!full)
            return std::nullopt;
        const double strength = std::abs(double(m_s));
        std::optional<double> margin;
        if (m_pastCount >= m_history && strength >= kFloor * m_spread && strength > (1.0 + kMargin) * m_past.front())
            margin = strength / std::max(m_past.front(), 1.0) - 1.0;
        // The delay line holds the last window's values, the oldest at m_next.
        if (m_delayed == m_delay.size()) {
            m_past.push(m_delay[m_next]);
            ++m_pastCount;
        } else {
            ++m_delayed;
        }
        m_delay[m_next] = strength;
        m_next = m_next + 1 == m_delay.size() ? 0 : m_next + 1;
        return margin;
    }

    double z() const { return std::abs(double(m_s)) / m_spread; } // the window's |z|

private:
    long long m_s = 0;
    std::vector<double> m_delay; // |S| of the last window's length of samples, not yet past
    size_t m_next = 0, m_delayed = 0;
    SlidingMax m_past;
    size_t m_history, m_pastCount = 0;
    double m_spread;
};

} // namespace Opsight::Core
