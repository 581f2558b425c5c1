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
    , m_recent(2 * window)
    , m_features(window * history)
    , m_bucketOf(history)
    , m_query(window)
{
}

namespace {
// The detector's window length, with the loops unrolled at compile time.
template<size_t N>
double fixedDistance(const double *candidate, const double *query, double best)
{
    double sum = 0;
    for (size_t i = 0; i < N / 2; ++i) {
        const double d = candidate[i] - query[i];
        sum += d * d;
    }
    if (sum >= best)
        return sum;
    for (size_t i = N / 2; i < N; ++i) {
        const double d = candidate[i] - query[i];
        sum += d * d;
    }
    return sum;
}
} // namespace

double SubsequenceNovelty::distance(unsigned slot, double best) const
{
    if (m_window == 10)
        return fixedDistance<10>(&m_features[size_t(slot) * 10], m_query.data(), best);
    // Abandon after the first half: checking every element costs more than it saves.
    const double *candidate = &m_features[size_t(slot) * m_window];
    const double *query = m_query.data();
    const size_t half = m_window / 2;
    double sum = 0;
    for (size_t i = 0; i < half; ++i) {
        const double d = candidate[i] - query[i];
        sum += d * d;
    }
    if (sum >= best)
        return sum;
    for (size_t i = half; i < m_window; ++i) {
        const double d = candidate[i] - query[i];
        sum += d * d;
    }
    return sum;
}

double SubsequenceNovelty::nearest(double mean)
{
    double best = std::numeric_limits<double>::infinity();
    unsigned bestSlot = m_nearest;
    auto consider = [&](unsigned slot) {
        const double sum = distance(slot, best);
        if (sum < best) {
            best = sum;
            bestSlot = slot;
        }
    };
    const unsigned successor = unsigned((m_nearest + m_sinceSearch) % m_history);
    const unsigned previous = unsigned((m_next + m_history - 1) % m_history);
    if (successor < m_stored)
        consider(successor);
    if (previous < m_stored)
        consider(previous);

    const double half = double(m_window / 2);
    const double q0 = m_queryHalves[0], q1 = m_queryHalves[1];
    auto visit = [&](const std::vector<Entry> &entries) {
        for (const Entry &e : entries) {
            const double a = e.first - q0, b = e.second - q1;
            if (half * (a * a + b * b) < best)
                consider(e.slot);
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
    m_nearest = bestSlot;
    return std::sqrt(best);
}

void SubsequenceNovelty::store(double mean)
{
    const unsigned slot = unsigned(m_next);
    if (m_stored == m_history) { // overwrite the oldest: take it out of its bucket
        const Buckets::iterator it = m_bucketOf[slot];
        std::vector<Entry> &entries = it->second;
        *std::find_if(entries.begin(), entries.end(), [slot](const Entry &e) { return e.slot == slot; }) = entries.back();
        entries.pop_back();
        if (entries.empty())
            m_buckets.erase(it);
    }
    std::copy(m_query.begin(), m_query.end(), m_features.begin() + std::ptrdiff_t(size_t(slot) * m_window));
    const long long bucket = (long long)std::floor(mean / m_bucketWidth);
    // Consecutive subsequences mostly share a bucket: try the last one first.
    const Buckets::iterator last = m_bucketOf[(slot + m_history - 1) % m_history];
    const Buckets::iterator it = m_stored > 0 && last->first == bucket ? last : m_buckets.try_emplace(bucket).first;
    it->second.push_back({m_queryHalves[0], m_queryHalves[1], slot});
    m_bucketOf[slot] = it;
    m_next = (m_next + 1) % m_history;
    m_stored = std::min(m_stored + 1, m_history);
}

SubsequenceNovelty::Result SubsequenceNovelty::update(double value, double scale, bool search)
{
    Result result;
    m_recent[m_recentAt] = m_recent[m_recentAt + m_window] = value;
    m_recentAt = (m_recentAt + 1) % m_window;
    if (++m_seen < m_window)
        return result;
    const double *recent = &m_recent[m_recentAt];
    const size_t half = m_window / 2; // the two halves' means (the first half a bit longer when odd)
    const double inverse = 1.0 / scale;
    double sums[2] = {0, 0};
    for (size_t i = 0; i < m_window; ++i) {
        m_query[i] = recent[i] * inverse;
        sums[i < m_window - half ? 0 : 1] += m_query[i];
    }
    const double mean = (sums[0] + sums[1]) / double(m_window);
    m_queryHalves[0] = sums[0] / double(m_window - half);
    m_queryHalves[1] = sums[1] / double(half);
    if (search && m_stored >= 10) {
        result.distance = nearest(mean);
        result.ready = true;
        m_sinceSearch = 0;
    }
    ++m_sinceSearch;
    store(mean);
    return result;
}

} // namespace Opsight::Core
