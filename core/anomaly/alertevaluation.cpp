// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevaluation.h"

#include "warehouse/selector.h"

#include <QJsonDocument>
#include <QJsonObject>

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

// Kept quiet: by a rule, or as one host's part of a fleet-wide episode (the
// episode's own alert counts instead).
bool silenced(const StoredEvent &e)
{
    const QJsonObject payload = QJsonDocument::fromJson(e.event.payload).object();
    return payload.contains(QStringLiteral("silenced_by")) || payload.value(QStringLiteral("fleet_wide")).toBool();
}

} // namespace

AlertEvaluation evaluateAlerts(const std::vector<StoredEvent> &alerts, const std::vector<GroundTruth> &truth,
                               Timestamp slack)
{
    AlertEvaluation result;
    std::vector<AlertView> views;
    for (const StoredEvent &e : alerts)
        if (e.event.kind == QLatin1String("alert") && !silenced(e))
            views.push_back(view(e));
    result.alerts = qint64(views.size());
    for (const GroundTruth &t : truth) {
        if (t.entityKind != QLatin1String("host") && t.entityKind != QLatin1String("queue"))
            continue; // job-level truth is for job diagnostics, not metric alerts
        AlertEvaluation::PerKind &kind = result.kinds[t.kind];
        ++kind.faults;
        ++result.faults;
        for (const AlertView &a : views) {
            if (sameEntity(a, t) && overlaps(a, t, slack)) {
                ++kind.detected;
                ++result.detected;
                break;
            }
        }
    }
    std::map<QString, bool> incidents; // true when one of its alerts is
    for (const AlertView &a : views) {
        AlertEvaluation::PerMetric &metric = result.metrics[a.metric];
        ++metric.alerts;
        bool isTrue = false;
        for (const GroundTruth &t : truth) {
            if (sameEntity(a, t) && overlaps(a, t, slack)) {
                ++result.trueAlerts;
                ++metric.trueAlerts;
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
