// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup.h"

#include <cmath>

namespace Opsight::Core {

std::vector<RollupPoint> buildRollup(const std::vector<Sample> &samples, Timestamp resolution)
{
    std::vector<RollupPoint> points;
    if (samples.empty())
        return points;
    std::vector<double> values(samples.size());
    for (size_t i = 0; i < samples.size(); ++i)
        values[i] = samples[i].value;
    const std::optional<int> exponent = ChunkCodec::decimalExponent(values.data(), values.size());
    const double scale = exponent ? std::pow(10.0, *exponent) : 1.0;

    qint64 mantissaSum = 0;
    auto closeBucket = [&](RollupPoint &p) {
        if (exponent)
            p.sum = double(mantissaSum) / scale;
        points.push_back(p);
    };
    RollupPoint current;
    for (const Sample &s : samples) {
        const Timestamp bucket = blockStart(s.time, resolution);
        if (current.count == 0 || bucket != current.time) {
            if (current.count)
                closeBucket(current);
            current = RollupPoint{bucket, s.value, s.value, 0, 0};
            mantissaSum = 0;
        }
        // NaN samples (stale markers) count but don't move min/max.
        if (!std::isnan(s.value)) {
            current.min = std::isnan(current.min) ? s.value : std::min(current.min, s.value);
            current.max = std::isnan(current.max) ? s.value : std::max(current.max, s.value);
        }
        if (exponent)
            mantissaSum += std::llround(s.value * scale);
        else
            current.sum += s.value;
        ++current.count;
    }
    closeBucket(current);
    return points;
}

std::vector<RollupPoint> spliceRollup(const std::vector<RollupPoint> &existing, Timestamp from, Timestamp to,
                                      const std::vector<RollupPoint> &replacement)
{
    std::vector<RollupPoint> out;
    out.reserve(existing.size() + replacement.size());
    auto it = existing.begin();
    while (it != existing.end() && it->time < from)
        out.push_back(*it++);
    out.insert(out.end(), replacement.begin(), replacement.end());
    while (it != existing.end() && it->time < to)
        ++it;
    out.insert(out.end(), it, existing.end());
    return out;
}

bool finerThan(const std::vector<Sample> &samples, Timestamp resolution)
{
    for (size_t i = 1; i < samples.size(); ++i)
        if (blockStart(samples[i].time, resolution) == blockStart(samples[i - 1].time, resolution))
            return true;
    return false;
}

} // namespace Opsight::Core
