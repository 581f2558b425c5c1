// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/circular_buffer.hpp>

#include <map>
#include <vector>

namespace Opsight::Core {

// How new is the shape of the last `window` values? The distance from the recent
// subsequence to its nearest neighbour among the last `history` subsequences (a
// "discord"). Values are scaled by the series' 5-95% spread, so the distance has
// no units.
//
// The search is pruned by each subsequence's mean: subsequences sit in buckets
// by mean, and since |x - c|^2 >= window * (mean(x) - mean(c))^2, buckets are
// visited outward from the query's until that bound exceeds the best distance.
class SubsequenceNovelty final
{
public:
    SubsequenceNovelty(size_t window, size_t history);

    struct Result
    {
        bool ready = false;  // enough history to judge
        double distance = 0; // nearest-neighbour distance
    };
    Result update(double value, double scale);

private:
    void store(const std::vector<double> &features, double mean);
    double nearest(double mean) const;

    size_t m_window;
    size_t m_history;
    double m_bucketWidth;
    boost::circular_buffer<double> m_recent;
    std::vector<double> m_features; // ring of m_history vectors of m_window values
    std::vector<double> m_means;
    std::vector<double> m_halves; // mean of each half: a tighter bound before the full distance
    double m_queryHalves[2] = {0, 0};
    size_t m_stored = 0, m_next = 0;
    std::map<long long, std::vector<unsigned>> m_buckets; // bucket -> ring slots
    std::vector<double> m_query;
};

} // namespace Opsight::Core
