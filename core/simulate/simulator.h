// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"
#include "common/timeutil.h"

#include <QString>

namespace Opsight::Core {

class Warehouse;

struct SimulationSpec
{
    int hosts = 50;
    int days = 14;
    quint64 seed = 1;
    Timestamp start = 0;            // 0: the fixed default start (a Monday, 00:00 UTC)
    Timestamp interval = kMinute;   // metric sample interval
    bool logs = true;               // generate log lines
    bool workload = true;           // generate queues, jobs, tasks, instances
};

struct SimulationResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 samples = 0;
    qint64 events = 0;
    qint64 logLines = 0;
    qint64 jobs = 0;
    qint64 faults = 0; // ground-truth records
};

// Generates a realistic, deterministic fleet into `warehouse` in one transaction:
// the same spec (seed included) always yields the same content digest.
SimulationResult simulateFleet(Warehouse &warehouse, const SimulationSpec &spec,
                               const ProgressCallback &progress = {});

} // namespace Opsight::Core
