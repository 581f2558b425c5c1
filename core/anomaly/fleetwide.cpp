// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetwide.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace Opsight::Core {

std::string fleetWideKey(const SeriesKey &key)
{
    static const std::set<std::string> placing{"host", "instance", "cluster", "rack", "role"};
    SeriesKey general{key.metric, {}};
    for (const auto &label : key.labels)
        if (!placing.contains(label.first))
            general.labels.push_back(label);
    return general.canonical();
}

std::vector<FleetWideEpisode> markFleetWide(std::vector<SeriesAlert> &alerts,
                                            const std::map<std::string, int> &hostsPerKey,
                                            const std::map<std::string, RackSizes> &racksPerKey,
                                            const FleetWidePolicy &policy)
{
    std::map<std::string, std::vector<size_t>> byMetric;
    for (size_t i = 0; i < alerts.size(); ++i)
        if (!alerts[i].host.empty() && alerts[i].detector.isEmpty() && !alerts[i].silencedBy)
            byMetric[fleetWideKey(alerts[i].series)].push_back(i);

    std::vector<FleetWideEpisode> episodes;
    std::vector<std::set<std::string>> hostsOf; // each episode's own alerting hosts
    for (auto &[metric, indices] : byMetric) {
        const auto total = hostsPerKey.find(metric);
        if (total == hostsPerKey.end())
            continue;
        const size_t needed = size_t(std::max(policy.minHosts, int(std::ceil(policy.share * double(total->second)))));
        const size_t held = size_t(std::max(policy.holdMinHosts, int(std::ceil(policy.holdShare * double(total->second)))));
        std::sort(indices.begin(), indices.end(),
                  [&](size_t a, size_t b) { return alerts[a].interval.start < alerts[b].interval.start; });
        // A window sliding over the starts: wherever `needed` hosts start alerting
        // within it, those alerts are the fleet moving. Overlapping windows make one
        // episode, and a window from one of its alerts that still holds `held` hosts
        // carries it on. (A chain of alerts each close to the last is not enough: a
        // big fleet's background of chance alerts would chain for days.)
        const auto fleetRacks = racksPerKey.find(metric);
        RackSpread window(fleetRacks == racksPerKey.end() ? nullptr : &fleetRacks->second, policy.maxRackShare,
                          policy.minRacks); // the hosts starting alerts in [i, j)
        FleetWideEpisode *episode = nullptr;
        size_t markedUpTo = 0; // alerts before this index are already in the episode
        for (size_t i = 0, j = 0; i < indices.size(); ++i) {
            const Timestamp from = alerts[indices[i]].interval.start;
            for (; j < indices.size() && alerts[indices[j]].interval.start < from + policy.window; ++j)
                window.enter(alerts[indices[j]].host, rackOf(alerts[indices[j]].series));
            // One rack's hosts neither start an episode nor carry one on.
            const bool carriedOn = episode && i < markedUpTo && window.hosts() >= held;
            if ((window.hosts() >= needed || carriedOn) && !window.heldByOneRack()) {
                if (!episode || markedUpTo <= i) {
                    episodes.push_back({metric, from, 0, 0, total->second, 0, 0});
                    hostsOf.emplace_back();
                    episode = &episodes.back();
                    markedUpTo = i;
                }
                for (; markedUpTo < j; ++markedUpTo) {
                    SeriesAlert &a = alerts[indices[markedUpTo]];
                    a.fleetWide = true;
                    hostsOf.back().insert(a.host);
                    episode->end = std::max(episode->end, a.interval.end ? a.interval.end : a.interval.start);
                    if (a.interval.peakScore > episode->peak) {
                        episode->peak = a.interval.peakScore;
                        episode->peakTime = a.interval.peakTime;
                    }
                }
            }
            window.leave(alerts[indices[i]].host);
        }
    }
    // Counted from its own alerts: a second episode of the metric may start
    // before the first's longest alert ends.
    for (size_t e = 0; e < episodes.size(); ++e)
        episodes[e].hosts = int(hostsOf[e].size());
    std::sort(episodes.begin(), episodes.end(),
              [](const FleetWideEpisode &a, const FleetWideEpisode &b) { return a.start < b.start; });
    return episodes;
}

} // namespace Opsight::Core
