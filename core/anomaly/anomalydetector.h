// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <memory>

namespace Opsight::Core {

// The view of the detector that spoke for a score: why it is what it is.
enum class AnomalyView : quint8 { None, Spike, Shift, Seasonal, Range, Gap, Shape, Trend, Stall };
const char *anomalyViewKey(AnomalyView view); // "spike", ..., "stall"; "" for None

// What each part of a score says, for the explanation shown beside an alert.
struct AnomalyEvidence
{
    AnomalyView view = AnomalyView::None; // the view that spoke
    double spike = 0;      // robust z of the value against the recent median
    double shift = 0;      // robust z of the recent mean: a level shift
    double seasonal = 0;   // robust z against the same phase of earlier periods (0: no season)
    double range = 0;      // how far outside the range seen so far, in ranges
    double gap = 0;        // how far from every recent value inside their range, in ranges (a second departure)
    double trend = 0;      // Mann-Kendall z of the recent window when the trend view spoke, else 0
    double stall = 0;      // samples unchanged over the longest earlier stall (1.15: 15% longer), when the stall view spoke...
    Timestamp stallSince = 0;       // ...since when...
    Timestamp longestStallSpan = 0; // ...and how long the longest earlier one lasted
    bool stallUnderFloor = false;   // (none reached 24 samples: the span is what 24 take)
    double shape = 0;      // distance of the recent shape to its nearest earlier one, in ranges (the last search's)
    bool record = false;   // the strongest surprise of the recent history
    bool byShape = false;  // the shape view spoke (else the statistical views)
    double excess = 0;     // by how much it beat the previous strongest (0.1 = 10%)
    qint64 period = 0;     // samples in the season found, 0 when none
    double sustained = 1;  // tail probability of the last 10 samples' mean surprise (-ln p) in the
                           // series' history of it; records with a small margin need <= 0.1
};

// A streaming detector for one metric series; no per-series settings. Two views
// of surprise, each judged against the series' own recent history:
// - statistical: robust z-scores (median/IQR, never mean/stddev) of the value
//   (spikes, dips), of the recent mean (level shifts), against the same phase of
//   earlier days or weeks when a season is found by autocorrelation, and of
//   leaving the range seen so far (also judged against earlier departures alone),
//   or landing far from every recent value between the bulk and a few earlier
//   outliers (valueGap: a second departure, which a bigger anomaly would hide);
// - shape: the distance of the last 10 values to their nearest neighbour among
//   the last 1000 subsequences (a discord: a pattern not seen recently, which
//   catches changed rhythms, missing peaks and drifts a z-score misses);
// - trend, on series without a season: the Mann-Kendall z of the last 200
//   values, a record of its own far beyond its values of the past (TrendRecords;
//   a steady drift that the recent median follows);
// - stall: the value unchanged for longer than any earlier stall (StallRecords;
//   a stuck gauge, writes that stop), whatever the other views say.
// A sample whose surprise beats everything in the recent history is a record and
// scores in the top band [0.9, 1], ranked by its margin; other samples score below
// 0.9 by the share of history that was at least as surprising (a conformal p-value).
// An isolated record with a small margin (the last 10 samples' mean surprise is
// not unusual for the series: tail probability above 10%) scores below the band;
// a shape record waits up to one subsequence length for that tail to fall to 0.3%
// (a new pattern keeps surprising; one odd subsequence does not).
// After a record, its echoes are damped for 100 samples (one anomaly, one alert),
// unless the surprise escalates to twice the record's, or the value leaves the
// range three times as far as any departure of the last 1000 samples.
class AnomalyDetector final
{
public:
    // A series' first day is learned: no score in it reaches the record band.
    static constexpr Timestamp kLearningSpan = kDay;

    AnomalyDetector();
    ~AnomalyDetector();
    AnomalyDetector(AnomalyDetector &&) noexcept;
    AnomalyDetector &operator=(AnomalyDetector &&) noexcept;

    // Feeds one sample (ascending time; a step back is tolerated; NaN/Inf values
    // are skipped and score 0) and returns its anomaly score in [0, 1].
    double update(Timestamp time, double value, AnomalyEvidence *evidence = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Opsight::Core
