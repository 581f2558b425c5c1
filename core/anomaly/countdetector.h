// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anomalydetector.h"

#include <boost/circular_buffer.hpp>

namespace Opsight::Core {

// A streaming detector for counts of events per step (log lines of a template):
// how unlikely the step's count is under the series' own recent rate. The last
// day of steps gives the mean and variance; a count model (Poisson, or negative
// binomial when the counts vary more than Poisson allows, as daily rhythms make
// them) gives the probability of a count at least this high (a burst) or of a
// last half hour at least this low (a drop). A z-score detector cannot judge
// counts: for a template that writes a line now and then, every line is "many
// sigmas" from a median of 0.
//
// Scores map the tail probability p onto the alert scale: p = 1e-6 scores the
// fire threshold 0.95, p = 1e-12 scores 1, p = 1e-3 about 0.5. Small numbers
// cannot make a burst: at least 10 lines above twice the usual rate, and a drop
// needs 20 lines expected in the half hour.
struct CountDetectorSettings
{
    int window = 288;        // steps of history (a day at the scan's 5 minutes)
    int warmup = 36;         // steps seen before anything scores
    int dropSteps = 6;       // steps a drop is judged over
    double minBurstExcess = 10;
    double minDropExpected = 20;
};

class CountDetector final
{
public:
    explicit CountDetector(CountDetectorSettings settings = {});

    // The score of this step's count in [0, 1]; `evidence` gets spike (burst)
    // or shift (drop) as the normal z of the same tail probability.
    double update(Timestamp time, double count, AnomalyEvidence *evidence = nullptr);

private:
    CountDetectorSettings m_settings;
    boost::circular_buffer<double> m_history;
    boost::circular_buffer<double> m_recent;
    double m_sum = 0;
    double m_sumSquares = 0;
    double m_recentSum = 0;
};

// The alert scale for a tail probability (see CountDetector).
double scoreOfTail(double p);

} // namespace Opsight::Core
