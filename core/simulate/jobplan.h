// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QStringList>
#include <vector>

namespace Opsight::Core::Sim {

// The batch jobs of one leaf queue, as submitted: when they arrive, their task
// DAG, and how long each instance would take on a healthy host. The workload
// generator then schedules them and lets faults act on them.

// When a queue's jobs arrive: nightly ETL, business hours, mornings, any time.
enum class Pattern { Night, Business, Morning, Uniform };

struct QueueDef
{
    const char *name;
    double jobsPerDay; // per 20 workers
    Pattern pattern;
    double taskMinutes; // median task duration
    int minTasks, maxTasks;
    int minInstances, maxInstances;
    int cores; // per instance
    const char *engine;
    std::vector<const char *> users;
};

// The leaf queues of every cluster, in the order the fault plan refers to.
const std::vector<QueueDef> &queueDefs();

struct PlannedTask
{
    QString name;
    QStringList dependsOn;
    std::vector<int> deps; // indices of earlier tasks
    Timestamp gap = 0; // scheduling delay after the dependencies finish
    std::vector<Timestamp> jitter, duration;
    int cores = 1;
};

struct Job
{
    int seq = 0;
    int queue = 0;
    bool surge = false;
    QString name;
    QString user;
    Timestamp submit = 0;
    std::vector<PlannedTask> tasks;
    int cpuRequest = 0;
    Timestamp plannedDuration = 0;
    bool baselineFailure = false;
    quint64 seed = 0;
    // Realised when the scheduler starts it.
    Timestamp start = 0;
    Timestamp end = 0;
};

// A job of queue `q` (index into queueDefs()) with its own random stream.
// Task names follow the Alibaba trace: M1, R2_1, J3_1_2 (task 3 depends on 1
// and 2). `minTaskFactor` stretches short jobs (x the queue's median task).
Job planJob(quint64 seed, int cluster, int seq, int q, Timestamp submit, bool surge, double minTaskFactor = 0);

} // namespace Opsight::Core::Sim
