// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerttracker.h"

#include <algorithm>

namespace Opsight::Core {

AlertTracker::AlertTracker(AlertPolicy policy)
    : m_policy(policy)
{
}

void AlertTracker::open(Timestamp start)
{
    m_current = AlertInterval{start, 0, 0, 0, false};
}

std::optional<AlertInterval> AlertTracker::update(Timestamp time, double score)
{
    m_lastTime = time;
    const bool above = score >= m_policy.fireThreshold;
    const bool below = score < m_policy.clearThreshold;
    m_above = above ? m_above + 1 : 0;
    m_below = below ? m_below + 1 : 0;
    if (above)
        m_lastAbove = time;
    std::erase_if(m_recentFires, [&](Timestamp t) { return t < time - m_policy.flapWindow; });

    switch (m_state) {
    case AlertState::Normal:
    case AlertState::Pending:
        if (above && m_above == 1) {
            m_breachStart = time;
            m_breachPeak = 0;
        }
        if (above && score > m_breachPeak) {
            m_breachPeak = score;
            m_breachPeakTime = time;
        }
        if (m_above >= m_policy.fireAfter) {
            m_recentFires.push_back(time);
            open(m_breachStart);
            m_current.peakScore = m_breachPeak;
            m_current.peakTime = m_breachPeakTime;
            m_state = int(m_recentFires.size()) >= m_policy.flapCycles ? AlertState::Flapping : AlertState::Firing;
            m_current.flapping = m_state == AlertState::Flapping;
        } else {
            m_state = above ? AlertState::Pending : AlertState::Normal;
        }
        break;
    case AlertState::Firing:
        if (m_below >= m_policy.clearAfter) {
            m_current.end = time;
            m_state = AlertState::Normal;
            return m_current;
        }
        break;
    case AlertState::Flapping:
        // One alert for the whole unrest: it ends only after a quiet flap window.
        if (above && m_above == m_policy.fireAfter)
            m_recentFires.push_back(time);
        if (!above && time - m_lastAbove >= m_policy.flapWindow) {
            m_current.end = time;
            m_state = AlertState::Normal;
            m_recentFires.clear();
            return m_current;
        }
        break;
    }
    if ((m_state == AlertState::Firing || m_state == AlertState::Flapping) && score > m_current.peakScore) {
        m_current.peakScore = score;
        m_current.peakTime = time;
    }
    return std::nullopt;
}

std::optional<AlertInterval> AlertTracker::finish()
{
    if (m_state != AlertState::Firing && m_state != AlertState::Flapping)
        return std::nullopt;
    m_current.end = m_lastTime;
    m_state = AlertState::Normal;
    return m_current;
}

} // namespace Opsight::Core
