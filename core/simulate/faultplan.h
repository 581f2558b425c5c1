// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"
#include "warehouse/workload.h"

#include <QString>
#include <unordered_map>
#include <vector>

namespace Opsight::Core {
struct SimulationSpec;
}

namespace Opsight::Core::Sim {

struct Topology;

// The ten per-host metrics, in the order the metric model computes them (load
// and temperature last: they follow CPU).
enum HostMetric : int {
    CpuUtil,
    MemUtil,
    DiskUtil,
    DiskIoUtil,
    DiskReadBytes,
    DiskWriteBytes,
    NetInBytes,
    NetOutBytes,
    Load1,
    Temperature,
    HostMetricCount
};
const char *hostMetricName(int metric);

// Everything the simulator injects. The ground-truth `kind` strings are listed
// in docs/simulator.md; keep both in step.
enum class FaultKind {
    MetricSpike,
    MetricDip,
    LevelShift,
    MemoryLeak,
    RunawayProcess,
    DiskDegraded,
    EccCorrectable,
    EccUncorrectable,
    PsuFailure,
    FanFailure,
    NicLinkFlap,
    LogBurst,
    LogNewTemplate,
    LogTemplateDropout,
    QueueContention,
    SensorStuck,
    // Recorded by the workload generator, which knows the jobs they hit.
    JobStraggler,
    JobFailed,
};
QString faultKindName(FaultKind kind);

struct Interval
{
    Timestamp start = 0;
    Timestamp end = 0;
    bool contains(Timestamp t) const { return t >= start && t < end; }
};

struct Fault
{
    FaultKind kind = FaultKind::MetricSpike;
    int host = -1; // fleet index; -1 for queue faults
    int cluster = 0;
    Timestamp start = 0;
    Timestamp end = 0; // exclusive; for crashes the end of the outage
    int metric = -1; // HostMetric for metric faults
    double magnitude = 0;
    int device = 0; // 1-based data disk (disk faults) or DIMM slot (ECC)
    std::vector<Interval> downs; // link-down periods of a NIC flap
    int queue = -1; // leaf queue index within the cluster (contention)

    bool active(Timestamp t) const { return t >= start && t < end; }
};

struct FaultPlan
{
    std::vector<Fault> faults;
    std::unordered_map<int, std::vector<int>> byHost; // host -> indices into faults

    std::vector<const Fault *> faultsOf(int host) const;
};

// Decides every fault before any data is generated, from its own random stream,
// so metrics, logs, hardware events and jobs of a host all see the same faults.
// Counts scale with host-days; each kind appears at least once when the fleet
// can show it (log faults need logs, contention needs the workload).
FaultPlan planFaults(const SimulationSpec &spec, const Topology &topology, Timestamp start, Timestamp end);

// The ground-truth record of a host fault (queue contention and job faults are
// recorded by the workload generator, which knows their real extent).
GroundTruth groundTruth(const Fault &fault, const Topology &topology);

// Template text that a log fault touches, as the log template miner writes it
// (variables as <*>).
QString logFaultTemplate(FaultKind kind);

} // namespace Opsight::Core::Sim
