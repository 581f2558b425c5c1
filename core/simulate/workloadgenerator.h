// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultplan.h"

#include <vector>

namespace Opsight::Core {
class MetricWriter;
class RecordWriter;
struct SimulationSpec;
} // namespace Opsight::Core

namespace Opsight::Core::Sim {

struct Topology;

// Leaf queues of every cluster, in this order (the fault plan refers to them by
// index): etl (nightly batch), adhoc (business hours), report (mornings), ml
// (long training jobs), default.
int leafQueueCount();
QString queueName(const QString &cluster, int leaf); // "c1.root.adhoc"; -1: "c1.root"

// The batch platform of each cluster: queues with quotas, jobs with Alibaba
// trace-style task DAGs (M1, R2_1, J3_1_2), instances on worker hosts, and the
// demand and usage of each queue as series. Jobs are started first in, first out
// per queue under its burst ceiling, so a demand surge makes jobs wait. A
// degraded disk slows the instances that hit it (stragglers); a host crash fails
// the jobs running there. Ground truth: job_straggler, job_failed,
// queue_contention.
class WorkloadGenerator final
{
public:
    struct Stats
    {
        qint64 jobs = 0;
        qint64 tasks = 0;
        qint64 instances = 0;
        qint64 samples = 0;
    };

    WorkloadGenerator(
        const SimulationSpec &spec, const Topology &topology, const FaultPlan &plan, Timestamp start, Timestamp end);

    // One cluster at a time keeps memory bounded for large fleets. The hosts
    // must already be written.
    void writeCluster(int cluster, RecordWriter &records, MetricWriter &metrics, std::vector<GroundTruth> &truths);
    const Stats &stats() const { return m_stats; }

private:
    const SimulationSpec &m_spec;
    const Topology &m_topology;
    const FaultPlan &m_plan;
    Timestamp m_start;
    Timestamp m_end;
    Stats m_stats;
};

} // namespace Opsight::Core::Sim
