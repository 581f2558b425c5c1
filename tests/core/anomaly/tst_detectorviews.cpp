// SPDX-License-Identifier: GPL-3.0-or-later
// Each view of the detector on a synthetic series built for it: the anomaly is
// caught at alert level, by the view meant to catch it, and the same series
// without the anomaly stays below alert level. Complements tst_anomalydetector
// (seasonal series) with level series, rhythms, drifts and irregular sampling.
#include "anomaly/anomalydetector.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kStart = 1'793'577'600'000;
constexpr Timestamp kStep = kMinute;
constexpr int kLength = 6000;
constexpr int kAt = 4000;            // where the anomaly starts
constexpr int kWarmUp = 1000;
constexpr double kAlertLevel = 0.95; // AlertPolicy's default fire threshold

enum class Kind { None, Spike, Dip, Shift, Drift, Rhythm };

// A level with noise and, for Rhythm, a square wave of period 23 that turns
// into period 7 at kAt (same range, same mean: only the shape changes). Neither
// period divides a day, so no daily season explains the wave.
double sample(int i, Kind kind, bool rhythm, std::mt19937_64 &rng)
{
    std::normal_distribution<double> noise(0, 1);
    double x = 100 + noise(rng);
    if (rhythm)
        x += ((kind == Kind::Rhythm && i >= kAt) ? (i % 7 < 3) : (i % 23 < 11)) ? 10 : -10;
    switch (kind) {
    case Kind::Spike: x += i == kAt ? 15 : 0; break;
    case Kind::Dip: x -= i == kAt ? 15 : 0; break;
    case Kind::Shift: x += i >= kAt ? 10 : 0; break;
    case Kind::Drift: x += i >= kAt ? 0.05 * (i - kAt) : 0; break; // a leak: 1 sigma every 20 samples
    default: break;
    }
    return x;
}

struct Run
{
    std::vector<double> scores;
    std::vector<AnomalyEvidence> evidence;
};

// `time` gives each sample's timestamp; `keep` drops samples (missing data).
Run run(Kind kind, bool rhythm, const std::function<Timestamp(int)> &time = [](int i) { return kStart + i * kStep; },
        const std::function<bool(int)> &keep = [](int) { return true; })
{
    std::mt19937_64 rng(42);
    AnomalyDetector detector;
    Run r;
    for (int i = 0; i < kLength; ++i) {
        const double x = sample(i, kind, rhythm, rng);
        AnomalyEvidence e;
        r.scores.push_back(keep(i) ? detector.update(time(i), x, &e) : 0.0);
        r.evidence.push_back(e);
    }
    return r;
}

int firstAbove(const Run &r, int from, int to)
{
    for (int i = from; i < to; ++i)
        if (r.scores[size_t(i)] >= kAlertLevel)
            return i;
    return -1;
}

} // namespace

class TestDetectorViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchesWithTheRightView_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("rhythm");
        QTest::addColumn<int>("within");  // samples after kAt
        QTest::addColumn<QString>("view"); // the view that spoke; empty: either
        // AnomalyEvidence::view as stored; empty: any. A spike of 15σ leaves the
        // range of the last 2000 samples, and that is the larger surprise.
        QTest::addColumn<QString>("sign");
        QTest::addRow("spike") << int(Kind::Spike) << false << 1 << QStringLiteral("statistical") << QStringLiteral("range");
        QTest::addRow("dip") << int(Kind::Dip) << false << 1 << QStringLiteral("statistical") << QStringLiteral("range");
        QTest::addRow("level shift") << int(Kind::Shift) << false << 10 << QString() << QString();
        QTest::addRow("drift") << int(Kind::Drift) << false << 600 << QStringLiteral("trend") << QStringLiteral("trend");
        QTest::addRow("spike on a rhythm") << int(Kind::Spike) << true << 10 << QString() << QString();
        QTest::addRow("changed rhythm") << int(Kind::Rhythm) << true << 40 << QStringLiteral("shape") << QStringLiteral("shape");
    }
    void catchesWithTheRightView()
    {
        QFETCH(int, kind);
        QFETCH(bool, rhythm);
        QFETCH(int, within);
        QFETCH(QString, view);
        QFETCH(QString, sign);
        const Run r = run(Kind(kind), rhythm);
        QCOMPARE(firstAbove(r, kWarmUp, kAt), -1); // nothing before
        const int hit = firstAbove(r, kAt, kAt + within);
        if (hit < 0) {
            const auto peak = std::max_element(r.scores.begin() + kAt, r.scores.begin() + kAt + within);
            const AnomalyEvidence &e = r.evidence[size_t(peak - r.scores.begin())];
            QFAIL(qPrintable(QStringLiteral("not caught within %1 samples: peak %2 at +%3 (spike %4, shift %5, range %6, shape %7, record %8)")
                                 .arg(within).arg(*peak).arg(peak - r.scores.begin() - kAt).arg(e.spike).arg(e.shift)
                                 .arg(e.range).arg(e.shape).arg(e.record)));
        }
        const AnomalyEvidence &e = r.evidence[size_t(hit)];
        QVERIFY(e.record);
        const QString spoke = e.trend > 0 ? QStringLiteral("trend") : e.byShape ? QStringLiteral("shape") : QStringLiteral("statistical");
        if (!view.isEmpty())
            QCOMPARE(spoke, view);
        QVERIFY(e.view != AnomalyView::None);
        if (!sign.isEmpty())
            QCOMPARE(QString::fromLatin1(anomalyViewKey(e.view)), sign);
    }

    void quietWithoutAnomaly_data()
    {
        QTest::addColumn<bool>("rhythm");
        QTest::addRow("level") << false;
        QTest::addRow("rhythm") << true;
    }
    void quietWithoutAnomaly()
    {
        QFETCH(bool, rhythm);
        const Run r = run(Kind::None, rhythm);
        const int hit = firstAbove(r, kWarmUp, kLength);
        // Known gap: on white noise a new extreme of the last 2000 samples now and
        // then beats every surprise of the last 1000 by more than half (a chance
        // record at alert level, about one per 5000 samples here).
        QEXPECT_FAIL("level", "chance records on white noise", Abort);
        if (hit >= 0) {
            const AnomalyEvidence &e = r.evidence[size_t(hit)];
            QFAIL(qPrintable(QStringLiteral("alert-level score %1 at %2 (spike %3, shift %4, range %5, shape %6, by shape %7, excess %8)")
                                 .arg(r.scores[size_t(hit)]).arg(hit).arg(e.spike).arg(e.shift).arg(e.range).arg(e.shape)
                                 .arg(e.byShape).arg(e.excess)));
        }
    }

    // A flat, quantised level with rare spikes (each a huge z against a spread of
    // nothing), then a noisy regime, then a spike beyond everything seen: the
    // spike is news though its z is small beside the flat stretch's.
    void newExtremeAfterAFlatStretch()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1.5);
        AnomalyDetector detector;
        constexpr int noisyFrom = 3000;
        double score = 0;
        AnomalyEvidence e;
        for (int i = 0; i <= kAt; ++i) {
            double x = i < noisyFrom ? (i % 400 == 200 ? 38.0 : 33.4) : 34 + noise(rng);
            if (i == kAt)
                x = 46;
            score = detector.update(kStart + i * kStep, x, &e);
        }
        QVERIFY2(score >= kAlertLevel, qPrintable(QStringLiteral("score %1 (spike %2, range %3, record %4)")
                                                      .arg(score).arg(e.spike).arg(e.range).arg(e.record)));
        QVERIFY(e.record);
        QCOMPARE(e.view, AnomalyView::Range); // a record of leaving the range, whatever the spike's z
    }

    // A drift out of white noise: its first record has a small margin, but the
    // surprise has been building for a while (a tiny sustained tail). It ranks
    // above what its margin alone gives, so that a threshold within the record
    // band keeps it before isolated records, yet stays below alert level.
    void sustainedRecordRanksAboveItsMargin()
    {
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector detector;
        for (int i = 0; i < 3400; ++i) {
            const double x = 50 + noise(rng) + (i >= 3000 ? 0.08 * (i - 3000) : 0);
            AnomalyEvidence e;
            const double score = detector.update(kStart + i * kStep, x, &e);
            if (i < 3000 || !e.record || score < 0.9)
                continue;
            QVERIFY2(e.excess < 0.5 && e.sustained < 1e-3,
                     qPrintable(QStringLiteral("at %1: excess %2, sustained %3").arg(i).arg(e.excess).arg(e.sustained)));
            QVERIFY2(score > 0.9 + 0.1 * e.excess + 0.005,
                     qPrintable(QStringLiteral("score %1 for margin %2").arg(score).arg(e.excess)));
            QVERIFY(score < kAlertLevel);
            return;
        }
        QFAIL("the drift made no record");
    }

    // A spike, then 300 samples later a smaller but sustained shift: while the
    // spike is among the last 1000 surprises the shift makes no record, yet a run
    // this sustained ranks it in the record band (below alert level).
    void smallerAnomalySoonAfterABiggerOne()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector detector;
        double best = 0;
        bool bestWasRecord = true;
        for (int i = 0; i < 3340; ++i) {
            const double x = 50 + noise(rng) + (i == 3000 ? 30 : 0) + (i >= 3300 ? 4 : 0);
            AnomalyEvidence e;
            const double score = detector.update(kStart + i * kStep, x, &e);
            if (i >= 3300 && score > best) {
                best = score;
                bestWasRecord = e.record;
            }
        }
        QVERIFY2(best > 0.905, qPrintable(QStringLiteral("best score %1").arg(best)));
        QVERIFY(!bestWasRecord);
        QVERIFY(best < kAlertLevel);
    }

    // A spike, then 250 samples later a second spike half as high: no new
    // extreme, and its z is no record beside the first's, but it lands far from
    // every recent value with only the first spike beyond it (a second
    // departure, `gap`), so it alerts at once.
    void secondSpikeIntoTheGapAfterABiggerOne()
    {
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector detector;
        constexpr int first = 3000, second = 3250;
        for (int i = 0; i <= second; ++i) {
            const double x = 50 + noise(rng) + (i == first ? 30 : 0) + (i == second ? 15 : 0);
            AnomalyEvidence e;
            const double score = detector.update(kStart + i * kStep, x, &e);
            if (i > first + 100 && i < second)
                QVERIFY2(score < kAlertLevel, qPrintable(QStringLiteral("score %1 at %2").arg(score).arg(i)));
            if (i == second) {
                QVERIFY2(score >= kAlertLevel && e.gap > 0.1 && e.record && e.range == 0,
                         qPrintable(QStringLiteral("score %1 (spike %2, gap %3, range %4, record %5)")
                                        .arg(score).arg(e.spike).arg(e.gap).arg(e.range).arg(e.record)));
            }
        }
    }

    // A spike inside the range (a record that alerts), then 50 samples later,
    // among its echoes, a value far beyond the range: its z is less than twice
    // the first's, so no escalation of the value view, but it leaves the range
    // more than three times as far as any departure of the last 1000 samples.
    // A step just past the range at the same place stays damped.
    void farDepartureAmongARecordsEchoes_data()
    {
        QTest::addColumn<double>("height");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("far beyond the range") << 50.0 << true;
        QTest::newRow("just past the range") << 33.0 << false;
    }
    void farDepartureAmongARecordsEchoes()
    {
        QFETCH(double, height);
        QFETCH(bool, alerts);
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector detector;
        constexpr int earlier = 1500, first = 3000, second = 3050;
        for (int i = 0; i <= second; ++i) {
            const double bump = i == earlier ? 30 : i == first ? 28 : i == second ? height : 0;
            AnomalyEvidence e;
            const double score = detector.update(kStart + i * kStep, 50 + noise(rng) + bump, &e);
            if (i == first)
                QVERIFY2(score >= kAlertLevel && e.range == 0, qPrintable(QStringLiteral("first: score %1").arg(score)));
            if (i > first && i < second)
                QVERIFY2(score < kAlertLevel, qPrintable(QStringLiteral("score %1 at %2").arg(score).arg(i)));
            if (i == second) {
                QVERIFY2(e.range > 0 && e.spike < 2 * 28, qPrintable(QStringLiteral("range %1, spike %2").arg(e.range).arg(e.spike)));
                QVERIFY2((score >= kAlertLevel) == alerts, qPrintable(QStringLiteral("second: score %1").arg(score)));
            }
        }
    }

    // A level steps up and holds (a record that alerts), then 20 samples later
    // steps again. As the recent mean catches up with a held level, the value's z
    // grows by half with no change in the level: a level 60% higher is no
    // escalation (it was one: queues stepping up on the demo fleet alerted twice);
    // a level two and a half times as far from the baseline is, at once. An
    // earlier plateau keeps both steps inside the range (no departure).
    void aHeldLevelEscalatesOnlyWhenItGrows_data()
    {
        QTest::addColumn<double>("second");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("60% higher") << 13.0 << false;
        QTest::newRow("two and a half times as far") << 20.0 << true;
    }
    void aHeldLevelEscalatesOnlyWhenItGrows()
    {
        QFETCH(double, second);
        QFETCH(bool, alerts);
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector detector;
        constexpr int first = 3000, next = 3020, end = 3100;
        int alertsAfterNext = 0;
        for (int i = 0; i < end; ++i) {
            const double step = i >= next ? second : i >= first ? 8.0 : (i >= 800 && i < 1100) ? 25.0 : 0.0;
            AnomalyEvidence e;
            const double score = detector.update(kStart + i * kStep, 50 + noise(rng) + step, &e);
            if (i == first)
                QVERIFY2(score >= kAlertLevel && e.range == 0, qPrintable(QStringLiteral("first: score %1").arg(score)));
            if (i > first && i < next)
                QVERIFY2(score < kAlertLevel, qPrintable(QStringLiteral("score %1 at %2").arg(score).arg(i)));
            alertsAfterNext += i >= next && score >= kAlertLevel;
        }
        QCOMPARE(alertsAfterNext > 0, alerts);
    }

    // Spikes of every height among noise: each lands near earlier ones or has
    // many beyond it, so none is a second departure once the last 1000 values
    // hold a few dozen of them.
    void spikesOfAllHeightsAreNoGaps()
    {
        std::mt19937_64 rng(9);
        std::normal_distribution<double> noise(0, 1);
        std::uniform_real_distribution<double> height(5, 40);
        AnomalyDetector detector;
        int gaps = 0;
        for (int i = 0; i < 20000; ++i) {
            const double x = 50 + noise(rng) + (i % 37 == 0 ? height(rng) : 0);
            AnomalyEvidence e;
            detector.update(kStart + i * kStep, x, &e);
            gaps += i >= kWarmUp && e.gap > 0; // with a full history to judge against
        }
        QCOMPARE(gaps, 0);
    }

    // Writes in bursts with idle stretches of 20 to 60 samples (5 min apart),
    // then an idle stretch that goes on: the stall view speaks once it outlasts
    // the longest earlier one by 15% (below alert level), and at alert level when
    // it doubles. A stall that begins before the series spans a week says
    // nothing (idle stretches follow the week), and no earlier idle stretch after
    // the learning day makes it speak.
    void aStallOutlastingEveryEarlierOne_data()
    {
        QTest::addColumn<int>("stallAt");
        QTest::addColumn<bool>("speaks");
        QTest::addRow("day 10") << 10 * 288 << true;
        QTest::addRow("day 4, before a week") << 4 * 288 << false;
    }
    void aStallOutlastingEveryEarlierOne()
    {
        QFETCH(int, stallAt);
        QFETCH(bool, speaks);
        std::mt19937_64 rng(11);
        std::uniform_int_distribution<int> idle(20, 60), busy(5, 30);
        std::uniform_real_distribution<double> written(10, 100);
        AnomalyDetector detector;
        int longest = 0, left = busy(rng);
        bool writing = true;
        std::vector<std::pair<int, AnomalyEvidence>> spoke;
        for (int i = 0; i < stallAt + 300; ++i) {
            if (i < stallAt && --left <= 0) {
                writing = !writing;
                left = writing ? busy(rng) : idle(rng);
                if (!writing)
                    longest = std::max(longest, left);
            }
            const bool stalled = i >= stallAt;
            AnomalyEvidence e;
            const double s = detector.update(kStart + i * 5 * kMinute, writing && !stalled ? written(rng) : 0.0, &e);
            if (e.stall > 0 && s >= 0.9) { // in the record band: not on the learning day
                QVERIFY2(stalled, qPrintable(QStringLiteral("a stall at %1 before the long one").arg(i)));
                QVERIFY(e.record);
                QCOMPARE(s >= kAlertLevel, e.stall >= 2);
                spoke.emplace_back(i, e);
            }
        }
        if (!speaks) {
            QCOMPARE(spoke.size(), size_t(0));
            return;
        }
        QCOMPARE(spoke.size(), size_t(2));
        // The idle stretch began where the writing stopped, up to `left` samples before.
        QVERIFY2(spoke[0].second.stall >= 1.15 && spoke[0].second.stall < 1.2,
                 qPrintable(QStringLiteral("first at %1 x longest").arg(spoke[0].second.stall)));
        QVERIFY(spoke[1].second.stall >= 2.0 && spoke[1].second.stall < 2.05);
        QVERIFY(spoke[1].first - stallAt <= 2 * longest + 1);
    }

    // A noisy gauge that freezes (a dead exporter repeating its last value) has
    // no earlier stall longer than a few repeats: it is judged against 24
    // samples, and alerts after 49, on day 4 as well (with no idle stretches,
    // there is no weekly rhythm of them to learn first). A series that never
    // changed has nothing to stall.
    void aFrozenGaugeAndAConstant()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector gauge, constant;
        const int at = 3 * 288;
        int alertAt = -1;
        double last = 0;
        for (int i = 0; i < at + 100; ++i) {
            const Timestamp t = kStart + i * 5 * kMinute;
            if (i < at)
                last = std::round(50 + noise(rng)); // whole units: short repeats are common
            AnomalyEvidence e;
            if (gauge.update(t, last, &e) >= kAlertLevel && alertAt < 0)
                alertAt = i;
            AnomalyEvidence c;
            QVERIFY(constant.update(t, 7.0, &c) < kAlertLevel && c.stall == 0);
        }
        QVERIFY2(alertAt >= at && alertAt - at <= 49, qPrintable(QStringLiteral("alert at +%1").arg(alertAt - at)));
    }

    // Jittered intervals (±20%) and 5% of samples missing: a daily season is
    // still found from the median interval, clean days stay quiet, a spike is
    // caught.
    void irregularAndMissingSamples()
    {
        constexpr int perDay = 288;
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> jitter(-0.2, 0.2);
        std::normal_distribution<double> noise(0, 1.5);
        AnomalyDetector detector;
        Timestamp t = kStart;
        int hit = -1, falseAlarm = -1;
        qint64 period = 0;
        const int at = 12 * perDay + 100;
        for (int i = 0; i < 14 * perDay; ++i) {
            t += Timestamp(double(5 * kMinute) * (1 + jitter(rng)));
            if (rng() % 20 == 0)
                continue; // missing
            const double x = 50 + 20 * std::sin(2 * M_PI * i / perDay) + noise(rng) + (i == at ? 40 : 0);
            AnomalyEvidence e;
            const double s = detector.update(t, x, &e);
            if (s >= kAlertLevel && i >= 3 * perDay) {
                if (i >= at && i < at + 5 && hit < 0)
                    hit = i;
                else if (i < at && falseAlarm < 0)
                    falseAlarm = i;
            }
            period = e.period;
        }
        QCOMPARE(falseAlarm, -1);
        QVERIFY(hit >= 0);
        // A day of samples at the median interval (missing samples lengthen it a little).
        QVERIFY2(std::abs(period - perDay) <= perDay / 20, qPrintable(QStringLiteral("period %1").arg(period)));
    }
};

QTEST_GUILESS_MAIN(TestDetectorViews)
#include "tst_detectorviews.moc"
