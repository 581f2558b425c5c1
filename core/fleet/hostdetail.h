// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleetdata.h"
#include "warehouse/eventreader.h"

#include <QCoreApplication>

namespace Opsight::Core {

class Warehouse;

// One task instance that ran on the host.
struct HostRun
{
    QString job;
    QString jobStatus;
    QString task;
    int index = 0;
    QString status;
    Timestamp start = 0;
    Timestamp end = 0;
    double cpuAverage = 0;
    double memoryAverageGiB = 0;
};

// A log template the host wrote lines of.
struct HostLogTemplate
{
    QString source;
    qint64 templateId = 0; // log_template.id
    qint64 family = 0;     // the `template` label of its count series
    QString text;
    qint64 lines = 0;  // in the window
    Timestamp first = 0;
    Timestamp last = 0;
};

// Everything the host view shows about one host over [from, to): its dimensions,
// metric names, events of every kind, the task instances that ran on it, the log
// templates it wrote, and its health and peer comparison at `to` (from the same
// fleet read as the fleet views, so the numbers agree).
struct HostDetail
{
    HostRecord host;
    Timestamp from = 0;
    Timestamp to = 0;
    std::vector<std::string> metrics;
    std::vector<StoredEvent> events;
    std::vector<HostRun> runs;           // by start, newest first
    std::vector<HostLogTemplate> templates; // by lines, most first
    HostHealth health;
    std::optional<PeerOutlier> outlier;  // when its group flags it
    PeerComparison peers;
    std::vector<std::string> profileMetrics; // names for PeerDeviation::metric
};

// Throws Error naming the host when the warehouse has no such host.
HostDetail readHostDetail(Warehouse &warehouse, const QString &host, Timestamp from, Timestamp to);

} // namespace Opsight::Core
