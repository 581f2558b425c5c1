// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelhold.h"

#include <algorithm>
#include <array>
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
    m_points.push_back({time, value});
    // Trimmed now and then, not at every sample (a scan feeds every sample here),
    // by moving the first kept point; fired() skips what is older than the week.
    if (++m_sinceTrim < kTrimEvery)
        return;
    m_sinceTrim = 0;
    while (size() > size_t(kRecent) + 1 && (m_points[m_first].time < baselineFrom() || size() > kMaximumKept))
        ++m_first;
    if (m_first > m_points.size() / 2) { // reuse the space of the half let go
        m_points.erase(m_points.begin(), m_points.begin() + qsizetype(m_first));
        m_first = 0;
    }
}

Timestamp LevelHold::baselineFrom() const
{
    return m_points[m_points.size() - kRecent - 1].time - kBaselineSpan;
}

void LevelHold::fired()
{
    m_band.reset();
    if (size() < size_t(kMinimumBaseline + kRecent))
        return;
    const Timestamp from = baselineFrom();
    std::vector<double> before;
    before.reserve(size() - kRecent);
    for (size_t i = m_first; i < m_points.size() - kRecent; ++i)
        if (m_points[i].time >= from)
            before.push_back(m_points[i].value);
    if (before.size() < size_t(kMinimumBaseline))
        return;
    Band band;
    band.low = quantile(before, 0.01);
    band.high = quantile(before, 0.99);
    m_band = band;
}

double LevelHold::recentMedian() const
{
    const size_t n = std::min(size(), size_t(kRecent));
    if (n == 0)
        return 0;
    std::array<double, kRecent> recent;
    for (size_t i = 0; i < n; ++i)
        recent[i] = m_points[m_points.size() - n + i].value;
    std::nth_element(recent.begin(), recent.begin() + qsizetype(n / 2), recent.begin() + qsizetype(n));
    return recent[n / 2];
}

int LevelHold::side() const
{
    if (!m_band || size() < size_t(kRecent))
        return 0;
    const double median = recentMedian();
    return median > m_band->high ? 1 : median < m_band->low ? -1 : 0;
}

} // namespace Opsight::Core
