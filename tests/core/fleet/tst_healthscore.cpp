// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/healthscore.h"

#include <QTest>

using namespace Opsight::Core;

namespace {
HealthItem item(const char *severity, Timestamp time, Timestamp end, const char *title = "x")
{
    return {QStringLiteral("alert"), QString::fromLatin1(severity), time, end, QString::fromLatin1(title), 0, {}};
}
constexpr Timestamp kNow = 10 * kDay;
} // namespace

class TestHealthScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formula()
    {
        QCOMPARE(hostHealth("h", {}, kNow).score, 100.0);
        // One open critical: 100 x (1 - 0.40).
        QCOMPARE(hostHealth("h", {item("critical", kNow - kHour, 0)}, kNow).score, 60.0);
        // Critical and error together: 100 x 0.6 x 0.8.
        const HostHealth two = hostHealth("h", {item("error", kNow - kHour, 0, "e"), item("critical", kNow - 2 * kHour, 0, "c")}, kNow);
        QVERIFY(qFuzzyCompare(two.score, 48.0));
        // Contributors explain the score, largest first.
        QCOMPARE(two.contributors.size(), size_t(2));
        QCOMPARE(two.contributors[0].title, QStringLiteral("c"));
        QCOMPARE(two.contributors[0].penalty, 40.0);
    }

    void closedItemsFadeAndExpire()
    {
        // Ended one half-life ago: half the weight.
        QVERIFY(qFuzzyCompare(hostHealth("h", {item("critical", kNow - kDay, kNow - 6 * kHour)}, kNow).score, 80.0));
        // Past the horizon: gone; in the future: not counted either.
        QCOMPARE(hostHealth("h", {item("critical", kNow - 5 * kDay, kNow - 4 * kDay)}, kNow).score, 100.0);
        QCOMPARE(hostHealth("h", {item("critical", kNow + kHour, 0)}, kNow).score, 100.0);
        // Info costs nothing; many warnings add up without reaching zero.
        QCOMPARE(hostHealth("h", {item("info", kNow, 0)}, kNow).score, 100.0);
        std::vector<HealthItem> warnings(20, item("warning", kNow - kHour, 0));
        const double many = hostHealth("h", warnings, kNow).score;
        QVERIFY(many > 0 && many < 25);
    }

    void repeatedReportsOfOneProblemCountOnce()
    {
        std::vector<HealthItem> smart;
        for (int i = 0; i < 10; ++i) {
            HealthItem reading = item(i == 9 ? "critical" : "error", kNow - kHour, 0, "SMART /dev/sdm");
            reading.key = QStringLiteral("hardware|SMART /dev/sdm");
            smart.push_back(reading);
        }
        const HostHealth h = hostHealth("h", smart, kNow);
        QCOMPARE(h.contributors.size(), size_t(1));
        QCOMPARE(h.score, 60.0); // the critical reading, once
    }

    void rollsUpToGroups()
    {
        std::vector<HostHealth> hosts = {{"a1", 100, {}}, {"a2", 40, {}}, {"b1", 90, {}}, {"b2", 95, {}}, {"x", 10, {}}};
        const std::map<std::string, std::string> rack = {{"a1", "r-a"}, {"a2", "r-a"}, {"b1", "r-b"}, {"b2", "r-b"}};
        const auto groups = rollUp(hosts, rack);
        QCOMPARE(groups.size(), size_t(2)); // "x" has no rack
        QCOMPARE(groups[0].group, std::string("r-a")); // worst first
        QCOMPARE(groups[0].mean, 70.0);
        QCOMPARE(groups[0].worst, 40.0);
        QCOMPARE(groups[0].worstHost, std::string("a2"));
        QCOMPARE(groups[0].unhealthy, 1);
        QCOMPARE(groups[1].mean, 92.5);
        QCOMPARE(groups[1].unhealthy, 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthScore)
#include "tst_healthscore.moc"
