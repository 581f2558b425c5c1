// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <map>
#include <vector>

namespace Opsight::Core {

// How new is the shape of the last `window` values? The distance from the recent
// subsequence to its nearest neighbour among the last `history` subsequences (a
// "discord"). Values are scaled by the series' 5-95% spread, so the distance has
// no units.
//
// Every subsequence is stored; the caller says which ones are searched for (a
// pattern spans `window` samples, so searching some of them still sees it).
//
// The search is exact and pruned: it starts from the successor of the previous
// query's neighbour (usually close, so the first bound is tight); subsequences
// sit in buckets by mean, and since |x - c|^2 >= window * (mean(x) - mean(c))^2,
// buckets are visited outward from the query's until that bound exceeds the best
// distance. Inside a bucket every distance is computed in full: finer bounds and
// early abandoning cost more in mispredicted branches than they saved. A bucket
// keeps its candidates in blocks of kLanes, value by value, so that one register
// holds the same value of kLanes candidates and a block's distances take no
// horizontal sums. The values are floats, relative to the bucket's origin (its
// lowest mean) so that a series far from zero keeps its digits: half the memory
// and twice the lanes of doubles, and a distance still good to about 1e-6.
class SubsequenceNovelty final
{
public:
    SubsequenceNovelty(size_t window, size_t history);

    struct Result
    {
        bool ready = false;  // searched, with enough history to judge
        double distance = 0; // nearest-neighbour distance
    };
    Result update(double value, double scale, bool search = true);

    // The 10-value distance runs on AVX2 where the CPU has it, else on SSE2; both
    // add the squares in the same order, so the scores do not depend on the
    // machine. Tests turn AVX2 off to check that (detectors created afterwards).
    static void allowAvx2(bool allowed);
    static bool avx2Available(); // on this CPU and build

    static constexpr size_t kLanes = 8; // candidates per block: an AVX2 register of floats

private:
    void store(double mean);
    double nearest(double mean);
    // The search itself; `nearestIn` scans one bucket's slots with the distance
    // inlined (the window's length and the CPU are dispatched on once, outside).
    template<class NearestIn>
    double nearestBy(double mean, NearestIn nearestIn);
    // Candidate `place` of a bucket: value k at lane[k * kLanes] (empty lanes hold infinity).
    float *laneOf(std::vector<float> &blocks, size_t place) const;
    // The query relative to a bucket's origin (its lowest mean), as its candidates are stored.
    const float *relativeQuery(long long bucket);

    size_t m_window;
    bool m_avx2;
    size_t m_history;
    size_t m_sinceSearch = 1; // subsequences stored since the last search
    double m_bucketWidth;
    // The last `window` values, each written twice so that they always sit
    // contiguously, oldest first, at m_recent[m_recentAt].
    std::vector<double> m_recent;
    size_t m_recentAt = 0, m_seen = 0;
    // A bucket keeps its subsequences' values together, so that a search reads
    // them in order rather than from all over the ring.
    struct Bucket
    {
        std::vector<unsigned> ringSlots; // where each sits in the ring
        std::vector<float> blocks;       // their values, in the same order (laneOf)
    };
    using Buckets = std::map<long long, Bucket>;
    std::vector<Buckets::iterator> m_bucketOf; // ring slot -> its bucket (map iterators are stable)
    std::vector<unsigned> m_placeOf;           // ring slot -> its index in its bucket's slots
    size_t m_stored = 0, m_next = 0;
    unsigned m_nearest = 0; // ring slot of the last query's nearest neighbour
    Buckets m_buckets;
    std::vector<double> m_query;
    std::vector<float> m_relativeQuery;
};

} // namespace Opsight::Core
