// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/circular_buffer.hpp>

#include <algorithm>
#include <limits>
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
        , m_sorted(capacity + kChunk, std::numeric_limits<double>::infinity())
    {
    }

    // Adds v in place of the oldest value.
    void push(double v) { update<false>(v); }
    // The same, and returns how the window's Mann-Kendall S changed (pairs
    // rising in time order minus pairs falling): the counts it needs are the
    // positions the update finds anyway, so a trend statistic of the window costs
    // little on top (ties are counted only when there are some).
    int pushCountingPairs(double v) { return update<true>(v); }

    size_t size() const { return m_values.size(); }
    bool full() const { return m_values.full(); }
    // Linear interpolation between order statistics; q in [0, 1]. Empty: 0.
    double quantile(double q) const
    {
        if (size() == 0)
            return 0;
        const double pos = q * double(size() - 1);
        const size_t lo = size_t(pos);
        const size_t hi = std::min(lo + 1, size() - 1);
        return m_sorted[lo] + (m_sorted[hi] - m_sorted[lo]) * (pos - double(lo));
    }
    double median() const { return quantile(0.5); }
    // Share of the window strictly above v.
    double fractionAbove(double v) const
    {
        if (size() == 0)
            return 1;
        const auto end = m_sorted.begin() + std::ptrdiff_t(size());
        return double(end - std::upper_bound(m_sorted.begin(), end, v)) / double(size());
    }
    double ordered(size_t i) const { return m_sorted[i]; } // the i-th smallest, i < size()
    // Distance from v to the nearest value of the window (infinity when empty).
    double nearestDistance(double v) const
    {
        const auto end = m_sorted.begin() + std::ptrdiff_t(size());
        const auto it = std::lower_bound(m_sorted.begin(), end, v);
        double d = it == end ? std::numeric_limits<double>::infinity() : *it - v;
        if (it != m_sorted.begin())
            d = std::min(d, v - *(it - 1));
        return d;
    }
    double min() const { return size() == 0 ? 0 : m_sorted.front(); }
    double max() const { return size() == 0 ? 0 : m_sorted[size() - 1]; }
    const boost::circular_buffer<double> &values() const { return m_values; }

private:
    template<bool countPairs>
    int update(double v)
    {
        const int n = int(size());
        if (!m_values.full()) {
            const auto end = m_sorted.begin() + std::ptrdiff_t(size());
            const auto at = std::upper_bound(m_sorted.begin(), end, v);
            int change = 0;
            if constexpr (countPairs) {
                const int notAbove = int(at - m_sorted.begin());
                change = (notAbove - copiesEndingAt(size_t(notAbove), v)) - (n - notAbove);
            }
            std::move_backward(at, end, end + 1);
            *at = v;
            m_values.push_back(v);
            return change;
        }
        const double old = m_values.front();
        m_values.push_back(v);
        if (v == old) { // regular sample intervals: the common case for some windows
            if constexpr (countPairs) { // the same value leaves as the earliest and joins as the latest
                const auto [below, notAbove] = positions(v, v);
                return 2 * (int(below) - (n - int(notAbove)));
            }
            return 0;
        }
        const auto [oldAt, newAt] = positions(old, v);
        int change = 0;
        if constexpr (countPairs) {
            // The oldest value leaves its pairs with every later one; v joins the rest as the latest.
            const int oldBelow = int(oldAt), oldAbove = n - oldBelow - copiesStartingAt(oldAt, old);
            const int newNotAbove = int(newAt) - (old < v ? 1 : 0); // among the values but the oldest
            const int newBelow = newNotAbove - copiesEndingAt(newAt, v);
            const int newAbove = (n - 1) - newNotAbove;
            change = (newBelow - newAbove) - (oldAbove - oldBelow);
        }
        const auto at = m_sorted.begin() + std::ptrdiff_t(oldAt);
        const auto to = m_sorted.begin() + std::ptrdiff_t(newAt);
        if (v > old) { // move the hole up to where v belongs
            std::move(at + 1, to, at);
            *(to - 1) = v;
        } else { // down
            std::move_backward(to, at, at + 1);
            *to = v;
        }
        return change;
    }

    // Where `old` sits (its first copy) and where `v` goes (after its equals),
    // as counts of smaller (not larger) values, in three levels: the last value
    // of each chunk of kChunk says how many whole chunks lie below, then the
    // last values of the next chunk's blocks of kBlock how many whole blocks,
    // then the count goes on inside the next block. The last two levels always
    // have the same length (the sorted values are followed by kChunk
    // infinities), so that they unroll. Every comparison is independent of the
    // others, where a binary search waits on each load before the next: on
    // noisy series its branches are coin tosses, and even branch-free it was
    // one chain of dependent loads.
    std::pair<size_t, size_t> positions(double old, double v) const
    {
        const double *data = m_sorted.data();
        const size_t n = size();
        size_t a = 0, b = 0;
        for (size_t last = kChunk - 1; last < n; last += kChunk) {
            a += data[last] < old ? kChunk : 0;
            b += data[last] <= v ? kChunk : 0;
        }
        const double *aChunk = data + a, *bChunk = data + b;
        for (size_t last = kBlock - 1; last < kChunk - 1; last += kBlock) {
            a += aChunk[last] < old ? kBlock : 0;
            b += bChunk[last] <= v ? kBlock : 0;
        }
        const double *aBlock = data + a, *bBlock = data + b;
        for (size_t i = 0; i < kBlock; ++i) {
            a += aBlock[i] < old ? 1 : 0;
            b += bBlock[i] <= v ? 1 : 0;
        }
        return {a, std::min(b, n)}; // v = +inf counts the padding too
    }

    // Copies of v in the sorted values from position `from` on (v is there), or
    // ending just before position `end`.
    int copiesStartingAt(size_t from, double v) const
    {
        if (m_sorted[from + 1] != v) // the padding after the values is never a finite v
            return 1;
        const auto begin = m_sorted.begin() + std::ptrdiff_t(from);
        return int(std::upper_bound(begin, m_sorted.begin() + std::ptrdiff_t(size()), v) - begin);
    }
    int copiesEndingAt(size_t end, double v) const
    {
        if (end == 0 || m_sorted[end - 1] != v)
            return 0;
        const auto last = m_sorted.begin() + std::ptrdiff_t(end);
        return int(last - std::lower_bound(m_sorted.begin(), last, v));
    }

    static constexpr size_t kBlock = 16, kChunk = 4 * kBlock;
    boost::circular_buffer<double> m_values;
    std::vector<double> m_sorted; // size() values in order, then infinities
};

} // namespace Opsight::Core
