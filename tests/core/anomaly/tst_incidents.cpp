// SPDX-License-Identifier: GPL-3.0-or-later
// Related alerts become one incident: one host, one label set, one rack.
#include "anomaly/incidents.h"

#include <QTest>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kT0 = 1795132800000; // 2026-11-20T00:00:00Z

SeriesAlert alert(const std::string &canonical, Timestamp start, Timestamp end)
{
    SeriesAlert a;
    a.series = *SeriesKey::fromCanonical(canonical);
    a.host = a.series.hostName();
    a.interval = {start, end, 0.97, start};
    return a;
}

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gatherOneHostOrOneLabelSet()
    {
        // Overlapping alerts of one host share an incident; so do those of series
        // without a host but with the same labels (a queue's demand and usage).
        std::vector<SeriesAlert> alerts{
            alert(R"(cpu_util_percent{host="h1"})", kT0, kT0 + kHour),
            alert(R"(load1{host="h1"})", kT0 + 30 * kMinute, kT0 + 2 * kHour),
            alert(R"(queue_demand_cpu_cores{cluster="c1",queue="q1"})", kT0, kT0 + kHour),
            alert(R"(queue_used_cpu_cores{cluster="c1",queue="q1"})", kT0 + 5 * kMinute, kT0 + kHour),
            alert(R"(queue_used_cpu_cores{cluster="c1",queue="q2"})", kT0, kT0 + kHour), // another queue
            alert(R"(fleet_jobs_failed)", kT0, kT0 + kHour),                              // no labels at all
            alert(R"(jobs_failed)", kT0, kT0 + kHour),
            alert(R"(cpu_util_percent{host="h2"})", kT0, kT0 + kHour),
            alert(R"(load1{host="h2"})", kT0 + 3 * kHour, kT0 + 4 * kHour), // hours later
        };
        const std::vector<Incident> incidents = groupIncidents(alerts);
        QCOMPARE(incidents.size(), size_t(2));
        QCOMPARE(alerts[0].incident, QStringLiteral("h1@2026-11-20T00:00:00Z"));
        QCOMPARE(alerts[1].incident, alerts[0].incident);
        QCOMPARE(alerts[2].incident, QStringLiteral(R"({cluster="c1",queue="q1"}@2026-11-20T00:00:00Z)"));
        QCOMPARE(alerts[3].incident, alerts[2].incident);
        for (size_t i = 4; i < alerts.size(); ++i)
            QVERIFY2(alerts[i].incident.isEmpty(), qPrintable(QString::fromStdString(alerts[i].series.canonical())));
        QCOMPARE(incidents[1].entityKind, QStringLiteral("labels"));
        QCOMPARE(incidents[1].entity, QStringLiteral(R"({cluster="c1",queue="q1"})"));
        QCOMPARE(incidents[0].entityKind, QStringLiteral("host"));
        QCOMPARE(incidents[0].hosts, 1);
    }

    // A disk held open for two days (its level stood, its scores had fallen after
    // two hours) links by where its scores last spoke: the host's network alert a
    // day later is something else; its load alert within the first two hours is not.
    void aHeldTailLinksNothing()
    {
        SeriesAlert disk = alert(R"(disk_io_util_percent{host="h1"})", kT0, kT0 + 2 * kDay);
        disk.held = SeriesAlert::Held{kT0 + 2 * kHour, 0, 80, 96};
        std::vector<SeriesAlert> alerts{disk, alert(R"(net_in_bytes_per_second{host="h1"})", kT0 + kDay, kT0 + kDay + kHour)};
        QVERIFY(groupIncidents(alerts).empty());
        alerts.push_back(alert(R"(load1{host="h1"})", kT0 + kHour, kT0 + 3 * kHour));
        QCOMPARE(groupIncidents(alerts).size(), size_t(1));
        QCOMPARE(alerts[2].incident, alerts[0].incident);
        QVERIFY(alerts[1].incident.isEmpty());
    }

    void gatherOneSeriesAcrossARack()
    {
        // The same series on three hosts of rack r1 within an hour, chained with a
        // log alert of one of them; the same series in rack r2, another metric in
        // r1, and r1 again two hours later each stand alone.
        const auto on = [](const char *metric, const char *host, const char *rack) {
            return std::string(metric) + "{host=\"" + host + "\",rack=\"" + rack + "\"}";
        };
        std::vector<SeriesAlert> alerts{
            alert(on("net_out_bytes_per_second", "h1", "r1"), kT0, kT0 + 3 * kHour),
            alert(on("net_out_bytes_per_second", "h2", "r1"), kT0 + 40 * kMinute, kT0 + 3 * kHour),
            alert(on("net_out_bytes_per_second", "h3", "r1"), kT0 + 90 * kMinute, kT0 + 3 * kHour), // chained via h2
            alert(R"(log_template_lines{host="h3",source="app",template="T1"})", kT0 + 2 * kHour, kT0 + 2 * kHour),
            alert(on("net_out_bytes_per_second", "h9", "r2"), kT0 + 10 * kMinute, kT0 + kHour),
            alert(on("cpu_util_percent", "h4", "r1"), kT0 + 10 * kMinute, kT0 + kHour),
            alert(on("net_out_bytes_per_second", "h5", "r1"), kT0 + 4 * kHour, kT0 + 5 * kHour),
        };
        const std::vector<Incident> incidents = groupIncidents(alerts);
        QCOMPARE(incidents.size(), size_t(1));
        const Incident &rack = incidents.front();
        QCOMPARE(rack.entityKind, QStringLiteral("rack"));
        QCOMPARE(rack.entity, QStringLiteral("r1"));
        QCOMPARE(rack.hosts, 3);
        QCOMPARE(rack.members, (std::vector<size_t>{0, 1, 2, 3}));
        QCOMPARE(rack.id, QStringLiteral(R"(r1/net_out_bytes_per_second@2026-11-20T00:00:00Z)"));
        for (size_t i = 4; i < alerts.size(); ++i)
            QVERIFY2(alerts[i].incident.isEmpty(), qPrintable(QString::fromStdString(alerts[i].series.canonical())));

        // Silenced and fleet-wide alerts stay out of incidents.
        alerts[1].silencedBy = 7;
        alerts[2].fleetWide = true;
        for (SeriesAlert &a : alerts)
            a.incident.clear();
        QVERIFY(groupIncidents(alerts).empty());
    }

    void rackLinksJoinOtherHostsOfOneClustersRack()
    {
        const auto on = [](const char *metric, const char *host, const char *cluster, const char *rack) {
            return std::string(metric) + "{cluster=\"" + cluster + "\",host=\"" + host + "\",rack=\"" + rack + "\"}";
        };
        std::vector<SeriesAlert> alerts{
            // One host twice within the hour: no rack incident of one host.
            alert(on("net_out", "h1", "c1", "r01"), kT0, kT0 + 10 * kMinute),
            alert(on("net_out", "h1", "c1", "r01"), kT0 + 50 * kMinute, kT0 + 55 * kMinute),
            // Rack r01 of another cluster is another rack.
            alert(on("net_out", "h7", "c2", "r01"), kT0 + 20 * kMinute, kT0 + 30 * kMinute),
            // Two series of one rack starting together: two incidents, two ids.
            alert(on("temp", "h2", "c1", "r02"), kT0, kT0 + 10 * kMinute),
            alert(on("temp", "h3", "c1", "r02"), kT0, kT0 + 10 * kMinute),
            alert(on("cpu", "h4", "c1", "r02"), kT0, kT0 + 10 * kMinute),
            alert(on("cpu", "h5", "c1", "r02"), kT0, kT0 + 10 * kMinute),
        };
        const std::vector<Incident> incidents = groupIncidents(alerts);
        QCOMPARE(incidents.size(), size_t(2));
        for (size_t i = 0; i < 3; ++i)
            QVERIFY2(alerts[i].incident.isEmpty(), qPrintable(QString::number(i)));
        // Same start: ordered by id, and the ids differ by their series.
        QCOMPARE(incidents[0].id, QStringLiteral("c1/r02/cpu@2026-11-20T00:00:00Z"));
        QCOMPARE(incidents[1].id, QStringLiteral("c1/r02/temp@2026-11-20T00:00:00Z"));
        QCOMPARE(incidents[0].entity, QStringLiteral("r02"));
        QCOMPARE(incidents[0].members, (std::vector<size_t>{5, 6}));
        QCOMPARE(incidents[1].members, (std::vector<size_t>{3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
