// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "common/jobboundary.h"

#include "common/error.h"
#include "faultplan.h"
#include "hardwareevents.h"
#include "loggenerator.h"
#include "logs/logingestor.h"
#include "metricmodel.h"
#include "simtime.h"
#include "topology.h"
#include "warehouse/metricwriter.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"
#include "workloadgenerator.h"

#include <QCoreApplication>
#include <map>
#include <memory>

namespace Opsight::Core {

namespace {

class Simulator
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::Simulator)
public:
    static void validate(const SimulationSpec &spec)
    {
        if (spec.hosts < 1 || spec.hosts > 200000)
            throw Error(tr("The number of hosts must be between 1 and 200000, not %1.").arg(spec.hosts));
        if (spec.days < 1 || spec.days > 3660)
            throw Error(tr("The number of days must be between 1 and 3660, not %1.").arg(spec.days));
        if (spec.interval < 10 * kSecond || spec.interval > kHour || kDay % spec.interval != 0)
            throw Error(tr("The sample interval must divide a day and lie between 10 s and 1 h, not %1 ms.")
                            .arg(spec.interval));
    }

    static QString location(const SimulationSpec &spec, Timestamp defaultStart)
    {
        QString text
            = QStringLiteral("simulate --hosts %1 --days %2 --seed %3").arg(spec.hosts).arg(spec.days).arg(spec.seed);
        if (spec.start != defaultStart)
            text += QStringLiteral(" --start ") + formatTimestamp(spec.start);
        if (spec.interval != kMinute)
            text += QStringLiteral(" --interval %1s").arg(spec.interval / kSecond);
        if (!spec.logs)
            text += QStringLiteral(" --no-logs");
        if (!spec.workload)
            text += QStringLiteral(" --no-workload");
        return text;
    }

    static SimulationResult run(Warehouse &warehouse, SimulationSpec spec, const ProgressCallback &progress);
};

// Stores log lines through the log ingestor, exactly as an import of the
// collected files would: lines get their mined template and parameters, and the
// per-minute template counts become series. One ingestor per source for the
// whole fleet (the host is in each line's header), finished once at the end.
class LogStore
{
public:
    LogStore(Database &db, RecordWriter &records, MetricWriter &metrics)
        : m_db(db)
        , m_records(records)
        , m_metrics(metrics)
    { }

    qint64 add(const std::vector<LogLine> &lines)
    {
        qint64 added = 0;
        for (const LogLine &line : lines) {
            LogIngestor &ingestor = ingestorFor(line.source);
            const qint64 before = ingestor.stats().added;
            ingestor.addLine(line.raw.toUtf8().toStdString(), line.lineNumber);
            added += ingestor.stats().added - before;
        }
        return added;
    }

    void finish()
    {
        for (auto &[source, ingestor] : m_ingestors) // std::map: a fixed order
            ingestor->finish();
    }

private:
    LogIngestor &ingestorFor(const QString &source)
    {
        auto it = m_ingestors.find(source);
        if (it == m_ingestors.end()) {
            LogIngestOptions options;
            options.source = source;
            options.format = Sim::logFormat(source);
            it = m_ingestors.emplace(source, std::make_unique<LogIngestor>(m_db, m_records, m_metrics, options)).first;
        }
        return *it->second;
    }

    Database &m_db;
    RecordWriter &m_records;
    MetricWriter &m_metrics;
    std::map<QString, std::unique_ptr<LogIngestor>> m_ingestors;
};

// Flushing between hosts (rather than when the writer's own, larger buffer is
// full) never splits a host's chunk and keeps memory flat for 100,000 hosts.
constexpr qint64 kFlushSamples = 1'000'000;

SimulationResult Simulator::run(Warehouse &warehouse, SimulationSpec spec, const ProgressCallback &progress)
{
    using namespace Sim;
    SimulationResult result;
    // 2026-11-02T00:00:00Z, a Monday: the demo's first day is a working day.
    const Timestamp defaultStart = fromCivil(2026, 11, 2);
    if (spec.start == 0)
        spec.start = defaultStart;
    validate(spec);
    const Timestamp start = spec.start / kMinute * kMinute;
    const Timestamp end = start + spec.days * kDay;

    ProgressReporter reporter(progress);
    Database &db = warehouse.db();
    Transaction transaction(db);
    MetricWriter metrics(db);
    RecordWriter records(db);

    const Topology topology = buildTopology(spec);
    const FaultPlan plan = planFaults(spec, topology, start, end);
    const qint64 hostCount = qint64(topology.hosts.size());

    reporter.beginStage(tr("Writing the fleet topology"), hostCount);
    for (const SimHost &host : topology.hosts) {
        records.upsertHost(hostRecord(host));
        reporter.update(host.index + 1);
    }
    reporter.finishStage();

    reporter.beginStage(tr("Generating metrics, logs and hardware events"), hostCount);
    const LogGenerator logs(spec, topology, start, end);
    LogStore logStore(db, records, metrics);
    MetricValues values {};
    for (const SimHost &host : topology.hosts) {
        const std::vector<const Fault *> faults = plan.faultsOf(host.index);
        SeriesId series[HostMetricCount];
        for (int m = 0; m < HostMetricCount; ++m) {
            SeriesKey key;
            key.metric = hostMetricName(m);
            key.labels = { { "host", host.labelHost }, { "cluster", host.labelCluster }, { "rack", host.labelRack },
                { "role", host.labelRole } };
            key.sortLabels();
            series[m] = metrics.intern(key);
        }
        HostMetricModel model(spec, host, faults, start);
        for (Timestamp t = start; t < end; t += spec.interval) {
            if (!model.sample(t, values))
                continue;
            for (int m = 0; m < HostMetricCount; ++m)
                metrics.append(series[m], t, values[size_t(m)]);
            result.samples += HostMetricCount;
        }
        for (const Event &event : hardwareEvents(spec, host, faults, start, end)) {
            records.addEvent(event);
            ++result.events;
        }
        if (spec.logs)
            result.logLines += logStore.add(logs.hostLines(host, faults));
        if (metrics.bufferedSamples() >= kFlushSamples)
            metrics.flush();
        reporter.update(host.index + 1);
    }
    logStore.finish();
    metrics.flush();
    reporter.finishStage();

    std::vector<GroundTruth> truths;
    for (const Fault &fault : plan.faults)
        if (fault.host >= 0)
            truths.push_back(groundTruth(fault, topology));
    if (spec.workload) {
        reporter.beginStage(tr("Generating the batch workload"), qint64(topology.clusters.size()));
        WorkloadGenerator workload(spec, topology, plan, start, end);
        for (size_t c = 0; c < topology.clusters.size(); ++c) {
            workload.writeCluster(int(c), records, metrics, truths);
            reporter.update(qint64(c) + 1);
        }
        metrics.flush();
        result.jobs = workload.stats().jobs;
        result.samples += workload.stats().samples;
        reporter.finishStage();
    }

    reporter.beginStage(tr("Recording the ground truth"), qint64(truths.size()));
    for (const GroundTruth &truth : truths)
        records.addGroundTruth(truth);
    result.faults = qint64(truths.size());
    reporter.finishStage();

    DataSourceInfo source;
    source.kind = QStringLiteral("simulator");
    source.location = location(spec, defaultStart);
    source.records = result.samples + result.events + result.logLines + result.jobs;
    source.status = QStringLiteral("ok");
    warehouse.recordDataSource(source);
    transaction.commit();
    result.ok = true;
    return result;
}

} // namespace

SimulationResult simulateFleet(Warehouse &warehouse, const SimulationSpec &spec, const ProgressCallback &progress)
{
    // The job boundary: nothing thrown inside crosses it; the transaction has
    // rolled back by the time we get here.
    SimulationResult result;
    runAtJobBoundary(result, [&] { result = Simulator::run(warehouse, spec, progress); });
    return result;
}

} // namespace Opsight::Core
