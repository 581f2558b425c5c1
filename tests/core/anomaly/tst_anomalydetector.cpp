// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/anomalydetector.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kStart = 1'793'577'600'000;
constexpr Timestamp kStep = 5 * kMinute;
constexpr int kPerDay = 288;

// A daily season with noise: 14 days at 5 minutes. `inject` may alter sample i.
template<typename Inject>
std::vector<double> seasonal(unsigned seed, Inject inject)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 1.5);
    std::vector<double> v;
    for (int i = 0; i < 14 * kPerDay; ++i) {
        double x = 50 + 20 * std::sin(2 * M_PI * i / kPerDay) + noise(rng);
        inject(i, x);
        v.push_back(std::round(x * 10) / 10);
    }
    return v;
}

std::vector<double> scores(const std::vector<double> &values, std::vector<AnomalyEvidence> *evidence = nullptr)
{
    AnomalyDetector detector;
    std::vector<double> out;
    for (size_t i = 0; i < values.size(); ++i) {
        AnomalyEvidence e;
        out.push_back(detector.update(kStart + Timestamp(i) * kStep, values[i], &e));
        if (evidence)
            evidence->push_back(e);
    }
    return out;
}

// First sample at or after `from` scoring at least `threshold`, or -1.
int firstAbove(const std::vector<double> &s, double threshold, int from, int to)
{
    for (int i = from; i < std::min<int>(to, int(s.size())); ++i)
        if (s[size_t(i)] >= threshold)
            return i;
    return -1;
}

constexpr double kAlertLevel = 0.95; // AlertPolicy's default fire threshold
constexpr int kWarmUp = 3 * kPerDay;
constexpr int kAt = 10 * kPerDay + 100;

} // namespace

class TestAnomalyDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietOnCleanSeasonalData_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1u, 2u, 3u, 4u, 5u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void quietOnCleanSeasonalData()
    {
        QFETCH(unsigned, seed);
        const std::vector<double> s = scores(seasonal(seed, [](int, double &) {}));
        const int hit = firstAbove(s, kAlertLevel, kWarmUp, int(s.size()));
        QVERIFY2(hit < 0, qPrintable(QStringLiteral("alert-level score %1 at sample %2").arg(s[size_t(std::max(hit, 0))]).arg(hit)));
    }

    // A queue that only runs a nightly batch: 0 all day, a night's demand rising
    // to about 1000 cores and back by 06:30, from the first midnight. The first
    // night is learned; the second, a little higher, was news against the quiet
    // day's median (0) before a daily season can be found (on the demo fleet both
    // ETL queues alerted). The value a day ago judges too on that day, so the
    // second night is quiet, while an hour in the afternoon at half as much again
    // as any night, like neither the day before nor the last hours, alerts.
    void theSecondNightIsNoNews_data()
    {
        QTest::addColumn<bool>("fault");
        QTest::newRow("second night") << false;
        QTest::newRow("an afternoon hour above any night") << true;
    }
    void theSecondNightIsNoNews()
    {
        QFETCH(bool, fault);
        std::mt19937_64 rng(8);
        std::normal_distribution<double> noise(0, 40);
        std::vector<double> values;
        constexpr int nightEnd = 78;               // 06:30
        constexpr int faultAt = kPerDay + 14 * 12; // 14:00 on day 2
        for (int i = 0; i < 2 * kPerDay; ++i) {
            const int phase = i % kPerDay;
            const double peak = i < kPerDay ? 1000 : 1200;
            double x = 0;
            if (phase < nightEnd)
                x = std::max(0.0, peak * std::sin(M_PI * phase / nightEnd) + noise(rng));
            if (fault && i >= faultAt && i < faultAt + 12)
                x = 1800 + noise(rng);
            values.push_back(std::round(x / 2) * 2); // whole cores, two at a time
        }
        const std::vector<double> s = scores(values);
        const int hit = firstAbove(s, kAlertLevel, kPerDay, 2 * kPerDay);
        if (fault)
            QVERIFY2(hit >= faultAt && hit < faultAt + 12, qPrintable(QStringLiteral("first alert at %1").arg(hit)));
        else
            QVERIFY2(hit < 0, qPrintable(QStringLiteral("alert-level score %1 at sample %2").arg(s[size_t(std::max(hit, 0))]).arg(hit)));
    }

    // Office hours on weekdays, quiet weekends (kStart is a Monday), five weeks at
    // five minutes: a weekly season is found within the second week, so the later
    // weekends are expected and raise nothing, while a purely daily rhythm keeps
    // its daily season. Until 2026-12-06 a week was never chosen at five minutes
    // and every Saturday alerted.
    void weeklySeasonForQuietWeekends_data()
    {
        QTest::addColumn<bool>("weekends");
        QTest::addColumn<double>("level"); // a large level keeps its small variance (bytes per second)
        QTest::addRow("quiet weekends") << true << 0.0;
        QTest::addRow("quiet weekends near 1e9") << true << 1e9;
        QTest::addRow("every day alike") << false << 0.0;
    }
    void weeklySeasonForQuietWeekends()
    {
        QFETCH(bool, weekends);
        QFETCH(double, level);
        std::mt19937_64 rng(4);
        std::normal_distribution<double> noise(0, 2);
        std::vector<double> values;
        for (int i = 0; i < 35 * kPerDay; ++i) {
            const bool workday = !weekends || (i / kPerDay) % 7 < 5;
            const double hour = 24.0 * (i % kPerDay) / kPerDay;
            values.push_back(level + 20 + (workday ? 50 : 8) * std::exp(-std::pow((hour - 13) / 3, 2)) + noise(rng));
        }
        std::vector<AnomalyEvidence> evidence;
        const std::vector<double> s = scores(values, &evidence);
        const qint64 expectedPeriod = weekends ? 7 * kPerDay : kPerDay;
        QCOMPARE(evidence[size_t(14 * kPerDay)].period, expectedPeriod);
        QCOMPARE(evidence.back().period, expectedPeriod);
        const int hit = firstAbove(s, kAlertLevel, 14 * kPerDay, int(s.size()));
        QVERIFY2(hit < 0, qPrintable(QStringLiteral("alert-level score %1 on day %2").arg(s[size_t(std::max(hit, 0))]).arg(hit / kPerDay)));
    }

    // Disk space filling slowly, plus a nightly batch's scratch data, recorded at
    // 0.1 %: a staircase whose steps are the data's resolution. Its seasonal
    // residuals are mostly exactly 0, so their own spread is no scale: a step of
    // 0.1 on 60 % against yesterday was 62 sigma (a critical alert on the demo's
    // disk_util_percent); judged against the level it is under 2.
    void seasonalViewJudgesQuantisedStepsAgainstTheLevel_data()
    {
        QTest::addColumn<double>("fillPerDay");
        for (double fill : {0.02, 0.03, 0.05})
            QTest::addRow("%.2f%%/day", fill) << fill;
    }
    void seasonalViewJudgesQuantisedStepsAgainstTheLevel()
    {
        QFETCH(double, fillPerDay);
        std::vector<double> v;
        for (int i = 0; i < 14 * kPerDay; ++i) {
            const double phase = double(i % kPerDay) / kPerDay;
            const double batch = phase < 0.25 ? std::sin(4 * M_PI * phase) : 0.0; // midnight to 6 am
            v.push_back(std::round((60 + fillPerDay * i / kPerDay + 1.5 * std::max(0.0, batch)) * 10) / 10);
        }
        std::vector<AnomalyEvidence> evidence;
        scores(v, &evidence);
        double largest = 0;
        for (size_t i = kWarmUp; i < evidence.size(); ++i)
            largest = std::max(largest, evidence[i].seasonal);
        // > 0: the batch makes a daily season, so the seasonal view spoke.
        QVERIFY2(largest > 0 && largest < 3, qPrintable(QStringLiteral("largest seasonal z %1").arg(largest)));
    }

    // Network traffic of a batch worker, as the simulated fleet has it: quiet by
    // day, a plateau 26 times higher from 00:30 to 06:00 with hour-long ramps, and
    // noise that grows with the level (12%, correlated over minutes; 5-minute
    // means). Against the series' usual residual scale, set by the quiet hours,
    // every night's peak is 10-20 sigma and its largest sample a record about one
    // night in four; judged by the phase's own spread, it is the norm. Over 20
    // seeds 5 alert (8 without the phase spread), all on nights 4 and 5, while
    // the phase's spread rests on a night or two (seasonal z 12-14).
    void noisyNightlyPeaksAreTheNorm()
    {
        int alerted = 0;
        QStringList which;
        for (unsigned seed = 1; seed <= 20; ++seed) {
            std::mt19937_64 rng(seed);
            std::normal_distribution<double> innovation(0, 0.12 * std::sqrt(1 - 0.8 * 0.8));
            double noise = 0;
            std::vector<double> v;
            const auto rise = [](double x) { return 0.5 - 0.5 * std::cos(M_PI * std::clamp(x, 0.0, 1.0)); };
            for (int i = 0; i < 14 * kPerDay; ++i) {
                double sum = 0;
                for (int minute = 0; minute < 5; ++minute) {
                    // Minutes from 23:00, so that the night does not wrap.
                    const double m = std::fmod(double(i % kPerDay) * 5 + minute + 60, 1440);
                    const double batch = rise((m - 30) / 60) * rise((480 - m) / 60);
                    const double queries = rise((m - 570) / 60) * rise((1140 - m) / 60);
                    noise = 0.8 * noise + innovation(rng);
                    sum += (2e7 + 5.5e8 * batch + 2e8 * queries) * std::max(0.05, 1 + noise);
                }
                v.push_back(std::round(sum / 5));
            }
            const std::vector<double> s = scores(v);
            if (firstAbove(s, kAlertLevel, kWarmUp, int(s.size())) >= 0) {
                ++alerted;
                which << QString::number(seed);
            }
        }
        QVERIFY2(alerted <= 5, qPrintable(QStringLiteral("%1 of 20 series alerted (seeds %2)").arg(alerted).arg(which.join(u','))));
    }

    // Traffic whose noise grows with its level (10% from one day to the next,
    // correlated over samples): a 70% drop for half an hour near the daily peak is
    // an outage, though it is only about 5 sigma of the peak's own day-to-day
    // spread. Over 20 seeds the detector catches all 20 within an hour and raises
    // one chance alert before (docs/anomaly.md); a residual scale per hour of the
    // day, tried on 2026-12-05, caught 17 and is what this guards against. Seed 15's
    // outage came in the echo damping of a chance shape record below alert level,
    // and was missed until a record of the other view could break such a quiet.
    void catchesOutagesAtThePeakOfNoisyTraffic()
    {
        constexpr int kOutage = 10 * kPerDay + 90; // near the day's peak
        int caught = 0, chanceAlerts = 0;
        QStringList missed;
        for (unsigned seed = 1; seed <= 20; ++seed) {
            std::mt19937_64 rng(seed);
            std::normal_distribution<double> innovation(0, 0.04);
            std::vector<double> v;
            double noise = 0;
            for (int i = 0; i < 14 * kPerDay; ++i) {
                const double phase = double(i % kPerDay) / kPerDay;
                const double batch = std::pow(std::max(0.0, std::sin(2 * M_PI * (phase - 0.05))), 3);
                noise = 0.9 * noise + innovation(rng);
                double x = 2e7 * (1 + 25 * batch) * std::max(0.05, 1 + noise);
                if (i >= kOutage && i < kOutage + 6)
                    x *= 0.3;
                v.push_back(std::round(x));
            }
            const std::vector<double> s = scores(v);
            chanceAlerts += firstAbove(s, kAlertLevel, kWarmUp, kOutage) >= 0 ? 1 : 0;
            if (firstAbove(s, kAlertLevel, kOutage, kOutage + 12) >= 0)
                ++caught;
            else
                missed << QString::number(seed);
        }
        QVERIFY2(caught >= 20, qPrintable(QStringLiteral("%1 of 20 outages caught; missed seeds %2").arg(caught).arg(missed.join(u','))));
        QVERIFY2(chanceAlerts <= 1, qPrintable(QStringLiteral("%1 of 20 series alerted before the outage").arg(chanceAlerts)));
    }

    // A weekday rhythm with quiet weekends, and a fault on the first Sunday
    // morning (the CPU pinned for two hours). The weekly season is found on the
    // second Saturday, with one earlier week to go by: the second Sunday's
    // ordinary morning must not be judged against the fault (it scored 19 sigma
    // on the simulated demo fleet). An alerted period is left out while fewer
    // than three periods could outvote it.
    void aFaultIsNoExpectationForTheWeekAfter()
    {
        constexpr int kFault = 6 * kPerDay + 8 * kPerDay / 24; // Sunday 08:00
        constexpr int kHours2 = 2 * kPerDay / 24;
        std::mt19937_64 rng(8);
        std::normal_distribution<double> noise(0, 2);
        std::vector<double> values;
        for (int i = 0; i < 14 * kPerDay; ++i) {
            const bool workday = (i / kPerDay) % 7 < 5;
            const double hour = 24.0 * (i % kPerDay) / kPerDay;
            double x = 20 + (workday ? 50 : 8) * std::exp(-std::pow((hour - 13) / 3, 2)) + noise(rng);
            if (i >= kFault && i < kFault + kHours2)
                x = 98 + noise(rng) / 4;
            values.push_back(x);
        }
        std::vector<AnomalyEvidence> evidence;
        const std::vector<double> s = scores(values, &evidence);
        QVERIFY2(firstAbove(s, kAlertLevel, kFault, kFault + kHours2) >= 0, "the fault itself was missed");
        constexpr int kWeekAfter = kFault + 7 * kPerDay;
        QCOMPARE(evidence[size_t(kWeekAfter)].period, qint64(7 * kPerDay));
        const int hit = firstAbove(s, kAlertLevel, kWeekAfter - kHours2, kWeekAfter + 2 * kHours2);
        QVERIFY2(hit < 0, qPrintable(QStringLiteral("alert-level score %1 at %2 hours after the fault's hour a week later (seasonal %3 sigma)")
                                         .arg(s[size_t(std::max(hit, 0))]).arg(double(hit - kWeekAfter) * 24 / kPerDay)
                                         .arg(evidence[size_t(std::max(hit, 0))].seasonal)));
    }

    // A collector down for two hours on day 5: the same phase of earlier days is
    // found by time, not by counting samples back, so the days after the gap are
    // judged against the right hour, as if nothing were missing (counted back,
    // yesterday was two hours off for three days: ten times as many samples at
    // 4σ on the seasonal view). A dip on day 8 is still caught.
    void aCollectorGapKeepsThePhase()
    {
        constexpr int kGapFrom = 5 * kPerDay + 100, kGapTo = kGapFrom + 24;
        constexpr int kDip = 8 * kPerDay + 50;
        const std::vector<double> v = seasonal(11, [](int i, double &x) { x -= i >= kDip && i < kDip + 6 ? 12 : 0; });
        struct Outcome
        {
            int seasonalFours = 0, alertsAfterGap = 0, dipCaughtAt = -1;
        };
        auto run = [&v](bool gap) {
            AnomalyDetector detector;
            Outcome o;
            for (int i = 0; i < int(v.size()); ++i) {
                if (gap && i >= kGapFrom && i < kGapTo)
                    continue;
                AnomalyEvidence e;
                const double score = detector.update(kStart + Timestamp(i) * kStep, v[size_t(i)], &e);
                if (i >= kGapTo && i < kGapTo + 3 * kPerDay)
                    o.seasonalFours += e.seasonal >= 4 ? 1 : 0;
                if (i >= kGapTo && i < kDip)
                    o.alertsAfterGap += score >= kAlertLevel ? 1 : 0;
                if (i >= kDip && i < kDip + 12 && score >= kAlertLevel && o.dipCaughtAt < 0)
                    o.dipCaughtAt = i;
            }
            return o;
        };
        const Outcome withGap = run(true), without = run(false);
        QVERIFY2(withGap.seasonalFours <= without.seasonalFours + 2,
                 qPrintable(QStringLiteral("%1 samples at 4 sigma after the gap, %2 without it")
                                .arg(withGap.seasonalFours).arg(without.seasonalFours)));
        QCOMPARE(withGap.alertsAfterGap, 0);
        QVERIFY2(withGap.dipCaughtAt >= 0, "the dip after the gap was missed");
        QCOMPARE(withGap.dipCaughtAt, without.dipCaughtAt);
    }

    // The scrape interval changes from five minutes to one: the slots keep the
    // phase by time until they are cut anew at the new width, and the daily
    // season is found again at its new length. Counting samples back, the
    // season at 288 samples compared each new sample with the value 4.8 hours
    // before: 69 samples at 4 sigma on the seasonal view and an alert.
    void aNewScrapeIntervalFindsTheSeasonAgain()
    {
        std::mt19937_64 rng(4);
        std::normal_distribution<double> noise(0, 1.5);
        AnomalyDetector detector;
        AnomalyEvidence e;
        Timestamp t = kStart;
        int alerts = 0, seasonalFours = 0;
        constexpr Timestamp kSwitch = kStart + 6 * kDay, kEnd = kStart + 12 * kDay;
        while (t < kEnd) {
            const double phase = double((t - kStart) % kDay) / double(kDay);
            const double score = detector.update(t, 50 + 20 * std::sin(2 * M_PI * phase) + noise(rng), &e);
            if (t >= kSwitch) {
                alerts += score >= kAlertLevel ? 1 : 0;
                seasonalFours += e.seasonal >= 4 ? 1 : 0;
            }
            t += t < kSwitch ? kStep : kMinute;
        }
        QCOMPARE(e.period, qint64(kDay / kMinute));
        QCOMPARE(alerts, 0);
        QVERIFY2(seasonalFours <= 2, qPrintable(QStringLiteral("%1 samples at 4 sigma after the switch").arg(seasonalFours)));
    }

    void catchesInjectedAnomalies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("spike") << 0;
        QTest::addRow("dip") << 1;
        QTest::addRow("level shift") << 2;
        QTest::addRow("missing daily peak") << 3;
        QTest::addRow("noise burst") << 4;
    }
    void catchesInjectedAnomalies()
    {
        QFETCH(int, kind);
        const std::vector<double> values = seasonal(9, [kind](int i, double &x) {
            switch (kind) {
            case 0: if (i == kAt) x += 40; break;
            case 1: if (i == kAt) x -= 40; break;
            case 2: if (i >= kAt) x += 25; break;
            case 3: if (i >= kAt - 20 && i < kAt + 60) x = 50 + 20 * std::sin(2 * M_PI * (kAt - 20) / kPerDay); break;
            case 4: if (i >= kAt && i < kAt + 30) x += (i % 2 ? 15 : -15); break;
            }
        });
        std::vector<AnomalyEvidence> evidence;
        const std::vector<double> s = scores(values, &evidence);
        QCOMPARE(firstAbove(s, kAlertLevel, kWarmUp, kAt), -1); // nothing before
        const int hit = firstAbove(s, kAlertLevel, kAt - 20, kAt + 60);
        if (hit < 0) {
            const auto peak = std::max_element(s.begin() + kAt - 20, s.begin() + kAt + 60);
            const AnomalyEvidence &e = evidence[size_t(peak - s.begin())];
            QFAIL(qPrintable(QStringLiteral("not detected: peak %1 at %2 (seasonal %3, spike %4, shape %5, record %6)")
                                 .arg(*peak).arg(peak - s.begin() - kAt).arg(e.seasonal).arg(e.spike).arg(e.shape).arg(e.record)));
        }
        QVERIFY(evidence[size_t(hit)].record);
        QCOMPARE(evidence[size_t(hit)].period, qint64(kPerDay)); // found the daily season
    }

    void scoresStayInRangeAndSkipNonFinite()
    {
        AnomalyDetector detector;
        std::mt19937_64 rng(3);
        for (int i = 0; i < 3000; ++i) {
            double v = double(rng() % 1000) * (i % 500 == 0 ? 1e9 : 1.0);
            if (i % 777 == 0)
                v = std::numeric_limits<double>::quiet_NaN();
            const double s = detector.update(kStart + i * kStep, v);
            QVERIFY(s >= 0 && s <= 1);
            if (std::isnan(v))
                QCOMPARE(s, 0.0);
        }
        // A flat line, then a small change: surprising, but finite.
        AnomalyDetector flat;
        for (int i = 0; i < 2000; ++i)
            QVERIFY(flat.update(kStart + i * kStep, i < 1500 ? 5.0 : 5.1) <= 1.0);
    }

    // Chance records on noise (about one per 1000 samples per view): a record that
    // beats the previous maximum by less than 50% scores in the record band only
    // when the run of surprise around it is unusual (tail probability <= 10%);
    // the isolated ones score below the band.
    void isolatedRecordsScoreBelowTheBand()
    {
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0, 1);
        AnomalyDetector detector;
        int isolated = 0, inBand = 0;
        for (int i = 0; i < 50000; ++i) {
            AnomalyEvidence e;
            const double s = detector.update(kStart + Timestamp(i) * kStep, 50 + noise(rng), &e);
            QVERIFY(e.sustained >= 0 && e.sustained <= 1);
            if (i < 2000 || !e.record || e.excess >= 0.5)
                continue;
            if (e.sustained > 0.1) {
                ++isolated;
                QVERIFY2(s < 0.9, qPrintable(QStringLiteral("isolated record scored %1 at %2").arg(s).arg(i)));
            } else if (s >= 0.9) {
                ++inBand;
            }
        }
        QVERIFY(isolated > 10);
        QVERIFY(inBand > 10); // sustained ones keep the band
    }

    void deterministic()
    {
        const std::vector<double> v = seasonal(4, [](int i, double &x) { if (i == kAt) x += 30; });
        QCOMPARE(scores(v), scores(v));
    }
};

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"
