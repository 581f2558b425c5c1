// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace Opsight::Core {

// One host's behaviour over a window: one value per metric (e.g. its mean), NaN
// where it has no data, and the peer group its dimensions put it in (role and
// hardware model, say). An empty group asks for one found from the profiles.
struct HostProfile
{
    std::string host;
    std::string group;
    std::vector<double> values;
};

struct OutlierDriver
{
    int metric = 0;   // index into the metric list
    double z = 0;     // robust z against the group: + above, - below
};

struct PeerOutlier
{
    std::string host;
    std::string group;
    double score = 0;                 // robust distance from the group's median behaviour
    std::vector<OutlierDriver> drivers; // metrics by |z|, strongest first (|z| >= 2)
};

struct OutlierOptions
{
    // Report hosts at least this far out. With 16 metrics, chance alone puts the
    // largest of a host's |z| near 3, so 4 asks for more than noise.
    double minimumScore = 4.0;
    size_t minimumGroup = 5;    // smaller groups have no peers to compare with
    // Profiles without a group are grouped by k-means on their robustly scaled
    // values into about one group per `hostsPerGroup` hosts.
    size_t hostsPerGroup = 50;
};

// Hosts of one role and hardware are expected to behave alike. For each group and
// metric: median and MAD (scaled to a standard deviation, with a floor so a metric
// every peer has at the same value doesn't make any difference infinite); each
// host's robust z per metric; its score is the root mean square of its two
// largest |z| (one wild metric or two clearly off both stand out, while noise
// spread thinly over many metrics does not). Outliers come sorted by score.
// Runs in O(hosts x metrics) per group (medians by selection, not sorting).
std::vector<PeerOutlier> findPeerOutliers(std::vector<HostProfile> profiles, size_t metricCount,
                                          const OutlierOptions &options = {});

// Assigns a group to every profile without one, by deterministic k-means
// (k-means++ seeding from a fixed seed) on robustly scaled values; the group
// name is "cluster-N". Exposed for tests and for showing the groups.
void assignProfileGroups(std::vector<HostProfile> &profiles, size_t metricCount, size_t hostsPerGroup);

} // namespace Opsight::Core

namespace Opsight::Core {

// How one host compares with its peers on one metric.
struct PeerDeviation
{
    int metric = 0;    // index into the metric list
    double value = 0;  // the host's
    double median = 0; // its group's
    double z = 0;      // robust z, as findPeerOutliers computes it
};

// The host's group (k-means when it has none) and its deviation on every metric;
// an empty group name when the host is unknown or its group is too small to judge.
struct PeerComparison
{
    std::string group;
    size_t peers = 0; // hosts in the group, the host included
    std::vector<PeerDeviation> deviations;
};
PeerComparison comparePeers(std::vector<HostProfile> profiles, size_t metricCount, const std::string &host,
                            const OutlierOptions &options = {});

} // namespace Opsight::Core
