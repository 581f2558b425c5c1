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
};

// The samples the detector gets for one series. `lastData` is one past the
// warehouse's last sample or event: zero-filling stops there.
std::vector<Sample> readScanInput(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                                  Timestamp lastData);

// The detector's score for every sample, as a scan would compute it.
std::vector<double> scoreSamples(const std::vector<Sample> &samples);

} // namespace Opsight::Core
