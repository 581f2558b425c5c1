// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/metricreader.h"

#include <QStringList>

namespace Opsight::Core {

// How `anomaly scan` sees a series: means per step (counts summed), with steps
// of count metrics that have no samples read as 0 up to the warehouse's last data.
struct ScanInput
{
    Timestamp from = kEarliest;
    Timestamp to = kLatest;
    Timestamp step = 5 * kMinute; // 0: raw samples
    QStringList zeroFilledMetrics = {QStringLiteral("log_template_lines")};

    // Counts of events per step: zero-filled, summed, judged by the count detector.
    bool isCount(const SeriesKey &key) const { return zeroFilledMetrics.contains(QString::fromStdString(key.metric)); }
};

// The samples the detector gets for one series. [firstData, lastData) is the
// warehouse's data (first sample or event to one past the last): a count reads
// as 0 across all of it that the input's window covers, before its first event
// too, since a template a host has not written yet is a count of 0 there.
std::vector<Sample> readScanInput(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                                  Timestamp firstData, Timestamp lastData);

// The detector's score for every sample, as a scan would compute it (the count
// detector for `counts`).
std::vector<double> scoreSamples(const std::vector<Sample> &samples, bool counts = false);

} // namespace Opsight::Core
