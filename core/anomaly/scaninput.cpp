// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaninput.h"

#include "anomalydetector.h"

namespace Opsight::Core {

std::vector<Sample> readScanInput(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                                  Timestamp lastData)
{
    if (input.step <= 0)
        return reader.samples(series.id, input.from, input.to);
    std::vector<Sample> samples;
    const bool zeroFill = input.zeroFilledMetrics.contains(QString::fromStdString(series.key.metric));
    const RangeResult range = reader.range(series.id, input.from, input.to, input.step);
    samples.reserve(range.points.size());
    Timestamp next = range.points.empty() ? 0 : range.points.front().time;
    for (const RangePoint &p : range.points) {
        for (; zeroFill && next < p.time; next += input.step)
            samples.push_back({next, 0.0});
        // A count's step holds the sum of its samples, not their mean.
        samples.push_back({p.time, zeroFill ? p.mean * double(p.count) : p.mean});
        next = p.time + input.step;
    }
    for (; zeroFill && !samples.empty() && next < std::min(input.to, lastData); next += input.step)
        samples.push_back({next, 0.0});
    return samples;
}

std::vector<double> scoreSamples(const std::vector<Sample> &samples)
{
    AnomalyDetector detector;
    std::vector<double> scores;
    scores.reserve(samples.size());
    for (const Sample &s : samples)
        scores.push_back(detector.update(s.time, s.value));
    return scores;
}

} // namespace Opsight::Core
