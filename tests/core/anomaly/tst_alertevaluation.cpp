// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts scored against injected ground truth, as `opsight-cli anomaly evaluate`
// reports them: recall by fault, precision by alert and by what an operator
// reads (each incident once).
#include "anomaly/alertevaluation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kT0 = 1795132800000; // 2026-11-20T00:00:00Z

StoredEvent alert(const QString &series, Timestamp start, Timestamp end, const QString &incident = {},
                  bool fleetWide = false)
{
    StoredEvent stored;
    Event &e = stored.event;
    e.kind = QStringLiteral("alert");
    e.time = start;
    e.endTime = end;
    const SeriesKey key = *SeriesKey::fromCanonical(series.toStdString());
    const std::string host = key.hostName();
    e.entityKind = host.empty() ? QStringLiteral("series") : QStringLiteral("host");
    e.entity = host.empty() ? series : QString::fromStdString(host);
    QJsonObject payload{{QStringLiteral("series"), series}};
    if (!incident.isEmpty())
        payload.insert(QStringLiteral("incident"), incident);
    if (fleetWide)
        payload.insert(QStringLiteral("fleet_wide"), true);
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return stored;
}

GroundTruth fault(const QString &kind, const QString &entityKind, const QString &entity, Timestamp start, Timestamp end)
{
    GroundTruth t;
    t.kind = kind;
    t.entityKind = entityKind;
    t.entity = entity;
    t.startTime = start;
    t.endTime = end;
    return t;
}

} // namespace

class TestAlertEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFaultsAlertsAndWhatAnOperatorReads()
    {
        const std::vector<GroundTruth> truth{
            fault(QStringLiteral("runaway_process"), QStringLiteral("host"), QStringLiteral("h1"), kT0, kT0 + kHour),
            fault(QStringLiteral("queue_contention"), QStringLiteral("queue"), QStringLiteral("q1"), kT0, kT0 + kHour),
            fault(QStringLiteral("disk_degraded"), QStringLiteral("host"), QStringLiteral("h3"), kT0, kT0 + kHour),
            fault(QStringLiteral("slow_job"), QStringLiteral("job"), QStringLiteral("j1"), kT0, kT0 + kHour), // not for alerts
        };
        const QString h1 = QStringLiteral("h1@2026-11-20T00:00:00Z"), q1 = QStringLiteral(R"({cluster="c1",queue="q1"}@2026-11-20T00:00:00Z)");
        const std::vector<StoredEvent> alerts{
            // The runaway process: two alerts of one incident, one true notice.
            alert(QStringLiteral(R"(cpu_util_percent{host="h1"})"), kT0 + 5 * kMinute, kT0 + kHour, h1),
            alert(QStringLiteral(R"(load1{host="h1"})"), kT0 + 10 * kMinute, kT0 + kHour, h1),
            // The queue: its demand and usage, one incident.
            alert(QStringLiteral(R"(queue_demand_cpu_cores{cluster="c1",queue="q1"})"), kT0, kT0 + kHour, q1),
            alert(QStringLiteral(R"(queue_used_cpu_cores{cluster="c1",queue="q1"})"), kT0, kT0 + kHour, q1),
            // Within the slack before the fault on h1: true.
            alert(QStringLiteral(R"(mem_util_percent{host="h1"})"), kT0 - 20 * kMinute, kT0 - 15 * kMinute),
            // Long after any fault: false, alone.
            alert(QStringLiteral(R"(cpu_util_percent{host="h2"})"), kT0 + 5 * kHour, kT0 + 6 * kHour),
            // Part of a fleet-wide episode: kept at info, not counted.
            alert(QStringLiteral(R"(cpu_util_percent{host="h3"})"), kT0, kT0 + kHour, {}, true),
        };
        const AlertEvaluation e = evaluateAlerts(alerts, truth, 30 * kMinute);
        QCOMPARE(e.faults, qint64(3));
        QCOMPARE(e.detected, qint64(2)); // h3's disk only had a fleet-wide alert
        QCOMPARE(e.kinds.at(QStringLiteral("disk_degraded")).detected, qint64(0));
        QCOMPARE(e.alerts, qint64(6));
        QCOMPARE(e.trueAlerts, qint64(5));
        QCOMPARE(e.metrics.at(QStringLiteral("cpu_util_percent")).alerts, qint64(2));
        QCOMPARE(e.metrics.at(QStringLiteral("cpu_util_percent")).trueAlerts, qint64(1));
        QCOMPARE(e.incidents, qint64(2));
        QCOMPARE(e.notices, qint64(4)); // two incidents, two alerts alone
        QCOMPARE(e.trueNotices, qint64(3));
        QCOMPARE(e.noticePrecision(), 0.75);

        // The time to detect is the first alert's: h1's memory alert came 20 minutes
        // before the fault (within the slack), the queue's at its start.
        QCOMPARE(e.kinds.at(QStringLiteral("runaway_process")).delays, std::vector<Timestamp>{-20 * kMinute});
        QCOMPARE(e.kinds.at(QStringLiteral("queue_contention")).delays, std::vector<Timestamp>{0});
        QCOMPARE(delayQuantile(e.delays, 0.5), -20 * kMinute);
        QCOMPARE(delayQuantile(e.delays, 0.9), Timestamp(0));
        // What was left out is counted, so the totals can be reconciled.
        QCOMPARE(e.otherFaults, qint64(1));  // the job
        QCOMPARE(e.fleetAlerts, qint64(1));  // h3's part of an episode
        QCOMPARE(e.silencedAlerts, qint64(0));

        // An alert already open when the slack begins counts from the slack's start:
        // hours before the fault is not a lead time.
        const AlertEvaluation early = evaluateAlerts(
            {alert(QStringLiteral(R"(net_out_bytes_per_second{host="h3"})"), kT0 - 3 * kHour, kT0 - 10 * kMinute)},
            {fault(QStringLiteral("ecc_correctable"), QStringLiteral("host"), QStringLiteral("h3"), kT0, kT0 + kHour)},
            30 * kMinute);
        QCOMPARE(early.delays, std::vector<Timestamp>{-30 * kMinute});

        // By host group: the workers' faults and alerts apart from the queues'.
        const AlertEvaluation byRole = evaluateAlerts(alerts, truth, 30 * kMinute,
                                                      {{QStringLiteral("h1"), QStringLiteral("worker")},
                                                       {QStringLiteral("h2"), QStringLiteral("worker")},
                                                       {QStringLiteral("h3"), QStringLiteral("storage")}});
        const AlertEvaluation::PerGroup &workers = byRole.groups.at(QStringLiteral("worker"));
        QCOMPARE(workers.faults, qint64(1));
        QCOMPARE(workers.detected, qint64(1));
        QCOMPARE(workers.alerts, qint64(4));
        QCOMPARE(workers.trueAlerts, qint64(3));
        const AlertEvaluation::PerGroup &storage = byRole.groups.at(QStringLiteral("storage"));
        QCOMPARE(storage.faults, qint64(1));
        QCOMPARE(storage.detected, qint64(0));
        QCOMPARE(byRole.groups.at(QStringLiteral("queues")).alerts, qint64(2));
    }

    void delayQuantilesByNearestRank()
    {
        QCOMPARE(delayQuantile({}, 0.5), Timestamp(0));
        QCOMPARE(delayQuantile({30, 10, 20, 40}, 0.5), Timestamp(20));
        QCOMPARE(delayQuantile({30, 10, 20, 40}, 0.9), Timestamp(40));
        QCOMPARE(delayQuantile({30, 10, 20, 40}, 0.0), Timestamp(10));
        QCOMPARE(delayQuantile({5}, 0.9), Timestamp(5));
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluation)
#include "tst_alertevaluation.moc"
