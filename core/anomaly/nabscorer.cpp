// SPDX-License-Identifier: GPL-3.0-or-later
#include "nabscorer.h"

#include <algorithm>
#include <cmath>

namespace Opsight::Core {

namespace {

double scaledSigmoid(double relativePosition)
{
    if (relativePosition > 3.0) // a false positive well after its window
        return -1.0;
    return 2.0 / (1.0 + std::exp(5.0 * relativePosition)) - 1.0;
}

// One scored row: its anomaly score, and what a detection there is worth.
struct Point
{
    double anomalyScore;
    double weight;  // TP weight inside a window, negative FP weight outside
    int window;     // global window index, -1 outside
    int file;
};

} // namespace

NabResult scoreNab(const std::vector<NabFile> &files, const NabProfile &profile)
{
    std::vector<Point> points;
    std::vector<int> windowFile; // the file of each window
    int windowCount = 0;
    const double maxTruePositive = scaledSigmoid(-1.0);
    for (const NabFile &file : files) {
        const size_t rows = std::min(file.times.size(), file.scores.size());
        const size_t probation = size_t(std::min(std::floor(0.15 * double(rows)), 0.15 * 5000));
        // Window limits as row indices: first row at or after the start, last row
        // at or before the end.
        std::vector<std::pair<size_t, size_t>> limits;
        for (const auto &[start, end] : file.windows) {
            const size_t first = size_t(std::lower_bound(file.times.begin(), file.times.begin() + qsizetype(rows), start)
                                        - file.times.begin());
            size_t last = size_t(std::upper_bound(file.times.begin(), file.times.begin() + qsizetype(rows), end)
                                 - file.times.begin());
            if (first >= rows || last == 0 || last - 1 < first)
                continue;
            limits.emplace_back(first, last - 1);
        }
        size_t next = 0;
        int current = -1;
        size_t currentRight = 0;
        double currentWidth = 0, previousWidth = 0;
        qint64 previousRight = -1;
        const int firstWindow = windowCount;
        windowCount += int(limits.size());
        windowFile.insert(windowFile.end(), limits.size(), int(&file - files.data()));
        for (size_t i = 0; i < rows; ++i) {
            if (current < 0 && next < limits.size() && i == limits[next].first) {
                current = firstWindow + int(next);
                currentRight = limits[next].second;
                currentWidth = double(limits[next].second - limits[next].first + 1);
                ++next;
            }
            double weight;
            if (current >= 0) {
                const double position = -double(currentRight - i + 1) / currentWidth;
                weight = scaledSigmoid(position) * profile.truePositive / maxTruePositive;
            } else if (previousRight < 0) {
                weight = -profile.falsePositive; // before any window: full penalty
            } else {
                const double past = std::abs(double(previousRight) - double(i)) / std::max(1.0, previousWidth - 1.0);
                weight = scaledSigmoid(past) * profile.falsePositive;
            }
            if (i >= probation)
                points.push_back({file.scores[i], weight, current, int(&file - files.data())});
            if (current >= 0 && i == currentRight) {
                previousRight = qint64(i);
                previousWidth = currentWidth;
                current = -1;
            }
        }
    }

    // Sweep the threshold down through every distinct score: a window counts its
    // best (earliest) detection, every detection outside windows adds its cost.
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.anomalyScore > b.anomalyScore; });
    std::vector<double> windowBest(size_t(windowCount), -1e300);
    double raw = -profile.falseNegative * windowCount; // nothing detected
    const double nullScore = raw;
    const double perfect = profile.truePositive * windowCount;
    NabResult best;
    best.rawScore = raw;
    best.threshold = 1.1;
    best.windows = windowCount;
    best.falseNegatives = windowCount;
    qint64 detected = 0, falsePositives = 0;
    for (size_t i = 0; i < points.size();) {
        const double threshold = points[i].anomalyScore;
        for (; i < points.size() && points[i].anomalyScore == threshold; ++i) {
            const Point &p = points[i];
            if (p.window < 0) {
                raw += p.weight;
                ++falsePositives;
            } else {
                double &bestInWindow = windowBest[size_t(p.window)];
                if (bestInWindow == -1e300) {
                    raw += profile.falseNegative + p.weight; // FN turns into a TP
                    ++detected;
                    bestInWindow = p.weight;
                } else if (p.weight > bestInWindow) {
                    raw += p.weight - bestInWindow;
                    bestInWindow = p.weight;
                }
            }
        }
        if (raw > best.rawScore) {
            best.rawScore = raw;
            best.threshold = threshold;
            best.truePositives = detected;
            best.falseNegatives = windowCount - detected;
            best.falsePositives = falsePositives;
        }
    }
    // Each file's share at that threshold (a window counts its earliest detection).
    std::fill(windowBest.begin(), windowBest.end(), -1e300);
    for (const NabFile &file : files)
        best.files.push_back({file.name, 0, 0, 0, 0});
    for (const Point &p : points) {
        if (p.anomalyScore < best.threshold)
            continue;
        NabFileResult &f = best.files[size_t(p.file)];
        if (p.window < 0) {
            f.rawScore += p.weight;
            ++f.falsePositives;
        } else {
            windowBest[size_t(p.window)] = std::max(windowBest[size_t(p.window)], p.weight);
        }
    }
    for (size_t w = 0; w < windowBest.size(); ++w) {
        NabFileResult &f = best.files[size_t(windowFile[w])];
        ++f.windows;
        if (windowBest[w] > -1e300) {
            f.rawScore += windowBest[w];
            ++f.truePositives;
        } else {
            f.rawScore -= profile.falseNegative;
        }
    }

    best.score = perfect > nullScore ? 100.0 * (best.rawScore - nullScore) / (perfect - nullScore) : 0;
    return best;
}

} // namespace Opsight::Core
