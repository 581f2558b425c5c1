// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertscan.h"
#include "warehouse/alertstore.h"
#include "warehouse/eventreader.h"

#include <QString>

#include <optional>
#include <vector>

namespace Opsight::Core {

// One stored alert (an event of kind "alert" from `anomaly scan`) as lists show
// it: the event and what its payload says, plus the operator's paper trail.
struct StoredAlert
{
    qint64 eventId = 0;
    Timestamp start = 0;
    Timestamp end = 0; // 0: still open
    QString severity;
    QString title;
    QString host;            // empty when the series has no host
    QString series;          // canonical key: metric{labels}
    QString metric;
    double peak = 0;
    Timestamp peakTime = 0;
    double fireThreshold = 0; // of the scan that stored it (0: stored before scans kept it)
    bool flapping = false;
    bool open = false;       // still going at the last sample its scan read
    Labels placement;        // its host's groups (cluster, rack, role), for rules by group
    QString incident;        // related alerts share it (incidents.h)
    QString incidentTitle;   // "5 related anomalies on 5 hosts of rack c1-r03", when stored
    QString strongestView;   // which detector view explains it best: spike, shift, new template, ...
    QString detector;        // empty: the streaming detector; new_template, rare_template, fleet_wide
    bool fleetWide = false;  // one host's part of a fleet-wide episode, kept at info
    QString evidence;        // "spike 8.1σ, shift 3.2σ", for the tooltip
    AnomalyEvidence measures; // its numbers, for feedback rules that judge by them
    Timestamp anomalySince = 0; // a stall's first sample, before the alert fired (0: none)
    Timestamp heldSince = 0;    // held open from here while its level stood (0: not held)...
    double heldEdge = 0;        // ...beyond this percentile of the week before:
    bool heldAbove = true;      // the 99th (above it) or the 1st (below it)
    qint64 silencedBy = 0;   // the rule that keeps it quiet now (or kept it at scan time)
    std::optional<Acknowledgement> acknowledgement; // the latest, if any

    bool isSilenced() const { return silencedBy != 0; }
    bool isAcknowledged() const { return acknowledgement.has_value(); }
    // The series alert the core functions (feedback rules, silencing) work on.
    SeriesAlert toSeriesAlert() const;
};

// Parses an event of kind "alert"; nullopt for anything else or a payload
// without a series.
std::optional<StoredAlert> alertFromEvent(const StoredEvent &stored);

// The incident an alert (or incident) event belongs to, from its payload; empty for none.
QString incidentOf(const Event &event);

// Reads the alerts overlapping [from, to) with their acknowledgements, and marks
// those a rule silences now (a rule added after the scan counts too).
std::vector<StoredAlert> readStoredAlerts(Database &db, Timestamp from, Timestamp to,
                                          const std::vector<Silence> &silences);

} // namespace Opsight::Core
