// SPDX-License-Identifier: GPL-3.0-or-later
// The detector's building blocks against naive references: the pruned
// nearest-neighbour search, the in-place rolling quantiles, the binned tail.
#include "anomaly/rollingquantiles.h"
#include "anomaly/seasonality.h"
#include "anomaly/slidingextreme.h"
#include "anomaly/slidingstats.h"
#include "anomaly/slidingtail.h"
#include "anomaly/subsequencenovelty.h"
#include "anomaly/trendrecords.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <deque>
#include <functional>
#include <limits>
#include <random>

using namespace Opsight::Core;

namespace {
// The last `window` values as the search sees its query: each times 1 / scale.
class RecentWindow
{
public:
    explicit RecentWindow(size_t window)
        : m_window(window)
    {
    }
    // The scaled window once it is full; empty before.
    std::vector<double> push(double value, double scale)
    {
        m_values.push_back(value);
        if (m_values.size() > m_window)
            m_values.pop_front();
        std::vector<double> query;
        if (m_values.size() == m_window)
            for (double v : m_values)
                query.push_back(v * (1.0 / scale));
        return query;
    }

private:
    size_t m_window;
    std::deque<double> m_values;
};
} // namespace

class TestDetectorParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestNeighbourIsExact_data()
    {
        QTest::addColumn<size_t>("stride");
        QTest::addColumn<size_t>("window");
        QTest::addColumn<double>("offset");
        QTest::addRow("every sample") << size_t(1) << size_t(10) << 0.0;
        QTest::addRow("every 4th") << size_t(4) << size_t(10) << 0.0;
        QTest::addRow("window of 7 (no SIMD loop)") << size_t(1) << size_t(7) << 0.0;
        // Millions of spreads from zero: single precision alone would keep no digit of the noise.
        QTest::addRow("far from zero") << size_t(1) << size_t(10) << 1e8;
    }
    void nearestNeighbourIsExact()
    {
        QFETCH(size_t, stride);
        QFETCH(size_t, window);
        QFETCH(double, offset);
        constexpr size_t history = 300;
        SubsequenceNovelty novelty(window, history);
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0, 1);
        std::deque<std::vector<double>> stored; // subsequences as scaled when stored, oldest first
        RecentWindow recent(window);
        double level = 0;
        int searched = 0;
        for (int i = 0; i < 3000; ++i) {
            level += 0.1 * noise(rng);
            const double value = offset + level + (i % 50 < 5 ? 3.0 : 0.0) + 0.3 * noise(rng) + (i == 2000 ? 40 : 0);
            // The spread changes over time.
            const double scale = i < 1500 ? 2.0 : 30.0;
            const SubsequenceNovelty::Result r = novelty.update(value, scale, i % int(stride) == 0 || (i > 1000 && i < 1010));
            const std::vector<double> query = recent.push(value, scale);
            if (query.empty())
                continue;
            if (r.ready) {
                double best = std::numeric_limits<double>::infinity();
                for (const std::vector<double> &c : stored) {
                    double sum = 0;
                    for (size_t k = 0; k < window; ++k)
                        sum += (c[k] - query[k]) * (c[k] - query[k]);
                    best = std::min(best, sum);
                }
                // Single precision inside (see SubsequenceNovelty).
                QVERIFY2(std::abs(r.distance - std::sqrt(best)) <= 1e-5 * (1 + r.distance),
                         qPrintable(QStringLiteral("sample %1: %2 vs %3").arg(i).arg(r.distance).arg(std::sqrt(best))));
                ++searched;
            }
            stored.push_back(query);
            if (stored.size() > history)
                stored.pop_front();
        }
        QVERIFY(searched > int(2900 / stride));
    }

    // The 10-value distance gives the same bits on AVX2 and on SSE2 (scores must
    // not depend on the machine): each adds a candidate's squares in value order.
    void nearestNeighbourBitsDoNotDependOnTheCpu()
    {
        if (!SubsequenceNovelty::avx2Available())
            QSKIP("no AVX2 on this CPU: only the SSE2 path runs here");
        constexpr size_t window = 10, history = 400;
        SubsequenceNovelty avx2(window, history);
        SubsequenceNovelty::allowAvx2(false);
        SubsequenceNovelty sse2(window, history);
        SubsequenceNovelty::allowAvx2(true);
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        double level = 0;
        int searched = 0;
        for (int i = 0; i < 2000; ++i) {
            level += 0.05 * noise(rng);
            const double value = level + noise(rng);
            const double scale = 3.7;
            const SubsequenceNovelty::Result a = avx2.update(value, scale);
            const SubsequenceNovelty::Result b = sse2.update(value, scale);
            QCOMPARE(a.ready, b.ready);
            if (a.ready) {
                // Bits, not QCOMPARE's fuzzy equality of doubles.
                QCOMPARE(std::bit_cast<quint64>(b.distance), std::bit_cast<quint64>(a.distance));
                ++searched;
            }
        }
        QVERIFY(searched > 1900);
    }

    void rollingQuantilesMatchASortedWindow_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::newRow("short") << 50;
        QTest::newRow("recent") << 200; // the detector's windows: every search level in use
        QTest::newRow("residuals") << 400;
    }

    void rollingQuantilesMatchASortedWindow()
    {
        QFETCH(int, capacity);
        RollingQuantiles q{size_t(capacity)};
        std::deque<double> window;
        std::mt19937_64 rng(5);
        long long mannKendall = 0; // kept from push's changes
        for (int i = 0; i < 2000; ++i) {
            const double v = i % 7 == 0 ? 3.0 : double(rng() % 100) / 10.0; // with ties
            mannKendall += q.pushCountingPairs(v);
            window.push_back(v);
            if (window.size() > size_t(capacity))
                window.pop_front();
            long long pairs = 0; // rising minus falling, in time order
            for (size_t a = 0; a < window.size(); ++a)
                for (size_t b = a + 1; b < window.size(); ++b)
                    pairs += (window[b] > window[a]) - (window[b] < window[a]);
            QCOMPARE(mannKendall, pairs);
            std::vector<double> sorted(window.begin(), window.end());
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(q.size(), sorted.size());
            QCOMPARE(q.min(), sorted.front());
            QCOMPARE(q.max(), sorted.back());
            QCOMPARE(q.quantile(0.5), sorted[(sorted.size() - 1) / 2]
                                          + (sorted[sorted.size() / 2] - sorted[(sorted.size() - 1) / 2])
                                                * (0.5 * double(sorted.size() - 1) - double((sorted.size() - 1) / 2)));
        }
    }

    void trendRecordsSpeakOnlyBeyondTheirPast()
    {
        // A window of 64 (a pure ramp: z 11.7, just above the floor) judged
        // against 100 earlier values of z, from sample 2 x 64 + 100 on.
        constexpr size_t kWindow = 64, kHistory = 100, kFirstVerdict = 2 * kWindow + kHistory;
        const double spread = std::sqrt(64.0 * 63.0 * 133.0 / 18.0);
        auto run = [&](const std::function<double(size_t)> &value, size_t length) {
            RollingQuantiles window(kWindow);
            TrendRecords trend(kWindow, kHistory);
            std::deque<double> values;
            std::vector<size_t> spoke;
            for (size_t i = 0; i < length; ++i) {
                const double v = value(i);
                const std::optional<double> margin = trend.update(window.pushCountingPairs(v), window.full());
                values.push_back(v);
                if (values.size() > kWindow)
                    values.pop_front();
                if (margin) {
                    spoke.push_back(i);
                    if (*margin < TrendRecords::kMargin)
                        qFatal("margin %f below the rule's", *margin);
                }
                long long pairs = 0;
                for (size_t a = 0; a < values.size(); ++a)
                    for (size_t b = a + 1; b < values.size(); ++b)
                        pairs += (values[b] > values[a]) - (values[b] < values[a]);
                if (std::abs(trend.z() - double(std::llabs(pairs)) / spread) > 1e-9)
                    qFatal("z %f at %zu, pairs say %f", trend.z(), i, double(std::llabs(pairs)) / spread);
            }
            return spoke;
        };
        // A series that has always risen: its trend is what it always does.
        QCOMPARE(run([](size_t i) { return double(i); }, 600), std::vector<size_t>{});
        // Noise, then a ramp: news once the window mostly rises, and only once its
        // past is complete (a ramp before that says nothing).
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 1);
        std::vector<double> noisy(800);
        for (double &v : noisy)
            v = noise(rng);
        const std::vector<size_t> spoke = run([&](size_t i) { return i < 400 ? noisy[i] : double(i); }, 800);
        QVERIFY(!spoke.empty());
        QVERIFY2(spoke.front() > 400 && spoke.front() <= 400 + kWindow, qPrintable(QString::number(spoke.front())));
        const std::vector<size_t> early = run([&](size_t i) { return i < 100 ? noisy[i] : double(i); }, kFirstVerdict);
        QCOMPARE(early, std::vector<size_t>{});
    }

    void slidingExtremesMatchTheWindow()
    {
        for (const size_t capacity : {size_t(1), size_t(7), size_t(64)}) {
            SlidingMin low(capacity);
            SlidingMax high(capacity);
            std::deque<double> window;
            std::mt19937_64 rng(9);
            for (int i = 0; i < 1000; ++i) {
                const double v = double(rng() % 50); // with ties
                low.push(v);
                high.push(v);
                window.push_back(v);
                if (window.size() > capacity)
                    window.pop_front();
                QCOMPARE(low.front(), *std::min_element(window.begin(), window.end()));
                QCOMPARE(high.front(), *std::max_element(window.begin(), window.end()));
            }
        }
    }

    void slidingTailSharesWithinABin()
    {
        SlidingTail tail(500);
        std::deque<double> window;
        std::mt19937_64 rng(8);
        std::exponential_distribution<double> surprise(1.0);
        for (int i = 0; i < 3000; ++i) {
            const double v = surprise(rng);
            tail.push(v);
            window.push_back(v);
            if (window.size() > 500)
                window.pop_front();
            QCOMPARE(tail.max(), *std::max_element(window.begin(), window.end()));
            const double probe = surprise(rng);
            // Exact share of values >= probe lies between the shares at probe
            // +- one bin (3%).
            auto share = [&](double x) {
                return double(std::count_if(window.begin(), window.end(), [x](double w) { return w >= x; })) / double(window.size());
            };
            const double got = tail.shareAtLeast(probe);
            QVERIFY(got <= share(probe * 0.97) + 1e-12);
            QVERIFY(got >= share(probe * 1.03) - 1e-12);
        }
    }

    void slidingStatsQuantiles()
    {
        SlidingStats stats(1000, 100);
        for (int i = 0; i < 5000; ++i)
            stats.push(double(i % 1000)); // every refresh sees 0..999 once
        QCOMPARE(stats.min(), 0.0);
        QCOMPARE(stats.max(), 999.0);
        QCOMPARE(stats.median(), 499.0);
        QCOMPARE(stats.low(), 49.0);
        QCOMPARE(stats.high(), 949.0);

        // Against a sorted window, with ties and outliers that crowd the
        // histogram the refresh selects through into one bin.
        SlidingStats noisy(500, 1); // refreshed every sample
        std::deque<double> window;
        std::mt19937_64 rng(17);
        std::normal_distribution<double> noise(0, 1);
        for (int i = 0; i < 5000; ++i) {
            const double v = i % 97 == 0 ? 1e9 : (i % 5 == 0 ? 2.0 : noise(rng));
            noisy.push(v);
            window.push_back(v);
            if (window.size() > 500)
                window.pop_front();
            std::vector<double> sorted(window.begin(), window.end());
            std::sort(sorted.begin(), sorted.end());
            const auto at = [&](double q) { return sorted[size_t(q * double(sorted.size() - 1))]; };
            QCOMPARE(noisy.median(), at(0.5));
            QCOMPARE(noisy.low(), at(0.05));
            QCOMPARE(noisy.high(), at(0.95));
        }

        // A range wider than a double holds (max - min overflows).
        SlidingStats wide(100, 1);
        for (int i = 0; i < 300; ++i)
            wide.push(i % 3 == 0 ? -1e308 : (i % 3 == 1 ? 1e308 : double(i)));
        QCOMPARE(wide.median(), 248.0); // 33 of each extreme, then 200, 203, ... 299
        QCOMPARE(wide.low(), -1e308);
        QCOMPARE(wide.high(), 1e308);
    }

    // The phase spread for the next sample is kept as a running pool; asked a
    // period ahead (the same phase) it is summed afresh: the two must agree,
    // also where the period is shorter than the pool (a weekly season in daily
    // samples), and with late samples, which are no phase's to learn.
    void phaseSpreadPoolIsExact_data()
    {
        QTest::addColumn<qint64>("step");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("samples");
        QTest::newRow("daily at five minutes") << qint64(5 * kMinute) << 288 << 12 * 288;
        QTest::newRow("weekly at one a day") << qint64(kDay) << 7 << 800;
    }
    void phaseSpreadPoolIsExact()
    {
        QFETCH(qint64, step);
        QFETCH(int, period);
        QFETCH(int, samples);
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        Seasonality season;
        Timestamp t = 1'793'577'600'000;
        int compared = 0;
        for (int i = 0; i < samples; ++i, t += step) {
            const int phase = i % period;
            // A pattern, and noise whose size changes with the phase.
            const double value = 100 + 40 * std::sin(2 * M_PI * phase / period) + (1 + phase % 5) * noise(rng);
            const std::optional<Seasonality::Expectation> expected = season.expected(t);
            if (expected && season.period() == size_t(period)) {
                const std::optional<Seasonality::Expectation> aPeriodOn = season.expected(t + period * step);
                QVERIFY(aPeriodOn);
                QVERIFY2(std::abs(expected->spread - aPeriodOn->spread) <= 1e-9 * std::max(1.0, expected->spread),
                         qPrintable(QStringLiteral("sample %1: %2 kept, %3 afresh").arg(i).arg(expected->spread).arg(aPeriodOn->spread)));
                compared += expected->spread > 0;
            }
            if (season.update(t, value) == Seasonality::Change::None && expected) {
                season.learnDeviation(value - expected->value);
                if (i % 7 == 3 && season.period()) { // a late sample: stored nowhere, learned nowhere
                    const double before = season.expected(t + step)->spread;
                    season.update(t - step, value + 50);
                    season.learnDeviation(50);
                    QCOMPARE(season.expected(t + step)->spread, before);
                }
            }
        }
        QVERIFY2(compared > samples / 4, qPrintable(QStringLiteral("%1 samples with a spread to compare").arg(compared)));
    }

    // Workdays and quiet weekends: a daily season first, then the week. Each
    // phase of the week starts from the spread the day learned at that hour, so
    // the next sample's spread is the same just before and just after the switch
    // (unlearned, it was 0, and the week's first days were judged by the
    // residual scale alone).
    void theWeekStartsFromWhatTheDayLearned()
    {
        constexpr int perDay = 288;
        constexpr Timestamp step = 5 * kMinute;
        std::mt19937_64 rng(4);
        std::normal_distribution<double> noise(0, 2);
        Seasonality season;
        Timestamp t = 1'793'577'600'000;
        for (int i = 0; i < 21 * perDay; ++i, t += step) {
            const bool workday = (i / perDay) % 7 < 5;
            const double hour = 24.0 * (i % perDay) / perDay;
            const double value = 20 + (workday ? 50 : 8) * std::exp(-std::pow((hour - 13) / 3, 2)) + noise(rng);
            const std::optional<Seasonality::Expectation> expected = season.expected(t);
            const std::optional<Seasonality::Expectation> nextBefore = season.expected(t + step);
            const size_t periodBefore = season.period();
            if (season.update(t, value) == Seasonality::Change::None) {
                if (expected)
                    season.learnDeviation(value - expected->value);
                continue;
            }
            if (periodBefore != size_t(perDay) || season.period() != size_t(7 * perDay))
                continue;
            QVERIFY(nextBefore && nextBefore->spread > 0);
            const std::optional<Seasonality::Expectation> nextAfter = season.expected(t + step);
            QVERIFY(nextAfter);
            QCOMPARE(nextAfter->spread, nextBefore->spread);
            return;
        }
        QFAIL("no week found after the day");
    }

    // The season's slots by time: the phase and the season survive what real
    // collectors do to timestamps. Each case feeds a daily sine at five minutes
    // (a 20-unit swing) and asks, at the end, for the season and for the value
    // expected at the next sample's time.
    void seasonalityKeepsThePhase_data()
    {
        QTest::addColumn<QString>("disturbance");
        QTest::newRow("45% of the samples missing") << QStringLiteral("missing");
        QTest::newRow("one timestamp a year ahead") << QStringLiteral("future");
        QTest::newRow("the clock set back two days") << QStringLiteral("back");
        QTest::newRow("intervals of 4 and 9 minutes by half-day") << QStringLiteral("irregular");
    }
    void seasonalityKeepsThePhase()
    {
        QFETCH(QString, disturbance);
        constexpr Timestamp kStart = 1'793'577'600'000, kStep = 5 * kMinute;
        const auto sine = [](Timestamp t) { return 50 + 20 * std::sin(2 * M_PI * double(t % kDay) / double(kDay)); };
        std::mt19937_64 rng(23);
        std::uniform_real_distribution<double> chance(0, 1);
        Seasonality season;
        Timestamp t = kStart;
        qint64 seasonalSamples = 0, samples = 0;
        bool setBack = false;
        const Timestamp end = kStart + 16 * kDay;
        while (t < end) {
            Timestamp at = t;
            if (disturbance == u"future" && t == kStart + 8 * kDay)
                at = t + 365 * kDay;
            const bool dropped = disturbance == u"missing" && chance(rng) < 0.45;
            if (!dropped)
                season.update(at, sine(at));
            if (t >= kStart + 12 * kDay) {
                ++samples;
                seasonalSamples += season.period() > 0;
            }
            t += disturbance == u"irregular" ? ((t / (12 * kHour)) % 2 ? 9 : 4) * kMinute : kStep;
            if (disturbance == u"back" && !setBack && t >= kStart + 8 * kDay) {
                t -= 2 * kDay; // replayed: the samples after it repeat two days
                setBack = true;
            }
        }
        // Found again within four days of any break, and held from then on.
        QVERIFY2(seasonalSamples == samples, qPrintable(QStringLiteral("a season on %1 of the last %2 samples").arg(seasonalSamples).arg(samples)));
        const std::optional<Seasonality::Expectation> expected = season.expected(t);
        QVERIFY(expected);
        QVERIFY2(std::abs(expected->value - sine(t)) < 2.0,
                 qPrintable(QStringLiteral("expected %1 for %2").arg(expected->value).arg(sine(t))));
    }
};

QTEST_GUILESS_MAIN(TestDetectorParts)
#include "tst_detectorparts.moc"
