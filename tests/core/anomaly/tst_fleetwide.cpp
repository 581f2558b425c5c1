// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/fleetwide.h"
#include "anomaly/storedalert.h"
#include "warehouse/metricwriter.h"
#include "warehouse/warehouse.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <string>

#include <cmath>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kT0 = 1795132800000; // 2026-11-20T00:00:00Z

SeriesAlert alertOn(const std::string &host, Timestamp start, const std::string &metric = "cpu_util_percent",
                    const std::string &rack = "r1")
{
    SeriesAlert a;
    a.series = rack.empty() ? SeriesKey{metric, {{"host", host}}} : SeriesKey{metric, {{"host", host}, {"rack", rack}}};
    a.series.sortLabels();
    a.host = host;
    a.interval = {start, start + 10 * kMinute, 0.96, start, false};
    return a;
}

constexpr const char *kNet = "net_in_bytes_per_second";

// 100 hosts in racks r0 to r9.
RackSizes tenRacksOfTen()
{
    RackSizes racks;
    for (int r = 0; r < 10; ++r)
        racks["r" + std::to_string(r)] = 10;
    return racks;
}

std::string host(int i)
{
    return "h" + std::to_string(i);
}

} // namespace

class TestFleetWide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyHostsAtOnceAreOneEpisode()
    {
        // 100 hosts; 30 alert on CPU within 20 minutes (the first morning ramp), one
        // alone two hours later, and 30 on disk spread over a day (each on its own).
        std::vector<SeriesAlert> alerts;
        for (int i = 0; i < 30; ++i)
            alerts.push_back(alertOn(host(i), kT0 + 6 * kHour + i * 40 * kSecond));
        alerts.push_back(alertOn(host(50), kT0 + 8 * kHour));
        for (int i = 0; i < 30; ++i)
            alerts.push_back(alertOn(host(i), kT0 + i * 48 * kMinute, "disk_util_percent"));
        const std::map<std::string, int> hosts{{"cpu_util_percent", 100}, {"disk_util_percent", 100}};
        const std::vector<FleetWideEpisode> episodes = markFleetWide(alerts, hosts);
        QCOMPARE(episodes.size(), size_t(1));
        QCOMPARE(episodes[0].metric, std::string("cpu_util_percent"));
        QCOMPARE(episodes[0].hosts, 30);
        QCOMPARE(episodes[0].hostsWithMetric, 100);
        QCOMPARE(episodes[0].start, kT0 + 6 * kHour);
        for (size_t i = 0; i < 30; ++i)
            QVERIFY(alerts[i].fleetWide);
        QVERIFY(!alerts[30].fleetWide); // the lone one is a host's own
        for (size_t i = 31; i < alerts.size(); ++i)
            QVERIFY(!alerts[i].fleetWide);
    }

    void aWaveCarriesOnWhileHostsKeepMoving()
    {
        // 50 hosts: a heavy batch night moves 12 hosts' network in its first hour,
        // then 4 more an hour for four hours as the jobs roll on; an hour and a half
        // after the last of them one host alerts alone, and on another night 2
        // hosts an hour alert for five hours (under the 3 an hour that carry a
        // wave on, and no wave started).
        std::vector<SeriesAlert> alerts;
        int next = 0;
        for (int i = 0; i < 12; ++i)
            alerts.push_back(alertOn(host(next++), kT0 + i * 5 * kMinute, "net_out_bytes_per_second"));
        for (int hour = 1; hour <= 4; ++hour)
            for (int i = 0; i < 4; ++i)
                alerts.push_back(alertOn(host(next++), kT0 + hour * kHour + i * 15 * kMinute, "net_out_bytes_per_second"));
        const size_t wave = alerts.size();
        alerts.push_back(alertOn(host(45), kT0 + 6 * kHour + 15 * kMinute, "net_out_bytes_per_second"));
        for (int hour = 0; hour < 5; ++hour)
            for (int i = 0; i < 2; ++i)
                alerts.push_back(alertOn(host(hour * 2 + i), kT0 + kDay + hour * kHour + i * 30 * kMinute,
                                         "net_out_bytes_per_second"));
        const std::vector<FleetWideEpisode> episodes = markFleetWide(alerts, {{"net_out_bytes_per_second", 50}});
        QCOMPARE(episodes.size(), size_t(1));
        QCOMPARE(episodes[0].hosts, int(wave));
        for (size_t i = 0; i < wave; ++i)
            QVERIFY2(alerts[i].fleetWide, qPrintable(QString::number(i)));
        for (size_t i = wave; i < alerts.size(); ++i)
            QVERIFY2(!alerts[i].fleetWide, qPrintable(QString::number(i)));
    }

    void episodesCountOnlyTheirOwnHosts()
    {
        // 100 hosts: 10 move at 02:00, one of them for ten hours; 8 others move
        // at 06:00, a second episode inside the first's span. Each names its own.
        std::vector<SeriesAlert> alerts;
        for (int i = 0; i < 10; ++i)
            alerts.push_back(alertOn(host(i), kT0 + 2 * kHour + i * kMinute));
        alerts[0].interval.end = kT0 + 12 * kHour;
        for (int i = 10; i < 18; ++i)
            alerts.push_back(alertOn(host(i), kT0 + 6 * kHour + i * kMinute));
        const std::vector<FleetWideEpisode> episodes = markFleetWide(alerts, {{"cpu_util_percent", 100}});
        QCOMPARE(episodes.size(), size_t(2));
        QCOMPARE(episodes[0].end, kT0 + 12 * kHour);
        QCOMPARE(episodes[0].hosts, 10);
        QCOMPARE(episodes[1].start, kT0 + 6 * kHour + 10 * kMinute);
        QCOMPARE(episodes[1].hosts, 8);
    }

    void aFewHostsAreNotTheFleet()
    {
        // 5 of 200 hosts at once: under a twentieth of the fleet, each host's own.
        std::vector<SeriesAlert> alerts;
        for (int i = 0; i < 5; ++i)
            alerts.push_back(alertOn(host(i), kT0 + i * kMinute));
        QVERIFY(markFleetWide(alerts, {{"cpu_util_percent", 200}}).empty());
        // ...while 5 of 100 hosts are (and at least 5 are needed, however small the fleet).
        QCOMPARE(markFleetWide(alerts, {{"cpu_util_percent", 100}}).size(), size_t(1));
        std::vector<SeriesAlert> three(alerts.begin(), alerts.begin() + 3);
        QVERIFY(markFleetWide(three, {{"cpu_util_percent", 3}}).empty());
    }

    void oneRackMovingIsNotTheFleet()
    {
        // 100 hosts in ten racks of ten. 12 hosts at once, all in rack r7 (its
        // switch failed): the rack's problem, left to an incident. The same 12
        // over four racks are the fleet.
        const char *net = kNet;
        const std::map<std::string, int> hosts{{net, 100}};
        const std::map<std::string, RackSizes> racks{{net, tenRacksOfTen()}};
        auto wave = [&](Timestamp at, const std::function<std::string(int)> &rackOfHost, int count = 12) {
            std::vector<SeriesAlert> alerts;
            for (int i = 0; i < count; ++i)
                alerts.push_back(alertOn(host(i), at + i * kMinute, net, rackOfHost(i)));
            return alerts;
        };
        const auto inR7 = [](int) { return std::string("r7"); };
        const auto overFour = [](int i) { return "r" + std::to_string(i % 4); };
        std::vector<SeriesAlert> rack = wave(kT0, inR7), spread = wave(kT0, overFour);
        QVERIFY(markFleetWide(rack, hosts, racks).empty());
        QCOMPARE(markFleetWide(spread, hosts, racks).size(), size_t(1));
        // One rack moving carries no episode on either: a wave every ten minutes
        // over four racks, then r7's eight hosts, in the window of the wave's
        // second alert but not its first.
        std::vector<SeriesAlert> after;
        for (int k = 0; k < 6; ++k)
            after.push_back(alertOn("s" + std::to_string(k), kT0 + k * 10 * kMinute, net, "r" + std::to_string(k % 4)));
        for (int k = 0; k < 8; ++k)
            after.push_back(alertOn("b" + std::to_string(k), kT0 + (61 + k) * kMinute, net, "r7"));
        QCOMPARE(markFleetWide(after, hosts, racks).size(), size_t(1));
        QVERIFY(after.front().fleetWide);
        QVERIFY(!after.back().fleetWide);
        // A fleet of three racks is not judged: one rack moving may be the fleet.
        rack = wave(kT0, inR7);
        QCOMPARE(markFleetWide(rack, hosts, {{net, RackSizes{{"r1", 40}, {"r2", 30}, {"r7", 30}}}}).size(), size_t(1));
        // Half in one rack is still spread; more than half is not (the rack's
        // hosts last, so that no later window is more spread).
        auto mostIn = [&](int from) { return [from](int i) { return i >= from ? std::string("r7") : "r" + std::to_string(i % 4); }; };
        std::vector<SeriesAlert> half = wave(kT0, mostIn(6)), most = wave(kT0, mostIn(5));
        QCOMPARE(markFleetWide(half, hosts, racks).size(), size_t(1));
        QVERIFY(markFleetWide(most, hosts, racks).empty());
    }

    void rackJudgementFollowsTheWindow()
    {
        const char *net = kNet;
        const std::map<std::string, int> hosts{{net, 100}};
        const std::map<std::string, RackSizes> racks{{net, tenRacksOfTen()}};
        // A rack's burst, then hours later a wave over four racks: the burst's
        // hosts have left the window by then, and the wave is the fleet.
        std::vector<SeriesAlert> alerts;
        for (int i = 0; i < 8; ++i)
            alerts.push_back(alertOn(host(i), kT0 + i * kMinute, net, "r7"));
        // One host relabelled between two racks alerts on and off in between.
        for (int k = 0; k < 7; ++k)
            alerts.push_back(alertOn(host(99), kT0 + (70 + 20 * k) * kMinute, net, k % 2 ? "r0" : "r1"));
        for (int i = 20; i < 28; ++i)
            alerts.push_back(alertOn(host(i), kT0 + 6 * kHour + i * kMinute, net, "r" + std::to_string(i % 4)));
        const std::vector<FleetWideEpisode> episodes = markFleetWide(alerts, hosts, racks);
        QCOMPARE(episodes.size(), size_t(1));
        QCOMPARE(episodes.front().hosts, 8);
        QVERIFY(!alerts.front().fleetWide);
        // Hosts without a rack count towards the wave but are not judged: 4 racked
        // over four racks and 8 unracked are the fleet.
        std::vector<SeriesAlert> mixed;
        for (int i = 0; i < 12; ++i)
            mixed.push_back(alertOn(host(i), kT0 + i * kMinute, net, i < 4 ? "r" + std::to_string(i) : std::string()));
        QCOMPARE(markFleetWide(mixed, hosts, racks).size(), size_t(1));
        // A rack holding most of the fleet holds most of an even wave too.
        const std::map<std::string, RackSizes> uneven{{net, RackSizes{{"big", 40}, {"g1", 5}, {"g2", 5}, {"g3", 5}}}};
        std::vector<SeriesAlert> even;
        for (int i = 0; i < 11; ++i)
            even.push_back(alertOn(host(i), kT0 + i * kMinute, net, i < 8 ? "big" : "g" + std::to_string(i - 7)));
        QCOMPARE(markFleetWide(even, {{net, 55}}, uneven).size(), size_t(1));
    }

    void placingLabelsDoNotSplitTheFleet()
    {
        // Hosts in different racks share the series; disks of one host do not.
        QCOMPARE(fleetWideKey(alertOn("h1", kT0, "cpu", "r1").series), fleetWideKey(alertOn("h2", kT0, "cpu", "r9").series));
        SeriesKey sda{"disk_util_percent", {{"device", "sda"}, {"host", "h1"}}};
        SeriesKey sdb{"disk_util_percent", {{"device", "sdb"}, {"host", "h1"}}};
        QVERIFY(fleetWideKey(sda) != fleetWideKey(sdb));
    }

    void scanStoresOneAlertForTheFleetMoving()
    {
        // Ten hosts with a quiet, noisy CPU for three days; at one moment all ten step
        // up together, and one more host spikes alone the next day.
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            quint64 state = 1;
            auto noise = [&state] {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                return double(state >> 11) / double(1ULL << 53) - 0.5;
            };
            for (int h = 0; h < 11; ++h) {
                SeriesKey key{"cpu_util_percent", {{"host", host(h)}}};
                const SeriesId id = metrics.intern(key);
                for (Timestamp t = kT0; t < kT0 + 3 * kDay; t += kMinute) {
                    double value = 30 + 2 * noise();
                    if (h < 10 && t >= kT0 + 2 * kDay && t < kT0 + 2 * kDay + kHour)
                        value += 40;
                    if (h == 10 && t >= kT0 + 2 * kDay + 12 * kHour && t < kT0 + 2 * kDay + 13 * kHour)
                        value += 40;
                    metrics.append(id, t, value);
                }
            }
            metrics.flush();
            transaction.commit();
        }
        const ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.fleetWide, 1);
        QVERIFY(scan.fleetWideAlerts >= 10);
        int fleet = 0, lone = 0, folded = 0;
        for (const StoredAlert &a : readStoredAlerts(warehouse->db(), kEarliest, kLatest, {})) {
            if (a.detector == QLatin1String("fleet_wide")) {
                ++fleet;
                QVERIFY2(a.title.contains(QLatin1String("on 10 of 11 hosts")), qPrintable(a.title));
                QVERIFY(a.host.isEmpty());
            } else if (a.fleetWide) {
                ++folded;
                QCOMPARE(a.severity, QStringLiteral("info"));
                QVERIFY(a.incident.isEmpty());
            } else if (a.host == QLatin1String("h10") && a.start >= kT0 + 2 * kDay + 12 * kHour) {
                ++lone;
                QVERIFY(a.severity != QLatin1String("info"));
            }
        }
        QCOMPARE(fleet, 1);
        QVERIFY(folded >= 10);
        QCOMPARE(lone, 1);
    }

    void novelAndSilencedAlertsStayApart()
    {
        std::vector<SeriesAlert> alerts;
        for (int i = 0; i < 10; ++i) {
            alerts.push_back(alertOn(host(i), kT0 + i * kMinute));
            alerts.back().detector = i % 2 ? QStringLiteral("new_template") : QString();
            alerts.back().silencedBy = i % 2 ? 0 : 7;
        }
        QVERIFY(markFleetWide(alerts, {{"cpu_util_percent", 10}}).empty());
    }
};

QTEST_GUILESS_MAIN(TestFleetWide)
#include "tst_fleetwide.moc"
