// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelhold.h"

#include <algorithm>
#include <vector>

namespace Opsight::Core {

namespace {
// The q-quantile by the nearest rank; reorders `values`.
double quantile(std::vector<double> &values, double q)
{
    const auto rank = std::min(values.size() - 1, size_t(q * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(rank), values.end());
    return values[rank];
}
} // namespace

void LevelHold::add(Timestamp time, double value)
{
    m_history.push_back({time, value});
    // Keep a week before the recent samples; a dense series (a sample every 10 s
    // or faster) keeps its last 100,000, the week's last days.
    while (m_history.size() > size_t(kRecent) + 1
           && (m_history.front().time < m_history[m_history.size() - kRecent - 1].time - kBaselineSpan
               || m_history.size() > 100000))
        m_history.pop_front();
}

void LevelHold::fired()
{
    m_band.reset();
    if (m_history.size() < size_t(kMinimumBaseline + kRecent))
        return;
    std::vector<double> before;
    before.reserve(m_history.size() - kRecent);
    for (auto it = m_history.begin(); it != m_history.end() - kRecent; ++it)
        before.push_back(it->value);
    Band band;
    band.low = quantile(before, 0.01);
    band.high = quantile(before, 0.99);
    m_band = band;
}

double LevelHold::recentMedian() const
{
    const size_t n = std::min(m_history.size(), size_t(kRecent));
    std::vector<double> recent;
    recent.reserve(n);
    for (auto it = m_history.end() - qsizetype(n); it != m_history.end(); ++it)
        recent.push_back(it->value);
    if (recent.empty())
        return 0;
    std::nth_element(recent.begin(), recent.begin() + qsizetype(n / 2), recent.end());
    return recent[n / 2];
}

int LevelHold::side() const
{
    if (!m_band || m_history.size() < size_t(kRecent))
        return 0;
    const double median = recentMedian();
    return median > m_band->high ? 1 : median < m_band->low ? -1 : 0;
}

} // namespace Opsight::Core
