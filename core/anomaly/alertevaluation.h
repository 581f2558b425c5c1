// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/eventreader.h"

#include <map>
#include <vector>

namespace Opsight::Core {

// Alerts against injected ground truth. A fault counts as detected when an alert
// on its entity (the host, or a series labelled with the queue) overlaps its
// window widened by `slack`; an alert counts as true when it overlaps some fault
// of its entity that way.
struct AlertEvaluation
{
    struct PerKind
    {
        qint64 faults = 0;
        qint64 detected = 0;
        // Of the detected ones: the first alert's start less the fault's. An alert
        // already open counts from the slack's start: at most `slack` early.
        std::vector<Timestamp> delays;
    };
    std::map<QString, PerKind> kinds; // by ground-truth kind
    // By host group (the hosts' role, say; queues form one group): where the
    // faults are missed and where the false alerts come from.
    struct PerGroup
    {
        qint64 faults = 0;
        qint64 detected = 0;
        qint64 alerts = 0;
        qint64 trueAlerts = 0;
        std::vector<Timestamp> delays;
    };
    std::map<QString, PerGroup> groups;
    std::vector<Timestamp> delays; // every detected fault's
    struct PerMetric
    {
        qint64 alerts = 0;
        qint64 trueAlerts = 0;
    };
    std::map<QString, PerMetric> metrics; // alerts by their series' metric: where false ones come from
    qint64 faults = 0;      // with an entity alerts can name (hosts, queues)
    qint64 detected = 0;
    qint64 alerts = 0;      // not silenced
    qint64 otherFaults = 0;   // left out: truth about jobs and other entities no alert names
    qint64 silencedAlerts = 0; // left out: muted by a rule
    qint64 fleetAlerts = 0;    // left out: hosts' parts of fleet-wide episodes (the episode's alert counts)
    qint64 trueAlerts = 0;
    // What an operator reads: each incident once, and the alerts outside any;
    // an incident is true when one of its alerts is.
    qint64 incidents = 0;
    qint64 notices = 0;
    qint64 trueNotices = 0;
    double recall() const { return faults ? double(detected) / double(faults) : 0; }
    double precision() const { return alerts ? double(trueAlerts) / double(alerts) : 0; }
    double noticePrecision() const { return notices ? double(trueNotices) / double(notices) : 0; }
};

// `hostGroups`: each host's group (hosts not in it, and alerts with no host or
// queue, fall in ""); queues are the group "queues".
AlertEvaluation evaluateAlerts(const std::vector<StoredEvent> &alerts, const std::vector<GroundTruth> &truth,
                               Timestamp slack = 30 * kMinute, const std::map<QString, QString> &hostGroups = {});

// The q-quantile (0.5: the median) of detection delays, by the nearest rank; 0 when empty.
Timestamp delayQuantile(std::vector<Timestamp> delays, double q);

} // namespace Opsight::Core
