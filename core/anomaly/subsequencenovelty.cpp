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

// Candidates sit in blocks of kLanes, value by value (see the header), so a
// search computes the distances of a whole block at once with no horizontal sum:
// each lane adds its squares in value order, from the first value to the last,
// whatever the register width. The scalar, SSE2 and AVX2 loops give the same bits.
constexpr size_t kLanes = SubsequenceNovelty::kLanes;

// A block's distances against `best` (a squared distance), in candidate order so
// that ties go to the first as in a plain loop. Empty lanes hold infinity.
inline void takeBest(const float *sums, const unsigned *slots, size_t lanes, float &best, unsigned &bestSlot)
{
    for (size_t lane = 0; lane < lanes; ++lane)
        if (sums[lane] < best) {
            best = sums[lane];
            bestSlot = slots[lane];
        }
}

// One candidate's squared distance, in the lanes' order.
inline float laneDistance(const float *lane, const float *query, size_t window)
{
    float sum = 0;
    for (size_t k = 0; k < window; ++k) {
        const float d = lane[k * kLanes] - query[k];
        sum += d * d;
    }
    return sum;
}

// Any window length, one candidate at a time.
struct NearestInBlocks
{
    size_t window;
    void operator()(const float *blocks, const float *query, const unsigned *slots, size_t count, float &best,
                    unsigned &bestSlot) const
    {
        for (size_t i = 0; i < count; ++i) {
            const float sum = laneDistance(blocks + (i / kLanes) * window * kLanes + i % kLanes, query, window);
            if (sum < best) { // rarely true: predictable
                best = sum;
                bestSlot = slots[i];
            }
        }
    }
};

#if defined(__SSE2__)
// The detector's window (10 values), four lanes per register.
struct NearestInBlocks10
{
    void operator()(const float *blocks, const float *query, const unsigned *slots, size_t count, float &best,
                    unsigned &bestSlot) const
    {
        __m128 q[10];
        for (int k = 0; k < 10; ++k)
            q[k] = _mm_set1_ps(query[k]);
        for (size_t first = 0; first < count; first += kLanes, blocks += 10 * kLanes) {
            __m128 low = _mm_setzero_ps(), high = _mm_setzero_ps();
#pragma GCC unroll 10
            for (int k = 0; k < 10; ++k) {
                const __m128 a = _mm_sub_ps(_mm_loadu_ps(blocks + k * kLanes), q[k]);
                const __m128 b = _mm_sub_ps(_mm_loadu_ps(blocks + k * kLanes + 4), q[k]);
                low = _mm_add_ps(low, _mm_mul_ps(a, a));
                high = _mm_add_ps(high, _mm_mul_ps(b, b));
            }
            const __m128 bestNow = _mm_set1_ps(best);
            if (_mm_movemask_ps(_mm_or_ps(_mm_cmplt_ps(low, bestNow), _mm_cmplt_ps(high, bestNow)))) {
                float sums[kLanes];
                _mm_storeu_ps(sums, low);
                _mm_storeu_ps(sums + 4, high);
                takeBest(sums, slots + first, std::min(kLanes, count - first), best, bestSlot);
            }
        }
    }
};
#endif

#if defined(__x86_64__) && defined(__GNUC__)
// The same on AVX2, chosen at run time (the build targets plain x86-64), a block
// per register. No FMA: a fused multiply-add rounds differently, and the scores
// must not depend on the machine.
__attribute__((target("avx2"))) void nearestInBlocks10Avx2(const float *blocks, const float *query,
                                                           const unsigned *slots, size_t count, float &best,
                                                           unsigned &bestSlot)
{
    __m256 q[10];
    for (int k = 0; k < 10; ++k)
        q[k] = _mm256_set1_ps(query[k]);
    for (size_t first = 0; first < count; first += kLanes, blocks += 10 * kLanes) {
        __m256 sum = _mm256_setzero_ps();
#pragma GCC unroll 10
        for (int k = 0; k < 10; ++k) {
            const __m256 d = _mm256_sub_ps(_mm256_loadu_ps(blocks + k * kLanes), q[k]);
            sum = _mm256_add_ps(sum, _mm256_mul_ps(d, d));
        }
        if (_mm256_movemask_ps(_mm256_cmp_ps(sum, _mm256_set1_ps(best), _CMP_LT_OQ))) {
            float sums[kLanes];
            _mm256_storeu_ps(sums, sum);
            takeBest(sums, slots + first, std::min(kLanes, count - first), best, bestSlot);
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
    , m_bucketOf(history)
    , m_placeOf(history)
    , m_query(window)
    , m_relativeQuery(window)
{
}

float *SubsequenceNovelty::laneOf(std::vector<float> &blocks, size_t place) const
{
    return blocks.data() + (place / kLanes) * m_window * kLanes + place % kLanes;
}

const float *SubsequenceNovelty::relativeQuery(long long bucket)
{
    const double origin = double(bucket) * m_bucketWidth;
    for (size_t k = 0; k < m_window; ++k)
        m_relativeQuery[k] = float(m_query[k] - origin);
    return m_relativeQuery.data();
}

template<class NearestIn>
double SubsequenceNovelty::nearestBy(double mean, NearestIn nearestIn)
{
    float best = std::numeric_limits<float>::infinity();
    unsigned bestSlot = m_nearest;
    // The successor of the last neighbour and the newest subsequence first: usually close.
    const unsigned successor = unsigned((m_nearest + m_sinceSearch) % m_history);
    const unsigned previous = unsigned((m_next + m_history - 1) % m_history);
    for (const unsigned slot : {successor, previous})
        if (slot < m_stored) {
            const Buckets::iterator it = m_bucketOf[slot];
            const float sum = laneDistance(laneOf(it->second.blocks, m_placeOf[slot]), relativeQuery(it->first), m_window);
            if (sum < best) {
                best = sum;
                bestSlot = slot;
            }
        }
    auto visit = [&](Buckets::const_reference b) {
        nearestIn(b.second.blocks.data(), relativeQuery(b.first), b.second.ringSlots.data(), b.second.ringSlots.size(),
                  best, bestSlot);
    };
    // A bucket is skipped when every distance in it must exceed the best; the
    // margin covers the single-precision rounding, so that no candidate whose
    // rounded distance would be smaller is skipped.
    const double w = double(m_window) / (1.0 + 1e-4);
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
                visit(*up);
                upDone = ++up == m_buckets.end();
            }
        }
        if (!downDone) {
            const double gap = std::max(0.0, mean - double(down->first + 1) * m_bucketWidth);
            if (w * gap * gap >= best) {
                downDone = true;
            } else {
                visit(*down);
                downDone = ++down == m_buckets.rend();
            }
        }
    }
    m_nearest = bestSlot;
    return std::sqrt(double(best));
}

double SubsequenceNovelty::nearest(double mean)
{
#if defined(__SSE2__)
    if (m_window == 10) {
#if defined(__x86_64__) && defined(__GNUC__)
        if (m_avx2)
            return nearestBy(mean, nearestInBlocks10Avx2);
#endif
        return nearestBy(mean, NearestInBlocks10{});
    }
#endif
    return nearestBy(mean, NearestInBlocks{m_window});
}

void SubsequenceNovelty::store(double mean)
{
    const unsigned slot = unsigned(m_next);
    if (m_stored == m_history) { // overwrite the oldest: take it out of its bucket
        const Buckets::iterator it = m_bucketOf[slot];
        Bucket &b = it->second;
        const unsigned moved = b.ringSlots.back(); // into its hole, as the linear find did: same visiting order
        const size_t place = m_placeOf[slot], lastPlace = b.ringSlots.size() - 1;
        b.ringSlots[place] = moved;
        m_placeOf[moved] = unsigned(place);
        b.ringSlots.pop_back();
        float *hole = laneOf(b.blocks, place), *last = laneOf(b.blocks, lastPlace);
        for (size_t k = 0; k < m_window; ++k) {
            hole[k * kLanes] = last[k * kLanes];
            last[k * kLanes] = std::numeric_limits<float>::infinity();
        }
        if (lastPlace % kLanes == 0)
            b.blocks.resize(b.blocks.size() - m_window * kLanes);
        if (b.ringSlots.empty())
            m_buckets.erase(it);
    }
    const long long bucket = floorToInteger(mean / m_bucketWidth);
    // Consecutive subsequences mostly share a bucket: try the last one first.
    const Buckets::iterator last = m_bucketOf[slot == 0 ? m_history - 1 : slot - 1];
    const Buckets::iterator it = m_stored > 0 && last->first == bucket ? last : m_buckets.try_emplace(bucket).first;
    Bucket &b = it->second;
    const size_t place = b.ringSlots.size();
    m_placeOf[slot] = unsigned(place);
    b.ringSlots.push_back(slot);
    if (place % kLanes == 0)
        b.blocks.resize(b.blocks.size() + m_window * kLanes, std::numeric_limits<float>::infinity());
    const float *values = relativeQuery(bucket);
    float *lane = laneOf(b.blocks, place);
    for (size_t k = 0; k < m_window; ++k)
        lane[k * kLanes] = values[k];
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
