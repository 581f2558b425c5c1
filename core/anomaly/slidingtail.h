// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monotonicqueue.h"

#include <boost/circular_buffer.hpp>

#include <vector>

namespace Opsight::Core {

// The last `capacity` non-negative values with O(log bins) tail shares and an
// exact sliding maximum. Tail shares are resolved to log-spaced bins (2-3% wide),
// which is all a p-value needs; the maximum, which decides records, is exact.
class SlidingTail final
{
public:
    explicit SlidingTail(size_t capacity);

    void push(double v);
    size_t size() const { return m_values.size(); }
    double max() const { return m_max.empty() ? 0 : m_max.front(); }
    // Share of the window at or above v (approximately, within a bin).
    double shareAtLeast(double v) const;

private:
    static int bin(double v);
    void add(int bin, int delta);
    long long prefix(int bin) const; // count of bins [0, bin]

    boost::circular_buffer<double> m_values;
    SlidingMax m_max;
    std::vector<long long> m_tree; // Fenwick tree over bins
};

} // namespace Opsight::Core
