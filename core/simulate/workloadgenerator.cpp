// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadgenerator.h"

#include "jobplan.h"
#include "metricmodel.h"
#include "simrandom.h"
#include "simtime.h"
#include "simulator.h"
#include "topology.h"
#include "warehouse/metricwriter.h"
#include "warehouse/recordwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <queue>

namespace Opsight::Core::Sim {

namespace {

struct Instance
{
    int host = -1;
    Timestamp start = 0, end = 0;
    const char *status = "succeeded";
    double slowdown = 1;
};
struct Task
{
    Timestamp start = 0, end = 0;
    const char *status = "succeeded";
    std::vector<Instance> instances;
};

// A moment the fault plan wants a job to be running on a host: the first
// instance overlapping it is placed there, so every disk fault has a straggler
// and every crash a failed job.
struct Target
{
    Timestamp time;
    int host;
    FaultKind cause;
    bool done = false;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

double round2d(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

int leafQueueCount()
{
    return int(queueDefs().size());
}

QString queueName(const QString &cluster, int leaf)
{
    if (leaf < 0)
        return cluster + QStringLiteral(".root");
    return cluster + QStringLiteral(".root.") + QString::fromLatin1(queueDefs()[size_t(leaf)].name);
}

WorkloadGenerator::WorkloadGenerator(
    const SimulationSpec &spec, const Topology &topology, const FaultPlan &plan, Timestamp start, Timestamp end)
    : m_spec(spec)
    , m_topology(topology)
    , m_plan(plan)
    , m_start(start)
    , m_end(end)
{ }

namespace {

class ClusterWorkload
{
public:
    ClusterWorkload(const SimulationSpec &spec, const Topology &topology, const FaultPlan &plan, int cluster,
        Timestamp start, Timestamp end)
        : m_spec(spec)
        , m_topology(topology)
        , m_plan(plan)
        , m_cluster(topology.clusters[size_t(cluster)])
        , m_clusterIndex(cluster)
        , m_start(start)
        , m_end(end)
        , m_rng(subSeed(spec.seed, "workload", quint64(cluster)))
        , m_step(std::max<Timestamp>(spec.interval, 5 * kMinute))
        , m_buckets(size_t((end - start + m_step - 1) / m_step))
    {
        for (const int host : m_cluster.workers)
            for (const Fault *f : plan.faultsOf(host)) {
                if (f->kind == FaultKind::DiskDegraded)
                    m_targets.push_back({ std::min(f->end - kMinute, f->start + kHour), host, f->kind });
                else if (f->kind == FaultKind::EccUncorrectable)
                    m_targets.push_back({ f->start, host, f->kind });
            }
    }

    void run(
        RecordWriter &records, MetricWriter &metrics, std::vector<GroundTruth> &truths, WorkloadGenerator::Stats &stats)
    {
        if (m_cluster.workers.empty())
            return;
        const double scale = std::max(0.5, double(std::min<size_t>(m_cluster.workers.size(), 200)) / 20.0);
        const int leaves = leafQueueCount();
        std::vector<std::vector<Job>> jobs(static_cast<size_t>(leaves));
        for (int q = 0; q < leaves; ++q)
            generateBaseline(q, scale, jobs[size_t(q)]);
        std::vector<int> quota(size_t(leaves), 0);
        for (int q = 0; q < leaves; ++q)
            quota[size_t(q)] = quotaFor(jobs[size_t(q)]);
        for (const Fault &f : m_plan.faults)
            if (f.kind == FaultKind::QueueContention && f.cluster == m_clusterIndex)
                addSurge(f, quota[size_t(f.queue)], jobs[size_t(f.queue)]);
        // A long ML job submitted shortly before each target makes sure some job
        // runs on the faulty host at that moment, even on a quiet weekend morning.
        constexpr int kMl = 3;
        for (const Target &target : m_targets)
            if (target.time - 20 * kMinute >= m_start && target.time < m_end)
                jobs[size_t(kMl)].push_back(
                    planJob(m_spec.seed, m_clusterIndex, ++m_jobSeq, kMl, target.time - 20 * kMinute, false, 3.0));

        writeQueues(records, quota);
        for (int q = 0; q < leaves; ++q) {
            std::vector<Job> &list = jobs[size_t(q)];
            std::stable_sort(list.begin(), list.end(), [](const Job &a, const Job &b) { return a.submit < b.submit; });
            schedule(quota[size_t(q)], list, records, truths, stats);
            writeQueueSeries(q, list, metrics, stats);
            for (const Fault &f : m_plan.faults)
                if (f.kind == FaultKind::QueueContention && f.cluster == m_clusterIndex && f.queue == q)
                    truths.push_back(contentionTruth(f, q, quota[size_t(q)], list));
        }
    }

private:
    Timestamp submitTime(Pattern pattern, Timestamp day)
    {
        switch (pattern) {
        case Pattern::Night:
            return day + Timestamp(m_rng.uniform(0, 3 * 60) * double(kMinute));
        case Pattern::Business:
            return day + Timestamp(m_rng.uniform(9 * 60, 19 * 60) * double(kMinute));
        case Pattern::Morning:
            return day + Timestamp(m_rng.uniform(6 * 60, 8 * 60) * double(kMinute));
        case Pattern::Uniform:
            break;
        }
        return day + Timestamp(m_rng.uniform() * double(kDay));
    }

    void generateBaseline(int q, double scale, std::vector<Job> &out)
    {
        const QueueDef &def = queueDefs()[size_t(q)];
        for (Timestamp day = m_start; day < m_end; day += kDay) {
            const bool weekend = isWeekend(day);
            double perDay = def.jobsPerDay * scale;
            if (weekend)
                perDay *= def.pattern == Pattern::Night ? 0.85 : (def.pattern == Pattern::Uniform ? 0.8 : 0.2);
            const int n = m_rng.poisson(perDay);
            for (int i = 0; i < n; ++i) {
                const Timestamp submit = submitTime(def.pattern, day);
                if (submit < m_end)
                    out.push_back(planJob(m_spec.seed, m_clusterIndex, ++m_jobSeq, q, submit, false));
            }
        }
    }

    // Guaranteed cores: a little above what the queue's normal demand reaches
    // (99th percentile over the run), so only a surge makes it wait for hours.
    int quotaFor(const std::vector<Job> &jobs) const
    {
        std::vector<double> demand(m_buckets, 0.0);
        for (const Job &job : jobs)
            for (Timestamp t = job.submit; t < std::min(m_end, job.submit + job.plannedDuration); t += m_step)
                demand[size_t((t - m_start) / m_step)] += job.cpuRequest;
        std::sort(demand.begin(), demand.end());
        const double p99 = demand.empty() ? 0 : demand[size_t(double(demand.size() - 1) * 0.99)];
        return std::max(8, int(std::ceil(p99 * 1.1 / 8.0)) * 8);
    }

    void addSurge(const Fault &f, int quota, std::vector<Job> &jobs)
    {
        // Add jobs until their core-time inside the window fills `magnitude` x
        // quota; only the part before the window ends counts, or long ML jobs
        // would reach the target with little concurrency.
        const double needed = f.magnitude * quota * double(f.end - f.start);
        double added = 0;
        while (added < needed) {
            const Timestamp submit = f.start + Timestamp(m_rng.uniform() * double(f.end - f.start));
            Job job = planJob(m_spec.seed, m_clusterIndex, ++m_jobSeq, f.queue, submit, true);
            added += double(job.cpuRequest) * double(std::min(job.plannedDuration, f.end - submit));
            jobs.push_back(std::move(job));
        }
    }

    void writeQueues(RecordWriter &records, const std::vector<int> &quota)
    {
        QueueRecord root;
        root.name = queueName(m_cluster.name, -1);
        root.cluster = m_cluster.name;
        for (const int q : quota) {
            root.quotaCpu += q;
            root.maxCpu += std::ceil(q * 1.5);
        }
        root.quotaMemoryGiB = root.quotaCpu * 4;
        records.upsertQueue(root);
        for (int q = 0; q < int(quota.size()); ++q) {
            QueueRecord leaf;
            leaf.name = queueName(m_cluster.name, q);
            leaf.cluster = m_cluster.name;
            leaf.parent = root.name;
            leaf.quotaCpu = quota[size_t(q)];
            leaf.quotaMemoryGiB = leaf.quotaCpu * 4;
            leaf.maxCpu = std::ceil(leaf.quotaCpu * 1.5);
            records.upsertQueue(leaf);
        }
    }

    // A fault of `kind` on `host` active at some time in [from, to).
    const Fault *activeFault(int host, FaultKind kind, Timestamp from, Timestamp to) const
    {
        for (const Fault *f : m_plan.faultsOf(host))
            if (f->kind == kind && f->start < to && from < f->end)
                return f;
        return nullptr;
    }

    int placeInstance(Timestamp start, Timestamp end, FaultKind *forced)
    {
        for (Target &target : m_targets)
            if (!target.done && target.time >= start && target.time < end) {
                target.done = true;
                *forced = target.cause;
                return target.host;
            }
        int host = m_rng.pick(m_cluster.workers);
        if (activeFault(
                host, FaultKind::EccUncorrectable, start, start + 1)) // the scheduler avoids a host that is down
            host = m_rng.pick(m_cluster.workers);
        return host;
    }

    // Runs the job from `start`: places its instances and lets faults act on them.
    std::vector<Task> realise(Job &job, Timestamp start, std::vector<GroundTruth> &truths)
    {
        std::vector<Task> tasks(job.tasks.size());
        Timestamp failure = 0;
        int failedTask = -1, failedHost = -1;
        int stragglerTask = -1, stragglerHost = -1;
        double worstSlowdown = 1;
        for (size_t i = 0; i < job.tasks.size(); ++i) {
            const PlannedTask &plan = job.tasks[i];
            Task &task = tasks[i];
            task.start = start;
            for (const int d : plan.deps)
                task.start = std::max(task.start, tasks[size_t(d)].end);
            task.start += plan.gap;
            task.end = task.start;
            for (size_t k = 0; k < plan.duration.size(); ++k) {
                Instance inst;
                inst.start = task.start + plan.jitter[k];
                Timestamp duration = plan.duration[k];
                FaultKind forced = FaultKind::MetricSpike;
                inst.host = placeInstance(inst.start, inst.start + duration, &forced);
                const SimHost &host = m_topology.hosts[size_t(inst.host)];
                if (activeFault(inst.host, FaultKind::DiskDegraded, inst.start, inst.start + duration)
                    && (forced == FaultKind::DiskDegraded || m_rng.chance(1.0 / (3.0 * std::max(1, host.dataDisks))))) {
                    inst.slowdown = m_rng.uniform(4, 10); // every read retries on the failing disk
                } else if (activeFault(inst.host, FaultKind::RunawayProcess, inst.start, inst.start + duration)) {
                    inst.slowdown = m_rng.uniform(1.4, 1.8); // competes with the runaway for CPU
                }
                duration = Timestamp(double(duration) * inst.slowdown);
                inst.end = inst.start + duration;
                if (inst.slowdown >= 4 && inst.slowdown > worstSlowdown) {
                    worstSlowdown = inst.slowdown;
                    stragglerTask = int(i);
                    stragglerHost = inst.host;
                }
                for (const Fault *f : m_plan.faultsOf(inst.host))
                    if (f->kind == FaultKind::EccUncorrectable && f->start >= inst.start && f->start < inst.end) {
                        inst.end = f->start;
                        inst.status = "failed";
                        if (!failure || f->start < failure) {
                            failure = f->start;
                            failedTask = int(i);
                            failedHost = inst.host;
                        }
                    }
                task.end = std::max(task.end, inst.end);
                task.instances.push_back(inst);
            }
        }
        bool baseline = false;
        if (!failure && job.baselineFailure && !tasks.empty() && !tasks.back().instances.empty()) {
            // An ordinary failure (bad input, user code): no fault behind it.
            Instance &last = tasks.back().instances.back();
            last.status = "failed";
            failure = last.end;
            failedTask = int(tasks.size()) - 1;
            baseline = true;
        }
        if (failure)
            applyFailure(tasks, failure, failedTask);
        job.start = start;
        job.end = start;
        for (const Task &task : tasks)
            job.end = std::max(job.end, task.end);
        if (failure)
            job.end = failure + 20 * kSecond;

        if (job.end <= m_end) {
            if (failure && !baseline)
                truths.push_back(
                    jobTruth(FaultKind::JobFailed, job, failedTask, failedHost, FaultKind::EccUncorrectable, 0));
            else if (stragglerTask >= 0)
                truths.push_back(jobTruth(FaultKind::JobStraggler, job, stragglerTask, stragglerHost,
                    FaultKind::DiskDegraded, worstSlowdown));
        }
        return tasks;
    }

    static void applyFailure(std::vector<Task> &tasks, Timestamp failure, int failedTask)
    {
        for (size_t i = 0; i < tasks.size(); ++i) {
            Task &task = tasks[i];
            if (task.start >= failure) {
                task.status = "cancelled";
                task.start = task.end = 0;
                task.instances.clear();
                continue;
            }
            std::erase_if(task.instances, [&](const Instance &inst) { return inst.start >= failure; });
            for (Instance &inst : task.instances)
                if (inst.end > failure && std::string_view(inst.status) != "failed") {
                    inst.end = failure;
                    inst.status = "killed";
                }
            if (task.end > failure || int(i) == failedTask) {
                task.end = std::min(task.end, failure);
                task.status = int(i) == failedTask ? "failed" : "killed";
            }
        }
    }

    GroundTruth jobTruth(FaultKind kind, const Job &job, int task, int host, FaultKind cause, double slowdown) const
    {
        GroundTruth truth;
        truth.kind = faultKindName(kind);
        truth.entityKind = QStringLiteral("job");
        truth.entity = job.name;
        truth.startTime = job.start;
        truth.endTime = job.end;
        truth.metric = job.tasks[size_t(task)].name;
        QJsonObject details { { QStringLiteral("host"), m_topology.hosts[size_t(host)].name },
            { QStringLiteral("cause"), faultKindName(cause) } };
        if (slowdown > 0)
            details[QStringLiteral("slowdown")] = std::round(slowdown * 10) / 10;
        truth.details = compact(details);
        return truth;
    }

    // First in, first out under the queue's burst ceiling (1.5 x quota).
    void schedule(int quota, std::vector<Job> &jobs, RecordWriter &records, std::vector<GroundTruth> &truths,
        WorkloadGenerator::Stats &stats)
    {
        const double ceiling = std::ceil(quota * 1.5);
        using Running = std::pair<Timestamp, int>; // end, cores
        std::priority_queue<Running, std::vector<Running>, std::greater<>> running;
        double used = 0;
        Timestamp lastStart = m_start;
        for (Job &job : jobs) {
            Timestamp t = std::max(job.submit, lastStart);
            while (!running.empty() && (running.top().first <= t || used + job.cpuRequest > ceiling)) {
                t = std::max(t, running.top().first);
                used -= running.top().second;
                running.pop();
            }
            if (t >= m_end) {
                job.start = job.end = 0;
                write(job, {}, records, stats);
                lastStart = m_end;
                continue;
            }
            lastStart = t;
            const std::vector<Task> tasks = realise(job, t, truths);
            used += job.cpuRequest;
            running.push({ job.end, job.cpuRequest });
            write(job, tasks, records, stats);
        }
    }

    void write(const Job &job, const std::vector<Task> &tasks, RecordWriter &records, WorkloadGenerator::Stats &stats)
    {
        const QueueDef &def = queueDefs()[size_t(job.queue)];
        const bool started = job.start > 0;
        const bool finished = started && job.end <= m_end;
        JobRecord record;
        record.name = job.name;
        record.queue = queueName(m_cluster.name, job.queue);
        record.user = job.user;
        record.cluster = m_cluster.name;
        record.submitTime = job.submit;
        record.startTime = started ? job.start : 0;
        record.endTime = finished ? job.end : 0;
        bool failed = false;
        for (const Task &task : tasks)
            failed = failed || std::string_view(task.status) == "failed";
        record.status = !started ? QStringLiteral("waiting")
                                 : (!finished ? QStringLiteral("running")
                                              : (failed ? QStringLiteral("failed") : QStringLiteral("succeeded")));
        record.cpuRequest = job.cpuRequest;
        record.memoryRequestGiB = job.cpuRequest * 4.0;
        record.config = compact(QJsonObject { { QStringLiteral("engine"), QString::fromLatin1(def.engine) },
            { QStringLiteral("max_retries"), 3 }, { QStringLiteral("priority"), job.surge ? 5 : 3 } });
        records.upsertJob(record);
        ++stats.jobs;

        for (size_t i = 0; i < job.tasks.size(); ++i) {
            const PlannedTask &plan = job.tasks[i];
            TaskRecord t;
            t.job = job.name;
            t.name = plan.name;
            t.dependsOn = plan.dependsOn;
            t.instanceCount = int(plan.duration.size());
            t.cpuRequest = double(plan.cores) * t.instanceCount;
            t.memoryRequestGiB = t.cpuRequest * 4.0;
            const Task *real = i < tasks.size() ? &tasks[i] : nullptr;
            const bool taskStarted = real && real->start > 0 && real->start < m_end;
            t.startTime = taskStarted ? real->start : 0;
            t.endTime = taskStarted && real->end <= m_end ? real->end : 0;
            t.status = !real
                ? QStringLiteral("waiting")
                : (real->start == 0 ? QString::fromLatin1(real->status)
                                    : (!taskStarted ? QStringLiteral("waiting")
                                                    : (real->end > m_end ? QStringLiteral("running")
                                                                         : QString::fromLatin1(real->status))));
            records.upsertTask(t);
            ++stats.tasks;
            if (!taskStarted)
                continue;
            Rng usage(job.seed ^ (0x9e37ULL + i));
            for (size_t k = 0; k < real->instances.size(); ++k) {
                const Instance &inst = real->instances[k];
                if (inst.start >= m_end)
                    continue;
                InstanceRecord r;
                r.job = job.name;
                r.task = plan.name;
                r.index = int(k);
                r.host = m_topology.hosts[size_t(inst.host)].name;
                r.startTime = inst.start;
                r.endTime = inst.end <= m_end ? inst.end : 0;
                r.status = inst.end <= m_end ? QString::fromLatin1(inst.status) : QStringLiteral("running");
                r.cpuAverage = round2d(plan.cores * usage.uniform(0.5, 0.95) / std::max(1.0, inst.slowdown / 2));
                r.memoryAverageGiB = round2d(plan.cores * 4.0 * usage.uniform(0.4, 0.9));
                records.upsertInstance(r);
                ++stats.instances;
            }
        }
    }

    void accumulate(std::vector<double> &diff, Timestamp from, Timestamp to, double value) const
    {
        from = std::max(from, m_start);
        to = std::min(to, m_end);
        if (to <= from)
            return;
        diff[size_t((from - m_start) / m_step)] += value;
        const size_t last = size_t((to - 1 - m_start) / m_step) + 1;
        if (last < diff.size())
            diff[last] -= value;
    }

    // Demand (running + waiting) and usage (running) of a queue, in cores.
    void queueSeries(const std::vector<Job> &jobs, std::vector<double> &demand, std::vector<double> &used) const
    {
        demand.assign(m_buckets + 1, 0.0);
        used.assign(m_buckets + 1, 0.0);
        for (const Job &job : jobs) {
            const Timestamp end = job.start && job.end <= m_end ? job.end : m_end;
            accumulate(demand, job.submit, end, job.cpuRequest);
            if (job.start)
                accumulate(used, job.start, end, job.cpuRequest);
        }
        for (size_t i = 1; i < demand.size(); ++i) {
            demand[i] += demand[i - 1];
            used[i] += used[i - 1];
        }
    }

    void writeQueueSeries(int q, const std::vector<Job> &jobs, MetricWriter &metrics, WorkloadGenerator::Stats &stats)
    {
        std::vector<double> demand, used;
        queueSeries(jobs, demand, used);
        const std::string queue = queueName(m_cluster.name, q).toStdString();
        const std::string cluster = m_cluster.name.toStdString();
        for (const char *metric : { "queue_demand_cpu_cores", "queue_used_cpu_cores" }) {
            SeriesKey key;
            key.metric = metric;
            key.labels = { { "queue", queue }, { "cluster", cluster } };
            key.sortLabels();
            const SeriesId id = metrics.intern(key);
            const std::vector<double> &values = std::string_view(metric) == "queue_used_cpu_cores" ? used : demand;
            for (size_t b = 0; b < m_buckets; ++b)
                metrics.append(id, m_start + Timestamp(b) * m_step, std::round(values[b]));
            stats.samples += qint64(m_buckets);
        }
    }

    // The real extent of the contention: the run of buckets around the surge
    // where demand stayed above quota, which outlasts the surge by the backlog.
    GroundTruth contentionTruth(const Fault &f, int q, int quota, const std::vector<Job> &jobs) const
    {
        std::vector<double> demand, used;
        queueSeries(jobs, demand, used);
        size_t first = size_t((f.start - m_start) / m_step);
        const size_t surgeEnd = std::min(m_buckets, size_t((f.end - m_start) / m_step) + 1);
        while (first < surgeEnd && demand[first] <= quota)
            ++first;
        size_t last = first;
        double peak = 0;
        if (first < surgeEnd) {
            while (first > 0 && demand[first - 1] > quota)
                --first;
            // Through the surge (brief dips below quota included), then as long
            // as the backlog keeps demand above quota.
            while (last + 1 < m_buckets && (last + 1 < surgeEnd || demand[last + 1] > quota))
                ++last;
            while (last > first && demand[last] <= quota)
                --last;
            for (size_t b = first; b <= last; ++b)
                peak = std::max(peak, demand[b]);
        } else {
            first = size_t((f.start - m_start) / m_step);
            last = surgeEnd - 1;
        }
        GroundTruth truth;
        truth.kind = faultKindName(FaultKind::QueueContention);
        truth.entityKind = QStringLiteral("queue");
        truth.entity = queueName(m_cluster.name, q);
        truth.startTime = m_start + Timestamp(first) * m_step;
        truth.endTime = std::min(m_end, m_start + Timestamp(last + 1) * m_step);
        truth.metric = QStringLiteral("queue_demand_cpu_cores");
        Timestamp maxWait = 0;
        int surgeJobs = 0;
        for (const Job &job : jobs) {
            surgeJobs += job.surge && job.submit >= f.start && job.submit < f.end ? 1 : 0;
            if (job.submit >= truth.startTime && job.submit < truth.endTime)
                maxWait = std::max(maxWait, (job.start ? job.start : m_end) - job.submit);
        }
        truth.details = compact(QJsonObject { { QStringLiteral("quota_cpu"), quota },
            { QStringLiteral("peak_demand_cpu"), std::round(peak) },
            { QStringLiteral("max_wait_minutes"), qint64(maxWait / kMinute) },
            { QStringLiteral("surge_jobs"), surgeJobs } });
        return truth;
    }

    const SimulationSpec &m_spec;
    const Topology &m_topology;
    const FaultPlan &m_plan;
    const SimCluster &m_cluster;
    int m_clusterIndex;
    Timestamp m_start;
    Timestamp m_end;
    Rng m_rng;
    Timestamp m_step;
    size_t m_buckets;
    int m_jobSeq = 0;
    std::vector<Target> m_targets;
};

} // namespace

void WorkloadGenerator::writeCluster(
    int cluster, RecordWriter &records, MetricWriter &metrics, std::vector<GroundTruth> &truths)
{
    ClusterWorkload(m_spec, m_topology, m_plan, cluster, m_start, m_end).run(records, metrics, truths, m_stats);
}

} // namespace Opsight::Core::Sim
