// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedalert.h"

#include "common/readablenumber.h"
#include "incidents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>

namespace Opsight::Core {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::StoredAlert)
};

// "unchanged 25.1 h since Apr 12 02:15 (longest before: 21.8 h)": the stall
// view's word, in the hours an operator thinks in, up to the alert's peak.
QString stallText(const QJsonObject &evidence, Timestamp peakTime)
{
    const std::optional<Timestamp> since = parseTimestamp(evidence.value(QLatin1String("stall_since")).toString());
    const double longest = evidence.value(QLatin1String("stall_longest_hours")).toDouble();
    if (!since) // stored before the hours were
        return Messages::tr("unchanged %1×longest").arg(QString::number(evidence.value(QLatin1String("stall")).toDouble(), 'f', 1));
    const QString hours = QString::number(double(peakTime - *since) / double(kHour), 'f', 1);
    const QString from = formatTimestamp(*since);
    return evidence.value(QLatin1String("stall_under_floor")).toBool()
        ? Messages::tr("unchanged %1 h since %2 (never before over %3 h)").arg(hours, from, QString::number(longest, 'f', 1))
        : Messages::tr("unchanged %1 h since %2 (longest before: %3 h)").arg(hours, from, QString::number(longest, 'f', 1));
}

// "held 52.8 h above 87.5%, the week before's 99th percentile (at 95.6% when its
// scores fell)": why the alert outlasted its scores (levelhold.h). The level and
// the edge get the digits that tell them apart (43.46 and 43.3, not 43.5 and 43.3),
// and the unit of their metric.
QString heldText(const QJsonObject &held, Timestamp end, std::string_view metric)
{
    const std::optional<Timestamp> since = parseTimestamp(held.value(QLatin1String("since")).toString());
    const double level = held.value(QLatin1String("level")).toDouble();
    const bool above = level > held.value(QLatin1String("high")).toDouble();
    const double edge = held.value(QLatin1String(above ? "high" : "low")).toDouble();
    int digits = 3;
    while (digits < 6 && readableNumber(level, QLocale(), digits, digits) == readableNumber(edge, QLocale(), digits, digits))
        ++digits;
    const QString hours = QString::number(double(end - since.value_or(end)) / double(kHour), 'f', 1);
    const QString at = readableQuantity(level, metric, QLocale(), digits, digits);
    const QString beyond = readableQuantity(edge, metric, QLocale(), digits, digits);
    return above ? Messages::tr("held %1 h above %2, the week before's 99th percentile (at %3 when its scores fell)")
                       .arg(hours, beyond, at)
                 : Messages::tr("held %1 h below %2, the week before's 1st percentile (at %3 when its scores fell)")
                       .arg(hours, beyond, at);
}

// The detector's views in the order the evidence lists them, with their units.
void describeEvidence(const QJsonObject &evidence, StoredAlert &alert)
{
    struct View
    {
        const char *key;
        QString label;
        QString unit;
    };
    const View views[] = {
        {"spike", Messages::tr("spike"), QStringLiteral("σ")},
        {"shift", Messages::tr("shift"), QStringLiteral("σ")},
        {"seasonal", Messages::tr("seasonal"), QStringLiteral("σ")},
        {"range", Messages::tr("range"), Messages::tr("×range")},
        {"gap", Messages::tr("gap"), Messages::tr("×range")}, // from every recent value, inside their range
        {"shape", Messages::tr("shape"), Messages::tr("×range")},
        {"trend", Messages::tr("trend"), QStringLiteral("σ")}, // Mann-Kendall z
        {"stall", {}, {}}, // unchanged over the longest earlier stall: said in hours below
    };
    double strongest = 0;
    QStringList parts;
    for (const View &view : views) {
        const double value = evidence.value(QLatin1String(view.key)).toDouble();
        if (value <= 0)
            continue;
        if (view.label.isEmpty())
            parts.append(stallText(evidence, alert.peakTime));
        else
            parts.append(QStringLiteral("%1 %2%3").arg(view.label, QString::number(value, 'f', 1), view.unit));
        // Robust z and range multiples are not one scale; compare in rough σ.
        const double sigma = view.unit == QStringLiteral("σ") ? value : value * kSigmaPerRange;
        if (sigma > strongest) {
            strongest = sigma;
            alert.strongestView = view.label.isEmpty() ? Messages::tr("unchanged") : view.label;
        }
    }
    alert.evidence = parts.join(QStringLiteral(", "));
    // The view that spoke, when the scan said (scans since 2026-12-07); the
    // largest number above is only a guess at it: a record of the range may
    // carry a spike of 2σ beside it.
    const QString spoke = evidence.value(QLatin1String("view")).toString();
    for (const View &view : views)
        if (spoke == QLatin1String(view.key))
            alert.strongestView = view.label.isEmpty() ? Messages::tr("unchanged") : view.label;
}
} // namespace

SeriesAlert StoredAlert::toSeriesAlert() const
{
    SeriesAlert alert;
    if (auto key = SeriesKey::fromCanonical(series.toStdString()))
        alert.series = *key;
    alert.host = host.toStdString();
    alert.interval = {start, end, peak, peakTime, flapping};
    alert.evidence = measures;
    alert.silencedBy = silencedBy;
    alert.incident = incident;
    alert.detector = detector;
    alert.fleetWide = fleetWide;
    if (heldSince) // the edge is what the list keeps of the band
        alert.held = SeriesAlert::Held{heldSince, heldAbove ? -qInf() : heldEdge, heldAbove ? heldEdge : qInf(), 0};
    alert.open = open;
    alert.placement = placement;
    return alert;
}

QString incidentOf(const Event &event)
{
    if (!event.payload.contains("\"incident\"")) // most alerts stand alone: skip the parse
        return {};
    return QJsonDocument::fromJson(event.payload).object().value(QLatin1String("incident")).toString();
}

std::optional<StoredAlert> alertFromEvent(const StoredEvent &stored)
{
    const Event &event = stored.event;
    if (event.kind != QLatin1String("alert"))
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(event.payload).object();
    StoredAlert alert;
    alert.series = payload.value(QLatin1String("series")).toString();
    const std::optional<SeriesKey> key = SeriesKey::fromCanonical(alert.series.toStdString());
    if (!key)
        return std::nullopt;
    alert.eventId = stored.id;
    alert.start = event.time;
    alert.end = event.endTime;
    alert.severity = event.severity;
    alert.title = event.title;
    alert.metric = QString::fromStdString(key->metric);
    alert.host = QString::fromStdString(key->hostName());
    alert.peak = payload.value(QLatin1String("peak")).toDouble();
    alert.fireThreshold = payload.value(QLatin1String("fire_threshold")).toDouble();
    alert.peakTime = parseTimestamp(payload.value(QLatin1String("peak_time")).toString()).value_or(event.time);
    alert.flapping = payload.value(QLatin1String("flapping")).toBool();
    alert.open = payload.value(QLatin1String("open")).toBool();
    alert.incident = payload.value(QLatin1String("incident")).toString();
    alert.silencedBy = payload.value(QLatin1String("silenced_by")).toInteger();
    const QJsonObject evidence = payload.value(QLatin1String("evidence")).toObject();
    describeEvidence(evidence, alert);
    const auto measure = [&](const char *key) { return evidence.value(QLatin1String(key)).toDouble(); };
    alert.measures.spike = measure("spike");
    alert.measures.shift = measure("shift");
    alert.measures.seasonal = measure("seasonal");
    alert.measures.range = measure("range");
    alert.measures.gap = measure("gap");
    alert.measures.shape = measure("shape");
    alert.measures.trend = measure("trend");
    alert.measures.stall = measure("stall");
    if (const QJsonObject held = payload.value(QLatin1String("held")).toObject(); !held.isEmpty()) {
        alert.heldSince = parseTimestamp(held.value(QLatin1String("since")).toString()).value_or(0);
        alert.heldAbove = held.value(QLatin1String("level")).toDouble() > held.value(QLatin1String("high")).toDouble();
        alert.heldEdge = held.value(QLatin1String(alert.heldAbove ? "high" : "low")).toDouble();
        alert.evidence += (alert.evidence.isEmpty() ? QString() : QStringLiteral("; ")) + heldText(held, alert.end, key->metric);
    }
    if (const std::optional<Timestamp> since = parseTimestamp(evidence.value(QLatin1String("stall_since")).toString()))
        alert.anomalySince = std::min(*since, alert.start);
    alert.detector = payload.value(QLatin1String("detector")).toString();
    alert.fleetWide = payload.value(QLatin1String("fleet_wide")).toBool();
    if (alert.detector == QLatin1String("fleet_wide"))
        alert.strongestView = Messages::tr("fleet-wide");
    // A template's novelty explains the alert better than how its count jumped.
    if (alert.detector == QLatin1String("new_template"))
        alert.strongestView = Messages::tr("new template");
    else if (alert.detector == QLatin1String("rare_template"))
        alert.strongestView = Messages::tr("rare template");
    return alert;
}

std::vector<StoredAlert> readStoredAlerts(Database &db, Timestamp from, Timestamp to,
                                          const std::vector<Silence> &silences)
{
    std::vector<StoredAlert> alerts;
    const std::map<qint64, Acknowledgement> acknowledged = AlertStore(db).latestAcknowledgements();
    // An incident spans its alerts, so those overlapping the range hold every
    // incident one of these alerts belongs to.
    struct StoredIncident
    {
        QString entityKind, entity, title;
        qsizetype members = 0; // when it was stored
    };
    std::map<QString, StoredIncident> incidents;
    EventReader events(db);
    for (const StoredEvent &stored : events.events(from, to, {QStringLiteral("incident")}))
        if (const QString id = incidentOf(stored.event); !id.isEmpty())
            incidents[id] = {stored.event.entityKind, stored.event.entity, stored.event.title,
                             QJsonDocument::fromJson(stored.event.payload).object().value(QLatin1String("series")).toArray().size()};
    const std::map<std::string, Labels> placements = hostPlacements(db);
    for (const StoredEvent &stored : events.events(from, to, {QStringLiteral("alert")})) {
        std::optional<StoredAlert> alert = alertFromEvent(stored);
        if (!alert)
            continue;
        if (const auto placed = placements.find(alert->host.toStdString()); placed != placements.end())
            alert->placement = placed->second;
        // The scan's verdict stands while its rule still covers the alert: a rule
        // withdrawn since (its end moved back to its start) mutes nothing.
        if (alert->silencedBy) {
            const auto rule = std::find_if(silences.begin(), silences.end(),
                                           [&](const Silence &s) { return s.id == alert->silencedBy; });
            if (rule != silences.end() && !rule->activeAt(alert->start)) {
                alert->silencedBy = 0;
                if (!alert->fleetWide) // stored at info while muted: back to what its peak earns
                    alert->severity = alertSeverity(alert->toSeriesAlert());
            }
        }
        if (!alert->silencedBy) {
            if (const Silence *rule = silencing(silences, alert->toSeriesAlert()))
                alert->silencedBy = rule->id;
        }
        if (const auto ack = acknowledged.find(alert->eventId); ack != acknowledged.end())
            alert->acknowledgement = ack->second;
        alerts.push_back(std::move(*alert));
    }
    // The title from the alerts as they are now, in the reader's language (a
    // later scan may have added members; the scan may have run in another
    // language); the stored one when the range holds only part of them.
    std::map<QString, std::pair<int, std::set<QString>>> members; // incident -> alerts, hosts
    for (const StoredAlert &alert : alerts)
        if (!alert.incident.isEmpty()) {
            auto &[count, hosts] = members[alert.incident];
            ++count;
            if (!alert.host.isEmpty())
                hosts.insert(alert.host);
        }
    for (StoredAlert &alert : alerts) {
        const auto incident = incidents.find(alert.incident);
        if (incident == incidents.end())
            continue;
        const auto &[count, hosts] = members[alert.incident];
        alert.incidentTitle = count >= incident->second.members
            ? incidentTitle(incident->second.entityKind, incident->second.entity, count, int(hosts.size()))
            : incident->second.title;
    }
    return alerts;
}

} // namespace Opsight::Core
