// SPDX-License-Identifier: GPL-3.0-or-later
#include "subsequencenovelty.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstddef>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

namespace Opsight::Core {

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

// The nearest of `count` candidates to the query, updating `best` (a squared
// distance) and `bestSlot`: the loop every search spends its time in, called
// once per bucket so that the distance is inlined into it.
struct NearestInSlots
{
    size_t window;
    const double *query;
    void operator()(const double *features, const unsigned *slots, size_t count, double &best, unsigned &bestSlot) const
    {
        for (size_t i = 0; i < count; ++i) {
            const double sum = squaredDistance(features + i * window, query, window);
            if (sum < best) { // rarely true: predictable
                best = sum;
                bestSlot = slots[i];
            }
        }
    }
};

#if defined(__SSE2__)
// The detector's window (10 values) as five pairs held in registers for the
// whole search. Without -ffast-math the compiler keeps the plain loop's sum in
// order, one scalar at a time; lanes in two accumulators halve both the
// instructions and the chain of dependent additions. The squares are added as
// ((d0 + d4) + d8) + (d2 + d6) and ((d1 + d5) + d9) + (d3 + d7), then the two:
// the order the AVX2 loop below keeps, so both give the same bits.
struct NearestInSlots10
{
    const double *query;
    void operator()(const double *features, const unsigned *slots, size_t count, double &best, unsigned &bestSlot) const
    {
        __m128d q[5];
        for (int i = 0; i < 5; ++i)
            q[i] = _mm_loadu_pd(query + 2 * i);
        auto squaredPair = [&q](const double *candidate, int pair) {
            const __m128d d = _mm_sub_pd(_mm_loadu_pd(candidate + 2 * pair), q[pair]);
            return _mm_mul_pd(d, d);
        };
        for (size_t i = 0; i < count; ++i) {
            const double *candidate = features + i * 10;
            __m128d even = squaredPair(candidate, 0), odd = squaredPair(candidate, 1);
            even = _mm_add_pd(even, squaredPair(candidate, 2));
            odd = _mm_add_pd(odd, squaredPair(candidate, 3));
            even = _mm_add_pd(even, squaredPair(candidate, 4));
            const __m128d pairs = _mm_add_pd(even, odd);
            const double sum = _mm_cvtsd_f64(_mm_add_sd(pairs, _mm_unpackhi_pd(pairs, pairs)));
            if (sum < best) {
                best = sum;
                bestSlot = slots[i];
            }
        }
    }
};
#endif

#if defined(__x86_64__) && defined(__GNUC__)
// The same on AVX2, chosen at run time (the build targets plain x86-64): values
// 0-3 and 4-7 as quads, 8-9 as a pair, so a distance takes three subtractions
// instead of five. No FMA: a fused multiply-add rounds differently, and the
// scores must not depend on the machine.
__attribute__((target("avx2"))) void nearestInSlots10Avx2(const double *features, const double *query,
                                                          const unsigned *slots, size_t count, double &best,
                                                          unsigned &bestSlot)
{
    const __m256d low = _mm256_loadu_pd(query), high = _mm256_loadu_pd(query + 4);
    const __m128d tail = _mm_loadu_pd(query + 8);
    for (size_t i = 0; i < count; ++i) {
        const double *candidate = features + i * 10;
        const __m256d a = _mm256_sub_pd(_mm256_loadu_pd(candidate), low);
        const __m256d b = _mm256_sub_pd(_mm256_loadu_pd(candidate + 4), high);
        const __m128d c = _mm_sub_pd(_mm_loadu_pd(candidate + 8), tail);
        const __m256d quads = _mm256_add_pd(_mm256_mul_pd(a, a), _mm256_mul_pd(b, b));
        const __m128d even = _mm_add_pd(_mm256_castpd256_pd128(quads), _mm_mul_pd(c, c));
        const __m128d pairs = _mm_add_pd(even, _mm256_extractf128_pd(quads, 1));
        const double sum = _mm_cvtsd_f64(_mm_add_sd(pairs, _mm_unpackhi_pd(pairs, pairs)));
        if (sum < best) {
            best = sum;
            bestSlot = slots[i];
        }
    }
}

#endif

std::atomic<bool> avx2Allowed{true};
} // namespace

void SubsequenceNovelty::allowAvx2(bool allowed)
{
    avx2Allowed = allowed;
}

bool SubsequenceNovelty::avx2Available()
{
#if defined(__x86_64__) && defined(__GNUC__)
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

SubsequenceNovelty::SubsequenceNovelty(size_t window, size_t history)
    : m_window(window)
    , m_avx2(avx2Allowed && avx2Available())
    , m_history(history)
    // Buckets of a twentieth of the spread: wide enough that a search on noise
    // (where every mean is close) walks few of them, narrow enough that on a
    // smooth series the mean's bound still skips most. 0.02 -> 0.05: noise +10%,
    // the bench sine +3%; 0.08 costs the sine a quarter. The search stays exact.
    , m_bucketWidth(0.05)
    , m_recent(2 * window)
    , m_firstFeatures(2 * window)
    , m_bucketOf(history)
    , m_placeOf(history)
    , m_query(window)
{
}

template<class NearestIn>
double SubsequenceNovelty::nearestBy(double mean, NearestIn nearestIn)
{
    double best = std::numeric_limits<double>::infinity();
    unsigned bestSlot = m_nearest;
    // The successor of the last neighbour and the newest subsequence first: usually close.
    unsigned first[2];
    size_t firstCount = 0;
    const unsigned successor = unsigned((m_nearest + m_sinceSearch) % m_history);
    const unsigned previous = unsigned((m_next + m_history - 1) % m_history);
    if (successor < m_stored)
        first[firstCount++] = successor;
    if (previous < m_stored)
        first[firstCount++] = previous;
    for (size_t k = 0; k < firstCount; ++k) {
        const double *f = featuresOf(first[k]);
        std::copy(f, f + m_window, m_firstFeatures.begin() + std::ptrdiff_t(k * m_window));
    }
    nearestIn(m_firstFeatures.data(), first, firstCount, best, bestSlot);
    auto visit = [&](const Bucket &b) { nearestIn(b.features.data(), b.ringSlots.data(), b.ringSlots.size(), best, bestSlot); };
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
#if defined(__x86_64__) && defined(__GNUC__)
        if (m_avx2)
            return nearestBy(mean, [query](const double *features, const unsigned *slots, size_t count, double &best,
                                           unsigned &bestSlot) {
                nearestInSlots10Avx2(features, query, slots, count, best, bestSlot);
            });
#endif
        return nearestBy(mean, NearestInSlots10{query});
    }
#endif
    return nearestBy(mean, NearestInSlots{m_window, query});
}

void SubsequenceNovelty::store(double mean)
{
    const unsigned slot = unsigned(m_next);
    if (m_stored == m_history) { // overwrite the oldest: take it out of its bucket
        const Buckets::iterator it = m_bucketOf[slot];
        Bucket &b = it->second;
        const unsigned moved = b.ringSlots.back(); // into its hole, as the linear find did: same visiting order
        const size_t place = m_placeOf[slot];
        b.ringSlots[place] = moved;
        std::copy(b.features.end() - std::ptrdiff_t(m_window), b.features.end(),
                  b.features.begin() + std::ptrdiff_t(place * m_window));
        m_placeOf[moved] = unsigned(place);
        b.ringSlots.pop_back();
        b.features.resize(b.features.size() - m_window);
        if (b.ringSlots.empty())
            m_buckets.erase(it);
    }
    const long long bucket = floorToInteger(mean / m_bucketWidth);
    // Consecutive subsequences mostly share a bucket: try the last one first.
    const Buckets::iterator last = m_bucketOf[slot == 0 ? m_history - 1 : slot - 1];
    const Buckets::iterator it = m_stored > 0 && last->first == bucket ? last : m_buckets.try_emplace(bucket).first;
    m_placeOf[slot] = unsigned(it->second.ringSlots.size());
    it->second.ringSlots.push_back(slot);
    it->second.features.insert(it->second.features.end(), m_query.begin(), m_query.end());
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
