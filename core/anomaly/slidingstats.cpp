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
    // The window as its (at most two) contiguous runs: raw pointers, not
    // circular_buffer iterators, in the passes below.
    const auto one = m_values.array_one(), two = m_values.array_two();
    m_bins.resize(n);
    std::array<unsigned, kBins> counts{};
    std::uint8_t *bins = m_bins.data();
    for (const auto &[data, size] : {one, two})
        for (size_t k = 0; k < size; ++k) {
            const int b = std::min(int((data[k] - lo) * perBin), kBins - 1);
            *bins++ = std::uint8_t(b);
            ++counts[size_t(b)];
        }
    // The three quantiles' bins first, then one pass gathers all three bins'
    // values (in window order, as nth_element saw them before). The wanted
    // bins are rare: a branch on a per-bin mask predicts well.
    constexpr double kQuantiles[3] = {0.05, 0.5, 0.95};
    size_t rank[3], below[3];
    std::array<std::uint8_t, kBins> wanted{}; // bit q: quantile q's bin
    for (int q = 0; q < 3; ++q) {
        rank[q] = size_t(kQuantiles[q] * double(n - 1));
        below[q] = 0;
        int b = 0;
        while (below[q] + counts[size_t(b)] <= rank[q])
            below[q] += counts[size_t(b++)];
        wanted[size_t(b)] |= std::uint8_t(1u << q);
        m_gathered[q].clear();
    }
    bins = m_bins.data();
    for (const auto &[data, size] : {one, two})
        for (size_t k = 0; k < size; ++k)
            if (const unsigned w = wanted[*bins++]) [[unlikely]]
                for (int q = 0; q < 3; ++q)
                    if (w & (1u << q))
                        m_gathered[q].push_back(data[k]);
    double result[3];
    for (int q = 0; q < 3; ++q) {
        std::vector<double> &gathered = m_gathered[q];
        const auto at = gathered.begin() + std::ptrdiff_t(rank[q] - below[q]);
        std::nth_element(gathered.begin(), at, gathered.end());
        result[q] = *at;
    }
    m_low = result[0];
    m_median = result[1];
    m_high = result[2];
}

} // namespace Opsight::Core
