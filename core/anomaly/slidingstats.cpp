// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidingstats.h"

#include <algorithm>

namespace Opsight::Core {

SlidingStats::SlidingStats(size_t capacity, size_t refresh)
    : m_values(capacity)
    , m_refresh(refresh)
{
}

void SlidingStats::push(double v)
{
    if (m_values.full()) {
        const double old = m_values.front();
        if (!m_min.empty() && m_min.front() == old)
            m_min.pop_front();
        if (!m_max.empty() && m_max.front() == old)
            m_max.pop_front();
    }
    m_values.push_back(v);
    while (!m_min.empty() && m_min.back() > v)
        m_min.pop_back();
    m_min.push_back(v);
    while (!m_max.empty() && m_max.back() < v)
        m_max.pop_back();
    m_max.push_back(v);
    // Early on every sample counts; later the quantiles barely move per sample.
    if (++m_sinceRefresh >= m_refresh || m_values.size() < 64)
        refresh();
}

void SlidingStats::refresh()
{
    m_sinceRefresh = 0;
    m_scratch.assign(m_values.begin(), m_values.end());
    const size_t n = m_scratch.size();
    // The median first; then each tail quantile only in its side of it.
    const auto begin = m_scratch.begin(), end = m_scratch.end();
    const auto mid = begin + std::ptrdiff_t(0.5 * double(n - 1));
    std::nth_element(begin, mid, end);
    m_median = *mid;
    const auto low = begin + std::ptrdiff_t(0.05 * double(n - 1));
    std::nth_element(begin, low, mid);
    m_low = low < mid ? *low : m_median;
    const auto high = begin + std::ptrdiff_t(0.95 * double(n - 1));
    if (high > mid)
        std::nth_element(mid + 1, high, end);
    m_high = high > mid ? *high : m_median;
}

} // namespace Opsight::Core
