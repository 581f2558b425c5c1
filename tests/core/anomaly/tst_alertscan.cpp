// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/alertscan.h"
#include "anomaly/paralleldetection.h"
#include "anomaly/scaninput.h"
#include "anomaly/storedalert.h"
#include "common/error.h"
#include "common/readablenumber.h"
#include "saturateddisk.h"
#include "warehouse/alertstore.h"
#include "warehouse/metricreader.h"
#include "warehouse/metricwriter.h"
#include "warehouse/recordwriter.h"
#include "warehouse/selector.h"
#include "warehouse/warehouse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace Opsight::Core;
using Opsight::Test::appendDisk;
using Opsight::Test::kRecovered;
using Opsight::Test::kSaturated;

namespace {

constexpr Timestamp kT0 = 1795132800000; // 2026-11-20T00:00:00Z
constexpr int kHosts = 24;

// Four days of a noisy daily CPU per host at one minute; every third host gets a
// spike on day four at an hour of its own, so alerts differ from series to series.
void fillFleet(Warehouse &warehouse)
{
    Transaction transaction(warehouse.db());
    MetricWriter metrics(warehouse.db());
    quint64 state = 7;
    auto noise = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53) - 0.5;
    };
    for (int h = 0; h < kHosts; ++h) {
        const SeriesId id = metrics.intern(SeriesKey{"cpu_util_percent", {{"host", "h" + std::to_string(h)}}});
        const Timestamp spike = kT0 + 3 * kDay + (h % 24) * kHour;
        for (Timestamp t = kT0; t < kT0 + 4 * kDay; t += kMinute) {
            const double day = double(t - kT0) / double(kDay);
            double value = 40 + 15 * std::sin(6.283185307 * day) + 3 * noise();
            if (h % 3 == 0 && t >= spike && t < spike + 20 * kMinute)
                value += 45;
            metrics.append(id, t, value);
        }
    }
    metrics.flush();
    transaction.commit();
}

// A new warehouse in `dir` holding fillFleet's series.
std::unique_ptr<Warehouse> filledFleet(const QTemporaryDir &dir)
{
    auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
    fillFleet(*warehouse);
    return warehouse;
}

bool sameAlert(const SeriesAlert &a, const SeriesAlert &b)
{
    return a.series == b.series && a.interval.start == b.interval.start && a.interval.end == b.interval.end
        && a.interval.peakScore == b.interval.peakScore && a.interval.peakTime == b.interval.peakTime;
}

} // namespace

class TestAlertScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A log template's counts are judged per step on the steps' grid, each step
    // the sum of its minutes and the empty ones zero, however the plot stamps its
    // points (at their first sample's time, since rev14; a bucket whose first line
    // came at 00:16 was read as a step at 00:16 after a false zero at 00:15).
    void sparseCountsStayOnTheStepGrid()
    {
        QTemporaryDir dir;
        auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("c.opsight")), Warehouse::Mode::Create);
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            const SeriesId id = metrics.intern(SeriesKey{"log_template_lines", {{"host", "h1"}, {"template", "7"}}});
            for (const auto &[minute, count] : {std::pair{0, 1.0}, {2, 3.0}, {16, 1.0}, {24, 2.0}})
                metrics.append(id, kT0 + minute * kMinute, count);
            metrics.flush();
            transaction.commit();
        }
        MetricReader reader(warehouse->db());
        const SeriesInfo info = reader.select(Selector::parse(QStringLiteral("log_template_lines")))[0];
        const std::vector<Sample> steps = readScanInput(reader, info, ScanInput{}, kT0, kT0 + 25 * kMinute);
        const std::vector<std::pair<Timestamp, double>> expected{
            {kT0, 4}, {kT0 + 5 * kMinute, 0}, {kT0 + 10 * kMinute, 0}, {kT0 + 15 * kMinute, 1}, {kT0 + 20 * kMinute, 2}};
        QCOMPARE(steps.size(), expected.size());
        for (size_t i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].time, expected[i].first);
            QCOMPARE(steps[i].value, expected[i].second);
        }
    }

    void findsWhatOneSeriesAtATimeFinds()
    {
        // The scan runs detectors on worker threads; its alerts must be exactly
        // those of running each series in turn, in the same order.
        QTemporaryDir dir;
        const auto warehouse = filledFleet(dir);
        ScanRequest request;
        request.store = false;
        const ScanResult scan = scanWarehouse(*warehouse, request);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.series, qint64(kHosts));

        MetricReader reader(warehouse->db());
        const WarehouseSummary span = warehouse->summary();
        const ScanInput input{request.from, request.to, request.step, request.zeroFilledMetrics};
        std::vector<SeriesAlert> oneByOne;
        for (const SeriesInfo &series : reader.select(Selector::parse({}))) {
            const std::vector<Sample> samples = readScanInput(reader, series, input, span.firstTime, span.lastTime + 1);
            for (SeriesAlert &alert : detectAlerts(series.key, samples, request.policy))
                oneByOne.push_back(std::move(alert));
        }
        QVERIFY(oneByOne.size() >= size_t(kHosts / 3)); // the spikes at least
        QCOMPARE(scan.found.size(), oneByOne.size());
        for (size_t i = 0; i < oneByOne.size(); ++i)
            QVERIFY2(sameAlert(scan.found[i], oneByOne[i]), qPrintable(QString::number(i)));
    }

    // A scan of day four alone (a backtest of the last day) learns from the days
    // before it: each spike of that day is found, even the one in its first
    // minutes, and nothing before the window is reported or counted.
    void aWindowLearnsFromBeforeIt()
    {
        QTemporaryDir dir;
        const auto warehouse = filledFleet(dir);
        ScanRequest request;
        request.store = false;
        request.from = kT0 + 3 * kDay;
        const ScanResult scan = scanWarehouse(*warehouse, request);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.samples, qint64(kHosts) * (kDay / request.step));
        for (const SeriesAlert &alert : scan.found)
            QVERIFY(alert.interval.start >= request.from);
        for (int h = 0; h < kHosts; h += 3) {
            const Timestamp spike = kT0 + 3 * kDay + h * kHour;
            const bool found = std::any_of(scan.found.begin(), scan.found.end(), [&](const SeriesAlert &a) {
                const std::string *host = a.series.label("host");
                return host && *host == "h" + std::to_string(h) && a.interval.start <= spike + 20 * kMinute
                    && a.interval.end >= spike;
            });
            QVERIFY2(found, qPrintable(QStringLiteral("the spike on h%1 at hour %1 of the window").arg(h)));
        }
    }

    void countersAreJudgedByTheirRate()
    {
        // Requests counted since the process started: about 10 a second, a restart
        // on day two (the count falls to 0) and a burst at five times the rate for
        // 20 minutes on day three. Only the burst is an anomaly.
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        const Timestamp restart = kT0 + kDay + 7 * kHour, burst = kT0 + 3 * kDay + 15 * kHour;
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            const SeriesId id = metrics.intern(SeriesKey{"http_requests_total", {{"host", "h1"}}});
            quint64 state = 3;
            double count = 5e6;
            for (Timestamp t = kT0; t < kT0 + 4 * kDay; t += kMinute) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                const double rate = 10 * (0.8 + 0.4 * double(state >> 11) / double(1ULL << 53));
                count = t == restart ? 0 : count + 60 * rate * (t >= burst && t < burst + 20 * kMinute ? 5 : 1);
                metrics.append(id, t, count);
            }
            metrics.flush();
            transaction.commit();
        }
        ScanRequest request;
        request.store = false;
        const ScanResult scan = scanWarehouse(*warehouse, request);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        bool burstFound = false;
        for (const SeriesAlert &a : scan.found) {
            const bool atBurst = a.interval.start >= burst - 10 * kMinute && a.interval.start <= burst + 20 * kMinute;
            QVERIFY2(atBurst, qPrintable(QStringLiteral("an alert at %1").arg(formatTimestamp(a.interval.start))));
            burstFound = true;
        }
        QVERIFY(burstFound);

        // The rate itself: a restart gives no rate, nor does the first sample.
        const std::vector<Sample> rates = counterRates({{0, 100}, {kMinute, 160}, {2 * kMinute, 5}, {3 * kMinute, 65}});
        QCOMPARE(rates.size(), size_t(2));
        QCOMPARE(rates[0].value, 1.0);
        QCOMPARE(rates[1].time, 3 * kMinute);
        QVERIFY(hasCounterName("node_network_receive_bytes_total"));
        QVERIFY(hasCounterName("http_request_duration_seconds_bucket"));
        QVERIFY(!hasCounterName("node_load1"));
    }

    void aLeakIsStoredAsATrend()
    {
        // A heap on a level with noise, no daily rhythm, that starts to leak on
        // day six, slowly: the scan's five-minute means rise by a 15th of their
        // noise per step, 5 GB a day. One alert at the leak, explained by the trend
        // view (its first verdict comes after 1400 steps: nearly five days).
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        const Timestamp leak = kT0 + 5 * kDay + 9 * kHour;
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            const SeriesId id = metrics.intern(SeriesKey{"jvm_heap_used_gigabytes", {{"host", "h1"}}});
            quint64 state = 11;
            for (Timestamp t = kT0; t < kT0 + 7 * kDay; t += kMinute) {
                double noise = 0; // about normal: a sum of uniforms, std 0.58
                for (int i = 0; i < 4; ++i) {
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                    noise += double(state >> 11) / double(1ULL << 53) - 0.5;
                }
                const double leaked = t >= leak ? 0.0035 * double((t - leak) / kMinute) : 0;
                metrics.append(id, t, 8 + noise + leaked);
            }
            metrics.flush();
            transaction.commit();
        }
        const ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        const std::vector<StoredAlert> alerts = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        QCOMPARE(alerts.size(), size_t(1));
        const StoredAlert &first = alerts.front();
        QVERIFY2(first.start >= leak && first.start <= leak + 18 * kHour,
                 qPrintable(QStringLiteral("first alert at %1").arg(formatTimestamp(first.start))));
        QCOMPARE(first.strongestView, QStringLiteral("trend"));
        QVERIFY2(first.evidence.contains(QStringLiteral("trend")), qPrintable(first.evidence));
    }

    // A gauge whose exporter froze repeats its last value for eight hours on day
    // three. The stall view speaks once it outlasts 24 samples twice over (four
    // hours in): the alert fires there and lasts to the stall's last sample; it
    // says in hours since when the value stood still, and keeps that time.
    void aStalledGaugesAlertSpansTheStall()
    {
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        const Timestamp frozen = kT0 + 2 * kDay + 10 * kHour; // the first repeat
        const Timestamp thawed = frozen + 8 * kHour;
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            const SeriesId id = metrics.intern(SeriesKey{"exporter_gauge", {{"host", "h1"}}});
            quint64 state = 5;
            double last = 0;
            for (Timestamp t = kT0; t < kT0 + 4 * kDay; t += 5 * kMinute) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                if (t < frozen || t >= thawed)
                    last = 40 + double(state >> 11) / double(1ULL << 53);
                metrics.append(id, t, last);
            }
            metrics.flush();
            transaction.commit();
        }
        const ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        const std::vector<StoredAlert> alerts = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        const auto stall = std::find_if(alerts.begin(), alerts.end(),
                                        [](const StoredAlert &a) { return a.evidence.contains(QStringLiteral("unchanged")); });
        QVERIFY(stall != alerts.end());
        const Timestamp stood = frozen - 5 * kMinute; // the value it repeats
        QCOMPARE(formatTimestamp(stall->start), formatTimestamp(stood + 48 * 5 * kMinute));
        QCOMPARE(formatTimestamp(stall->anomalySince), formatTimestamp(stood));
        QCOMPARE(formatTimestamp(stall->end), formatTimestamp(thawed - 5 * kMinute));
        QCOMPARE(stall->severity, QStringLiteral("critical"));
        QCOMPARE(stall->strongestView, QStringLiteral("unchanged"));
        QVERIFY2(stall->evidence.contains(QStringLiteral("unchanged 4.0 h since ") + formatTimestamp(frozen - 5 * kMinute)),
                 qPrintable(stall->evidence));
        QVERIFY2(stall->evidence.contains(QStringLiteral("(never before over 1.9 h)")), qPrintable(stall->evidence));
        for (const StoredAlert &other : alerts) // nothing else: the noise is plain
            QVERIFY2(&other == &*stall, qPrintable(formatTimestamp(other.start) + QLatin1Char(' ') + other.evidence));
    }

    // A disk's utilisation follows the day (10 to 70%), one sample reads 0 on day
    // four, and it saturates at 96% for 60 hours from day five. The detector
    // learns the saturated level within hours, but the alert stays open while the
    // level stands above the week before's range, and closes with the recovery
    // (whose own alert joins it).
    // The recovery itself returns inside that range and is not held; nor is the
    // dip, over at its next sample.
    void aSaturatedDisksAlertLastsUntilItRecovers()
    {
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        appendDisk(*warehouse, kT0, kT0 + 11 * kDay);
        const ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        const std::vector<StoredAlert> alerts = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        const auto held = std::find_if(alerts.begin(), alerts.end(), [](const StoredAlert &a) { return a.heldSince != 0; });
        QVERIFY(held != alerts.end());
        QVERIFY2(held->start >= kSaturated && held->start <= kSaturated + kHour, qPrintable(formatTimestamp(held->start)));
        // It closes once the median of the last 10 values is back: its last
        // sample is the fifth after the recovery.
        QCOMPARE(formatTimestamp(held->end), formatTimestamp(kRecovered + 4 * 5 * kMinute));
        // The scores alone would have closed it with more than a day to go.
        QVERIFY2(held->heldSince > held->start && held->heldSince < kRecovered - kDay,
                 qPrintable(formatTimestamp(held->heldSince)));
        QVERIFY2(held->evidence.contains(QRegularExpression(QStringLiteral(
                     "held [0-9.]+ h above 7[0-9.]+%, the week before's 99th percentile \\(at 9[56](\\.[0-9])?% when its scores fell\\)"))),
                 qPrintable(held->evidence));
        QCOMPARE(held->severity, QStringLiteral("critical")); // held for more than 12 hours
        QVERIFY(!held->open);
        QCOMPARE(alerts.size(), size_t(2));
        const StoredAlert &dip = alerts[&*held == &alerts[0] ? 1 : 0];
        QCOMPARE(formatTimestamp(dip.start), formatTimestamp(Opsight::Test::kDiskDip));
        QVERIFY2(dip.heldSince == 0 && dip.end - dip.start < 2 * kHour, qPrintable(formatTimestamp(dip.end) + QLatin1Char(' ') + dip.evidence));
    }

    // A rule by group (a rack's maintenance window) covers its hosts' series that
    // carry no such label, a log template's count as this disk here: the host
    // table places h1 in rack r1. A rule on another rack does not.
    void aRackRuleCoversItsHostsSeries()
    {
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        appendDisk(*warehouse, kT0, kT0 + 11 * kDay);
        {
            Transaction transaction(warehouse->db());
            RecordWriter records(warehouse->db());
            HostRecord host;
            host.name = QStringLiteral("h1");
            host.cluster = QStringLiteral("c1");
            host.rack = QStringLiteral("r1");
            records.upsertHost(host);
            transaction.commit();
        }
        Silence rule;
        rule.kind = Silence::Kind::Maintenance;
        rule.matcher = QStringLiteral("{rack=\"r2\"}");
        rule.author = QStringLiteral("ana");
        rule.reason = QStringLiteral("CHG-7 firmware");
        rule.startsAt = kT0;
        rule.endsAt = kT0 + 11 * kDay;
        AlertStore(warehouse->db()).addSilence(rule);
        ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.silenced, qint64(0));
        rule.matcher = QStringLiteral("{rack=\"r1\"}");
        const qint64 id = AlertStore(warehouse->db()).addSilence(rule);
        for (const StoredAlert &alert : readStoredAlerts(warehouse->db(), kEarliest, kLatest, AlertStore(warehouse->db()).silences(true, 0)))
            QCOMPARE(alert.silencedBy, id); // a rule added after the scan, read
        ScanRequest again;
        again.store = false;
        scan = scanWarehouse(*warehouse, again);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QVERIFY(scan.alerts > 0);
        QCOMPARE(scan.silenced, scan.alerts); // and at scan time
    }

    // The same disk imported in two parts: the first ends two hours into the
    // saturation, so its scan stores the alert open at its last sample. A scan
    // after the second part finds the same alert lasting to the recovery: the
    // stored one now ends there, closed, with its id and its acknowledgement, and
    // no second alert is stored beside it. The second part also brings the disk's
    // latency jumping four hours in: with the grown alert, an incident of two,
    // though the disk's record was stored alone.
    void aStoredAlertGrowsWithItsData()
    {
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        const Timestamp split = kSaturated + 2 * kHour, jump = kSaturated + 4 * kHour;
        auto appendLatency = [&](Timestamp from, Timestamp to) {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            const SeriesId id = metrics.intern(SeriesKey{"disk_await_ms", {{"host", "h1"}}});
            for (Timestamp t = from; t < to; t += 5 * kMinute)
                metrics.append(id, t, (t >= jump && t < jump + 30 * kMinute ? 80 : 5) + double((t / kMinute) % 7) / 7);
            metrics.flush();
            transaction.commit();
        };
        appendDisk(*warehouse, kT0, split);
        appendLatency(kT0, split);
        ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        std::vector<StoredAlert> alerts = readStoredAlerts(warehouse->db(), kSaturated, kLatest, {});
        QCOMPARE(alerts.size(), size_t(1));
        const StoredAlert first = alerts.front();
        QCOMPARE(formatTimestamp(first.end), formatTimestamp(split - 5 * kMinute));
        QVERIFY(first.open && first.incident.isEmpty());
        AlertStore(warehouse->db()).acknowledge({first.eventId, QStringLiteral("ana"), QStringLiteral("disk 4 swap booked"), split});

        appendDisk(*warehouse, split, kT0 + 11 * kDay);
        appendLatency(split, kT0 + 11 * kDay);
        scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.alertsExtended, qint64(1));
        alerts = readStoredAlerts(warehouse->db(), kSaturated, kRecovered, {});
        QCOMPARE(alerts.size(), size_t(2));
        const StoredAlert &disk = alerts[alerts[0].eventId == first.eventId ? 0 : 1];
        const StoredAlert &latency = alerts[alerts[0].eventId == first.eventId ? 1 : 0];
        QCOMPARE(disk.eventId, first.eventId);
        QCOMPARE(formatTimestamp(disk.end), formatTimestamp(kRecovered + 4 * 5 * kMinute));
        QVERIFY(disk.heldSince != 0 && !disk.open);
        QVERIFY(disk.acknowledgement);
        QCOMPARE(disk.acknowledgement->comment, QStringLiteral("disk 4 swap booked"));
        QCOMPARE(formatTimestamp(latency.start), formatTimestamp(jump));
        QVERIFY(!disk.incident.isEmpty());
        QCOMPARE(latency.incident, disk.incident);
        QCOMPARE(latency.incidentTitle, QStringLiteral("2 related anomalies on h1"));
        scan = scanWarehouse(*warehouse, ScanRequest{}); // nothing more to learn
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.alertsExtended, qint64(0));
        QCOMPARE(scan.eventsAdded, qint64(0));
    }

    // Ten hosts' app logs: every host writes T0 and T1 from the start, but h9
    // writes T1 only from day three; T2 appears on h9 on day three, on no host
    // before. A scan of h9 alone judges novelty against the other nine: T2 is
    // new, T1 is not (it was "new" when h9's series were all the scan knew of
    // the source).
    void aScanOfOneHostJudgesNoveltyAgainstTheOthers()
    {
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        const Timestamp third = kT0 + 2 * kDay + 9 * kHour;
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            for (int h = 0; h < 10; ++h) {
                const std::string host = "h" + std::to_string(h);
                const SeriesId t1 = metrics.intern(
                    SeriesKey{"log_template_lines", {{"host", host}, {"source", "app"}, {"template", "T1"}}});
                const SeriesId t0 = metrics.intern(
                    SeriesKey{"log_template_lines", {{"host", host}, {"source", "app"}, {"template", "T0"}}});
                for (Timestamp t = kT0 + h * kMinute; t < kT0 + 4 * kDay; t += 20 * kMinute) {
                    metrics.append(t0, t, 5);
                    if (h != 9 || t >= third)
                        metrics.append(t1, t, 3);
                }
            }
            const SeriesId t2 = metrics.intern(
                SeriesKey{"log_template_lines", {{"host", "h9"}, {"source", "app"}, {"template", "T2"}}});
            for (Timestamp t = third; t < third + 2 * kHour; t += 10 * kMinute)
                metrics.append(t2, t, 2);
            metrics.flush();
            transaction.commit();
        }
        ScanRequest request;
        request.match = QStringLiteral("{host=\"h9\"}");
        request.store = false;
        const ScanResult scan = scanWarehouse(*warehouse, request);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.series, qint64(3));
        QStringList news;
        for (const SeriesAlert &a : scan.found)
            if (a.detector == QLatin1String("new_template"))
                news << QString::fromStdString(a.series.canonical());
        QCOMPARE(news, QStringList{QStringLiteral("log_template_lines{host=\"h9\",source=\"app\",template=\"T2\"}")});
    }

    // The strongest sign is the view the scan recorded as speaking; the largest
    // figure only stands in for alerts stored without that record.
    // Held levels read in their metric's unit (evidence and the timeline's label).
    void quantitiesReadInTheirMetricsUnits()
    {
        const QLocale c(QLocale::C);
        QCOMPARE(readableQuantity(71.24, "disk_util_percent", c), QStringLiteral("71.2%"));
        QCOMPARE(readableQuantity(7.5e8, "net_in_bytes_per_second", c), QStringLiteral("750 MB/s"));
        QCOMPARE(readableQuantity(512, "mem_used_bytes", c), QStringLiteral("512 B"));
        QCOMPARE(readableQuantity(1500, "queue_demand_cpu_cores", c), QStringLiteral("1.5k cores"));
        QCOMPARE(readableQuantity(81.3, "temperature_celsius", c), QStringLiteral("81.3 °C"));
        QCOMPARE(readableQuantity(3.5, "load1", c), QStringLiteral("3.5"));
    }

    void theStrongestSignIsTheViewThatSpoke()
    {
        StoredEvent stored;
        stored.id = 1;
        stored.event.kind = QStringLiteral("alert");
        stored.event.time = kT0;
        stored.event.severity = QStringLiteral("critical");
        QJsonObject evidence{{QStringLiteral("spike"), 2.0}, {QStringLiteral("shift"), 1.4},
                             {QStringLiteral("range"), 0.14}, {QStringLiteral("margin"), 1.19}};
        auto payload = [&evidence] {
            return QJsonDocument(QJsonObject{{QStringLiteral("series"), QStringLiteral("temperature_celsius{host=\"h1\"}")},
                                             {QStringLiteral("peak"), 1.0},
                                             {QStringLiteral("evidence"), evidence}})
                .toJson(QJsonDocument::Compact);
        };
        evidence.insert(QStringLiteral("view"), QStringLiteral("range"));
        stored.event.payload = payload();
        std::optional<StoredAlert> alert = alertFromEvent(stored);
        QVERIFY(alert);
        QCOMPARE(alert->strongestView, QStringLiteral("range"));
        QVERIFY2(alert->evidence.startsWith(QStringLiteral("spike 2.0σ")), qPrintable(alert->evidence));
        evidence.remove(QStringLiteral("view")); // stored before the scans said
        stored.event.payload = payload();
        alert = alertFromEvent(stored);
        QVERIFY(alert);
        QCOMPARE(alert->strongestView, QStringLiteral("spike")); // 2σ against 0.14 ranges (about 0.6σ)
    }

    // "Not an anomaly" on an alert at the top of the score scale (a third of the
    // demo's peak at 1.000): nothing scores stronger, so its evidence tells which
    // later alerts are. Below the top the score alone does.
    void feedbackAtTheTopOfTheScaleJudgesByEvidence()
    {
        StoredEvent stored;
        stored.id = 1;
        stored.event.kind = QStringLiteral("alert");
        stored.event.time = kT0;
        const QJsonObject evidence{{QStringLiteral("spike"), 40.0}, {QStringLiteral("shift"), 12.0},
                                   {QStringLiteral("range"), 3.0}, {QStringLiteral("view"), QStringLiteral("spike")}};
        stored.event.payload = QJsonDocument(QJsonObject{{QStringLiteral("series"), QStringLiteral("cpu_util_percent{host=\"h1\"}")},
                                                         {QStringLiteral("peak"), 1.0},
                                                         {QStringLiteral("evidence"), evidence}})
                                   .toJson(QJsonDocument::Compact);
        const SeriesAlert top = alertFromEvent(stored)->toSeriesAlert(); // as the alert list hands it over
        QCOMPARE(evidenceStrength(top.evidence), 40.0);
        const Silence rule = feedbackRule(top, QStringLiteral("ana"), QStringLiteral("batch"), kT0, 30);
        QCOMPARE(rule.maxScore, std::optional<double>(1.0));
        QCOMPARE(rule.maxStrength, std::optional<double>(60.0));
        QCOMPARE(rule.reason, QStringLiteral("batch")); // "not an anomaly" is its kind, read in each reader's language
        QVERIFY2(feedbackReach(rule).contains(QStringLiteral("evidence of 60.0σ")), qPrintable(feedbackReach(rule)));
        const Selector selector = Selector::parse(rule.matcher);
        SeriesAlert later = top;
        later.interval.start = later.interval.peakTime = kT0 + kDay;
        QVERIFY(mutes(rule, selector, later)); // as strong: quiet
        later.evidence.range = 14; // 56σ by range
        QVERIFY(mutes(rule, selector, later));
        later.evidence.spike = 90; // over twice as strong: it fires
        QVERIFY(!mutes(rule, selector, later));

        // Below the top the score tells, whatever the evidence.
        SeriesAlert weaker = top;
        weaker.interval.peakScore = 0.95;
        const Silence byScore = feedbackRule(weaker, QStringLiteral("ana"), QString(), kT0, 30);
        QVERIFY(!byScore.maxStrength);
        later.interval.peakScore = 0.96;
        QVERIFY(mutes(byScore, selector, later));
        later.interval.peakScore = 0.98;
        QVERIFY(!mutes(byScore, selector, later));

        // At the top with no measure (a template new to the host), it mutes the
        // series outright, and says so.
        SeriesAlert novel = top;
        novel.evidence = {};
        const Silence outright = feedbackRule(novel, QStringLiteral("ana"), QString(), kT0, 30);
        QVERIFY(!outright.maxStrength);
        QVERIFY(mutes(outright, selector, later));
        QVERIFY2(feedbackReach(outright).contains(QStringLiteral("every alert")), qPrintable(feedbackReach(outright)));
        // A flat line's stall has no spike or range: its ratio over the longest
        // earlier stall is its measure.
        SeriesAlert stalled = top;
        stalled.evidence = {};
        stalled.evidence.stall = 2.0;
        QCOMPARE(feedbackRule(stalled, QStringLiteral("ana"), QString(), kT0, 30).maxStrength,
                 std::optional<double>(1.5 * 2.0 * kSigmaPerRange));

        // Stored and read back with the rule.
        QTemporaryDir dir;
        auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("f.opsight")), Warehouse::Mode::Create);
        AlertStore store(warehouse->db());
        store.addSilence(rule);
        QCOMPARE(store.silences(true, 0).front().maxStrength, std::optional<double>(60.0));
        store.addSilence(outright); // no comment: the kind says why
        QCOMPARE(store.silences(true, 0).back().reason, QString());
    }

    // A second stored scan (lower threshold, one host, or the same again) keeps
    // the first one's alerts, and what operators did with them, rather than
    // storing another beside each: one alert per series and time.
    void aSecondScanKeepsTheFirstsAlerts()
    {
        QTemporaryDir dir;
        const auto warehouse = filledFleet(dir);
        const ScanResult first = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.alerts > 0);
        QCOMPARE(first.alreadyStored, qint64(0));
        const size_t stored = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}).size();

        const ScanResult again = scanWarehouse(*warehouse, ScanRequest{});
        QCOMPARE(again.alreadyStored, again.alerts);
        QCOMPARE(readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}).size(), stored);

        ScanRequest lower;
        lower.policy.fireThreshold = 0.91;
        lower.match = QStringLiteral("{host=\"h0\"}");
        const ScanResult oneHost = scanWarehouse(*warehouse, lower);
        QVERIFY2(oneHost.ok, qPrintable(oneHost.error));
        QVERIFY(oneHost.alreadyStored > 0);
        const std::vector<StoredAlert> alerts = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        QCOMPARE(alerts.size(), stored + size_t(oneHost.alerts - oneHost.alreadyStored));
        for (size_t i = 0; i < alerts.size(); ++i)
            for (size_t j = i + 1; j < alerts.size(); ++j)
                QVERIFY2(alerts[i].series != alerts[j].series || alerts[i].end < alerts[j].start
                             || alerts[j].end < alerts[i].start,
                         qPrintable(alerts[i].series + QLatin1Char(' ') + formatTimestamp(alerts[i].start)));
    }

    // A rule in force when the scan stored its alerts mutes them for as long as it
    // covers them: ended later, the alerts before its end stay muted; withdrawn
    // (its end moved back to its start), it mutes nothing, scan-time verdicts too.
    void aWithdrawnRuleMutesNothing()
    {
        QTemporaryDir dir;
        const auto warehouse = filledFleet(dir);
        Silence rule;
        rule.matcher = QStringLiteral("{host=\"h0\"}");
        rule.author = QStringLiteral("ana");
        rule.reason = QStringLiteral("rack work");
        rule.created = rule.startsAt = kT0;
        rule.endsAt = kT0 + 30 * kDay;
        const qint64 id = AlertStore(warehouse->db()).addSilence(rule);
        QVERIFY2(scanWarehouse(*warehouse, ScanRequest{}).ok, "scan");
        auto mutedOnH0 = [&] {
            int muted = 0, all = 0;
            const auto rules = AlertStore(warehouse->db()).silences(true, 0);
            for (const StoredAlert &a : readStoredAlerts(warehouse->db(), kEarliest, kLatest, rules))
                if (a.host == QLatin1String("h0")) {
                    ++all;
                    muted += a.silencedBy == id;
                }
            return std::pair(muted, all);
        };
        const auto [before, h0Alerts] = mutedOnH0();
        QVERIFY(h0Alerts > 0);
        QCOMPARE(before, h0Alerts);
        AlertStore(warehouse->db()).expireSilence(id, kT0 + 10 * kDay); // ended after the data
        QCOMPARE(mutedOnH0().first, h0Alerts);
        AlertStore(warehouse->db()).expireSilence(id, rule.startsAt); // withdrawn
        QCOMPARE(mutedOnH0().first, 0);
        // Stored at info while muted, they come back at the severity their peak earns.
        for (const StoredAlert &a : readStoredAlerts(warehouse->db(), kEarliest, kLatest, AlertStore(warehouse->db()).silences(true, 0)))
            if (a.host == QLatin1String("h0") && !a.fleetWide)
                QCOMPARE(a.severity, alertSeverity(a.peak));
    }

    // An alert found only by a later scan (a lower threshold) joins the incident
    // its stored neighbour belongs to, rather than opening a second incident over
    // the same alerts.
    void aLaterAlertJoinsItsStoredIncident()
    {
        QTemporaryDir dir;
        const auto warehouse = Warehouse::open(dir.filePath(QStringLiteral("w.opsight")), Warehouse::Mode::Create);
        {
            Transaction transaction(warehouse->db());
            MetricWriter metrics(warehouse->db());
            quint64 state = 3;
            for (const char *metric : {"cpu_util_percent", "load1"}) {
                const SeriesId id = metrics.intern(SeriesKey{metric, {{"host", "h1"}}});
                for (Timestamp t = kT0; t < kT0 + 4 * kDay; t += kMinute) {
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                    const double noise = double(state >> 11) / double(1ULL << 53) - 0.5;
                    const bool spike = t >= kT0 + 3 * kDay + 10 * kHour && t < kT0 + 3 * kDay + 10 * kHour + 20 * kMinute;
                    metrics.append(id, t, 40 + 15 * std::sin(6.283185307 * double(t - kT0) / double(kDay)) + 3 * noise
                                              + (spike ? 45 : 0));
                }
            }
            metrics.flush();
            transaction.commit();
        }
        QVERIFY(scanWarehouse(*warehouse, ScanRequest{}).ok);
        std::vector<StoredAlert> alerts = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        QCOMPARE(alerts.size(), size_t(2));
        const QString incident = alerts.front().incident;
        QVERIFY(!incident.isEmpty());
        QCOMPARE(alerts.back().incident, incident);
        // Its title is made from its alerts when they are read, in the reader's
        // language (the stored one came from whichever tool scanned).
        {
            Transaction transaction(warehouse->db());
            warehouse->db().exec("UPDATE event SET title = 'stored in another language' WHERE kind = 'incident'");
            transaction.commit();
        }
        QCOMPARE(readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}).front().incidentTitle,
                 QStringLiteral("2 related anomalies on h1"));
        // As if the first scan had not found the load alert, and had named the
        // incident after another first alert.
        const QString first = QStringLiteral("h1@first-scan");
        {
            Transaction transaction(warehouse->db());
            Statement drop = warehouse->db().prepare("DELETE FROM event WHERE id = ?1");
            drop.bind(1, alerts.back().eventId).run();
            Statement rename = warehouse->db().prepare(
                "UPDATE event SET payload = replace(payload, ?1, ?2) WHERE kind IN ('alert', 'incident')");
            rename.bind(1, incident).bind(2, first).run();
            // ...spanning the CPU alert alone.
            Statement shrink = warehouse->db().prepare(
                "UPDATE event SET time = ?1, end_time = ?2, payload = json_object('incident', ?3, 'series', json_array(?4)) "
                "WHERE kind = 'incident'");
            shrink.bind(1, alerts.front().start).bind(2, alerts.front().end).bind(3, first).bind(4, alerts.front().series).run();
            transaction.commit();
        }
        const ScanResult again = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.alreadyStored, qint64(1));
        alerts = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        QCOMPARE(alerts.size(), size_t(2));
        QCOMPARE(alerts.front().incident, first);
        QCOMPARE(alerts.back().incident, first);
        Statement incidents = warehouse->db().prepare("SELECT count(*) FROM event WHERE kind = 'incident'");
        QVERIFY(incidents.step());
        QCOMPARE(incidents.columnInt64(0), qint64(1));
        // The stored incident spans its new member too (health reads its span and severity).
        Statement span = warehouse->db().prepare("SELECT time, end_time, payload FROM event WHERE kind = 'incident'");
        QVERIFY(span.step());
        QCOMPARE(span.columnInt64(0), std::min(alerts.front().start, alerts.back().start));
        QCOMPARE(span.columnInt64(1), std::max(alerts.front().end, alerts.back().end));
        const std::string_view payload = span.columnText(2);
        QCOMPARE(QJsonDocument::fromJson(QByteArray(payload.data(), qsizetype(payload.size()))).object().value(QStringLiteral("series")).toArray().size(), 2);

        // A stored neighbour in no incident is no member of a new one: its record
        // would still name none, and the next scan would store the same id again.
        // With one new alert there is no incident to open.
        {
            Transaction transaction(warehouse->db());
            Statement drop = warehouse->db().prepare("DELETE FROM event WHERE id = ?1 OR kind = 'incident'");
            drop.bind(1, alerts.back().eventId).run();
            Statement alone = warehouse->db().prepare(
                "UPDATE event SET payload = replace(payload, ?1, '') WHERE kind = 'alert'");
            alone.bind(1, QStringLiteral(",\"incident\":\"%1\"").arg(first)).run();
            transaction.commit();
        }
        QVERIFY(readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}).front().incident.isEmpty());
        for (int scan = 0; scan < 2; ++scan) {
            QVERIFY(scanWarehouse(*warehouse, ScanRequest{}).ok);
            Statement none = warehouse->db().prepare("SELECT count(*) FROM event WHERE kind = 'incident'");
            QVERIFY(none.step());
            QCOMPARE(none.columnInt64(0), qint64(0));
            for (const StoredAlert &a : readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}))
                QVERIFY2(a.incident.isEmpty(), qPrintable(a.series + QLatin1Char(' ') + a.incident));
        }
    }

    // "Backtest before saving": a dry run saves nothing; a stored scan saves its
    // threshold with its alerts, for the scans after it.
    void aStoredScanSavesItsThreshold()
    {
        QTemporaryDir dir;
        const auto warehouse = filledFleet(dir);
        QVERIFY(!savedFireThreshold(warehouse->db()));
        ScanRequest request;
        request.policy.fireThreshold = 0.93;
        request.store = false;
        QVERIFY(scanWarehouse(*warehouse, request).ok);
        QVERIFY(!savedFireThreshold(warehouse->db()));
        request.store = true;
        QVERIFY(scanWarehouse(*warehouse, request).ok);
        QCOMPARE(savedFireThreshold(warehouse->db()).value_or(0), 0.93);
        request.policy.fireThreshold = 0.97;
        QVERIFY(scanWarehouse(*warehouse, request).ok);
        QCOMPARE(savedFireThreshold(warehouse->db()).value_or(0), 0.97);
        // One host, or one day, at another threshold is an experiment: the
        // warehouse keeps its own.
        ScanRequest oneHost = request;
        oneHost.policy.fireThreshold = 0.91;
        oneHost.match = QStringLiteral("{host=\"h0\"}");
        QVERIFY(scanWarehouse(*warehouse, oneHost).ok);
        ScanRequest oneDay = request;
        oneDay.policy.fireThreshold = 0.91;
        oneDay.from = kT0 + 3 * kDay;
        QVERIFY(scanWarehouse(*warehouse, oneDay).ok);
        QCOMPARE(savedFireThreshold(warehouse->db()).value_or(0), 0.97);
        // ...whose alerts stay, each with the threshold it fired at.
        const std::vector<StoredAlert> stored = readStoredAlerts(warehouse->db(), kEarliest, kLatest, {});
        QVERIFY(!stored.empty());
        for (const StoredAlert &a : stored)
            QVERIFY2(a.fireThreshold == 0.93 || a.fireThreshold == 0.91, qPrintable(a.series)); // 0.97 found them all before
        QVERIFY(std::any_of(stored.begin(), stored.end(), [](const StoredAlert &a) { return a.fireThreshold == 0.93; }));
        // A selector that matches nothing (a typo) is an error, not a quiet empty scan.
        ScanRequest typo = request;
        typo.match = QStringLiteral("{host=\"h0 \"}");
        const ScanResult none = scanWarehouse(*warehouse, typo);
        QVERIFY(!none.ok);
        QVERIFY2(none.error.contains(QStringLiteral("No series match")), qPrintable(none.error));
    }

    void findingsComeBackInSeriesOrder()
    {
        // Later series finish first here (the earlier ones sleep); the findings
        // still come back by index.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.opsight"));
        Warehouse::open(path, Warehouse::Mode::Create);
        ParallelDetection detection(path, 6);
        for (size_t i = 0; i < 6; ++i) {
            detection.add(i, [i](MetricReader &) {
                QThread::msleep(unsigned(30 * (6 - i)));
                SeriesFindings findings;
                findings.samples = qint64(i);
                return findings;
            });
        }
        const std::vector<SeriesFindings> found = detection.finish();
        QCOMPARE(found.size(), size_t(6));
        for (size_t i = 0; i < found.size(); ++i)
            QCOMPARE(found[i].samples, qint64(i));
    }

    void aFailedJobFailsTheWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.opsight"));
        Warehouse::open(path, Warehouse::Mode::Create);
        ParallelDetection detection(path, 3);
        detection.add(0, [](MetricReader &) { return SeriesFindings{}; });
        detection.add(1, [](MetricReader &) -> SeriesFindings { throw Error(QStringLiteral("series 1 is unreadable")); });
        detection.add(2, [](MetricReader &) { return SeriesFindings{}; });
        try {
            detection.finish();
            QFAIL("finish() should rethrow the job's error");
        } catch (const Error &e) {
            QCOMPARE(e.message(), QStringLiteral("series 1 is unreadable"));
        }
        // A connection that cannot be opened is such a failure too.
        ParallelDetection missing(dir.filePath(QStringLiteral("gone.opsight")), 1);
        missing.add(0, [](MetricReader &) { return SeriesFindings{}; });
        QVERIFY_THROWS_EXCEPTION(Error, missing.finish());
    }

    void aCancelledScanStoresNothing()
    {
        QTemporaryDir dir;
        const auto warehouse = filledFleet(dir);
        int calls = 0;
        const ScanResult scan = scanWarehouse(*warehouse, ScanRequest{}, [&calls](const Progress &p) {
            return !(p.total > 0 && p.done >= p.total / 2 && ++calls > 0);
        });
        QVERIFY(scan.cancelled);
        QVERIFY(!scan.ok);
        QVERIFY(readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}).empty());
        // The warehouse is still usable: a full scan afterwards stores its alerts.
        const ScanResult again = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}).empty());
    }
};

QTEST_GUILESS_MAIN(TestAlertScan)
#include "tst_alertscan.moc"
