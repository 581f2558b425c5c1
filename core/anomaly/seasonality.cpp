// SPDX-License-Identifier: GPL-3.0-or-later
#include "seasonality.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Opsight::Core {

namespace {
constexpr size_t kHistory = 4 * 7 * 288 + 8; // four weeks at 5-minute samples
// A week rather than a day once a week ago explains the values this much better
// (Pearson's r), with three days of the week-ago overlap seen.
constexpr double kWeeklyMargin = 0.05;
constexpr size_t kWeeklyOverlapDays = 3;
// The phase spread: the mean absolute deviation of each phase, weighted 0.3 to
// the latest period, each deviation counted at most 4 times the phase's spread
// (a fault does not become the norm), pooled over ±6 slots.
constexpr double kPhaseWeight = 0.3;
constexpr double kPhaseClip = 4.0;
constexpr qint64 kPhaseNeighbours = 6;

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

// The autocorrelation at `lag`: n - lag products over n squares (see find()).
// With slots missing (Gaps), a missing slot's deviation is 0, so that a product
// with it vanishes, and the result is scaled back by the pairs and values
// present to what complete slots would give (a series with 45% of its samples
// missing lost a clear season). Without, the plain sums, which a gap-free
// series keeps to the last bit.
template<bool Gaps>
double autocorrelation(const boost::circular_buffer<double> &x, size_t lag)
{
    const size_t n = x.size();
    if (lag == 0 || n < 2 * lag + 10)
        return 0;
    double mean = 0, count = 0;
    for (double v : x)
        if (!Gaps || !std::isnan(v)) {
            mean += v;
            ++count;
        }
    if (count < 2)
        return 0;
    mean /= count;
    const auto deviation = [&x, mean](size_t i) { return Gaps && std::isnan(x[i]) ? 0.0 : x[i] - mean; };
    double num = 0, den = 0, pairs = 0;
    for (size_t i = 0; i < n; ++i) {
        const double a = deviation(i);
        den += a * a;
        if (i >= lag) {
            num += a * deviation(i - lag);
            if constexpr (Gaps)
                pairs += !std::isnan(x[i]) && !std::isnan(x[i - lag]) ? 1.0 : 0.0;
        }
    }
    if (den <= 0)
        return 0;
    if constexpr (Gaps)
        return pairs < 1 ? 0 : num / den * (double(n - lag) / pairs) * (count / double(n));
    return num / den;
}

// Pearson's r of the values with those `lag` earlier, over their overlap (the
// pairs where both are present). Two passes, the means first: raw sums of
// squares lose every digit of a small variance on a large level (bytes per
// second near 1e9).
template<bool Gaps>
double correlation(const boost::circular_buffer<double> &x, size_t lag)
{
    const size_t n = x.size();
    if (lag == 0 || n <= lag + 2)
        return 0;
    const auto paired = [&x, lag](size_t i) { return !Gaps || (!std::isnan(x[i]) && !std::isnan(x[i - lag])); };
    double ma = 0, mb = 0, pairs = 0;
    for (size_t i = lag; i < n; ++i)
        if (paired(i)) {
            ma += x[i];
            mb += x[i - lag];
            ++pairs;
        }
    if (pairs < 3)
        return 0;
    ma /= pairs;
    mb /= pairs;
    double cov = 0, va = 0, vb = 0;
    for (size_t i = lag; i < n; ++i) {
        if (!paired(i))
            continue;
        const double a = x[i] - ma, b = x[i - lag] - mb;
        cov += a * b;
        va += a * a;
        vb += b * b;
    }
    return va > 0 && vb > 0 ? std::clamp(cov / std::sqrt(va * vb), -1.0, 1.0) : 0;
}
} // namespace

Seasonality::Seasonality()
    : m_values(kHistory)
{
}

std::optional<double> Seasonality::dayAgo(Timestamp time) const
{
    if (!m_slotWidth)
        return std::nullopt;
    const qint64 day = qint64(std::llround(double(kDay) / double(m_slotWidth)));
    if (day < 4) // as find() asks of a daily season
        return std::nullopt;
    const qint64 at = qint64(m_values.size()) - 1 + slotsAfterLast(time);
    double c[3];
    int n = 0;
    slotsAround(at - day, [&](qint64 i) { c[n++] = m_values[size_t(i)]; });
    if (n == 0)
        return std::nullopt;
    if (n == 3)
        return std::max(std::min(c[0], c[1]), std::min(std::max(c[0], c[1]), c[2]));
    return n == 2 ? std::max(c[0], c[1]) : c[0];
}

std::optional<Seasonality::Expectation> Seasonality::expected(Timestamp time) const
{
    if (!m_period || m_values.size() < m_period + 2)
        return std::nullopt;
    double candidates[9];
    int n = 0;
    // The slot of `time` is at index size - 1 + ahead (x[t] is not stored yet).
    const qint64 size = qint64(m_values.size()), period = qint64(m_period);
    const qint64 at = size - 1 + slotsAfterLast(time);
    if (!m_missing && at - 3 * period >= 1 && at - period + 1 < size) { // the usual case, spelled out
        size_t i = size_t(at - 3 * period - 1);
        for (int k = 0; k < 3; ++k, i += size_t(period))
            for (int j = 0; j < 3; ++j)
                candidates[n++] = m_values[i + size_t(j)];
        return Expectation{medianOfNine(candidates), phaseSpread(at)};
    }
    // Up to three earlier periods with data at this phase: past a gap, further
    // back, from the first period back that the history reaches.
    qint64 first = at - period;
    if (first > size)
        first -= (first - size + period - 1) / period * period;
    qint64 centres[3];
    int periods = 0;
    for (qint64 centre = first; periods < 3 && centre >= 1; centre -= period) {
        bool data = false;
        slotsAround(centre, [&](qint64) { data = true; });
        if (data)
            centres[periods++] = centre;
    }
    // Three periods outvote one that held a fault; fewer cannot: then a period
    // whose value was part of an alert (any slot that gives a candidate) is left
    // out, and with only such periods there is no expectation (the recent median
    // judges). A weekly season found with one earlier week would otherwise take
    // last week's fault as the norm: on the simulated demo a host's ordinary
    // Sunday morning scored 19σ against the previous Sunday's pinned CPU. With
    // three periods or more, the median stands as it is (leaving alerted periods
    // out there too made a level shift alert again the next days: NAB 71.4 ->
    // 68.9-69.5).
    const bool young = periods < 3 && !m_alertedSlots.empty();
    for (int p = 0; p < periods; ++p) {
        bool alerted = false;
        if (young)
            slotsAround(centres[p], [&](qint64 i) { alerted = alerted || alertedAt(i); });
        if (!alerted)
            slotsAround(centres[p], [&](qint64 i) { candidates[n++] = m_values[size_t(i)]; });
    }
    if (n == 0)
        return std::nullopt;
    if (n == 9)
        return Expectation{medianOfNine(candidates), phaseSpread(at)};
    std::nth_element(candidates, candidates + n / 2, candidates + n);
    return Expectation{candidates[n / 2], phaseSpread(at)};
}

Seasonality::Change Seasonality::update(Timestamp time, double value, bool alerted)
{
    const size_t before = m_period;
    if (m_count > 0 && time > m_lastTime)
        m_intervals.push(double(time - m_lastTime));
    // Slots by time from the moment the typical interval is known (the values so
    // far, one per sample, end in slot 0 at the last one). When the interval has
    // changed fourfold at two checks in a row (a new scrape interval, not an
    // irregular series whose intervals vary by the hour), the slots are cut anew,
    // forgetting the season. Smaller changes keep the slots: twice as many
    // samples share a slot (the latest stands), or half the slots stay empty.
    const bool check = m_count + 1 >= m_nextCheck;
    const double interval = (!m_slotWidth || check) && m_intervals.size() >= 16 ? m_intervals.median() : 0.0;
    if (interval >= 1) {
        const bool changed = m_slotWidth && (interval >= 4.0 * double(m_slotWidth) || 4.0 * interval <= double(m_slotWidth));
        if (!m_slotWidth || (changed && m_widthChanging)) {
            if (m_slotWidth)
                forget();
            m_slotWidth = Timestamp(std::llround(interval));
            m_lastSlotTime = m_lastTime;
        }
        m_widthChanging = changed && !m_widthChanging;
    }
    store(time, value, alerted);
    m_lastTime = time;
    ++m_count;
    if (check && m_slotWidth) {
        find();
        // Often enough to notice a season early, rarely enough to cost nothing
        // (a quarter of the slots held, so early again after the slots start
        // anew); at least every quarter of the history kept, so a season that
        // starts after a year of data is still found within a week at five minutes.
        m_nextCheck = m_count + std::max<qint64>(288, std::min<qint64>(qint64(m_values.size()) / 4, qint64(kHistory / 4)));
    }
    if (m_period == before)
        return Change::None;
    // Learned anew, at the new period's phases... but a week is seven days: each
    // of its phases starts from what the day learned of that hour (unlearned,
    // every phase is judged by the residual scale alone for a while: on the demo
    // fleet, the week found on a Saturday morning left its gateways and masters
    // alerting). Not after forget(): the day's phases went with its clock.
    const bool refined = before && m_period > before && m_period % before == 0 && m_phaseDeviation.size() == before;
    std::vector<double> learned(m_period, 0.0);
    if (refined)
        for (size_t i = 0; i < m_period; ++i)
            learned[i] = m_phaseDeviation[i % before];
    m_phaseDeviation = std::move(learned);
    m_lastPhase = m_period ? size_t((m_slotsStored - 1) % qint64(m_period)) : 0;
    m_next = m_period ? pooledAround(qint64(m_lastPhase) + 1) : Pool{};
    return refined ? Change::Refined : Change::Found;
}

double Seasonality::phaseSpread(qint64 at) const
{
    if (m_phaseDeviation.empty())
        return 0;
    const qint64 period = qint64(m_period);
    qint64 phase = qint64(m_lastPhase) + at - (qint64(m_values.size()) - 1);
    if (phase == qint64(m_lastPhase) + 1) // the usual case: the next slot
        return spreadOf(m_next);
    return spreadOf(pooledAround((phase % period + period) % period));
}

Seasonality::Pool Seasonality::pooledAround(qint64 phase) const
{
    const qint64 period = qint64(m_period);
    Pool pool;
    for (qint64 i = phase - kPhaseNeighbours; i <= phase + kPhaseNeighbours; ++i) {
        const double d = m_phaseDeviation[size_t((i % period + period) % period)];
        pool.sum += d;
        pool.learned += d > 0;
    }
    return pool;
}

double Seasonality::spreadOf(const Pool &pool)
{
    // The mean absolute deviation of a normal distribution is 0.80 of its standard deviation.
    return pool.learned > kPhaseNeighbours ? 1.2533 * pool.sum / pool.learned : 0.0;
}

bool Seasonality::poolWraps() const
{
    return m_period < 2 * size_t(kPhaseNeighbours) + 2;
}

void Seasonality::nextPhase()
{
    if (++m_lastPhase == m_period)
        m_lastPhase = 0;
    const size_t period = m_period, centre = m_lastPhase + 1;
    if (centre == period || poolWraps()) { // a period round: sum afresh, so no rounding builds up
        m_next = pooledAround(qint64(centre));
        return;
    }
    // Slide the pool one phase on.
    const double leaving = m_phaseDeviation[(centre + period - size_t(kPhaseNeighbours) - 1) % period];
    const double entering = m_phaseDeviation[(centre + size_t(kPhaseNeighbours)) % period];
    m_next.sum += entering - leaving;
    m_next.learned += int(entering > 0) - int(leaving > 0);
}

void Seasonality::learnDeviation(double deviation)
{
    const double x = std::abs(deviation);
    // Only a sample that opened a slot: a late one belongs to an earlier phase,
    // and one that shares the last slot would count that slot twice.
    if (m_phaseDeviation.empty() || !m_newSlot || !std::isfinite(x))
        return;
    double &d = m_phaseDeviation[m_lastPhase];
    const double before = d;
    d = d > 0 ? d + kPhaseWeight * (std::min(x, kPhaseClip * d) - d) : x;
    // The last phase is within the next one's pool (more than once when the
    // pool wraps: then it is summed afresh).
    if (poolWraps()) {
        m_next = pooledAround(qint64(m_lastPhase) + 1);
        return;
    }
    m_next.sum += d - before;
    m_next.learned += int(d > 0) - int(before > 0);
}

void Seasonality::forget()
{
    m_phaseDeviation.clear(); // before the next push: the period is gone
    m_values.clear();
    m_alertedSlots.clear();
    m_missing = 0;
    m_period = 0;
}

void Seasonality::push(double value, bool alerted)
{
    if (m_missing && m_values.full() && std::isnan(m_values.front()))
        --m_missing;
    m_missing += std::isnan(value);
    m_values.push_back(value);
    const qint64 slot = m_slotsStored++;
    if (!m_phaseDeviation.empty())
        nextPhase();
    if (alerted) {
        if (!m_alertedSlots.empty() && m_alertedSlots.back().second == slot - 1)
            m_alertedSlots.back().second = slot;
        else
            m_alertedSlots.emplace_back(slot, slot);
    }
    while (!m_alertedSlots.empty() && m_alertedSlots.front().second < m_slotsStored - qint64(m_values.capacity()))
        m_alertedSlots.pop_front();
}

bool Seasonality::alertedAt(qint64 index) const
{
    // Both ends of the ranges only grow: the first range that ends at or after
    // the slot is the only one that can hold it.
    const qint64 slot = m_slotsStored - qint64(m_values.size()) + index;
    const auto range = std::partition_point(m_alertedSlots.begin(), m_alertedSlots.end(),
                                            [slot](const std::pair<qint64, qint64> &r) { return r.second < slot; });
    return range != m_alertedSlots.end() && range->first <= slot;
}

void Seasonality::store(Timestamp time, double value, bool alerted)
{
    const qint64 ahead = slotsAfterLast(time);
    m_newSlot = ahead > 0;
    // A jump past the whole history, or back by more than a day, breaks the
    // slots' clock (a collector down for weeks, a clock corrected, one bad
    // timestamp): the slots start anew at this sample, rather than drop every
    // sample until time catches up with the jump.
    if (m_slotWidth && (ahead > qint64(m_values.capacity()) || -ahead > kDay / m_slotWidth)) {
        forget();
        m_lastSlotTime = time;
        push(value, alerted);
        return;
    }
    if (ahead <= 0) { // within the last slot the latest value stands for it; a step back is not stored
        if (ahead == 0 && !m_values.empty()) {
            m_values.back() = value;
            // The slot's earlier value may have been part of one: it stays marked.
            if (alerted && (m_alertedSlots.empty() || m_alertedSlots.back().second != m_slotsStored - 1))
                m_alertedSlots.emplace_back(m_slotsStored - 1, m_slotsStored - 1);
        }
        return;
    }
    if (m_slotWidth)
        m_lastSlotTime += ahead * m_slotWidth;
    for (qint64 i = std::min(ahead - 1, qint64(m_values.capacity())); i > 0; --i)
        push(std::numeric_limits<double>::quiet_NaN(), false);
    push(value, alerted);
}

void Seasonality::find()
{
    const double interval = double(m_slotWidth);
    const size_t previous = m_period;
    m_period = 0;
    if (interval <= 0)
        return;
    const bool gaps = m_missing > 0;
    const auto autocorrelationAt = [this, gaps](size_t lag) {
        return gaps ? autocorrelation<true>(m_values, lag) : autocorrelation<false>(m_values, lag);
    };
    const auto correlationAt = [this, gaps](size_t lag) {
        return gaps ? correlation<true>(m_values, lag) : correlation<false>(m_values, lag);
    };
    double best = kMinimumStrength;
    for (const Timestamp length : {kDay, 7 * kDay}) {
        const size_t lag = size_t(std::llround(double(length) / interval));
        if (lag < 4 || lag * 2 + 10 > kHistory)
            continue;
        const double r = autocorrelationAt(lag);
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
        const double weekly = correlationAt(week);
        const double margin = previous == week ? 0.0 : kWeeklyMargin;
        if (weekly >= kMinimumStrength && weekly > correlationAt(day) + margin)
            m_period = week;
    }
}

} // namespace Opsight::Core
