// SPDX-License-Identifier: GPL-3.0-or-later
#include "peeroutliers.h"

#include <algorithm>
#include <map>
#include <random>

namespace Opsight::Core {

namespace {

double medianOf(std::vector<double> &v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

struct Robust
{
    double median = 0;
    double scale = 1;
};

// Median and MAD of one metric over the given members, NaN values left out.
Robust robustStats(const std::vector<HostProfile> &profiles, const std::vector<size_t> &members, size_t metric,
                   std::vector<double> &scratch)
{
    scratch.clear();
    for (size_t m : members) {
        const double v = profiles[m].values[metric];
        if (!std::isnan(v))
            scratch.push_back(v);
    }
    Robust r;
    r.median = medianOf(scratch);
    for (double &v : scratch)
        v = std::abs(v - r.median);
    const double mad = medianOf(scratch);
    // Floor: 1% of the median's magnitude (and a tiny absolute one), so identical
    // peers don't turn the first small difference into an infinite z.
    r.scale = std::max({1.4826 * (std::isnan(mad) ? 0 : mad), 0.01 * std::abs(r.median), 1e-9});
    return r;
}

} // namespace

void assignProfileGroups(std::vector<HostProfile> &profiles, size_t metricCount, size_t hostsPerGroup)
{
    std::vector<size_t> members;
    for (size_t i = 0; i < profiles.size(); ++i)
        if (profiles[i].group.empty())
            members.push_back(i);
    if (members.empty())
        return;
    // Robustly scaled features, missing values at the median (0).
    std::vector<double> scratch;
    std::vector<std::vector<double>> x(members.size(), std::vector<double>(metricCount, 0.0));
    for (size_t m = 0; m < metricCount; ++m) {
        const Robust r = robustStats(profiles, members, m, scratch);
        for (size_t i = 0; i < members.size(); ++i) {
            const double v = profiles[members[i]].values[m];
            x[i][m] = std::isnan(v) ? 0 : std::clamp((v - r.median) / r.scale, -10.0, 10.0);
        }
    }
    const size_t k = std::clamp<size_t>(members.size() / std::max<size_t>(1, hostsPerGroup), 1, 64);
    auto distance = [&](const std::vector<double> &a, const std::vector<double> &b) {
        double d = 0;
        for (size_t m = 0; m < metricCount; ++m)
            d += (a[m] - b[m]) * (a[m] - b[m]);
        return d;
    };
    // k-means++ seeding with a fixed generator: the same fleet, the same groups.
    std::mt19937_64 rng(0x6f70736967687421ULL);
    std::vector<std::vector<double>> centres{x[0]};
    std::vector<double> nearest(members.size(), std::numeric_limits<double>::infinity());
    while (centres.size() < k) {
        double total = 0;
        for (size_t i = 0; i < members.size(); ++i) {
            nearest[i] = std::min(nearest[i], distance(x[i], centres.back()));
            total += nearest[i];
        }
        if (total <= 0)
            break;
        double pick = double(rng() >> 11) / double(1ULL << 53) * total;
        size_t chosen = 0;
        for (; chosen + 1 < members.size() && pick > nearest[chosen]; ++chosen)
            pick -= nearest[chosen];
        centres.push_back(x[chosen]);
    }
    std::vector<size_t> assignment(members.size(), 0);
    for (int iteration = 0; iteration < 20; ++iteration) {
        bool moved = false;
        for (size_t i = 0; i < members.size(); ++i) {
            size_t best = 0;
            double bestDistance = distance(x[i], centres[0]);
            for (size_t c = 1; c < centres.size(); ++c) {
                const double d = distance(x[i], centres[c]);
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            moved |= assignment[i] != best;
            assignment[i] = best;
        }
        if (!moved && iteration > 0)
            break;
        std::vector<std::vector<double>> sums(centres.size(), std::vector<double>(metricCount, 0.0));
        std::vector<size_t> counts(centres.size(), 0);
        for (size_t i = 0; i < members.size(); ++i) {
            ++counts[assignment[i]];
            for (size_t m = 0; m < metricCount; ++m)
                sums[assignment[i]][m] += x[i][m];
        }
        for (size_t c = 0; c < centres.size(); ++c)
            if (counts[c])
                for (size_t m = 0; m < metricCount; ++m)
                    centres[c][m] = sums[c][m] / double(counts[c]);
    }
    for (size_t i = 0; i < members.size(); ++i)
        profiles[members[i]].group = "cluster-" + std::to_string(assignment[i] + 1);
}

std::vector<PeerOutlier> findPeerOutliers(std::vector<HostProfile> profiles, size_t metricCount,
                                          const OutlierOptions &options)
{
    for (HostProfile &p : profiles)
        p.values.resize(metricCount, std::numeric_limits<double>::quiet_NaN());
    assignProfileGroups(profiles, metricCount, options.hostsPerGroup);
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t i = 0; i < profiles.size(); ++i)
        groups[profiles[i].group].push_back(i);

    std::vector<PeerOutlier> outliers;
    std::vector<double> scratch;
    std::vector<Robust> stats(metricCount);
    for (const auto &[name, members] : groups) {
        if (members.size() < options.minimumGroup)
            continue;
        for (size_t m = 0; m < metricCount; ++m)
            stats[m] = robustStats(profiles, members, m, scratch);
        for (size_t i : members) {
            double first = 0, second = 0;
            std::vector<OutlierDriver> drivers;
            for (size_t m = 0; m < metricCount; ++m) {
                const double v = profiles[i].values[m];
                if (std::isnan(v) || std::isnan(stats[m].median))
                    continue;
                const double z = (v - stats[m].median) / stats[m].scale;
                const double a = std::abs(z);
                if (a > first) {
                    second = first;
                    first = a;
                } else if (a > second) {
                    second = a;
                }
                if (a >= 2.0)
                    drivers.push_back({int(m), z});
            }
            const double score = std::sqrt((first * first + second * second) / 2.0);
            if (score < options.minimumScore)
                continue;
            std::sort(drivers.begin(), drivers.end(),
                      [](const OutlierDriver &a, const OutlierDriver &b) { return std::abs(a.z) > std::abs(b.z); });
            outliers.push_back({profiles[i].host, name, score, std::move(drivers)});
        }
    }
    std::sort(outliers.begin(), outliers.end(), [](const PeerOutlier &a, const PeerOutlier &b) {
        return a.score != b.score ? a.score > b.score : a.host < b.host;
    });
    return outliers;
}

} // namespace Opsight::Core

namespace Opsight::Core {

PeerComparison comparePeers(std::vector<HostProfile> profiles, size_t metricCount, const std::string &host,
                            const OutlierOptions &options)
{
    for (HostProfile &p : profiles)
        p.values.resize(metricCount, std::numeric_limits<double>::quiet_NaN());
    assignProfileGroups(profiles, metricCount, options.hostsPerGroup);
    const auto self = std::find_if(profiles.begin(), profiles.end(), [&](const HostProfile &p) { return p.host == host; });
    PeerComparison comparison;
    if (self == profiles.end())
        return comparison;
    std::vector<size_t> members;
    for (size_t i = 0; i < profiles.size(); ++i)
        if (profiles[i].group == self->group)
            members.push_back(i);
    if (members.size() < options.minimumGroup)
        return comparison;
    comparison.group = self->group;
    comparison.peers = members.size();
    std::vector<double> scratch;
    for (size_t m = 0; m < metricCount; ++m) {
        const Robust stats = robustStats(profiles, members, m, scratch);
        const double v = self->values[m];
        if (std::isnan(v) || std::isnan(stats.median))
            continue;
        comparison.deviations.push_back({int(m), v, stats.median, (v - stats.median) / stats.scale});
    }
    return comparison;
}

} // namespace Opsight::Core
