// SPDX-License-Identifier: GPL-3.0-or-later
#include "subsequencenovelty.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Opsight::Core {

SubsequenceNovelty::SubsequenceNovelty(size_t window, size_t history)
    : m_window(window)
    , m_history(history)
    , m_bucketWidth(0.02)
    , m_recent(2 * window)
    , m_features(window * history)
    , m_bucketOf(history)
    , m_placeOf(history)
    , m_query(window)
{
}

namespace {
// (long long)std::floor(x) for |x| < 2^63, inline: without SSE4.1 std::floor is
// a library call, on every stored subsequence.
long long floorToInteger(double x)
{
    const long long truncated = (long long)x;
    return truncated - (double(truncated) > x ? 1 : 0);
}

// Squared distance in full, without early abandoning: on noisy series every
// candidate is about as close as the best, and the abandon test mispredicted
// for every other one.
double squaredDistance(const double *a, const double *b, size_t n)
{
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const double d = a[i] - b[i];
        sum += d * d;
    }
    return sum;
}

#if defined(__SSE2__)
// The detector's window (10 values) as five pairs held in registers for the
// whole search. Without -ffast-math the compiler keeps the plain loop's sum in
// order, one scalar at a time; two lanes in two accumulators halve both the
// instructions and the chain of dependent additions.
class PairedQuery10
{
public:
    explicit PairedQuery10(const double *query)
    {
        for (int i = 0; i < 5; ++i)
            m_pairs[i] = _mm_loadu_pd(query + 2 * i);
    }
    double squaredDistance(const double *candidate) const
    {
        __m128d even = squaredPair(candidate, 0), odd = squaredPair(candidate, 1);
        even = _mm_add_pd(even, squaredPair(candidate, 2));
        odd = _mm_add_pd(odd, squaredPair(candidate, 3));
        even = _mm_add_pd(even, squaredPair(candidate, 4));
        const __m128d sum = _mm_add_pd(even, odd);
        return _mm_cvtsd_f64(_mm_add_sd(sum, _mm_unpackhi_pd(sum, sum)));
    }

private:
    __m128d squaredPair(const double *candidate, int pair) const
    {
        const __m128d d = _mm_sub_pd(_mm_loadu_pd(candidate + 2 * pair), m_pairs[pair]);
        return _mm_mul_pd(d, d);
    }
    __m128d m_pairs[5];
};
#endif
} // namespace

template<class SquaredDistance>
double SubsequenceNovelty::nearestBy(double mean, SquaredDistance squaredDistanceTo)
{
    double best = std::numeric_limits<double>::infinity();
    unsigned bestSlot = m_nearest;
    const double *features = m_features.data();
    const size_t window = m_window;
    auto consider = [&](unsigned slot) {
        const double sum = squaredDistanceTo(features + size_t(slot) * window);
        if (sum < best) { // rarely true: predictable
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
    auto visit = [&](const std::vector<unsigned> &slots) {
        for (const unsigned slot : slots)
            consider(slot);
    };
    const double w = double(m_window);
    const long long home = floorToInteger(mean / m_bucketWidth);
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

double SubsequenceNovelty::nearest(double mean)
{
    const double *query = m_query.data();
#if defined(__SSE2__)
    if (m_window == 10) {
        const PairedQuery10 paired(query);
        return nearestBy(mean, [paired](const double *candidate) { return paired.squaredDistance(candidate); });
    }
#endif
    return nearestBy(mean, [query, window = m_window](const double *candidate) {
        return squaredDistance(candidate, query, window);
    });
}

void SubsequenceNovelty::store(double mean)
{
    const unsigned slot = unsigned(m_next);
    if (m_stored == m_history) { // overwrite the oldest: take it out of its bucket
        const Buckets::iterator it = m_bucketOf[slot];
        std::vector<unsigned> &slots = it->second;
        const unsigned moved = slots.back(); // into its hole, as the linear find did: same visiting order
        slots[m_placeOf[slot]] = moved;
        m_placeOf[moved] = m_placeOf[slot];
        slots.pop_back();
        if (slots.empty())
            m_buckets.erase(it);
    }
    std::copy(m_query.begin(), m_query.end(), m_features.begin() + std::ptrdiff_t(size_t(slot) * m_window));
    const long long bucket = floorToInteger(mean / m_bucketWidth);
    // Consecutive subsequences mostly share a bucket: try the last one first.
    const Buckets::iterator last = m_bucketOf[slot == 0 ? m_history - 1 : slot - 1];
    const Buckets::iterator it = m_stored > 0 && last->first == bucket ? last : m_buckets.try_emplace(bucket).first;
    m_placeOf[slot] = unsigned(it->second.size());
    it->second.push_back(slot);
    m_bucketOf[slot] = it;
    m_next = m_next + 1 == m_history ? 0 : m_next + 1;
    m_stored = std::min(m_stored + 1, m_history);
}

SubsequenceNovelty::Result SubsequenceNovelty::update(double value, double scale, bool search)
{
    Result result;
    m_recent[m_recentAt] = m_recent[m_recentAt + m_window] = value;
    m_recentAt = m_recentAt + 1 == m_window ? 0 : m_recentAt + 1;
    if (++m_seen < m_window)
        return result;
    const double *recent = &m_recent[m_recentAt];
    const double inverse = 1.0 / scale;
    double sum = 0;
    for (size_t i = 0; i < m_window; ++i) {
        m_query[i] = recent[i] * inverse;
        sum += m_query[i];
    }
    const double mean = sum / double(m_window);
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
