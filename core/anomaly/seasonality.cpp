// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasonality.h"

#include <algorithm>
#include <cmath>

namespace Opsight::Core {

namespace {
constexpr size_t kHistory = 4 * 7 * 288 + 8; // four weeks at 5-minute samples
}

Seasonality::Seasonality()
    : m_values(kHistory)
{
}

std::optional<double> Seasonality::expected() const
{
    if (!m_period || m_values.size() < m_period + 2)
        return std::nullopt;
    double candidates[9];
    int n = 0;
    // x[t - kP] is at index size - kP, since x[t] is not stored yet.
    const size_t size = m_values.size();
    for (size_t k = 1; k <= 3 && size >= k * m_period + 2; ++k) {
        const size_t centre = size - k * m_period;
        candidates[n++] = m_values[centre - 1];
        candidates[n++] = m_values[centre];
        if (centre + 1 < size)
            candidates[n++] = m_values[centre + 1];
    }
    if (n == 0)
        return std::nullopt;
    // Insertion sort: at most 9 values, cheaper than nth_element's bookkeeping.
    for (int i = 1; i < n; ++i)
        for (int j = i; j > 0 && candidates[j] < candidates[j - 1]; --j)
            std::swap(candidates[j], candidates[j - 1]);
    return candidates[n / 2];
}

bool Seasonality::update(Timestamp time, double value)
{
    if (m_count > 0 && time > m_lastTime)
        m_intervals.push(double(time - m_lastTime));
    m_lastTime = time;
    m_values.push_back(value);
    ++m_count;
    if (m_count < m_nextCheck || m_intervals.size() < 16)
        return false;
    const size_t previous = m_period;
    find();
    // Often enough to notice a season early, rarely enough to cost nothing.
    m_nextCheck = m_count + std::max<qint64>(288, m_count / 4);
    return m_period != previous;
}

double Seasonality::autocorrelation(size_t lag) const
{
    const size_t n = m_values.size();
    if (lag == 0 || n < 2 * lag + 10)
        return 0;
    double mean = 0;
    for (double v : m_values)
        mean += v;
    mean /= double(n);
    double num = 0, den = 0;
    for (size_t i = 0; i < n; ++i) {
        const double a = m_values[i] - mean;
        den += a * a;
        if (i >= lag)
            num += a * (m_values[i - lag] - mean);
    }
    return den > 0 ? num / den : 0;
}

void Seasonality::find()
{
    const double interval = m_intervals.median();
    m_period = 0;
    if (interval <= 0)
        return;
    double best = kMinimumStrength;
    for (const Timestamp length : {kDay, 7 * kDay}) {
        const size_t lag = size_t(std::llround(double(length) / interval));
        if (lag < 4 || lag * 2 + 10 > kHistory)
            continue;
        const double r = autocorrelation(lag);
        if (r > best) {
            best = r;
            m_period = lag;
        }
    }
}

} // namespace Opsight::Core
