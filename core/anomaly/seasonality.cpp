// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasonality.h"

#include <algorithm>
#include <cmath>

namespace Opsight::Core {

namespace {
constexpr size_t kHistory = 4 * 7 * 288 + 8; // four weeks at 5-minute samples
// A week rather than a day once a week ago explains the values this much better
// (Pearson's r), with three days of the week-ago overlap seen.
constexpr double kWeeklyMargin = 0.05;
constexpr size_t kWeeklyOverlapDays = 3;

// The median of nine by a fixed network of min/max (Paeth's opt_med9): no
// branches, where sorting noisy values mispredicts nearly every comparison.
double medianOfNine(double *p)
{
    auto sort2 = [](double &a, double &b) {
        const double lo = std::min(a, b);
        b = std::max(a, b);
        a = lo;
    };
    sort2(p[1], p[2]); sort2(p[4], p[5]); sort2(p[7], p[8]);
    sort2(p[0], p[1]); sort2(p[3], p[4]); sort2(p[6], p[7]);
    sort2(p[1], p[2]); sort2(p[4], p[5]); sort2(p[7], p[8]);
    sort2(p[0], p[3]); sort2(p[5], p[8]); sort2(p[4], p[7]);
    sort2(p[3], p[6]); sort2(p[1], p[4]); sort2(p[2], p[5]);
    sort2(p[4], p[7]); sort2(p[4], p[2]); sort2(p[6], p[4]);
    sort2(p[4], p[2]);
    return p[4];
}
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
    if (n == 9)
        return medianOfNine(candidates);
    std::nth_element(candidates, candidates + n / 2, candidates + n);
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
    // Often enough to notice a season early, rarely enough to cost nothing; at
    // least every quarter of the history kept, so a season that starts after a
    // year of data is still found within a week at five minutes.
    m_nextCheck = m_count + std::max<qint64>(288, std::min<qint64>(m_count / 4, qint64(kHistory / 4)));
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

double Seasonality::correlation(size_t lag) const
{
    const size_t n = m_values.size();
    if (lag == 0 || n <= lag + 2)
        return 0;
    // Two passes, the means first: raw sums of squares lose every digit of a
    // small variance on a large level (bytes per second near 1e9).
    double ma = 0, mb = 0;
    for (size_t i = lag; i < n; ++i) {
        ma += m_values[i];
        mb += m_values[i - lag];
    }
    const double m = double(n - lag);
    ma /= m;
    mb /= m;
    double cov = 0, va = 0, vb = 0;
    for (size_t i = lag; i < n; ++i) {
        const double a = m_values[i] - ma, b = m_values[i - lag] - mb;
        cov += a * b;
        va += a * a;
        vb += b * b;
    }
    return va > 0 && vb > 0 ? std::clamp(cov / std::sqrt(va * vb), -1.0, 1.0) : 0;
}

void Seasonality::find()
{
    const double interval = m_intervals.median();
    const size_t previous = m_period;
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
    // That autocorrelation sums n - lag products over n squares, so a week's is
    // scaled down by the days it cannot see: at five-minute samples a week did not
    // beat a day within the four weeks kept, and a weekday rhythm with quiet
    // weekends stayed "daily" and alerted every Saturday. Between the two, the
    // correlation over each lag's own overlap decides, from ten days of data on
    // (a week found stays while it correlates at least as well as a day: a
    // series near the margin does not flip, and restart its residuals, at every check).
    const size_t day = size_t(std::llround(double(kDay) / interval));
    const size_t week = size_t(std::llround(double(7 * kDay) / interval)); // as the loop above has it
    if (day >= 4 && m_period == day && week * 2 + 10 <= kHistory
        && m_values.size() >= week + kWeeklyOverlapDays * day) {
        const double weekly = correlation(week);
        const double margin = previous == week ? 0.0 : kWeeklyMargin;
        if (weekly >= kMinimumStrength && weekly > correlation(day) + margin)
            m_period = week;
    }
}

} // namespace Opsight::Core
