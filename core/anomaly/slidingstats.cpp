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
    auto at = [&](double q) {
        auto it = m_scratch.begin() + std::ptrdiff_t(q * double(n - 1));
        std::nth_element(m_scratch.begin(), it, m_scratch.end());
        return *it;
    };
    m_median = at(0.5);
    m_low = at(0.05);
    m_high = at(0.95);
}

} // namespace Opsight::Core
