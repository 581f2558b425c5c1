// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/nabscorer.h"

#include <QTest>

using namespace Opsight::Core;

namespace {
// 1000 rows (probation: the first 150), one window over rows 500..599.
NabFile file(std::vector<double> scores)
{
    NabFile f;
    f.name = QStringLiteral("synthetic.csv");
    for (int i = 0; i < 1000; ++i)
        f.times.push_back(Timestamp(i) * kMinute);
    f.scores = std::move(scores);
    f.windows = {{500 * kMinute, 599 * kMinute}};
    return f;
}
std::vector<double> zeros() { return std::vector<double>(1000, 0.0); }
} // namespace

class TestNabScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perfectAndNull()
    {
        std::vector<double> perfect = zeros();
        perfect[500] = 1;
        QCOMPARE(scoreNab({file(perfect)}).score, 100.0);
        QCOMPARE(scoreNab({file(zeros())}).score, 0.0);
        QCOMPARE(scoreNab({file(std::vector<double>(1000, 1.0))}).score, 0.0); // flagging everything is worse than nothing
    }

    void earlierDetectionScoresHigher()
    {
        std::vector<double> early = zeros(), late = zeros();
        early[520] = 1;
        late[590] = 1;
        const double e = scoreNab({file(early)}).score;
        const double l = scoreNab({file(late)}).score;
        QVERIFY2(e > l && l > 0, qPrintable(QStringLiteral("%1 vs %2").arg(e).arg(l)));
    }

    void falsePositivesCostAndProbationIsFree()
    {
        std::vector<double> clean = zeros(), noisy = zeros(), probation = zeros();
        clean[500] = noisy[500] = probation[500] = 1;
        noisy[300] = noisy[800] = 1;
        probation[100] = 1; // inside the first 15%: not scored
        const NabResult c = scoreNab({file(clean)});
        const NabResult n = scoreNab({file(noisy)});
        QCOMPARE(n.falsePositives, 2);
        QVERIFY(n.score < c.score);
        QCOMPARE(scoreNab({file(probation)}).score, c.score);
    }

    void oneThresholdForAllFiles()
    {
        // File A needs a threshold of 0.5, file B would flag noise at 0.5.
        std::vector<double> a = zeros(), b = zeros();
        a[550] = 0.5;
        b[550] = 0.9;
        b[300] = 0.6;
        const NabResult r = scoreNab({file(a), file(b)});
        QCOMPARE(r.windows, 2);
        QVERIFY(r.threshold == 0.5 || r.threshold == 0.9);
    }
};

QTEST_GUILESS_MAIN(TestNabScorer)
#include "tst_nabscorer.moc"
