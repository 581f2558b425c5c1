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

std::string rackOf(const SeriesKey &series)
{
    const std::string *rack = series.label("rack");
    if (!rack)
        return {};
    const std::string *cluster = series.label("cluster");
    return cluster ? *cluster + '/' + *rack : *rack;
}

std::vector<FleetWideEpisode> markFleetWide(std::vector<SeriesAlert> &alerts,
                                            const std::map<std::string, int> &hostsPerKey,
                                            const std::map<std::string, int> &racksPerKey,
                                            const FleetWidePolicy &policy)
{
    std::map<std::string, std::vector<size_t>> byMetric;
    for (size_t i = 0; i < alerts.size(); ++i)
        if (!alerts[i].host.empty() && alerts[i].detector.isEmpty() && !alerts[i].silencedBy)
            byMetric[fleetWideKey(alerts[i].series)].push_back(i);

    std::vector<FleetWideEpisode> episodes;
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
        std::map<std::string, int> inWindow; // host -> alerts starting in [i, j)
        std::map<std::string, int> racks;    // rack -> hosts in the window
        auto enter = [&](const SeriesAlert &a) {
            if (inWindow[a.host]++ == 0)
                ++racks[rackOf(a.series)];
        };
        auto leave = [&](const SeriesAlert &a) {
            if (--inWindow[a.host] > 0)
                return;
            inWindow.erase(a.host);
            if (--racks[rackOf(a.series)] == 0)
                racks.erase(rackOf(a.series));
        };
        // No rack holds more than its share of the window's hosts.
        const auto fleetRacks = racksPerKey.find(metric);
        const bool judgeRacks = fleetRacks != racksPerKey.end() && fleetRacks->second >= kMinRacksToJudge;
        auto spread = [&] {
            if (!judgeRacks)
                return true;
            int largest = 0;
            for (const auto &[rack, hosts] : racks)
                largest = std::max(largest, hosts);
            return double(largest) <= policy.maxRackShare * double(inWindow.size());
        };
        FleetWideEpisode *episode = nullptr;
        size_t markedUpTo = 0; // alerts before this index are already in the episode
        for (size_t i = 0, j = 0; i < indices.size(); ++i) {
            const Timestamp from = alerts[indices[i]].interval.start;
            for (; j < indices.size() && alerts[indices[j]].interval.start < from + policy.window; ++j)
                enter(alerts[indices[j]]);
            const bool carriedOn = episode && i < markedUpTo && inWindow.size() >= held;
            if ((inWindow.size() >= needed && spread()) || carriedOn) {
                if (!episode || markedUpTo <= i) {
                    episodes.push_back({metric, from, 0, 0, total->second, 0, 0});
                    episode = &episodes.back();
                    markedUpTo = i;
                }
                for (; markedUpTo < j; ++markedUpTo) {
                    SeriesAlert &a = alerts[indices[markedUpTo]];
                    a.fleetWide = true;
                    episode->end = std::max(episode->end, a.interval.end ? a.interval.end : a.interval.start);
                    if (a.interval.peakScore > episode->peak) {
                        episode->peak = a.interval.peakScore;
                        episode->peakTime = a.interval.peakTime;
                    }
                }
            }
            leave(alerts[indices[i]]);
        }
    }
    // Hosts per episode, now that each is complete.
    for (FleetWideEpisode &e : episodes) {
        std::set<std::string> hosts;
        for (const SeriesAlert &a : alerts)
            if (a.fleetWide && a.interval.start >= e.start && a.interval.start <= e.end && fleetWideKey(a.series) == e.metric)
                hosts.insert(a.host);
        e.hosts = int(hosts.size());
    }
    std::sort(episodes.begin(), episodes.end(),
              [](const FleetWideEpisode &a, const FleetWideEpisode &b) { return a.start < b.start; });
    return episodes;
}

} // namespace Opsight::Core
