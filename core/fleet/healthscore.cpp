// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthscore.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Opsight::Core {

namespace {

double weightOf(const QString &severity, const HealthPolicy &p)
{
    if (severity == QLatin1String("critical"))
        return p.critical;
    if (severity == QLatin1String("error"))
        return p.error;
    if (severity == QLatin1String("warning"))
        return p.warning;
    return p.info;
}

} // namespace

HostHealth hostHealth(const std::string &host, std::vector<HealthItem> items, Timestamp now, const HealthPolicy &policy)
{
    HostHealth health;
    health.host = host;
    double remaining = 1.0;
    std::map<QString, size_t> byKey; // key -> index in contributors
    for (HealthItem &item : items) {
        if (item.time > now)
            continue; // not happened yet at the time asked about
        const bool open = item.endTime == 0 || item.endTime >= now;
        const Timestamp since = open ? 0 : now - item.endTime;
        if (since > policy.horizon)
            continue;
        item.penalty = weightOf(item.severity, policy) * std::pow(0.5, double(since) / double(policy.halfLife));
        if (item.penalty <= 0.05)
            continue;
        if (!item.key.isEmpty()) {
            const auto [it, added] = byKey.emplace(item.key, health.contributors.size());
            if (!added) {
                if (health.contributors[it->second].penalty < item.penalty)
                    health.contributors[it->second] = std::move(item);
                continue;
            }
        }
        health.contributors.push_back(std::move(item));
    }
    for (const HealthItem &item : health.contributors)
        remaining *= 1.0 - std::min(item.penalty, 100.0) / 100.0;
    health.score = 100.0 * remaining;
    std::sort(health.contributors.begin(), health.contributors.end(),
              [](const HealthItem &a, const HealthItem &b) { return a.penalty > b.penalty; });
    return health;
}

std::vector<GroupHealth> rollUp(const std::vector<HostHealth> &hosts, const std::map<std::string, std::string> &groupOf)
{
    std::map<std::string, GroupHealth> groups;
    for (const HostHealth &h : hosts) {
        const auto it = groupOf.find(h.host);
        if (it == groupOf.end())
            continue;
        GroupHealth &g = groups[it->second];
        g.group = it->second;
        g.mean += h.score; // accumulated as a sum first, minus the initial 100
        if (g.hosts == 0 || h.score < g.worst) {
            g.worst = h.score;
            g.worstHost = h.host;
        }
        g.unhealthy += h.score < 60;
        ++g.hosts;
    }
    std::vector<GroupHealth> out;
    for (auto &[name, g] : groups) {
        g.mean = (g.mean - 100.0) / double(g.hosts);
        out.push_back(g);
    }
    std::sort(out.begin(), out.end(), [](const GroupHealth &a, const GroupHealth &b) {
        return a.mean != b.mean ? a.mean < b.mean : a.group < b.group;
    });
    return out;
}

} // namespace Opsight::Core
