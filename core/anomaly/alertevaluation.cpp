// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevaluation.h"

#include "warehouse/selector.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Opsight::Core {

namespace {

struct AlertView
{
    QString host;  // the alert's host, when it has one
    QString queue; // the series' queue label, for queue-level series
    QString metric;
    QString incident; // empty: the alert stands alone
    Timestamp start = 0, end = 0;
};

AlertView view(const StoredEvent &e)
{
    AlertView a;
    a.start = e.event.time;
    a.end = std::max(e.event.time, e.event.endTime);
    if (e.event.entityKind == QLatin1String("host"))
        a.host = e.event.entity;
    const QJsonObject payload = QJsonDocument::fromJson(e.event.payload).object();
    a.incident = payload.value(QStringLiteral("incident")).toString();
    const QString series = payload.value(QStringLiteral("series")).toString();
    if (auto key = SeriesKey::fromCanonical(series.toStdString())) {
        a.metric = QString::fromStdString(key->metric);
        if (const std::string *queue = key->label("queue"))
            a.queue = QString::fromStdString(*queue);
    }
    return a;
}

bool sameEntity(const AlertView &a, const GroundTruth &t)
{
    if (t.entityKind == QLatin1String("host"))
        return a.host == t.entity;
    if (t.entityKind == QLatin1String("queue"))
        return a.queue == t.entity;
    return false;
}

bool overlaps(const AlertView &a, const GroundTruth &t, Timestamp slack)
{
    const Timestamp end = t.endTime > t.startTime ? t.endTime : t.startTime;
    return a.start <= end + slack && a.end >= t.startTime - slack;
}

// Kept quiet by a rule.
bool silenced(const StoredEvent &e)
{
    return QJsonDocument::fromJson(e.event.payload).object().contains(QStringLiteral("silenced_by"));
}

// One host's part of a fleet-wide episode (the episode's own alert counts instead).
bool withTheFleet(const StoredEvent &e)
{
    return QJsonDocument::fromJson(e.event.payload).object().value(QStringLiteral("fleet_wide")).toBool();
}

QString groupOf(const QString &host, const QString &queue, const std::map<QString, QString> &hostGroups)
{
    if (!host.isEmpty()) {
        const auto group = hostGroups.find(host);
        return group == hostGroups.end() ? QString() : group->second;
    }
    return queue.isEmpty() ? QString() : QStringLiteral("queues");
}

} // namespace

Timestamp delayQuantile(std::vector<Timestamp> delays, double q)
{
    if (delays.empty())
        return 0;
    const size_t rank = std::min(delays.size() - 1, size_t(std::ceil(q * double(delays.size()))) - (q > 0 ? 1 : 0));
    std::nth_element(delays.begin(), delays.begin() + qint64(rank), delays.end());
    return delays[rank];
}

AlertEvaluation evaluateAlerts(const std::vector<StoredEvent> &alerts, const std::vector<GroundTruth> &truth,
                               Timestamp slack, const std::map<QString, QString> &hostGroups)
{
    AlertEvaluation result;
    std::vector<AlertView> views;
    for (const StoredEvent &e : alerts) {
        if (e.event.kind != QLatin1String("alert"))
            continue;
        if (silenced(e))
            ++result.silencedAlerts;
        else if (withTheFleet(e))
            ++result.fleetAlerts;
        else
            views.push_back(view(e));
    }
    // The earliest first: a fault's delay is its first alert's.
    std::stable_sort(views.begin(), views.end(), [](const AlertView &a, const AlertView &b) { return a.start < b.start; });
    result.alerts = qint64(views.size());
    for (const GroundTruth &t : truth) {
        if (t.entityKind != QLatin1String("host") && t.entityKind != QLatin1String("queue")) {
            ++result.otherFaults; // job-level truth is for job diagnostics, not metric alerts
            continue;
        }
        AlertEvaluation::PerKind &kind = result.kinds[t.kind];
        const bool onHost = t.entityKind == QLatin1String("host");
        AlertEvaluation::PerGroup &group = result.groups[groupOf(onHost ? t.entity : QString(), onHost ? QString() : t.entity, hostGroups)];
        ++kind.faults;
        ++group.faults;
        ++result.faults;
        for (const AlertView &a : views) {
            if (sameEntity(a, t) && overlaps(a, t, slack)) {
                ++kind.detected;
                ++group.detected;
                ++result.detected;
                for (std::vector<Timestamp> *delays : {&kind.delays, &group.delays, &result.delays})
                    delays->push_back(std::max(a.start - t.startTime, -slack));
                break;
            }
        }
    }
    std::map<QString, bool> incidents; // true when one of its alerts is
    for (const AlertView &a : views) {
        AlertEvaluation::PerMetric &metric = result.metrics[a.metric];
        AlertEvaluation::PerGroup &group = result.groups[groupOf(a.host, a.queue, hostGroups)];
        ++metric.alerts;
        ++group.alerts;
        bool isTrue = false;
        for (const GroundTruth &t : truth) {
            if (sameEntity(a, t) && overlaps(a, t, slack)) {
                ++result.trueAlerts;
                ++metric.trueAlerts;
                ++group.trueAlerts;
                isTrue = true;
                break;
            }
        }
        if (a.incident.isEmpty()) {
            ++result.notices;
            result.trueNotices += isTrue ? 1 : 0;
        } else {
            incidents[a.incident] = incidents[a.incident] || isTrue;
        }
    }
    result.incidents = qint64(incidents.size());
    result.notices += result.incidents;
    for (const auto &[id, isTrue] : incidents)
        result.trueNotices += isTrue ? 1 : 0;
    return result;
}

} // namespace Opsight::Core
