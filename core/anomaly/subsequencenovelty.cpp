// SPDX-License-Identifier: GPL-3.0-or-later
#include "subsequencenovelty.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace Opsight::Core {

SubsequenceNovelty::SubsequenceNovelty(size_t window, size_t history)
    : m_window(window)
    , m_history(history)
    , m_bucketWidth(0.02)
    , m_recent(window)
    , m_features(window * history)
    , m_means(history)
    , m_halves(2 * history)
    , m_query(window)
{
}

double SubsequenceNovelty::nearest(double mean) const
{
    double best = std::numeric_limits<double>::infinity();
    const double half = double(m_window / 2);
    auto visit = [&](const std::vector<unsigned> &slots) {
        for (unsigned slot : slots) {
            const double a = m_halves[2 * slot] - m_queryHalves[0], b = m_halves[2 * slot + 1] - m_queryHalves[1];
            if (half * (a * a + b * b) >= best)
                continue;
            const double *candidate = &m_features[size_t(slot) * m_window];
            double sum = 0;
            for (size_t i = 0; i < m_window && sum < best; ++i) {
                const double d = candidate[i] - m_query[i];
                sum += d * d;
            }
            best = std::min(best, sum);
        }
    };
    const double w = double(m_window);
    const long long home = (long long)std::floor(mean / m_bucketWidth);
    auto up = m_buckets.lower_bound(home);
    auto down = std::make_reverse_iterator(up);
    // Alternate outward; a side stops once its nearest possible mean is too far.
    bool upDone = up == m_buckets.end(), downDone = down == m_buckets.rend();
    while (!upDone || !downDone) {
        if (!upDone) {
            const double gap = std::max(0.0, double(up->first) * m_bucketWidth - mean);
            if (w * gap * gap >= best) {
                upDone = true;
            } else {
                visit(up->second);
                upDone = ++up == m_buckets.end();
            }
        }
        if (!downDone) {
            const double gap = std::max(0.0, mean - double(down->first + 1) * m_bucketWidth);
            if (w * gap * gap >= best) {
                downDone = true;
            } else {
                visit(down->second);
                downDone = ++down == m_buckets.rend();
            }
        }
    }
    return std::sqrt(best);
}

void SubsequenceNovelty::store(const std::vector<double> &features, double mean)
{
    const unsigned slot = unsigned(m_next);
    if (m_stored == m_history) { // overwrite the oldest: take it out of its bucket
        const long long old = (long long)std::floor(m_means[slot] / m_bucketWidth);
        auto it = m_buckets.find(old);
        std::vector<unsigned> &slots = it->second;
        *std::find(slots.begin(), slots.end(), slot) = slots.back();
        slots.pop_back();
        if (slots.empty())
            m_buckets.erase(it);
    }
    std::copy(features.begin(), features.end(), m_features.begin() + std::ptrdiff_t(size_t(slot) * m_window));
    m_means[slot] = mean;
    m_halves[2 * slot] = m_queryHalves[0];
    m_halves[2 * slot + 1] = m_queryHalves[1];
    m_buckets[(long long)std::floor(mean / m_bucketWidth)].push_back(slot);
    m_next = (m_next + 1) % m_history;
    m_stored = std::min(m_stored + 1, m_history);
}

SubsequenceNovelty::Result SubsequenceNovelty::update(double value, double scale)
{
    Result result;
    m_recent.push_back(value);
    if (!m_recent.full())
        return result;
    double mean = 0;
    for (size_t i = 0; i < m_window; ++i) {
        m_query[i] = m_recent[i] / scale;
        mean += m_query[i];
    }
    mean /= double(m_window);
    const size_t half = m_window / 2; // the two halves' means (the first half a bit longer when odd)
    m_queryHalves[0] = m_queryHalves[1] = 0;
    for (size_t i = 0; i < m_window; ++i)
        m_queryHalves[i < m_window - half ? 0 : 1] += m_query[i];
    m_queryHalves[0] /= double(m_window - half);
    m_queryHalves[1] /= double(half);
    if (m_stored >= 10) {
        result.distance = nearest(mean);
        result.ready = true;
    }
    store(m_query, mean);
    return result;
}

} // namespace Opsight::Core
