// SPDX-License-Identifier: GPL-3.0-or-later
#include "countdetector.h"

#include <boost/math/distributions/negative_binomial.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <algorithm>
#include <cmath>

namespace Opsight::Core {

namespace {

// Tails of the count model with this mean and variance: P(X >= k) and P(X <= k).
// `steps` iid steps add up: the sum of n negative binomials NB(r, p) is NB(n r, p).
struct CountModel
{
    double mean = 0;
    double variance = 0;
    int steps = 1;

    double atLeast(double k) const
    {
        if (k <= 0)
            return 1;
        return variance > mean * 1.01
            ? cdf(complement(negativeBinomial(), k - 1))
            : cdf(complement(boost::math::poisson_distribution<double>(mean * steps), k - 1));
    }
    double atMost(double k) const
    {
        return variance > mean * 1.01 ? cdf(negativeBinomial(), k)
                                      : cdf(boost::math::poisson_distribution<double>(mean * steps), k);
    }

private:
    boost::math::negative_binomial_distribution<double> negativeBinomial() const
    {
        const double p = mean / variance;            // in (0, 1): variance > mean
        const double r = mean * mean / (variance - mean);
        return {r * steps, p};
    }
};

double zOfTail(double p)
{
    if (p >= 0.5)
        return 0;
    return std::min(40.0, p > 1e-300 ? -quantile(boost::math::normal_distribution<double>(), p) : 40.0);
}

} // namespace

double scoreOfTail(double p)
{
    const double l = p > 0 ? std::min(50.0, -std::log10(p)) : 50.0;
    return l < 6 ? 0.95 * std::max(0.0, l) / 6 : std::min(1.0, 0.95 + 0.05 * (l - 6) / 6);
}

CountDetector::CountDetector(CountDetectorSettings settings)
    : m_settings(settings)
    , m_history(size_t(std::max(1, settings.window)))
    , m_recent(size_t(std::max(1, settings.dropSteps - 1)))
{
}

double CountDetector::update(Timestamp, double count, AnomalyEvidence *evidence)
{
    if (evidence)
        *evidence = {};
    if (!std::isfinite(count) || count < 0)
        return 0;
    double score = 0;
    const double n = double(m_history.size());
    if (m_history.size() >= size_t(m_settings.warmup)) {
        // A template that was silent all day still has a rate: under one line a day.
        const double mean = std::max(m_sum / n, 1.0 / double(m_settings.window));
        const double variance = std::max(mean, m_sumSquares / n - (m_sum / n) * (m_sum / n));
        if (count >= 2 * mean + m_settings.minBurstExcess) {
            const double p = CountModel{mean, variance, 1}.atLeast(count);
            score = scoreOfTail(p);
            if (evidence) {
                evidence->spike = zOfTail(p);
                evidence->view = AnomalyView::Spike; // a burst
            }
        }
        // The last dropSteps steps, this one included.
        const int steps = int(m_recent.size()) + 1;
        const double expected = mean * double(steps);
        const double recent = m_recentSum + count;
        if (m_recent.full() && expected >= m_settings.minDropExpected && recent < expected / 2) {
            const double p = CountModel{mean, variance, steps}.atMost(recent);
            if (const double drop = scoreOfTail(p); drop > score) {
                score = drop;
                if (evidence) {
                    evidence->shift = zOfTail(p);
                    evidence->view = AnomalyView::Shift; // a drop
                }
            }
        }
    }
    if (m_history.full()) {
        m_sum -= m_history.front();
        m_sumSquares -= m_history.front() * m_history.front();
    }
    m_history.push_back(count);
    m_sum += count;
    m_sumSquares += count * count;
    if (m_recent.full())
        m_recentSum -= m_recent.front();
    m_recent.push_back(count);
    m_recentSum += count;
    return score;
}

} // namespace Opsight::Core
