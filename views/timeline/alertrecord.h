// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anomaly/alertscan.h"
#include "warehouse/alertstore.h"
#include "warehouse/eventreader.h"

#include <QString>

#include <optional>
#include <vector>

namespace Opsight::Views {

// One stored alert as the alert list and the timeline show it: the event and
// what its payload says, plus the operator's paper trail.
struct AlertRecord
{
    qint64 eventId = 0;
    Core::Timestamp start = 0;
    Core::Timestamp end = 0; // 0: still open
    QString severity;
    QString title;
    QString host;            // empty when the series has no host
    QString series;          // canonical key: metric{labels}
    QString metric;
    double peak = 0;
    Core::Timestamp peakTime = 0;
    bool flapping = false;
    QString incident;        // alerts of one host that overlap share it
    QString strongestView;   // which detector view explains it best: spike, shift, ...
    QString evidence;        // "spike 8.1σ, shift 3.2σ", for the tooltip
    qint64 silencedBy = 0;   // the rule that keeps it quiet now (or kept it at scan time)
    std::optional<Core::Acknowledgement> acknowledgement; // the latest, if any

    bool isSilenced() const { return silencedBy != 0; }
    bool isAcknowledged() const { return acknowledgement.has_value(); }
    // The series alert the core functions (feedback rules, silencing) work on.
    Core::SeriesAlert toSeriesAlert() const;
};

// Parses an event of kind "alert"; nullopt for anything else or a payload
// without a series.
std::optional<AlertRecord> alertFromEvent(const Core::StoredEvent &stored);

struct AlertLoad
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::vector<AlertRecord> alerts; // by start time
    std::vector<Core::Silence> silences; // every rule, expired ones included
};

// Reads the alerts overlapping [from, to) with their acknowledgements, and marks
// those a rule silences now (a rule added after the scan counts too). Opens its
// own read-only connection; safe on any thread, never throws.
AlertLoad loadAlerts(const QString &path, Core::Timestamp from, Core::Timestamp to);

} // namespace Opsight::Views
