// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QStringList>

namespace Opsight::Core {

// Dimension records of the batch platform: queues, jobs, their task DAGs and the
// task instances that ran on hosts. Names are the external ids of the platform.
struct QueueRecord
{
    QString name;
    QString cluster;
    QString parent;          // empty for a root queue
    double quotaCpu = 0;     // guaranteed cores
    double quotaMemoryGiB = 0;
    double maxCpu = 0;       // burst ceiling, cores (0: no ceiling)
};

struct JobRecord
{
    QString name;
    QString queue;
    QString user;
    QString cluster;
    Timestamp submitTime = 0;
    Timestamp startTime = 0;
    Timestamp endTime = 0;
    QString status;          // succeeded, failed, killed, running, waiting
    double cpuRequest = 0;   // cores
    double memoryRequestGiB = 0;
    QByteArray config = "{}"; // compact JSON: the job's settings
};

struct TaskRecord
{
    QString job;
    QString name;             // e.g. "R3_1_2" in the Alibaba trace convention
    QStringList dependsOn;    // task names in the same job
    Timestamp startTime = 0;
    Timestamp endTime = 0;
    QString status;
    int instanceCount = 0;
    double cpuRequest = 0;
    double memoryRequestGiB = 0;
};

struct InstanceRecord
{
    QString job;
    QString task;
    int index = 0;
    QString host;
    Timestamp startTime = 0;
    Timestamp endTime = 0;
    QString status;
    double cpuAverage = 0;    // cores used on average
    double memoryAverageGiB = 0;
};

// What the simulator injected, so detectors can be scored: what, where, when.
struct GroundTruth
{
    QString kind;       // disk_degraded, runaway_process, ecc_errors, metric_spike, ...
    QString entityKind; // host, rack, job, log_source, ...
    QString entity;
    Timestamp startTime = 0;
    Timestamp endTime = 0;
    QString metric;     // the metric or log template most affected, when one is
    QByteArray details = "{}";
};

} // namespace Opsight::Core
