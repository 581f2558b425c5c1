// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slidingextreme.h"

#include <boost/circular_buffer.hpp>

#include <vector>

namespace Opsight::Core {

// The last `capacity` non-negative values with tail shares and an exact sliding
// maximum. Tail shares are resolved to log-spaced bins (2-3% wide), which is all
// a p-value needs; the maximum, which decides records, is exact. Bins are counted
// in three levels (bins, groups of 16 bins, blocks of 16 groups): an update is
// three increments, and a share sums three short arrays in loops of fixed
// length, which the compiler vectorises and the predictor never misses (a
// Fenwick tree's loops ran a data-dependent number of dependent steps).
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
    int countBelow(int bin) const; // count of bins [0, bin)

    boost::circular_buffer<double> m_values;
    SlidingMax m_max;
    std::vector<int> m_bins;   // values per bin
    std::vector<int> m_groups; // values per group of bins
    std::vector<int> m_blocks; // values per block of groups
};

} // namespace Opsight::Core
