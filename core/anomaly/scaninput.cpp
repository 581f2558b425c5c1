// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaninput.h"

#include "anomalydetector.h"
#include "countdetector.h"
#include "warehouse/chunkcodec.h"

#include <algorithm>

namespace Opsight::Core {

namespace {
constexpr double kMostStepsFallAtMost = 0.05; // a counter only falls when it restarts

// The series per step as ScanInput describes it, before a counter becomes its rate.
std::vector<Sample> readSteps(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                              Timestamp firstData, Timestamp lastData)
{
    if (input.step <= 0)
        return reader.samples(series.id, input.from, input.to);
    std::vector<Sample> samples;
    const bool zeroFill = input.isCount(series.key);
    const RangeResult range = reader.range(series.id, input.from, input.to, input.step);
    samples.reserve(range.points.size());
    // The scan judges steps on their grid: a point stands at its first sample's
    // time (the plot's choice), its step at the step's start.
    const auto onGrid = [&](const RangePoint &p) { return blockStart(p.time, input.step); };
    Timestamp next = range.points.empty() ? 0 : onGrid(range.points.front());
    if (zeroFill && !range.points.empty() && firstData > 0) {
        // On the steps' grid, from where the window and the data both begin.
        const Timestamp begin = std::max(input.from, firstData);
        next = std::min(next, begin - (begin % input.step + input.step) % input.step);
    }
    for (const RangePoint &p : range.points) {
        const Timestamp at = onGrid(p);
        for (; zeroFill && next < at; next += input.step)
            samples.push_back({next, 0.0});
        // A count's step holds the sum of its samples, not their mean.
        samples.push_back({at, zeroFill ? p.mean * double(p.count) : p.mean});
        next = at + input.step;
    }
    for (; zeroFill && !samples.empty() && next < std::min(input.to, lastData); next += input.step)
        samples.push_back({next, 0.0});
    return samples;
}
} // namespace

bool hasCounterName(const std::string &metric)
{
    return metric.ends_with("_total") || metric.ends_with("_count") || metric.ends_with("_sum")
        || metric.ends_with("_bucket");
}

bool looksLikeACounter(const SeriesKey &key, const std::vector<Sample> &values)
{
    if (!hasCounterName(key.metric) || values.size() < 3)
        return false;
    size_t falls = 0;
    for (size_t i = 1; i < values.size(); ++i)
        falls += values[i].value < values[i - 1].value ? 1 : 0;
    return double(falls) <= kMostStepsFallAtMost * double(values.size() - 1);
}

std::vector<Sample> counterRates(const std::vector<Sample> &counter)
{
    std::vector<Sample> rates;
    rates.reserve(counter.size());
    for (size_t i = 1; i < counter.size(); ++i) {
        const Timestamp interval = counter[i].time - counter[i - 1].time;
        // A fall is a restart. What it counted since is unknown when the values
        // are means per step (a step may hold both sides of the restart): no rate.
        if (interval <= 0 || counter[i].value < counter[i - 1].value)
            continue;
        rates.push_back({counter[i].time, (counter[i].value - counter[i - 1].value) / (double(interval) / double(kSecond))});
    }
    return rates;
}

std::vector<Sample> readScanInput(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                                  Timestamp firstData, Timestamp lastData)
{
    std::vector<Sample> samples = readSteps(reader, series, input, firstData, lastData);
    if (!input.isCount(series.key) && looksLikeACounter(series.key, samples))
        return counterRates(samples);
    return samples;
}


std::vector<double> scoreSamples(const std::vector<Sample> &samples, bool counts)
{
    AnomalyDetector detector;
    CountDetector countDetector;
    std::vector<double> scores;
    scores.reserve(samples.size());
    for (const Sample &s : samples)
        scores.push_back(counts ? countDetector.update(s.time, s.value) : detector.update(s.time, s.value));
    return scores;
}

} // namespace Opsight::Core
