// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetdata.h"

#include "anomaly/storedalert.h"
#include "warehouse/dimensionreader.h"
#include "warehouse/eventreader.h"
#include "warehouse/metricreader.h"
#include "warehouse/warehouse.h"

#include <QRegularExpression>

#include <map>

namespace Opsight::Core {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::FleetData)
};
} // namespace

FleetSnapshot readFleet(Warehouse &warehouse, Timestamp at, Timestamp window, const HealthPolicy &policy,
                        const OutlierOptions &options)
{
    FleetSnapshot fleet;
    fleet.at = at ? at : warehouse.summary().lastTime + 1;
    fleet.hosts = DimensionReader(warehouse.db()).hosts();
    std::map<std::string, size_t> hostIndex;
    for (const HostRecord &h : fleet.hosts) {
        hostIndex.emplace(h.name.toStdString(), fleet.profiles.size());
        const QString group = h.role.isEmpty() ? QString() : h.role + QLatin1Char('/') + h.hardwareModel;
        fleet.profiles.push_back({h.name.toStdString(), group.toStdString(), {}});
    }

    // Profiles: each host metric's mean over the window. Only metrics every host
    // may have (one series per host) make comparable columns.
    MetricReader reader(warehouse.db());
    std::map<std::string, size_t> metricIndex;
    const Timestamp from = fleet.at - window;
    for (const SeriesInfo &series : reader.select(Selector::parse(QString()))) {
        const auto host = hostIndex.find(series.host);
        if (host == hostIndex.end())
            continue;
        const auto points = reader.range(series.id, from, fleet.at, window >= kDay ? kDay : window).points;
        if (points.empty())
            continue;
        double sum = 0;
        qint64 count = 0;
        for (const RangePoint &p : points) {
            sum += p.mean * double(p.count);
            count += p.count;
        }
        auto [it, added] = metricIndex.emplace(series.key.metric, metricIndex.size());
        if (added)
            fleet.metrics.push_back(series.key.metric);
        HostProfile &profile = fleet.profiles[host->second];
        if (profile.values.size() <= it->second)
            profile.values.resize(it->second + 1, std::numeric_limits<double>::quiet_NaN());
        // Several series of one metric on a host (per device, per template) add up.
        double &v = profile.values[it->second];
        v = std::isnan(v) ? sum / double(count) : v + sum / double(count);
    }
    judgeFleet(warehouse, fleet, window, policy, options);
    return fleet;
}

void judgeFleet(Warehouse &warehouse, FleetSnapshot &fleet, Timestamp window, const HealthPolicy &policy,
                const OutlierOptions &options)
{
    const Timestamp from = fleet.at - window;
    fleet.outliers = findPeerOutliers(fleet.profiles, fleet.metrics.size(), options);

    // Health: what touched each host in the last three days up to `at`.
    std::map<std::string, std::vector<HealthItem>> items;
    EventReader events(warehouse.db());
    for (const StoredEvent &e : events.events(fleet.at - policy.horizon - window, fleet.at,
                                              {QStringLiteral("alert"), QStringLiteral("incident"),
                                               QStringLiteral("hardware")})) {
        if (e.event.entityKind != QLatin1String("host"))
            continue;
        // Alerts inside an incident of their host count once, through the
        // incident; a rack's incident is no host's, so its alerts count on their
        // hosts, once per host (one problem, however many of its series).
        const QString incident = e.event.kind == QLatin1String("alert") ? incidentOf(e.event) : QString();
        if (incident.startsWith(e.event.entity + QLatin1Char('@')))
            continue;
        // An instant event ended when it happened; repeated reports of one problem
        // (same kind and subject, e.g. "SMART /dev/sdm") are one problem.
        const Timestamp end = e.event.endTime ? e.event.endTime : e.event.time;
        QString subject = e.event.title.section(QLatin1Char(':'), 0, 0);
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        subject.replace(digits, QStringLiteral("#")); // "47 corrected errors" and "52 corrected errors": one problem
        const QString key = incident.isEmpty() ? QString(e.event.kind + QLatin1Char('|') + subject)
                                               : QString(QStringLiteral("incident|") + incident);
        items[e.event.entity.toStdString()].push_back({e.event.kind, e.event.severity, e.event.time, end,
                                                       e.event.title, 0, key});
    }
    for (const PeerOutlier &o : fleet.outliers)
        items[o.host].push_back({QStringLiteral("outlier"),
                                 o.score >= 2 * options.minimumScore ? QStringLiteral("error") : QStringLiteral("warning"),
                                 from, 0,
                                 Messages::tr("Deviates from its peers (%1): %2")
                                     .arg(QString::fromStdString(o.group),
                                          o.drivers.empty() ? QString()
                                                            : QString::fromStdString(fleet.metrics[size_t(o.drivers.front().metric)])),
                                 0, QStringLiteral("outlier")});
    for (const HostRecord &h : fleet.hosts)
        fleet.health.push_back(hostHealth(h.name.toStdString(), items[h.name.toStdString()], fleet.at, policy));
    std::sort(fleet.health.begin(), fleet.health.end(), [](const HostHealth &a, const HostHealth &b) {
        return a.score != b.score ? a.score < b.score : a.host < b.host;
    });
}

} // namespace Opsight::Core
