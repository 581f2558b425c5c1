// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultplan.h"

#include "hardwareevents.h"
#include "simrandom.h"
#include "simtime.h"
#include "simulator.h"
#include "topology.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace Opsight::Core::Sim {

namespace {

// Faults per host-day. Disks are more than half of the hardware faults, as in
// the fleets the DAM articles describe.
struct Rate
{
    FaultKind kind;
    double perHostDay;
};
constexpr Rate kRates[] = {
    { FaultKind::MetricSpike, 1.0 / 100 },
    { FaultKind::MetricDip, 1.0 / 300 },
    { FaultKind::LevelShift, 1.0 / 350 },
    { FaultKind::MemoryLeak, 1.0 / 350 },
    { FaultKind::RunawayProcess, 1.0 / 350 },
    { FaultKind::DiskDegraded, 1.0 / 140 },
    { FaultKind::EccCorrectable, 1.0 / 700 },
    { FaultKind::EccUncorrectable, 1.0 / 1000 },
    { FaultKind::PsuFailure, 1.0 / 1000 },
    { FaultKind::FanFailure, 1.0 / 1000 },
    { FaultKind::NicLinkFlap, 1.0 / 700 },
    { FaultKind::LogBurst, 1.0 / 350 },
    { FaultKind::LogNewTemplate, 1.0 / 700 },
    { FaultKind::LogTemplateDropout, 1.0 / 700 },
};
// Kinds added since: planned after the ones above and the queue surges, from the
// same stream, so that a seed's earlier faults stay as they were and the
// detectors' figures on the simulated fleets compare across versions.
constexpr Rate kLaterRates[] = {
    { FaultKind::SensorStuck, 1.0 / 700 },
};

bool isPercent(int metric)
{
    return metric == CpuUtil || metric == MemUtil || metric == DiskUtil || metric == DiskIoUtil;
}

// The rate a host's role typically peaks at: a spike adds a few times this, so
// it stands out even when it hits a quiet hour (a multiple of a near-zero
// evening rate would not).
double peakRate(const SimHost &host, int metric)
{
    const bool disk = metric == DiskReadBytes || metric == DiskWriteBytes;
    switch (host.role) {
    case Role::Worker:
        return disk ? 7.0e8 : 5.0e8;
    case Role::Master:
        return disk ? 2.0e8 : 8.0e7;
    case Role::Gateway:
        break;
    }
    return disk ? 2.0e8 : 4.0e8;
}

bool isLogFault(FaultKind kind)
{
    return kind == FaultKind::LogBurst || kind == FaultKind::LogNewTemplate || kind == FaultKind::LogTemplateDropout;
}

class Planner
{
public:
    Planner(const SimulationSpec &spec, const Topology &topology, Timestamp start, Timestamp end)
        : m_spec(spec)
        , m_topology(topology)
        , m_start(start)
        , m_end(end)
        , m_rng(subSeed(spec.seed, "fault-plan"))
    {
        // Detectors need a baseline: nothing is injected on the first day (or
        // the first quarter of a short run).
        const Timestamp span = end - start;
        m_earliest = start + (span >= 2 * kDay ? kDay : span / 4);
        for (const SimCluster &cluster : topology.clusters)
            m_pool.insert(m_pool.end(), cluster.workers.begin(), cluster.workers.end());
        if (m_pool.empty())
            for (const SimHost &host : topology.hosts)
                m_pool.push_back(host.index);
        m_rng.shuffle(m_pool);
    }

    FaultPlan run()
    {
        for (const Rate &rate : kRates)
            addAtRate(rate);
        if (m_spec.workload)
            addQueueContention();
        for (const Rate &rate : kLaterRates)
            addAtRate(rate);
        FaultPlan plan;
        plan.faults = std::move(m_faults);
        for (size_t i = 0; i < plan.faults.size(); ++i)
            if (plan.faults[i].host >= 0)
                plan.byHost[plan.faults[i].host].push_back(int(i));
        return plan;
    }

private:
    void addAtRate(const Rate &rate)
    {
        if (isLogFault(rate.kind) && !m_spec.logs)
            return;
        const double hostDays = double(m_spec.hosts) * m_spec.days;
        const int count = std::max(1, int(std::lround(hostDays * rate.perHostDay)));
        for (int i = 0; i < count; ++i)
            add(rate.kind);
    }

    Timestamp align(Timestamp t) const
    {
        const Timestamp step = std::max<Timestamp>(m_spec.interval, kMinute);
        return m_start + (t - m_start) / step * step;
    }
    Timestamp minutes(double lo, double hi) { return Timestamp(m_rng.uniform(lo, hi) * double(kMinute)); }
    // At least a few samples long, whatever the interval.
    Timestamp atLeastSamples(Timestamp duration, int samples) const
    {
        return std::max(duration, Timestamp(samples) * m_spec.interval);
    }

    Interval window(Timestamp duration, bool untilEnd)
    {
        const Timestamp span = m_end - m_earliest;
        duration = std::min(duration, span * 3 / 4);
        Timestamp start = m_earliest;
        if (untilEnd)
            start = m_earliest + Timestamp(m_rng.uniform(0.0, 0.5) * double(span));
        else
            start = m_earliest + Timestamp(m_rng.uniform() * double(std::max<Timestamp>(1, span - duration)));
        start = align(start);
        return { start, untilEnd ? m_end : std::min(m_end, start + duration) };
    }

    bool overlaps(int host, const Interval &w) const
    {
        for (const Fault &f : m_faults)
            if (f.host == host && f.start < w.end + kHour && w.start < f.end + kHour)
                return true;
        return false;
    }

    // A fresh host while there are any; then one whose faults do not overlap.
    int pickHost(const Interval &w)
    {
        if (m_next < m_pool.size())
            return m_pool[m_next++];
        for (int attempt = 0; attempt < 32; ++attempt) {
            const int host = m_rng.pick(m_pool);
            if (!overlaps(host, w))
                return host;
        }
        return m_rng.pick(m_pool);
    }

    void add(FaultKind kind)
    {
        Fault f;
        f.kind = kind;
        Interval w;
        switch (kind) {
        case FaultKind::MetricSpike: {
            static const int metrics[] = { CpuUtil, NetInBytes, NetOutBytes, DiskReadBytes, DiskIoUtil };
            f.metric = m_rng.pick(metrics);
            f.magnitude = f.metric == CpuUtil || f.metric == DiskIoUtil ? m_rng.uniform(40, 60) : m_rng.uniform(3, 6);
            w = window(atLeastSamples(minutes(5, 30), 3), false);
            break;
        }
        case FaultKind::MetricDip: {
            static const int metrics[] = { NetInBytes, NetOutBytes, CpuUtil };
            f.metric = m_rng.pick(metrics);
            f.magnitude = m_rng.uniform(0.05, 0.2); // factor left
            w = window(atLeastSamples(minutes(20, 90), 4), false);
            break;
        }
        case FaultKind::LevelShift: {
            static const int metrics[] = { MemUtil, CpuUtil, DiskIoUtil };
            f.metric = m_rng.pick(metrics);
            f.magnitude = m_rng.uniform(15, 25);
            w = window(0, true);
            break;
        }
        case FaultKind::MemoryLeak:
            f.metric = MemUtil;
            w = window(minutes(12 * 60, 72 * 60), false);
            break;
        case FaultKind::RunawayProcess:
            f.metric = CpuUtil;
            w = window(minutes(2 * 60, 8 * 60), false);
            break;
        case FaultKind::DiskDegraded:
            f.metric = DiskIoUtil;
            w = window(minutes(24 * 60, 96 * 60), false);
            break;
        case FaultKind::EccCorrectable:
            w = window(minutes(6 * 60, 24 * 60), false);
            break;
        case FaultKind::EccUncorrectable:
            w = window(minutes(15, 30), false); // the outage after the machine check
            break;
        case FaultKind::PsuFailure:
            w = window(minutes(24 * 60, 48 * 60), false);
            break;
        case FaultKind::FanFailure:
            f.metric = Temperature;
            f.magnitude = m_rng.uniform(12, 18);
            w = window(minutes(2 * 60, 12 * 60), false);
            break;
        case FaultKind::NicLinkFlap:
            f.metric = NetInBytes;
            w = window(minutes(30, 120), false);
            break;
        case FaultKind::SensorStuck: // the BMC's reading freezes; nothing logs it
            f.metric = Temperature;
            w = window(minutes(6 * 60, 24 * 60), false);
            break;
        case FaultKind::LogBurst:
            f.magnitude = m_rng.uniform(20, 50); // lines per minute
            w = window(minutes(30, 90), false);
            break;
        case FaultKind::LogNewTemplate:
            w = window(0, true);
            break;
        case FaultKind::LogTemplateDropout:
            w = window(minutes(3 * 60, 12 * 60), false);
            break;
        case FaultKind::QueueContention:
        case FaultKind::JobStraggler:
        case FaultKind::JobFailed:
            return;
        }
        f.start = w.start;
        f.end = std::max(w.end, w.start + m_spec.interval);
        f.host = pickHost({ f.start, f.end });
        const SimHost &host = m_topology.hosts[size_t(f.host)];
        f.cluster = host.cluster;
        if (kind == FaultKind::DiskDegraded)
            f.device = int(m_rng.uniformInt(1, std::max(1, host.dataDisks)));
        else if (kind == FaultKind::EccCorrectable || kind == FaultKind::EccUncorrectable)
            f.device = int(m_rng.uniformInt(0, 11)); // DIMM slot A1..B6
        else if (kind == FaultKind::NicLinkFlap)
            planFlaps(f);
        else if (kind == FaultKind::MetricSpike && !isPercent(f.metric))
            f.magnitude = std::round((f.magnitude - 1) * peakRate(host, f.metric)); // bytes/s added
        m_faults.push_back(std::move(f));
    }

    // A flapping link goes down for a few minutes several times in the window.
    void planFlaps(Fault &f)
    {
        const int flaps = int(m_rng.uniformInt(3, 8));
        const Timestamp slot = (f.end - f.start) / flaps;
        for (int i = 0; i < flaps; ++i) {
            const Timestamp down = f.start + slot * i + Timestamp(m_rng.uniform(0, 0.5) * double(slot));
            const Timestamp length = std::min(atLeastSamples(minutes(1, 5), 1), slot / 2);
            f.downs.push_back({ down, std::min(f.end, down + length) });
        }
    }

    // One surge per cluster per ~10 days on the ad hoc or ML queue: demand well
    // above quota for a few hours of a working day.
    void addQueueContention()
    {
        const int clusterDays = int(m_topology.clusters.size()) * m_spec.days;
        const int count = std::max(1, int(std::lround(clusterDays / 10.0)));
        const int firstDay = m_spec.days >= 2 ? 1 : 0;
        std::vector<std::pair<int, Timestamp>> taken; // (cluster, day): one surge a day per cluster
        for (int i = 0; i < count; ++i) {
            Fault f;
            f.kind = FaultKind::QueueContention;
            f.cluster = int(i % m_topology.clusters.size());
            f.queue = m_rng.chance(0.7) ? 1 : 3; // adhoc or ml (see workloadgenerator.cpp)
            Timestamp dayStart = 0;
            for (int attempt = 0; attempt < 16; ++attempt) {
                const int day = int(m_rng.uniformInt(firstDay, m_spec.days - 1));
                dayStart = m_start + day * kDay;
                for (int d = 0; d < 7 && isWeekend(dayStart) && day + d + 1 < m_spec.days; ++d)
                    dayStart += kDay;
                if (std::find(taken.begin(), taken.end(), std::pair(f.cluster, dayStart)) == taken.end())
                    break;
            }
            if (std::find(taken.begin(), taken.end(), std::pair(f.cluster, dayStart)) != taken.end())
                continue;
            taken.emplace_back(f.cluster, dayStart);
            f.start = align(dayStart + minutes(9 * 60, 13 * 60));
            f.end = std::min(m_end, f.start + minutes(2 * 60, 5 * 60));
            f.magnitude = m_rng.uniform(1.8, 2.6); // demand as a multiple of quota
            m_faults.push_back(std::move(f));
        }
    }

    const SimulationSpec &m_spec;
    const Topology &m_topology;
    Timestamp m_start;
    Timestamp m_end;
    Timestamp m_earliest;
    Rng m_rng;
    std::vector<int> m_pool;
    size_t m_next = 0;
    std::vector<Fault> m_faults;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

const char *hostMetricName(int metric)
{
    static const char *const names[HostMetricCount] = { "cpu_util_percent", "mem_util_percent", "disk_util_percent",
        "disk_io_util_percent", "disk_read_bytes_per_second", "disk_write_bytes_per_second", "net_in_bytes_per_second",
        "net_out_bytes_per_second", "load1", "temperature_celsius" };
    return metric >= 0 && metric < HostMetricCount ? names[metric] : "";
}

QString faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::MetricSpike:
        return QStringLiteral("metric_spike");
    case FaultKind::MetricDip:
        return QStringLiteral("metric_dip");
    case FaultKind::LevelShift:
        return QStringLiteral("level_shift");
    case FaultKind::MemoryLeak:
        return QStringLiteral("memory_leak");
    case FaultKind::RunawayProcess:
        return QStringLiteral("runaway_process");
    case FaultKind::DiskDegraded:
        return QStringLiteral("disk_degraded");
    case FaultKind::EccCorrectable:
        return QStringLiteral("ecc_correctable");
    case FaultKind::EccUncorrectable:
        return QStringLiteral("ecc_uncorrectable");
    case FaultKind::PsuFailure:
        return QStringLiteral("psu_failure");
    case FaultKind::FanFailure:
        return QStringLiteral("fan_failure");
    case FaultKind::NicLinkFlap:
        return QStringLiteral("nic_link_flap");
    case FaultKind::LogBurst:
        return QStringLiteral("log_burst");
    case FaultKind::LogNewTemplate:
        return QStringLiteral("log_new_template");
    case FaultKind::LogTemplateDropout:
        return QStringLiteral("log_template_dropout");
    case FaultKind::QueueContention:
        return QStringLiteral("queue_contention");
    case FaultKind::SensorStuck:
        return QStringLiteral("sensor_stuck");
    case FaultKind::JobStraggler:
        return QStringLiteral("job_straggler");
    case FaultKind::JobFailed:
        return QStringLiteral("job_failed");
    }
    return {};
}

QString logFaultTemplate(FaultKind kind)
{
    switch (kind) {
    case FaultKind::LogBurst:
        return QStringLiteral("Failed password for invalid user <*> from <*> port <*> <*>");
    case FaultKind::LogNewTemplate:
        return QStringLiteral("Container [pid=<*>,containerID=<*>] is running <*> beyond the 'PHYSICAL' memory limit. "
                              "Current usage: <*> GB of <*> GB physical memory used; <*> GB of <*> GB virtual memory "
                              "used. Killing container.");
    case FaultKind::LogTemplateDropout:
        return QStringLiteral("Received <*> size <*> from <*>");
    default:
        return {};
    }
}

std::vector<const Fault *> FaultPlan::faultsOf(int host) const
{
    std::vector<const Fault *> out;
    if (const auto it = byHost.find(host); it != byHost.end())
        for (const int i : it->second)
            out.push_back(&faults[size_t(i)]);
    return out;
}

FaultPlan planFaults(const SimulationSpec &spec, const Topology &topology, Timestamp start, Timestamp end)
{
    return Planner(spec, topology, start, end).run();
}

GroundTruth groundTruth(const Fault &fault, const Topology &topology)
{
    GroundTruth truth;
    truth.kind = faultKindName(fault.kind);
    truth.entityKind = QStringLiteral("host");
    truth.entity = topology.hosts[size_t(fault.host)].name;
    truth.startTime = fault.start;
    truth.endTime = fault.end;
    if (fault.metric >= 0)
        truth.metric = QString::fromLatin1(hostMetricName(fault.metric));
    QJsonObject details;
    switch (fault.kind) {
    case FaultKind::MetricSpike:
    case FaultKind::LevelShift:
        details[QStringLiteral("magnitude")] = std::round(fault.magnitude * 100) / 100;
        details[QStringLiteral("unit")]
            = isPercent(fault.metric) ? QStringLiteral("percentage points") : QStringLiteral("bytes/s added");
        break;
    case FaultKind::MetricDip:
        details[QStringLiteral("factor")] = std::round(fault.magnitude * 100) / 100;
        break;
    case FaultKind::DiskDegraded:
        details[QStringLiteral("device")] = QString(QStringLiteral("/dev/") + dataDiskDevice(fault.device));
        details[QStringLiteral("mount")] = QStringLiteral("/data/%1").arg(fault.device);
        break;
    case FaultKind::EccCorrectable:
    case FaultKind::EccUncorrectable:
        details[QStringLiteral("dimm")] = dimmName(fault.device);
        break;
    case FaultKind::FanFailure:
        details[QStringLiteral("temperature_rise")] = std::round(fault.magnitude * 10) / 10;
        break;
    case FaultKind::SensorStuck:
        details[QStringLiteral("sensor")] = QStringLiteral("CPU1 Temp");
        break;
    case FaultKind::NicLinkFlap:
        details[QStringLiteral("interface")] = QStringLiteral("eth0");
        details[QStringLiteral("flaps")] = int(fault.downs.size());
        break;
    case FaultKind::LogBurst:
        details[QStringLiteral("source")] = QStringLiteral("sshd");
        details[QStringLiteral("lines_per_minute")] = std::round(fault.magnitude);
        break;
    case FaultKind::LogNewTemplate:
        details[QStringLiteral("source")] = QStringLiteral("yarn-nodemanager");
        break;
    case FaultKind::LogTemplateDropout:
        details[QStringLiteral("source")] = QStringLiteral("hdfs-datanode");
        break;
    default:
        break;
    }
    if (fault.kind == FaultKind::LogBurst || fault.kind == FaultKind::LogNewTemplate
        || fault.kind == FaultKind::LogTemplateDropout)
        truth.metric = logFaultTemplate(fault.kind);
    truth.details = compact(details);
    return truth;
}

} // namespace Opsight::Core::Sim
