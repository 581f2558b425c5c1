// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleethierarchy.h"

#include <QCollator>

#include <algorithm>
#include <map>

namespace Opsight::Views {

namespace {
std::pair<QString, QString> keysOf(const Core::HostRecord &h, Grouping grouping)
{
    switch (grouping) {
    case Grouping::ClusterRack:
        return {h.cluster, h.rack};
    case Grouping::RoleHardware:
        return {h.role, h.hardwareModel};
    case Grouping::ClusterRole:
        return {h.cluster, h.role};
    }
    return {};
}

QString orNone(const QString &name)
{
    return name.isEmpty() ? FleetHierarchy::tr("(none)") : name;
}
} // namespace

FleetHierarchy FleetHierarchy::build(const std::vector<Core::HostRecord> &hosts, Grouping grouping,
                                     const std::vector<bool> &keep)
{
    FleetHierarchy h;
    h.grouping = grouping;
    h.innerOf.assign(hosts.size(), -1);
    // (outer, inner) -> hosts; names are few (clusters, racks), hosts many.
    std::map<QString, std::map<QString, std::vector<int>>> groups;
    // Hosts come by name, so a rack's hosts follow each other: remember the last
    // group and skip the two map lookups while it repeats (15 -> 10 ms at 100,000).
    QString lastOuter, lastInner;
    std::vector<int> *last = nullptr;
    for (size_t i = 0; i < hosts.size(); ++i) {
        if (!keep.empty() && !keep[i])
            continue;
        const auto [outer, inner] = keysOf(hosts[i], grouping);
        if (!last || outer != lastOuter || inner != lastInner) {
            last = &groups[outer][inner];
            lastOuter = outer;
            lastInner = inner;
        }
        last->push_back(int(i));
        ++h.hostCount;
    }
    QCollator collator;
    collator.setNumericMode(true);
    // Natural order, and hosts without the label last.
    const auto natural = [&collator](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return collator.compare(a, b) < 0;
    };
    std::vector<QString> outerNames;
    for (const auto &entry : groups)
        outerNames.push_back(entry.first);
    std::sort(outerNames.begin(), outerNames.end(), natural);
    for (const QString &outerName : outerNames) {
        auto &innerGroups = groups[outerName];
        Outer outer{orNone(outerName), {}, 0};
        std::vector<QString> innerNames;
        for (const auto &entry : innerGroups)
            innerNames.push_back(entry.first);
        std::sort(innerNames.begin(), innerNames.end(), natural);
        for (const QString &innerName : innerNames) {
            const int index = int(h.inners.size());
            std::vector<int> &members = innerGroups[innerName];
            for (const int host : members)
                h.innerOf[size_t(host)] = index;
            outer.hosts += int(members.size());
            outer.inners.push_back(index);
            h.inners.push_back({orNone(innerName), int(h.outers.size()), std::move(members)});
        }
        h.outers.push_back(std::move(outer));
    }
    return h;
}

int FleetHierarchy::findOuter(const QString &name) const
{
    for (size_t i = 0; i < outers.size(); ++i)
        if (outers[i].name == name)
            return int(i);
    return -1;
}

int FleetHierarchy::findInner(const QString &name) const
{
    for (size_t i = 0; i < inners.size(); ++i)
        if (inners[i].name == name)
            return int(i);
    return -1;
}

QString FleetHierarchy::outerLabel(Grouping grouping)
{
    return grouping == Grouping::RoleHardware ? tr("role") : tr("cluster");
}

QString FleetHierarchy::innerLabel(Grouping grouping)
{
    switch (grouping) {
    case Grouping::ClusterRack:
        return tr("rack");
    case Grouping::RoleHardware:
        return tr("hardware");
    case Grouping::ClusterRole:
        return tr("role");
    }
    return {};
}

} // namespace Opsight::Views
