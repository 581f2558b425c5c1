// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents.h"

#include "fleetwide.h"

#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace Opsight::Core {

std::string incidentEntity(const SeriesAlert &alert)
{
    if (!alert.host.empty())
        return alert.host;
    return alert.series.labels.empty() ? std::string() : "{" + alert.series.canonicalLabels() + "}";
}

namespace {

void sortByStart(std::vector<size_t> &indices, const std::vector<SeriesAlert> &alerts)
{
    std::stable_sort(indices.begin(), indices.end(), [&](size_t a, size_t b) {
        return alerts[a].interval.start < alerts[b].interval.start;
    });
}

} // namespace

std::vector<Incident> groupIncidents(std::vector<SeriesAlert> &alerts, const IncidentPolicy &policy)
{
    std::map<std::string, std::vector<size_t>> byEntity, byRackSeries;
    for (size_t i = 0; i < alerts.size(); ++i) {
        const SeriesAlert &a = alerts[i];
        const std::string entity = incidentEntity(a);
        if (entity.empty() || a.silencedBy || a.fleetWide)
            continue;
        byEntity[entity].push_back(i);
        if (const std::string *rack = a.series.label("rack"); rack && !a.host.empty())
            byRackSeries[*rack + '\n' + fleetWideKey(a.series)].push_back(i);
    }

    boost::disjoint_sets_with_storage<> sets(alerts.size());
    // One entity: overlapping, or within the gap of where the chain so far ended.
    for (auto &[entity, indices] : byEntity) {
        sortByStart(indices, alerts);
        Timestamp end = 0;
        for (size_t k = 0; k < indices.size(); ++k) {
            const AlertInterval &interval = alerts[indices[k]].interval;
            if (k > 0 && interval.start <= end + policy.gap)
                sets.union_set(indices[k - 1], indices[k]);
            end = k > 0 && interval.start <= end + policy.gap ? std::max(end, interval.end) : interval.end;
        }
    }
    // One rack: the same series on its hosts, starting close together.
    for (auto &[rackSeries, indices] : byRackSeries) {
        sortByStart(indices, alerts);
        for (size_t k = 1; k < indices.size(); ++k)
            if (alerts[indices[k]].interval.start - alerts[indices[k - 1]].interval.start <= policy.rackWindow)
                sets.union_set(indices[k - 1], indices[k]);
    }

    std::map<size_t, std::vector<size_t>> components;
    for (const auto &[entity, indices] : byEntity)
        for (size_t i : indices)
            components[sets.find_set(i)].push_back(i);
    std::vector<Incident> incidents;
    for (auto &[root, members] : components) {
        if (members.size() < 2)
            continue;
        std::sort(members.begin(), members.end());
        sortByStart(members, alerts);
        const SeriesAlert &first = alerts[members.front()];
        std::set<std::string> hosts;
        const std::string *rack = nullptr; // a log series names its host but not its rack
        for (size_t i : members) {
            if (!alerts[i].host.empty())
                hosts.insert(alerts[i].host);
            if (!rack)
                rack = alerts[i].series.label("rack");
        }
        Incident incident;
        incident.members = std::move(members);
        incident.hosts = int(hosts.size());
        if (hosts.size() > 1 && rack) { // hosts are linked across only within a rack
            incident.entityKind = QStringLiteral("rack");
            incident.entity = QString::fromStdString(*rack);
        } else {
            incident.entityKind = first.host.empty() ? QStringLiteral("series") : QStringLiteral("host");
            incident.entity = QString::fromStdString(incidentEntity(first));
        }
        incident.id = QStringLiteral("%1@%2").arg(incident.entity, formatTimestamp(first.interval.start));
        for (size_t i : incident.members)
            alerts[i].incident = incident.id;
        incidents.push_back(std::move(incident));
    }
    std::sort(incidents.begin(), incidents.end(), [&](const Incident &a, const Incident &b) {
        return alerts[a.members.front()].interval.start < alerts[b.members.front()].interval.start;
    });
    return incidents;
}

} // namespace Opsight::Core
