// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator must be deterministic (the demo and the detector scores depend
// on it) and every fault it claims in the ground truth must be visible in the
// data a detector reads. Small fleets keep this suite at a few seconds.
#include "common/timeutil.h"
#include "simulate/faultplan.h"
#include "simulate/simulator.h"
#include "simulate/topology.h"
#include "testutil.h"
#include "warehouse/database.h"
#include "warehouse/digest.h"
#include "warehouse/metricreader.h"
#include "warehouse/selector.h"
#include "warehouse/warehouse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>
#include <memory>

using namespace Opsight;
using namespace Opsight::Core;

namespace {

// 2026-11-02T00:00:00Z, the simulator's default start (a Monday).
constexpr Timestamp kStart = 1793577600000;

struct Truth
{
    QString kind, entityKind, entity, metric;
    Timestamp start = 0, end = 0;
    QJsonObject details;
};

struct CliRun
{
    int code = -1;
    QString out, err;
};

CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(OPSIGHT_CLI_PATH), args);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

double mean(const std::vector<Sample> &samples)
{
    double sum = 0;
    for (const Sample &s : samples)
        sum += s.value;
    return samples.empty() ? std::nan("") : sum / double(samples.size());
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Warehouse> m_fleet; // 16 hosts x 2 days, seed 7, shared by the evidence tests
    std::vector<Truth> m_truths;
    quint64 m_seed = 7;

    SimulationSpec smallSpec(quint64 seed) const
    {
        SimulationSpec spec;
        spec.hosts = 16;
        spec.days = 2;
        spec.seed = seed;
        return spec;
    }

    std::unique_ptr<Warehouse> simulate(const QString &name, const SimulationSpec &spec,
        SimulationResult *out = nullptr, const ProgressCallback &progress = {})
    {
        auto warehouse = Warehouse::open(m_dir.filePath(name), Warehouse::Mode::Create);
        const SimulationResult result = simulateFleet(*warehouse, spec, progress);
        if (out)
            *out = result;
        else if (!result.ok)
            qWarning("simulation failed: %s", qPrintable(result.error));
        return warehouse;
    }

    std::vector<Sample> samples(const QString &metric, const QString &host, Timestamp from, Timestamp to)
    {
        MetricReader reader(m_fleet->db());
        const auto series = reader.select(Selector::parse(QStringLiteral("%1{host=\"%2\"}").arg(metric, host)));
        if (series.size() != 1)
            return {};
        return reader.samples(series.front().id, from, to);
    }

    qint64 count(const char *sql, std::initializer_list<QVariant> binds)
    {
        Statement stmt = m_fleet->db().prepare(sql);
        int i = 1;
        for (const QVariant &v : binds) {
            if (v.typeId() == QMetaType::QString)
                stmt.bind(i++, v.toString());
            else
                stmt.bind(i++, v.toLongLong());
        }
        return stmt.step() ? stmt.columnInt64(0) : -1;
    }

    qint64 logLines(const Truth &t, const char *like, Timestamp from, Timestamp to)
    {
        return count("SELECT count(*) FROM log_line WHERE host=?1 AND content LIKE ?2 AND time>=?3 AND time<?4",
            { t.entity, QString::fromLatin1(like), from, to });
    }

    std::vector<QJsonObject> hardwareEvents(const QString &host, const QString &titleLike)
    {
        Statement stmt = m_fleet->db().prepare(
            "SELECT payload FROM event WHERE kind='hardware' AND entity=?1 AND title LIKE ?2 ORDER BY time");
        stmt.bind(1, host).bind(2, titleLike);
        std::vector<QJsonObject> out;
        while (stmt.step())
            out.push_back(QJsonDocument::fromJson(stmt.columnString(0).toUtf8()).object());
        return out;
    }

    const Truth *truth(const QString &kind) const
    {
        for (const Truth &t : m_truths)
            if (t.kind == kind)
                return &t;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SimulationResult result;
        // OPSIGHT_SIMULATOR_SEED runs the evidence checks on another fleet.
        m_seed = qEnvironmentVariableIsSet("OPSIGHT_SIMULATOR_SEED")
            ? qEnvironmentVariable("OPSIGHT_SIMULATOR_SEED").toULongLong()
            : 7;
        m_fleet = simulate(QStringLiteral("fleet.opsight"), smallSpec(m_seed), &result);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.samples > 0 && result.logLines > 0 && result.jobs > 0 && result.faults > 0);
        Statement stmt = m_fleet->db().prepare(
            "SELECT kind, entity_kind, entity, metric, start_time, end_time, details FROM ground_truth ORDER BY id");
        while (stmt.step()) {
            Truth t { stmt.columnString(0), stmt.columnString(1), stmt.columnString(2), stmt.columnString(3),
                stmt.columnInt64(4), stmt.columnInt64(5),
                QJsonDocument::fromJson(stmt.columnString(6).toUtf8()).object() };
            m_truths.push_back(t);
        }
        QCOMPARE(qint64(m_truths.size()), result.faults);
    }

    void determinism()
    {
        auto a = simulate(QStringLiteral("a.opsight"), smallSpec(7));
        auto b = simulate(QStringLiteral("b.opsight"), smallSpec(7));
        auto c = simulate(QStringLiteral("c.opsight"), smallSpec(8));
        const QByteArray digestA = contentDigest(a->db());
        QCOMPARE(digestA.size(), 64);
        QCOMPARE(contentDigest(b->db()), digestA);
        if (m_seed == 7)
            QCOMPARE(contentDigest(m_fleet->db()), digestA);
        QVERIFY(contentDigest(c->db()) != digestA);
        // Same fleet shape, different values.
        QCOMPARE(c->summary().hosts, a->summary().hosts);
    }

    void optionsChangeContent()
    {
        SimulationSpec spec = smallSpec(7);
        spec.hosts = 4;
        spec.days = 1;
        spec.logs = false;
        spec.workload = false;
        SimulationResult result;
        auto plain = simulate(QStringLiteral("plain.opsight"), spec, &result);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.logLines, 0);
        QCOMPARE(result.jobs, 0);
        const WarehouseSummary s = plain->summary();
        QCOMPARE(s.logLines, 0);
        QCOMPARE(s.jobs, 0);
        QCOMPARE(s.series, 4 * 10);
        // Every minute of every metric, less the outage of the crashed host (<= 30 min).
        QCOMPARE(s.samples, result.samples);
        QVERIFY(s.samples <= 4 * 10 * 1440 && s.samples >= 4 * 10 * 1440 - 10 * 30);

        spec.interval = 5 * kMinute;
        auto coarse = simulate(QStringLiteral("coarse.opsight"), spec, &result);
        QVERIFY2(result.ok, qPrintable(result.error));
        const qint64 coarseSamples = coarse->summary().samples;
        QVERIFY(coarseSamples <= 4 * 10 * 288 && coarseSamples >= 4 * 10 * 288 - 10 * 6);
    }

    void topology()
    {
        SimulationSpec spec;
        spec.hosts = 50;
        const Sim::Topology demo = Sim::buildTopology(spec);
        QCOMPARE(demo.clusters.size(), size_t(2));
        QCOMPARE(demo.hosts.size(), size_t(50));
        QCOMPARE(demo.hosts.front().name, QStringLiteral("c1-r01-h001"));
        QCOMPARE(demo.hosts.back().name, QStringLiteral("c2-r03-h025"));
        QCOMPARE(demo.clusters[0].racks + demo.clusters[1].racks, 6);
        for (const Sim::SimCluster &c : demo.clusters) {
            QCOMPARE(c.masters.size(), size_t(2));
            QCOMPARE(c.gateways.size(), size_t(1));
            QCOMPARE(c.workers.size(), size_t(22));
        }
        std::map<QString, int> perRack;
        for (const Sim::SimHost &h : demo.hosts) {
            QVERIFY(h.name.startsWith(h.rackName + QLatin1String("-h")));
            QVERIFY(h.rackName.startsWith(h.clusterName + QLatin1String("-r")));
            QVERIFY(h.cores > 0 && h.memoryGiB > 0 && !h.hardwareModel.isEmpty());
            ++perRack[h.rackName];
        }
        for (const auto &[rack, hosts] : perRack)
            QVERIFY2(hosts >= 8 && hosts <= 10, qPrintable(rack));

        spec.hosts = 100000;
        const Sim::Topology big = Sim::buildTopology(spec);
        QCOMPARE(big.clusters.size(), size_t(50));
        QCOMPARE(big.rackSize, 20);
        QCOMPARE(big.clusters[0].racks, 100);
        QCOMPARE(big.hosts[1999].name, QStringLiteral("c1-r100-h2000"));

        // What the warehouse got.
        const WarehouseSummary s = m_fleet->summary();
        QCOMPARE(s.hosts, 16);
        QCOMPARE(s.clusters, 1);
        QCOMPARE(s.racks, 2);
        QCOMPARE(count("SELECT count(*) FROM host WHERE role='worker'", {}), 14);
        QCOMPARE(count("SELECT count(*) FROM series WHERE host<>'' AND metric<>'log_template_lines'", {}), 16 * 10);
        // Logs went through the ingestor: every line has its mined template, and
        // the per-minute template counts are series.
        QCOMPARE(count("SELECT count(*) FROM log_line WHERE template_id IS NULL", {}), 0);
        QVERIFY(count("SELECT count(*) FROM log_template", {}) >= 20);
        QVERIFY(count("SELECT count(*) FROM series WHERE metric='log_template_lines'", {}) > 16);
        QCOMPARE(count("SELECT count(*) FROM queue WHERE parent_id IS NOT NULL", {}), 5);
        QCOMPARE(count("SELECT count(*) FROM data_source WHERE kind='simulator' AND location=?1",
                     { QStringLiteral("simulate --hosts 16 --days 2 --seed %1").arg(m_seed) }),
            1);
    }

    void everyFaultKindIsRecorded()
    {
        const QStringList kinds = { QStringLiteral("metric_spike"), QStringLiteral("metric_dip"),
            QStringLiteral("level_shift"), QStringLiteral("memory_leak"), QStringLiteral("runaway_process"),
            QStringLiteral("disk_degraded"), QStringLiteral("ecc_correctable"), QStringLiteral("ecc_uncorrectable"),
            QStringLiteral("psu_failure"), QStringLiteral("fan_failure"), QStringLiteral("nic_link_flap"),
            QStringLiteral("log_burst"), QStringLiteral("log_new_template"), QStringLiteral("log_template_dropout"),
            QStringLiteral("queue_contention"), QStringLiteral("sensor_stuck"), QStringLiteral("job_straggler"),
            QStringLiteral("job_failed") };
        for (const QString &kind : kinds)
            QVERIFY2(truth(kind), qPrintable(QStringLiteral("no ground truth of kind ") + kind));
        for (const Truth &t : m_truths) {
            QVERIFY2(kinds.contains(t.kind), qPrintable(t.kind));
            QVERIFY2(t.start >= kStart + kDay / 2 && t.end > t.start && t.end <= kStart + 2 * kDay,
                qPrintable(t.kind + QLatin1Char(' ') + t.entity));
        }
    }

    void runawayProcessPinsCpu()
    {
        const Truth *t = truth(QStringLiteral("runaway_process"));
        QVERIFY(t);
        const auto during = samples(QStringLiteral("cpu_util_percent"), t->entity, t->start, t->end);
        QVERIFY(!during.empty());
        for (const Sample &s : during)
            QVERIFY2(s.value >= 97, qPrintable(QString::number(s.value)));
        // The same hours a day earlier were ordinary.
        QVERIFY(mean(samples(QStringLiteral("cpu_util_percent"), t->entity, t->start - kDay, t->end - kDay)) < 90);
    }

    // A stuck sensor repeats one reading for its whole window; the hour before
    // it froze, and the hours after, the reading moves.
    void aStuckSensorRepeatsItsReading()
    {
        const Truth *t = truth(QStringLiteral("sensor_stuck"));
        QVERIFY(t);
        QCOMPARE(t->metric, QStringLiteral("temperature_celsius"));
        const auto during = samples(t->metric, t->entity, t->start, t->end);
        QVERIFY(during.size() >= 6 * 60 - 1);
        for (const Sample &s : during)
            QCOMPARE(s.value, during.front().value);
        auto moves = [](const std::vector<Sample> &readings) {
            return std::any_of(readings.begin(), readings.end(),
                               [&](const Sample &s) { return s.value != readings.front().value; });
        };
        QVERIFY(moves(samples(t->metric, t->entity, t->start - kHour, t->start)));
        if (t->end + kHour <= kStart + 2 * kDay)
            QVERIFY(moves(samples(t->metric, t->entity, t->end, t->end + kHour)));
        // The reading it repeats is the one just before it froze.
        const auto before = samples(t->metric, t->entity, t->start - 2 * kMinute, t->start);
        QVERIFY(!before.empty());
        QCOMPARE(during.front().value, before.back().value);
    }

    void degradedDiskShowsEverywhere()
    {
        const Truth *t = truth(QStringLiteral("disk_degraded"));
        QVERIFY(t);
        // Busy but slow: utilisation above 90 % while throughput collapses.
        const auto io = samples(QStringLiteral("disk_io_util_percent"), t->entity, t->start, t->end);
        const auto reads = samples(QStringLiteral("disk_read_bytes_per_second"), t->entity, t->start, t->end);
        QVERIFY(!io.empty());
        for (const Sample &s : io)
            QVERIFY(s.value > 90);
        QVERIFY(mean(reads) < 3e6);
        // SMART 5 and 197 grow between polls.
        const auto smart = hardwareEvents(t->entity, QStringLiteral("SMART%"));
        QVERIFY(smart.size() >= 3);
        auto raw = [](const QJsonObject &payload, int id) {
            for (const QJsonValue &a : payload.value(QStringLiteral("attributes")).toArray())
                if (a.toObject().value(QStringLiteral("id")).toInt() == id)
                    return a.toObject().value(QStringLiteral("raw")).toInt();
            return -1;
        };
        QVERIFY(raw(smart.back(), 197) > raw(smart.front(), 197));
        QVERIFY(raw(smart.back(), 5) > raw(smart.front(), 5));
        QCOMPARE(smart.front().value(QStringLiteral("device")).toString(),
            t->details.value(QStringLiteral("device")).toString());
        // The kernel's view of it.
        QVERIFY(logLines(*t, "%Sense Key : Medium Error%", t->start, t->end) > 0);
        QVERIFY(logLines(*t, "Buffer I/O error%", t->start, t->end) > 0);
        QCOMPARE(logLines(*t, "%Medium Error%", kStart, t->start), 0);
    }

    void hardwareFaultsHaveEvents()
    {
        const Truth *ce = truth(QStringLiteral("ecc_correctable"));
        QVERIFY(ce);
        QVERIFY(hardwareEvents(ce->entity, QStringLiteral("%corrected memory errors%")).size() >= 3);
        QVERIFY(logLines(*ce, "EDAC MC%CE memory read error%", ce->start, ce->end) > 0);

        const Truth *ue = truth(QStringLiteral("ecc_uncorrectable"));
        QVERIFY(ue);
        QCOMPARE(hardwareEvents(ue->entity, QStringLiteral("Uncorrectable memory error%")).size(), size_t(1));
        QVERIFY(samples(QStringLiteral("cpu_util_percent"), ue->entity, ue->start, ue->end).empty()); // down
        QVERIFY(!samples(QStringLiteral("cpu_util_percent"), ue->entity, ue->end, ue->end + kHour).empty());
        QVERIFY(logLines(*ue, "Kernel panic%", ue->start, ue->start + kSecond) == 1);

        const Truth *psu = truth(QStringLiteral("psu_failure"));
        QVERIFY(psu);
        QVERIFY(!hardwareEvents(psu->entity, QStringLiteral("PS2 Status | Failure detected | Asserted")).empty());

        const Truth *fan = truth(QStringLiteral("fan_failure"));
        QVERIFY(fan);
        QVERIFY(!hardwareEvents(fan->entity, QStringLiteral("FAN3 |%")).empty());
        const double hot
            = mean(samples(QStringLiteral("temperature_celsius"), fan->entity, fan->start + 30 * kMinute, fan->end));
        const double before = mean(samples(
            QStringLiteral("temperature_celsius"), fan->entity, fan->start - 30 * kMinute - kDay, fan->end - kDay));
        QVERIFY2(hot > before + 8, qPrintable(QStringLiteral("%1 vs %2").arg(hot).arg(before)));

        const Truth *nic = truth(QStringLiteral("nic_link_flap"));
        QVERIFY(nic);
        const auto links = hardwareEvents(nic->entity, QStringLiteral("eth0 link%"));
        QCOMPARE(int(links.size()), 2 * nic->details.value(QStringLiteral("flaps")).toInt());
        QVERIFY(logLines(*nic, "%NIC Link is Down", nic->start, nic->end) >= 3);
    }

    void metricAnomaliesAreVisible()
    {
        for (const Truth &t : m_truths) {
            const QString where = t.kind + QLatin1Char(' ') + t.entity + QLatin1Char(' ') + t.metric;
            // Against the same window one day earlier: seasonality cancels out.
            if (t.kind == QLatin1String("metric_spike")) {
                const double during = mean(samples(t.metric, t.entity, t.start, t.end));
                const double dayBefore = mean(samples(t.metric, t.entity, t.start - kDay, t.end - kDay));
                const bool percent = t.metric.endsWith(QLatin1String("percent"));
                QVERIFY2(
                    percent ? (during > dayBefore + 15 || during > 95) : during > 2 * dayBefore, qPrintable(where));
            } else if (t.kind == QLatin1String("metric_dip")) {
                const double during = mean(samples(t.metric, t.entity, t.start, t.end));
                const double dayBefore = mean(samples(t.metric, t.entity, t.start - kDay, t.end - kDay));
                QVERIFY2(during < 0.5 * dayBefore, qPrintable(where));
            } else if (t.kind == QLatin1String("level_shift")) {
                const Timestamp to = std::min(t.end, t.start + 6 * kHour);
                const double after = mean(samples(t.metric, t.entity, t.start, to));
                const double dayBefore = mean(samples(t.metric, t.entity, t.start - kDay, to - kDay));
                QVERIFY2(after > dayBefore + 8, qPrintable(where));
            } else if (t.kind == QLatin1String("memory_leak")) {
                const auto mem = samples(QStringLiteral("mem_util_percent"), t.entity, t.end - 10 * kMinute, t.end);
                QVERIFY2(!mem.empty() && mem.back().value > 90, qPrintable(where));
                QCOMPARE(logLines(t, "Out of memory: Killed process%", t.start, t.end + kMinute), 1);
            }
        }
    }

    void logAnomaliesAreVisible()
    {
        const Truth *burst = truth(QStringLiteral("log_burst"));
        QVERIFY(burst);
        const qint64 during = logLines(*burst, "Failed password for invalid user%", burst->start, burst->end);
        const qint64 minutes = (burst->end - burst->start) / kMinute;
        QVERIFY2(during >= 10 * minutes, qPrintable(QString::number(during)));
        QVERIFY(logLines(*burst, "Failed password for invalid user%", kStart, burst->start) < 5);

        const Truth *fresh = truth(QStringLiteral("log_new_template"));
        QVERIFY(fresh);
        QCOMPARE(count("SELECT count(*) FROM log_line WHERE content LIKE '%beyond the ''PHYSICAL'' memory limit%' "
                       "AND time<?1",
                     { fresh->start }),
            0);
        QVERIFY(logLines(*fresh, "%beyond the 'PHYSICAL' memory limit%", fresh->start, fresh->end) > 0);

        const Truth *dropout = truth(QStringLiteral("log_template_dropout"));
        QVERIFY(dropout);
        QCOMPARE(logLines(*dropout, "Received BP-%", dropout->start, dropout->end), 0);
        QVERIFY(logLines(*dropout, "Received BP-%", kStart, dropout->start) > 20);
        QVERIFY(logLines(*dropout, "Receiving BP-%", dropout->start, dropout->end) > 0); // the rest goes on

        // The ground truth names each template as the miner wrote it.
        for (const Truth *t : { burst, fresh, dropout })
            QVERIFY2(count("SELECT count(*) FROM log_template WHERE template=?1", { t->metric }) == 1,
                qPrintable(t->metric));
    }

    void workloadFaultsAreVisible()
    {
        const Truth *straggler = truth(QStringLiteral("job_straggler"));
        QVERIFY(straggler);
        const QString host = straggler->details.value(QStringLiteral("host")).toString();
        // The straggling instance on the degraded host took several times the task's median.
        Statement stmt = m_fleet->db().prepare(
            "SELECT i.end_time - i.start_time, h.name FROM instance i JOIN task t ON t.id=i.task_id "
            "JOIN job j ON j.id=t.job_id JOIN host h ON h.id=i.host_id WHERE j.name=?1 AND t.name=?2");
        stmt.bind(1, straggler->entity).bind(2, straggler->metric);
        std::vector<qint64> durations;
        qint64 onHost = 0;
        while (stmt.step()) {
            durations.push_back(stmt.columnInt64(0));
            if (stmt.columnString(1) == host)
                onHost = std::max(onHost, stmt.columnInt64(0));
        }
        QVERIFY(!durations.empty() && onHost > 0);
        std::sort(durations.begin(), durations.end());
        if (durations.size() >= 3)
            QVERIFY(onHost >= 2 * durations[durations.size() / 2]);

        const Truth *failed = truth(QStringLiteral("job_failed"));
        QVERIFY(failed);
        QCOMPARE(count("SELECT count(*) FROM job WHERE name=?1 AND status='failed'", { failed->entity }), 1);
        QVERIFY(count("SELECT count(*) FROM instance i JOIN host h ON h.id=i.host_id JOIN task t ON t.id=i.task_id "
                      "JOIN job j ON j.id=t.job_id WHERE j.name=?1 AND h.name=?2 AND i.status='failed'",
                    { failed->entity, failed->details.value(QStringLiteral("host")).toString() })
            >= 1);

        const Truth *contention = truth(QStringLiteral("queue_contention"));
        QVERIFY(contention);
        const double quota = contention->details.value(QStringLiteral("quota_cpu")).toDouble();
        MetricReader reader(m_fleet->db());
        const auto series = reader.select(
            Selector::parse(QStringLiteral("queue_demand_cpu_cores{queue=\"%1\"}").arg(contention->entity)));
        QCOMPARE(series.size(), size_t(1));
        // Demand above quota for at least half an hour (brief dips aside), and jobs waited.
        const auto demand = reader.samples(series.front().id, contention->start, contention->end);
        QVERIFY(demand.size() >= 6);
        QVERIFY(mean(demand) > quota);
        const auto over = std::count_if(demand.begin(), demand.end(), [&](const Sample &s) { return s.value > quota; });
        QVERIFY(double(over) >= 0.75 * double(demand.size()));
        QVERIFY(contention->details.value(QStringLiteral("max_wait_minutes")).toInt() > 10);
    }

    void seasonality()
    {
        // Mean worker CPU: the nightly ETL beats business hours, which beat the evening.
        auto windowMean = [&](int fromHour, int toHour) {
            double sum = 0;
            int n = 0;
            Statement hosts = m_fleet->db().prepare("SELECT name FROM host WHERE role='worker' ORDER BY name");
            while (hosts.step())
                for (int day = 0; day < 2; ++day) {
                    const Timestamp d = kStart + day * kDay;
                    for (const Sample &s : samples(QStringLiteral("cpu_util_percent"), hosts.columnString(0),
                             d + fromHour * kHour, d + toHour * kHour)) {
                        sum += s.value;
                        ++n;
                    }
                }
            return sum / std::max(1, n);
        };
        const double night = windowMean(1, 5);
        const double business = windowMean(10, 17);
        const double evening = windowMean(20, 23);
        QVERIFY2(night > business + 10, qPrintable(QStringLiteral("%1 %2").arg(night).arg(business)));
        QVERIFY2(business > evening + 10, qPrintable(QStringLiteral("%1 %2").arg(business).arg(evening)));
    }

    void weekendsAreLighter()
    {
        SimulationSpec spec = smallSpec(11);
        spec.hosts = 3;
        spec.days = 7;
        spec.logs = false;
        spec.workload = false;
        auto week = simulate(QStringLiteral("week.opsight"), spec);
        MetricReader reader(week->db());
        const auto series = reader.select(Selector::parse(QStringLiteral("cpu_util_percent{role=\"worker\"}")));
        QVERIFY(!series.empty());
        double weekday = 0, weekend = 0;
        for (const SeriesInfo &s : series) {
            weekday += mean(reader.samples(s.id, kStart + 10 * kHour, kStart + 17 * kHour)); // Monday
            weekend += mean(
                reader.samples(s.id, kStart + 5 * kDay + 10 * kHour, kStart + 5 * kDay + 17 * kHour)); // Saturday
        }
        QVERIFY2(weekday > weekend + 5 * double(series.size()),
            qPrintable(QStringLiteral("%1 %2").arg(weekday).arg(weekend)));
    }

    void valuesHaveExporterPrecision()
    {
        const QString host = QStringLiteral("c1-r02-h016");
        auto check = [&](const QString &metric, double step) {
            const auto values = samples(metric, host, kStart, kStart + 6 * kHour);
            QVERIFY2(!values.empty(), qPrintable(metric));
            for (const Sample &s : values) {
                const double units = s.value / step;
                QVERIFY2(std::abs(units - std::round(units)) < 1e-6, qPrintable(metric + QString::number(s.value)));
            }
        };
        check(QStringLiteral("cpu_util_percent"), 0.1);
        check(QStringLiteral("temperature_celsius"), 0.5);
        check(QStringLiteral("load1"), 0.01);
        check(QStringLiteral("net_in_bytes_per_second"), 1);
    }

    void cancellationRollsBack()
    {
        int calls = 0;
        SimulationResult result;
        auto warehouse = simulate(QStringLiteral("cancelled.opsight"), smallSpec(7), &result,
            [&calls](const Progress &) { return ++calls < 40; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QVERIFY(calls >= 40);
        const WarehouseSummary s = warehouse->summary();
        QCOMPARE(s.hosts, 0);
        QCOMPARE(s.samples, 0);
        QCOMPARE(s.logLines, 0);
        QCOMPARE(s.dataSources, 0);
    }

    void invalidSpecIsRefused()
    {
        SimulationSpec spec = smallSpec(1);
        spec.hosts = 0;
        SimulationResult result;
        simulate(QStringLiteral("invalid.opsight"), spec, &result);
        QVERIFY(!result.ok && !result.cancelled);
        QVERIFY2(result.error.contains(QLatin1String("hosts")), qPrintable(result.error));
        spec.hosts = 2;
        spec.interval = 7 * kMinute; // does not divide a day
        simulate(QStringLiteral("invalid.opsight"), spec, &result);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("interval")), qPrintable(result.error));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addRow("no db") << QStringList {} << 2 << QStringLiteral("--db");
        QTest::addRow("zero hosts") << QStringList { QStringLiteral("--hosts"), QStringLiteral("0") } << 2
                                    << QStringLiteral("--hosts must be a whole number from 1 to 200000, not '0'");
        QTest::addRow("hosts not a number")
            << QStringList { QStringLiteral("--hosts"), QStringLiteral("ten") } << 2 << QStringLiteral("not 'ten'");
        QTest::addRow("days") << QStringList { QStringLiteral("--days"), QStringLiteral("-1") } << 2
                              << QStringLiteral("--days");
        QTest::addRow("seed") << QStringList { QStringLiteral("--seed"), QStringLiteral("x1") } << 2
                              << QStringLiteral("--seed");
        QTest::addRow("interval") << QStringList { QStringLiteral("--interval"), QStringLiteral("7m") } << 2
                                  << QStringLiteral("--interval");
        QTest::addRow("start") << QStringList { QStringLiteral("--start"), QStringLiteral("yesterday") } << 2
                               << QStringLiteral("--start");
        QTest::addRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << 2
                                        << QStringLiteral("frobnicate");
    }

    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QStringList full { QStringLiteral("simulate") };
        if (qstrcmp(QTest::currentDataTag(), "no db") != 0)
            full << QStringLiteral("--db") << m_dir.filePath(QStringLiteral("cli-usage.opsight"));
        const CliRun run = runCli(full + args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void cliRunsAndRefusesToMix()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.opsight"));
        const QStringList args { QStringLiteral("simulate"), QStringLiteral("--db"), path, QStringLiteral("--hosts"),
            QStringLiteral("3"), QStringLiteral("--days"), QStringLiteral("1"), QStringLiteral("--seed"),
            QStringLiteral("5"), QStringLiteral("--interval"), QStringLiteral("5m"), QStringLiteral("--no-logs") };
        CliRun run = runCli(args);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Simulated 3 hosts over 1 days (seed 5)")), qPrintable(run.out));

        // The CLI passes its options through: same content as the API with the same spec.
        SimulationSpec spec;
        spec.hosts = 3;
        spec.days = 1;
        spec.seed = 5;
        spec.interval = 5 * kMinute;
        spec.logs = false;
        auto api = simulate(QStringLiteral("api.opsight"), spec);
        {
            auto fromCli = Warehouse::open(path, Warehouse::Mode::ReadOnly);
            QCOMPARE(contentDigest(fromCli->db()), contentDigest(api->db()));
        }

        run = runCli(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("already holds 3 hosts")), qPrintable(run.err));
        run = runCli(args + QStringList { QStringLiteral("--force") });
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
