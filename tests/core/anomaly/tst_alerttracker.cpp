// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/alerttracker.h"

#include <QTest>

using namespace Opsight::Core;

namespace {
std::vector<AlertInterval> run(AlertTracker &tracker, const std::vector<double> &scores, Timestamp step = kMinute)
{
    std::vector<AlertInterval> closed;
    for (size_t i = 0; i < scores.size(); ++i)
        if (auto a = tracker.update(Timestamp(i) * step, scores[i]))
            closed.push_back(*a);
    if (auto a = tracker.finish())
        closed.push_back(*a);
    return closed;
}
} // namespace

class TestAlertTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hysteresisKeepsOneAlert()
    {
        AlertPolicy policy;
        policy.fireThreshold = 0.9;
        policy.clearThreshold = 0.5;
        policy.fireAfter = 1;
        policy.clearAfter = 2;
        AlertTracker tracker(policy);
        // Hovering between the thresholds neither clears nor re-fires.
        const auto alerts = run(tracker, {0.1, 0.95, 0.7, 0.85, 0.6, 0.97, 0.4, 0.3, 0.2});
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].start, 1 * kMinute);
        QCOMPARE(alerts[0].end, 7 * kMinute);
        QCOMPARE(alerts[0].peakScore, 0.97);
        QCOMPARE(alerts[0].peakTime, 5 * kMinute);
        QVERIFY(!alerts[0].flapping);
    }

    void minimumDurationFiltersBlips()
    {
        AlertPolicy policy;
        policy.fireAfter = 3;
        AlertTracker tracker(policy);
        QVERIFY(run(tracker, {0.95, 0.95, 0.1, 0.95, 0.1}).empty());
        AlertTracker second(policy);
        const auto alerts = run(second, {0.1, 0.95, 0.96, 0.99, 0.2, 0.1, 0.1, 0.1});
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].start, 1 * kMinute); // starts where the breach started
        QCOMPARE(alerts[0].peakScore, 0.99);
    }

    void flappingBecomesOneAlert()
    {
        AlertPolicy policy;
        policy.fireAfter = 1;
        policy.clearAfter = 1;
        policy.flapCycles = 3;
        policy.flapWindow = 30 * kMinute;
        AlertTracker tracker(policy);
        std::vector<double> scores;
        for (int cycle = 0; cycle < 8; ++cycle) // fire and clear every 2 minutes
            scores.insert(scores.end(), {0.99, 0.1});
        scores.insert(scores.end(), 40, 0.1); // then quiet for 40 minutes
        const auto alerts = run(tracker, scores);
        // Two ordinary alerts, then one flapping alert for the rest of the unrest.
        QCOMPARE(alerts.size(), size_t(3));
        QVERIFY(!alerts[0].flapping);
        QVERIFY(!alerts[1].flapping);
        QVERIFY(alerts[2].flapping);
        QCOMPARE(alerts[2].start, 4 * kMinute);
        QVERIFY(alerts[2].end >= 14 * kMinute + 30 * kMinute);
    }

    void openAlertClosesAtTheEnd()
    {
        AlertPolicy policy;
        policy.fireAfter = 1;
        AlertTracker tracker(policy);
        QVERIFY(!tracker.update(0, 0.99));
        QCOMPARE(tracker.state(), AlertState::Firing);
        const auto last = tracker.finish();
        QVERIFY(last);
        QCOMPARE(last->end, Timestamp(0));
        QVERIFY(!tracker.finish());
    }
};

QTEST_GUILESS_MAIN(TestAlertTracker)
#include "tst_alerttracker.moc"
