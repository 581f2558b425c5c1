// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <optional>
#include <vector>

namespace Opsight::Core {

// When scores become an alert: separate fire and clear thresholds (hysteresis),
// a minimum number of consecutive samples on each side, and flap damping.
struct AlertPolicy
{
    // The detector scores a new record of surprise in [0.9, 1] by its margin over
    // the previous one; 0.95 asks for a clear margin.
    double fireThreshold = 0.95;
    double clearThreshold = 0.6; // below fire: a score hovering at the line does not toggle
    int fireAfter = 1;           // consecutive samples at or above fire (records are single samples)
    int clearAfter = 3;          // consecutive samples below clear
    // Flapping: this many fire/clear cycles within flapWindow make one long-lived
    // "flapping" alert instead of a storm; it ends after a quiet flapWindow.
    int flapCycles = 3;
    Timestamp flapWindow = kHour;
};

enum class AlertState { Normal, Pending, Firing, Flapping };

// One alert interval of one series.
struct AlertInterval
{
    Timestamp start = 0;  // first sample of the breach that fired it
    Timestamp end = 0;    // last sample before it cleared (0 while open)
    double peakScore = 0;
    Timestamp peakTime = 0;
    bool flapping = false;
};

// Turns one series' scores into alert intervals. Feed samples in time order.
class AlertTracker final
{
public:
    explicit AlertTracker(AlertPolicy policy = {});

    // Returns the interval that closed with this sample, if one did.
    std::optional<AlertInterval> update(Timestamp time, double score);
    // Closes an open alert at the last sample seen (end of data).
    std::optional<AlertInterval> finish();

    AlertState state() const { return m_state; }
    const AlertPolicy &policy() const { return m_policy; }

private:
    void open(Timestamp start);

    AlertPolicy m_policy;
    AlertState m_state = AlertState::Normal;
    int m_above = 0, m_below = 0;
    Timestamp m_breachStart = 0, m_lastTime = 0, m_lastAbove = 0, m_breachPeakTime = 0;
    double m_breachPeak = 0;
    AlertInterval m_current;
    std::vector<Timestamp> m_recentFires; // fire times within the flap window
};

} // namespace Opsight::Core
