// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaninput.h"

#include "anomalydetector.h"
#include "countdetector.h"

#include <algorithm>

namespace Opsight::Core {

std::vector<Sample> readScanInput(MetricReader &reader, const SeriesInfo &series, const ScanInput &input,
                                  Timestamp firstData, Timestamp lastData)
{
    if (input.step <= 0)
        return reader.samples(series.id, input.from, input.to);
    std::vector<Sample> samples;
    const bool zeroFill = input.isCount(series.key);
    const RangeResult range = reader.range(series.id, input.from, input.to, input.step);
    samples.reserve(range.points.size());
    Timestamp next = range.points.empty() ? 0 : range.points.front().time;
    if (zeroFill && !range.points.empty() && firstData > 0) {
        // On the steps' grid, from where the window and the data both begin.
        const Timestamp begin = std::max(input.from, firstData);
        next = std::min(next, begin - (begin % input.step + input.step) % input.step);
    }
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
