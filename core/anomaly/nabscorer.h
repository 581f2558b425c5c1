// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QString>

#include <utility>
#include <vector>

namespace Opsight::Core {

// The Numenta Anomaly Benchmark's scoring, after NAB's published method
// (Lavin & Ahmad 2015; numenta/NAB sweeper.py): each labelled window earns the
// scaled-sigmoid weight of its first detection (earlier is better), a window with
// none costs the FN weight, each detection outside windows costs the FP weight
// scaled by its distance after the preceding window; rows in the probation period
// (the first 15% of a file, at most 750 rows) are not scored. One threshold is
// chosen for all files together, the one that maximises the total; the result is
// normalised to 100 for perfect detection and 0 for detecting nothing.
struct NabProfile
{
    double truePositive = 1.0;
    double falseNegative = 1.0;
    double falsePositive = 0.11;
    static NabProfile standard() { return {}; }
    static NabProfile rewardLowFalsePositives() { return {1.0, 1.0, 0.22}; }
    static NabProfile rewardLowFalseNegatives() { return {1.0, 2.0, 0.11}; }
};

struct NabFile
{
    QString name;
    std::vector<Timestamp> times;
    std::vector<double> scores; // anomaly score in [0, 1] per row
    std::vector<std::pair<Timestamp, Timestamp>> windows; // labelled, inclusive, sorted
};

// One file's share of a result, at the threshold chosen for all files.
struct NabFileResult
{
    QString name;
    double rawScore = 0; // what the file adds to the total (-windows when nothing is detected)
    qint64 windows = 0;
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
};

struct NabResult
{
    double score = 0;       // normalised: 100 perfect, 0 null detector
    double threshold = 0;   // the optimised threshold
    double rawScore = 0;
    qint64 truePositives = 0;  // windows detected at that threshold
    qint64 falseNegatives = 0;
    qint64 falsePositives = 0; // detections outside windows
    qint64 windows = 0;
    std::vector<NabFileResult> files; // in the order given
};

NabResult scoreNab(const std::vector<NabFile> &files, const NabProfile &profile = NabProfile::standard());

} // namespace Opsight::Core
