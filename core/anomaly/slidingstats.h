// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slidingextreme.h"

#include <boost/circular_buffer.hpp>

#include <cstdint>
#include <vector>

namespace Opsight::Core {

// A long window's exact minimum and maximum (block extremes) and its 5%, 50%
// and 95% quantiles, refreshed every `refresh` samples: they move slowly over a
// window this long, and refreshing them per sample would cost a sort per sample.
class SlidingStats final
{
public:
    SlidingStats(size_t capacity, size_t refresh);

    void push(double v);
    size_t size() const { return m_values.size(); }
    const boost::circular_buffer<double> &values() const { return m_values; } // oldest first
    double min() const { return m_min.empty() ? 0 : m_min.front(); }
    double max() const { return m_max.empty() ? 0 : m_max.front(); }
    double low() const { return m_low; }     // 5% quantile
    double median() const { return m_median; }
    double high() const { return m_high; }   // 95% quantile

private:
    void refresh();

    boost::circular_buffer<double> m_values;
    SlidingMin m_min;
    SlidingMax m_max;
    size_t m_refresh, m_sinceRefresh = 0;
    double m_low = 0, m_median = 0, m_high = 0;
    std::vector<double> m_scratch;
    std::vector<double> m_gathered[3]; // the values in the 5%, 50% and 95% quantiles' bins
    std::vector<std::uint8_t> m_bins; // each value's histogram bin, during a refresh
};

} // namespace Opsight::Core
