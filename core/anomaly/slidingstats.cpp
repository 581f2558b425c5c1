// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidingstats.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Opsight::Core {

SlidingStats::SlidingStats(size_t capacity, size_t refresh)
    : m_values(capacity)
    , m_min(capacity)
    , m_max(capacity)
    , m_refresh(refresh)
{
}

void SlidingStats::push(double v)
{
    if (m_values.full()) {
        const double old = m_values.front();
        m_min.evict(old);
        m_max.evict(old);
    }
    m_values.push_back(v);
    m_min.push(v);
    m_max.push(v);
    // Early on every sample counts; later the quantiles barely move per sample.
    if (++m_sinceRefresh >= m_refresh || m_values.size() < 64)
        refresh();
}

void SlidingStats::refresh()
{
    // Exact order statistics by a histogram between the exact min and max: bins
    // are monotonic in the value, so the k-th value lies in the bin where the
    // counts pass k, and is found among that bin's few values. nth_element over
    // the whole window mispredicted a branch for every other comparison.
    m_sinceRefresh = 0;
    const size_t n = m_values.size();
    const double lo = min(), hi = max();
    if (!(hi > lo)) {
        m_low = m_median = m_high = lo;
        return;
    }
    constexpr int kBins = 256;
    const double perBin = double(kBins) / (hi - lo);
    if (!std::isfinite(hi - lo) || !(perBin > 0)) { // a range beyond double: select over the whole window
        m_scratch.assign(m_values.begin(), m_values.end());
        auto at = [&](double q) {
            const auto it = m_scratch.begin() + std::ptrdiff_t(q * double(n - 1));
            std::nth_element(m_scratch.begin(), it, m_scratch.end());
            return *it;
        };
        m_median = at(0.5);
        m_low = at(0.05);
        m_high = at(0.95);
        return;
    }
    m_bins.resize(n);
    std::array<unsigned, kBins> counts{};
    size_t i = 0;
    for (const double v : m_values) {
        const int b = std::min(int((v - lo) * perBin), kBins - 1);
        m_bins[i++] = std::uint8_t(b);
        ++counts[size_t(b)];
    }
    auto at = [&](double q) {
        const size_t rank = size_t(q * double(n - 1));
        size_t below = 0;
        int b = 0;
        while (below + counts[size_t(b)] <= rank)
            below += counts[size_t(b++)];
        m_scratch.clear();
        size_t k = 0;
        for (const double v : m_values)
            if (m_bins[k++] == b)
                m_scratch.push_back(v);
        const auto it = m_scratch.begin() + std::ptrdiff_t(rank - below);
        std::nth_element(m_scratch.begin(), it, m_scratch.end());
        return *it;
    };
    m_median = at(0.5);
    m_low = at(0.05);
    m_high = at(0.95);
}

} // namespace Opsight::Core
