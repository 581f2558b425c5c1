// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/countnovelty.h"

#include <QTest>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kStep = 5 * kMinute;
constexpr Timestamp kT0 = 1795132800000; // 2026-11-20T00:00:00Z

SeriesKey countKey(const std::string &host, const std::string &family, const std::string &source = "app")
{
    SeriesKey key{"log_template_lines", {{"host", host}, {"source", source}, {"template", family}}};
    key.sortLabels();
    return key;
}

// A routine template: a few lines in every step for `days`.
CountSeries routine(const std::string &host, const std::string &family, int days = 3)
{
    CountSeries series{countKey(host, family), {}};
    for (Timestamp t = kT0; t < kT0 + days * kDay; t += kStep)
        series.samples.push_back({t, 10});
    return series;
}

CountSeries burst(const std::string &host, const std::string &family, Timestamp at, int steps, double count = 4)
{
    CountSeries series{countKey(host, family), {}};
    for (int k = 0; k < steps; ++k)
        series.samples.push_back({at + k * kStep, count});
    return series;
}

} // namespace

class TestCountNovelty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learningIsADayOrAThirdOfTheData()
    {
        QCOMPARE(learningEnd(kT0, kT0 + 30 * kDay), kT0 + kDay);
        QCOMPARE(learningEnd(kT0, kT0 + 3 * kDay), kT0 + kDay); // an export of three days: a whole day
        QCOMPARE(learningEnd(kT0, kT0 + 12 * kHour), kT0 + 4 * kHour);
        QCOMPARE(learningEnd(kT0, kT0), kT0);
    }

    void newTemplateAfterLearningFiresOnceOverItsRun()
    {
        const Timestamp at = kT0 + 2 * kDay;
        const std::vector<SeriesAlert> alerts =
            detectCountNovelty({routine("h1", "1"), routine("h2", "1"), burst("h1", "9", at, 3)}, kStep);
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].detector, QStringLiteral("new_template"));
        QCOMPARE(alerts[0].host, std::string("h1"));
        QCOMPARE(*alerts[0].series.label("template"), std::string("9"));
        QCOMPARE(alerts[0].interval.start, at);
        QCOMPARE(alerts[0].interval.end, at + 3 * kStep); // the run of three steps
        QVERIFY(alerts[0].interval.peakScore >= 0.95);
    }

    void nothingIsNewWhileTheSourceIsLearning()
    {
        // A template first seen two hours in is part of what the source normally writes.
        const std::vector<SeriesAlert> alerts =
            detectCountNovelty({routine("h1", "1"), burst("h1", "9", kT0 + 2 * kHour, 2)}, kStep);
        QVERIFY(alerts.empty());
    }

    void newOnEveryHostWhereItAppearsAtOnce()
    {
        const Timestamp at = kT0 + 2 * kDay;
        const std::vector<SeriesAlert> alerts = detectCountNovelty(
            {routine("h1", "1"), burst("h1", "9", at, 1), burst("h2", "9", at, 1), burst("h3", "9", at + kHour, 1)},
            kStep);
        // h3 writes it an hour later: by then the fleet has seen it, and twice is not rare enough to be quiet a day.
        QCOMPARE(alerts.size(), size_t(2));
        QCOMPARE(alerts[0].host, std::string("h1"));
        QCOMPARE(alerts[1].host, std::string("h2"));
    }

    void newOnAHostWhileFewHostsWriteIt()
    {
        // Twenty hosts log routinely; a disk error shows up on h1, then on h2 half a
        // day later (few hosts have it: new on h2 too), then on most of the fleet.
        std::vector<CountSeries> series;
        for (int h = 0; h < 20; ++h)
            series.push_back(routine("h" + std::to_string(h), "1"));
        const Timestamp at = kT0 + 2 * kDay;
        series.push_back(burst("h1", "9", at, 1));
        series.push_back(burst("h2", "9", at + 12 * kHour, 1));
        for (int h = 3; h < 20; ++h)
            series.push_back(burst("h" + std::to_string(h), "9", at + 13 * kHour + h * kStep, 1));
        series.push_back(burst("h0", "9", at + 14 * kHour, 1)); // by then most of the fleet has it
        QStringList hosts;
        for (const SeriesAlert &a : detectCountNovelty(series, kStep))
            hosts << QString::fromStdString(a.host);
        // h3 is the third host: two had it, more than 5% of 20 (one host).
        QCOMPARE(hosts, (QStringList{QStringLiteral("h1"), QStringLiteral("h2")}));
    }

    void rareTemplateAfterADayOfQuiet()
    {
        std::vector<CountSeries> series{routine("h1", "1")};
        series.push_back(burst("h2", "5", kT0 + kHour, 1, 1));         // during learning: not new
        series.back().samples.push_back({kT0 + 2 * kDay + kHour, 1}); // back after 2 days: rare
        series.back().samples.push_back({kT0 + 2 * kDay + 3 * kHour, 1}); // again 2 h later: not quiet long enough
        const std::vector<SeriesAlert> alerts = detectCountNovelty(series, kStep);
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].detector, QStringLiteral("rare_template"));
        QCOMPARE(alerts[0].interval.start, kT0 + 2 * kDay + kHour);
    }

    void commonTemplatesAreNotRare()
    {
        std::vector<CountSeries> series{routine("h1", "1")};
        series.push_back(burst("h1", "5", kT0 + kHour, 1, 50)); // 50 lines before: not rare
        series.back().samples.push_back({kT0 + 2 * kDay, 1});
        QVERIFY(detectCountNovelty(series, kStep).empty());
    }

    void sourcesAreJudgedApart()
    {
        // A template id of another source is another template; a source that
        // starts late learns from its own start.
        CountSeries other{countKey("h1", "9", "db"), {}};
        for (Timestamp t = kT0 + 2 * kDay; t < kT0 + 3 * kDay; t += kStep)
            other.samples.push_back({t, 3});
        QVERIFY(detectCountNovelty({routine("h1", "9"), other}, kStep).empty());
    }

    void noveltyReplacesTheBurstAlertItOverlaps()
    {
        SeriesAlert burstAlert;
        burstAlert.series = countKey("h1", "9");
        burstAlert.host = "h1";
        burstAlert.interval = {kT0 + 10 * kMinute, kT0 + 40 * kMinute, 0.99, kT0 + 20 * kMinute, false};
        burstAlert.evidence.spike = 9;
        SeriesAlert elsewhere = burstAlert;
        elsewhere.series = countKey("h2", "9");
        elsewhere.host = "h2";
        std::vector<SeriesAlert> alerts{burstAlert, elsewhere};

        SeriesAlert novelty;
        novelty.series = countKey("h1", "9");
        novelty.host = "h1";
        novelty.interval = {kT0, kT0 + 15 * kMinute, 0.96, kT0, false};
        novelty.detector = QStringLiteral("new_template");
        mergeNovelty(alerts, {novelty});

        QCOMPARE(alerts.size(), size_t(2));
        QCOMPARE(alerts[0].host, std::string("h2")); // another series stays
        const SeriesAlert &merged = alerts[1];
        QCOMPARE(merged.detector, QStringLiteral("new_template"));
        QCOMPARE(merged.interval.start, kT0);
        QCOMPARE(merged.interval.end, kT0 + 40 * kMinute);
        QCOMPARE(merged.interval.peakScore, 0.99); // the stronger of the two
        QCOMPARE(merged.evidence.spike, 9.0);
    }
};

QTEST_GUILESS_MAIN(TestCountNovelty)
#include "tst_countnovelty.moc"
