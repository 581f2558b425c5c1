// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/circular_buffer.hpp>

#include <algorithm>
#include <vector>

namespace Opsight::Core {

// The last `capacity` values, with order statistics (median, quantiles) kept by a
// sorted copy. An update replaces the oldest value by the newest in place and
// shifts only the values between the two (a series seldom jumps far through its
// own distribution), which for a few hundred values is cheaper than heaps or
// trees and gives any quantile in O(1), not only the median.
class RollingQuantiles final
{
public:
    explicit RollingQuantiles(size_t capacity)
        : m_values(capacity)
    {
        m_sorted.reserve(capacity);
    }

    void push(double v)
    {
        if (!m_values.full()) {
            m_values.push_back(v);
            m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), v), v);
            return;
        }
        const double old = m_values.front();
        m_values.push_back(v);
        auto at = std::lower_bound(m_sorted.begin(), m_sorted.end(), old);
        if (v > old) { // move the hole up to where v belongs
            const auto to = std::upper_bound(at + 1, m_sorted.end(), v);
            std::move(at + 1, to, at);
            *(to - 1) = v;
        } else if (v < old) { // down
            const auto to = std::upper_bound(m_sorted.begin(), at, v);
            std::move_backward(to, at, at + 1);
            *to = v;
        }
    }

    size_t size() const { return m_sorted.size(); }
    bool full() const { return m_values.full(); }
    // Linear interpolation between order statistics; q in [0, 1]. Empty: 0.
    double quantile(double q) const
    {
        if (m_sorted.empty())
            return 0;
        const double pos = q * double(m_sorted.size() - 1);
        const size_t lo = size_t(pos);
        const size_t hi = std::min(lo + 1, m_sorted.size() - 1);
        return m_sorted[lo] + (m_sorted[hi] - m_sorted[lo]) * (pos - double(lo));
    }
    double median() const { return quantile(0.5); }
    // Share of the window strictly above v.
    double fractionAbove(double v) const
    {
        if (m_sorted.empty())
            return 1;
        return double(m_sorted.end() - std::upper_bound(m_sorted.begin(), m_sorted.end(), v)) / double(m_sorted.size());
    }
    double min() const { return m_sorted.empty() ? 0 : m_sorted.front(); }
    double max() const { return m_sorted.empty() ? 0 : m_sorted.back(); }
    const boost::circular_buffer<double> &values() const { return m_values; }

private:
    boost::circular_buffer<double> m_values;
    std::vector<double> m_sorted;
};

} // namespace Opsight::Core
