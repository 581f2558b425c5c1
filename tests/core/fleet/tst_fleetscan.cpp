// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet map's one-scan reads against the per-series reads they replace.
#include "anomaly/alertscan.h"
#include "fleet/fleetscan.h"
#include "simulate/simulator.h"
#include "warehouse/chunkcodec.h"
#include "warehouse/metricreader.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight::Core;

class TestFleetScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fleet.opsight"));
        SimulationSpec spec;
        spec.hosts = 30;
        spec.days = 3;
        spec.seed = 11;
        spec.interval = 5 * kMinute;
        spec.logs = false;
        spec.workload = false;
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::Create);
        const SimulationResult result = simulateFleet(*warehouse, spec);
        QVERIFY2(result.ok, qPrintable(result.error));
        const ScanResult scan = scanWarehouse(*warehouse, ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        m_end = warehouse->summary().lastTime + 1;
    }

    void metricAtIsEachHostsMeanOverTheHour()
    {
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        const Timestamp to = blockStart(m_end, kHour) - 5 * kHour, from = to - kHour;
        const auto values = readMetricAt(*warehouse, "cpu_util_percent", from, to);
        QCOMPARE(values.size(), size_t(30));
        MetricReader reader(warehouse->db());
        for (const SeriesInfo &series : reader.select(Selector::parse(QStringLiteral("cpu_util_percent")))) {
            const RangeResult range = reader.range(series.id, from, to, kHour);
            QCOMPARE(range.points.size(), size_t(1));
            QVERIFY(values.count(series.host));
            QVERIFY2(qFuzzyCompare(values.at(series.host), range.points.front().mean), series.host.c_str());
        }
        // A window crossing midnight reads two day blocks.
        const Timestamp midnight = blockStart(m_end, kDay);
        const auto across = readMetricAt(*warehouse, "mem_util_percent", midnight - 2 * kHour, midnight + 2 * kHour);
        for (const SeriesInfo &series : reader.select(Selector::parse(QStringLiteral("mem_util_percent")))) {
            double sum = 0;
            qint64 count = 0;
            for (const RangePoint &p : reader.range(series.id, midnight - 2 * kHour, midnight + 2 * kHour, kHour).points) {
                sum += p.mean * double(p.count);
                count += p.count;
            }
            QVERIFY(qFuzzyCompare(across.at(series.host), sum / double(count)));
        }
        QVERIFY(readMetricAt(*warehouse, "no_such_metric", from, to).empty());
        QVERIFY(readMetricAt(*warehouse, "cpu_util_percent", to, from).empty());
    }

    void fleetAtAgreesWithReadFleet()
    {
        // On a day boundary readFleet's day-step range reads the same hour buckets.
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        const Timestamp at = blockStart(m_end, kDay);
        const FleetSnapshot slow = readFleet(*warehouse, at, kDay);
        const FleetSnapshot fast = readFleetAt(*warehouse, at, kDay);
        QCOMPARE(fast.metrics, slow.metrics);
        QCOMPARE(fast.health.size(), slow.health.size());
        for (size_t i = 0; i < slow.health.size(); ++i) {
            QCOMPARE(fast.health[i].host, slow.health[i].host);
            QVERIFY(qFuzzyCompare(fast.health[i].score, slow.health[i].score));
        }
        QCOMPARE(fast.outliers.size(), slow.outliers.size());
        for (size_t i = 0; i < slow.outliers.size(); ++i)
            QCOMPARE(fast.outliers[i].host, slow.outliers[i].host);
        // Something to compare: the scanned fleet has alerts.
        QVERIFY(std::any_of(fast.health.begin(), fast.health.end(), [](const HostHealth &h) { return h.score < 100; }));
    }

    void healthMovesWithTheMoment()
    {
        // Judged at an earlier moment, nothing from after it counts, and what
        // happened later shows at the end.
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        const Timestamp early = warehouse->summary().firstTime + 36 * kHour;
        const FleetSnapshot before = readFleetAt(*warehouse, early, 6 * kHour);
        const FleetSnapshot after = readFleetAt(*warehouse, 0, 6 * kHour);
        QCOMPARE(before.at, early);
        QCOMPARE(after.at, m_end);
        QCOMPARE(before.health.size(), size_t(30));
        for (const HostHealth &h : before.health)
            for (const HealthItem &item : h.contributors)
                QVERIFY(item.time <= early);
        bool later = false;
        for (const HostHealth &h : after.health)
            for (const HealthItem &item : h.contributors)
                later = later || item.time > early;
        QVERIFY(later);
    }

    void alertsOfARackIncidentCountOnTheirHosts()
    {
        // An incident of one host stands for its alerts on that host; a rack's
        // incident has no host, so its alerts count on their own hosts.
        const QString path = m_dir.filePath(QStringLiteral("incidents.opsight"));
        QVERIFY(QFile::copy(m_path, path));
        const auto warehouse = Warehouse::open(path, Warehouse::Mode::ReadWrite);
        warehouse->db().exec("DELETE FROM event WHERE kind IN ('alert', 'incident')");
        const Timestamp at = m_end - 2 * kHour;
        auto event = [&](const char *kind, const char *entityKind, const QString &entity, const QString &incident,
                         const char *what) {
            Event e;
            e.time = at;
            e.endTime = at + kHour;
            e.kind = QString::fromLatin1(kind);
            e.severity = QStringLiteral("error");
            e.entityKind = QString::fromLatin1(entityKind);
            e.entity = entity;
            e.title = QStringLiteral("Anomaly on %1").arg(QString::fromLatin1(what)); // titles name the metric
            e.source = QStringLiteral("test");
            e.payload = QStringLiteral(R"({"incident":"%1"})").arg(incident).toUtf8();
            return e;
        };
        {
            Transaction transaction(warehouse->db());
            RecordWriter records(warehouse->db());
            const QString h1 = QStringLiteral("c1-r01-h001"), h11 = QStringLiteral("c1-r02-h011"),
                          h12 = QStringLiteral("c1-r02-h012");
            const QString hostIncident = h1 + QStringLiteral("@t"), rackIncident = QStringLiteral("c1/c1-r02/net@t");
            records.addEvent(event("alert", "host", h1, hostIncident, "cpu"));
            records.addEvent(event("alert", "host", h1, hostIncident, "load"));
            records.addEvent(event("incident", "host", h1, hostIncident, "2 related anomalies"));
            // h011's net and its own cpu alert joined the rack's incident: one problem there.
            records.addEvent(event("alert", "host", h11, rackIncident, "net"));
            records.addEvent(event("alert", "host", h11, rackIncident, "cpu"));
            records.addEvent(event("alert", "host", h12, rackIncident, "net"));
            records.addEvent(event("incident", "rack", QStringLiteral("c1-r02"), rackIncident, "3 related anomalies"));
            transaction.commit();
        }
        const FleetSnapshot fleet = readFleetAt(*warehouse, 0, 6 * kHour);
        std::map<std::string, QStringList> kinds;
        for (const HostHealth &h : fleet.health)
            for (const HealthItem &item : h.contributors)
                if (item.kind != QLatin1String("outlier") && item.kind != QLatin1String("hardware"))
                    kinds[h.host].append(item.kind);
        QCOMPARE(kinds["c1-r01-h001"], QStringList{QStringLiteral("incident")});
        QCOMPARE(kinds["c1-r02-h011"], QStringList{QStringLiteral("alert")});
        QCOMPARE(kinds["c1-r02-h012"], QStringList{QStringLiteral("alert")});
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Timestamp m_end = 0;
};

QTEST_GUILESS_MAIN(TestFleetScan)
#include "tst_fleetscan.moc"
