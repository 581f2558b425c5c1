// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents.h"

#include "fleetwide.h"

#include <QCoreApplication>

#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace Opsight::Core {

namespace {

// What an incident on one entity gathers on: the host, or for series without
// one, their labels in braces; empty for a series with neither.
std::string incidentEntity(const SeriesAlert &alert)
{
    if (!alert.host.empty())
        return alert.host;
    return alert.series.labels.empty() ? std::string() : "{" + alert.series.canonicalLabels() + "}";
}

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
        if (const std::string rack = rackOf(a.series); !rack.empty() && !a.host.empty())
            byRackSeries[rack + '\n' + fleetWideKey(a.series)].push_back(i);
    }

    boost::disjoint_sets_with_storage<> sets(alerts.size());
    // One entity: overlapping, or within the gap of where the chain so far ended.
    for (auto &[entity, indices] : byEntity) {
        sortByStart(indices, alerts);
        Timestamp end = 0;
        for (size_t k = 0; k < indices.size(); ++k) {
            const SeriesAlert &alert = alerts[indices[k]];
            const bool linked = k > 0 && alert.interval.start <= end + policy.gap;
            if (linked)
                sets.union_set(indices[k - 1], indices[k]);
            end = linked ? std::max(end, alert.scoredEnd()) : alert.scoredEnd();
        }
    }
    // One rack: the same series on its hosts, each joining the latest alert of
    // another host that started within the window before it.
    for (auto &[rackSeries, indices] : byRackSeries) {
        sortByStart(indices, alerts);
        for (size_t k = 1; k < indices.size(); ++k) {
            const SeriesAlert &a = alerts[indices[k]];
            for (size_t m = k; m-- > 0 && a.interval.start - alerts[indices[m]].interval.start <= policy.rackWindow;) {
                if (alerts[indices[m]].host != a.host) {
                    sets.union_set(indices[m], indices[k]);
                    break;
                }
            }
        }
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
        const SeriesAlert *racked = nullptr; // a log series names its host but not its rack
        for (size_t i : members) {
            if (!alerts[i].host.empty())
                hosts.insert(alerts[i].host);
            if (!racked && !rackOf(alerts[i].series).empty())
                racked = &alerts[i];
        }
        Incident incident;
        incident.members = std::move(members);
        incident.hosts = int(hosts.size());
        QString idEntity;
        if (hosts.size() > 1 && racked) { // hosts are linked across only within a rack
            incident.entityKind = QStringLiteral("rack");
            incident.entity = QString::fromStdString(*racked->series.label("rack"));
            // Two series of one rack may start together: the id names the series too.
            idEntity = QString::fromStdString(rackOf(racked->series) + '/' + fleetWideKey(racked->series));
        } else {
            incident.entityKind = first.host.empty() ? QStringLiteral("labels") : QStringLiteral("host");
            incident.entity = idEntity = QString::fromStdString(incidentEntity(first));
        }
        incident.id = QStringLiteral("%1@%2").arg(idEntity, formatTimestamp(first.interval.start));
        for (size_t i : incident.members)
            alerts[i].incident = incident.id;
        incidents.push_back(std::move(incident));
    }
    std::sort(incidents.begin(), incidents.end(), [&](const Incident &a, const Incident &b) {
        const Timestamp as = alerts[a.members.front()].interval.start, bs = alerts[b.members.front()].interval.start;
        return as != bs ? as < bs : a.id < b.id;
    });
    return incidents;
}

// In the scan's context, where the title was made before readers made it too:
// the translations stay as they were.
QString incidentTitle(const QString &entityKind, const QString &entity, int alerts, int hosts)
{
    return entityKind == QLatin1String("rack")
        ? QCoreApplication::translate("Opsight::Core::AlertScan", "%n related anomalies on %1 hosts of rack %2", nullptr,
                                      alerts)
              .arg(hosts)
              .arg(entity)
        : QCoreApplication::translate("Opsight::Core::AlertScan", "%n related anomalies on %1", nullptr, alerts)
              .arg(entity);
}

} // namespace Opsight::Core
