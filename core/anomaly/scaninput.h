// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/metricreader.h"

#include <QStringList>

namespace Opsight::Core {

// How `anomaly scan` sees a series: means per step (counts summed), with steps
// of count metrics that have no samples read as 0 up to the warehouse's last data,
// and counters as their rate per second.
struct ScanInput
{
    Timestamp from = kEarliest;
    Timestamp to = kLatest;
    Timestamp step = 5 * kMinute; // 0: raw samples
    QStringList zeroFilledMetrics = {QStringLiteral("log_template_lines")};

    // Counts of events per step: zero-filled, summed, judged by the count detector.
    bool isCount(const SeriesKey &key) const { return zeroFilledMetrics.contains(QString::fromStdString(key.metric)); }
};

// Prometheus' naming: a counter's name ends in _total (OpenMetrics requires it), and
// a histogram's or summary's _count, _sum and _bucket series are counters too.
bool hasCounterName(const std::string &metric);

// A counter's rate per second between consecutive samples. A fall is a restart
// and gives no rate (with means per step, a step may hold both sides of it); nor
// do the first sample and samples at one time.
std::vector<Sample> counterRates(const std::vector<Sample> &counter);

// Whether a series is judged as a counter: its name says so and its values rarely
// fall (at most 1 step in 20: restarts).
bool looksLikeACounter(const SeriesKey &key, const std::vector<Sample> &values);

// The samples the detector gets for one series. A series with a counter's name
// whose values rarely fall (at most 1 step in 20: restarts) is judged by its
// rate: its level only ever grows, and a restart's fall is no anomaly. [firstData, lastData) is the
// warehouse's data (first sample or event to one past the last): a count reads
// as 0 across all of it that the input's window covers, before its first event
// too, since a template a host has not written yet is a count of 0 there.
std::vector<Sample> readScanInput(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                                  Timestamp firstData, Timestamp lastData);

// The detector's score for every sample, as a scan would compute it (the count
// detector for `counts`).
std::vector<double> scoreSamples(const std::vector<Sample> &samples, bool counts = false);

} // namespace Opsight::Core
