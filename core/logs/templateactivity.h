// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/logreader.h"

#include <QCoreApplication>

namespace Opsight::Core {

class Warehouse;

// What one template family did in a window: the log view's rows and
// `opsight-cli logs templates`.
struct TemplateActivity
{
    LogTemplateFamily family;
    qint64 windowLines = 0;      // lines in the window (of the host, when one is asked for)
    std::vector<double> buckets; // lines per equal slice of the window
    bool isNew = false;          // first seen in the window, after the source's learning period
    bool isRare = false;         // a handful of lines over a long history
    int alerts = 0;              // stored alerts on its count series in the window
    QString alertSeverity;       // the strongest of them
    QStringList alertKinds;      // detectors or views that fired: "new template", "spike", ...
};

struct TemplateActivityRequest
{
    QString source;              // empty: the first source
    QString host;                // empty: every host
    Timestamp from = 0;          // from == to: the source's whole span
    Timestamp to = 0;
    int buckets = 48;
};

struct TemplateActivityReport
{
    LogSourceInfo source;
    std::vector<LogSourceInfo> sources; // every source, for pickers
    QStringList hosts;                  // hosts that wrote lines of the source
    Timestamp from = 0;
    Timestamp to = 0;
    Timestamp bucket = 0;               // width of one bucket
    qint64 windowLines = 0;
    std::vector<TemplateActivity> templates; // most lines in the window first; families merged away last
};

// The log source whose templates most recently turned up new or rare (by the
// stored alerts), for a page that opens on what needs a look; empty: none did.
QString latestNoveltySource(Warehouse &warehouse);

// Reads the families of a source with their counts per bucket (from the
// `log_template_lines` series, so rollups answer long windows), marks new and
// rare ones by the rules the anomaly scan alerts on (countnovelty.h), and counts
// the stored alerts of each. Throws Error for an unknown source.
TemplateActivityReport readTemplateActivity(Warehouse &warehouse, const TemplateActivityRequest &request);

} // namespace Opsight::Core
