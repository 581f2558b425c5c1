// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/storedalert.h"
#include "common/error.h"
#include "logfixture.h"
#include "logs/templateactivity.h"
#include "warehouse/logreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Opsight::Core;
using namespace Opsight::Test;

namespace {

const TemplateActivity *findTemplate(const TemplateActivityReport &report, const QString &text)
{
    for (const TemplateActivity &a : report.templates)
        if (a.family.current().text == text)
            return &a;
    return nullptr;
}

} // namespace

class TestTemplateActivity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    ScanResult m_scan;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("logs.opsight"));
        m_scan = writeLogWarehouse(m_path);
        QVERIFY2(m_scan.ok, qPrintable(m_scan.error));
    }

    void scanAlertsOnNewAndRareTemplates()
    {
        std::vector<const SeriesAlert *> novel;
        for (const SeriesAlert &a : m_scan.found)
            if (!a.detector.isEmpty())
                novel.push_back(&a);
        QCOMPARE(novel.size(), size_t(2));
        QCOMPARE(novel[0]->detector, QStringLiteral("new_template"));
        QCOMPARE(novel[0]->host, std::string("h1"));
        QVERIFY(novel[0]->interval.start <= kNewAt && novel[0]->interval.end >= kNewAt + 5 * kMinute);
        QCOMPARE(novel[0]->title, QStringLiteral("New log template on h1: ") + kDiskError);
        QCOMPARE(novel[1]->detector, QStringLiteral("rare_template"));
        QCOMPARE(novel[1]->host, std::string("h2"));
        QVERIFY(novel[1]->interval.start <= kRareAgain && novel[1]->interval.end > kRareAgain);

        // Stored as alerts like any metric's, with the detector that found them.
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        int stored = 0;
        for (const StoredAlert &a : readStoredAlerts(warehouse->db(), kEarliest, kLatest, {}))
            if (a.detector == QLatin1String("new_template")) {
                ++stored;
                QCOMPARE(a.title, novel[0]->title);
                QCOMPARE(a.strongestView, QStringLiteral("new template"));
                QCOMPARE(a.metric, QStringLiteral("log_template_lines"));
            }
        QCOMPARE(stored, 1);
    }

    void scanningAWindowStillKnowsTheHistory()
    {
        // Only the last day is scanned, but the disk error is new against all three.
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadWrite);
        ScanRequest request;
        request.from = kLogStart + 2 * kDay;
        request.store = false;
        const ScanResult lastDay = scanWarehouse(*warehouse, request);
        QVERIFY2(lastDay.ok, qPrintable(lastDay.error));
        QStringList detectors;
        for (const SeriesAlert &a : lastDay.found)
            if (!a.detector.isEmpty())
                detectors << a.detector;
        QCOMPARE(detectors, (QStringList{QStringLiteral("new_template"), QStringLiteral("rare_template")}));
    }

    void activityOverTheWholeSource()
    {
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        const TemplateActivityReport report = readTemplateActivity(*warehouse, {});
        QCOMPARE(report.source.name, QStringLiteral("app"));
        QCOMPARE(report.hosts, (QStringList{QStringLiteral("h1"), QStringLiteral("h2")}));
        QCOMPARE(report.from, kLogStart);
        QVERIFY(report.to > kLogStart + 3 * kDay - kMinute);
        QCOMPARE(report.templates.size(), size_t(4));
        const qint64 total = 2 * 2 * 3 * 24 * 60 + 2 + 20;
        QCOMPARE(report.source.lines, total);
        QCOMPARE(report.windowLines, total);

        const TemplateActivity *disk = findTemplate(report, kDiskError);
        QVERIFY(disk);
        QCOMPARE(disk->windowLines, 20);
        QCOMPARE(std::accumulate(disk->buckets.begin(), disk->buckets.end(), 0.0), 20.0);
        QCOMPARE(disk->buckets.size(), size_t(48));
        QVERIFY(disk->isNew);
        QVERIFY(!disk->isRare);
        QCOMPARE(disk->alerts, 1);
        // Twenty lines in five minutes of a template never written before: the burst
        // folded into the novelty alert gives its strength.
        QCOMPARE(disk->alertSeverity, QStringLiteral("critical"));
        QCOMPARE(disk->alertKinds, QStringList{QStringLiteral("new template")});
        QCOMPARE(disk->family.firstSeen(), kNewAt);

        const TemplateActivity *reload = findTemplate(report, kConfigReload);
        QVERIFY(reload);
        QVERIFY(reload->isRare);
        QVERIFY(!reload->isNew); // first seen while the source was learning
        QCOMPARE(reload->alerts, 1);

        // Routine templates come first, most lines first.
        QCOMPARE(report.templates.front().windowLines, 2 * 3 * 24 * 60);
        QVERIFY(!report.templates.front().isNew && report.templates.front().alerts == 0);
    }

    void activityOfOneHostInAWindow()
    {
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        TemplateActivityRequest request{QStringLiteral("app"), QStringLiteral("h2"), kNewAt - kHour, kNewAt + kHour, 12};
        const TemplateActivityReport report = readTemplateActivity(*warehouse, request);
        QCOMPARE(report.bucket, 10 * kMinute);
        QCOMPARE(report.windowLines, 2 * 120); // two templates a minute on h2, none of the disk's
        const TemplateActivity *disk = findTemplate(report, kDiskError);
        QVERIFY(disk);
        QCOMPARE(disk->windowLines, 0);
        QCOMPARE(disk->alerts, 0); // its alert is on h1
        QVERIFY(disk->isNew);      // first seen in the window, on any host
    }

    void linesOfAFamilyWithParameters()
    {
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        LogReader logs(warehouse->db());
        const std::optional<LogSourceInfo> source = logs.source(QStringLiteral("app"));
        QVERIFY(source);
        const TemplateActivityReport report = readTemplateActivity(*warehouse, {});
        const TemplateActivity *disk = findTemplate(report, kDiskError);
        QVERIFY(disk);
        const LogLinePage page = logs.lines(source->id, disk->family.family, QStringLiteral("h1"), kEarliest, kLatest, 5);
        QCOMPARE(page.total, 20);
        QCOMPARE(page.lines.size(), size_t(5));
        QCOMPARE(page.lines[0].time, kNewAt);
        QCOMPARE(page.lines[0].level, QStringLiteral("ERROR"));
        QCOMPARE(page.lines[0].component, QStringLiteral("disk"));
        QCOMPARE(page.lines[0].parameters.size(), 1);
        QVERIFY(page.lines[0].content.endsWith(page.lines[0].parameters.front()));
        QVERIFY(std::is_sorted(page.lines.begin(), page.lines.end(),
                               [](const StoredLogLine &a, const StoredLogLine &b) { return a.time < b.time; }));
        QCOMPARE(logs.lines(source->id, disk->family.family, QStringLiteral("h2"), kEarliest, kLatest, 5).total, 0);

        const auto owner = logs.familyOfTemplate(page.lines[0].templateId);
        QVERIFY(owner);
        QCOMPARE(owner->first, QStringLiteral("app"));
        QCOMPARE(owner->second, disk->family.family);
        QCOMPARE(logs.familyText(QStringLiteral("app"), disk->family.family), kDiskError);
        QVERIFY(!logs.familyOfTemplate(999999));
        QVERIFY(logs.familyText(QStringLiteral("nope"), 1).isEmpty());
    }

    void pagesOpenOnTheSourceWithNewTemplates()
    {
        // Another source, first by name, with nothing new: the page still opens on "app".
        const QString copy = m_dir.filePath(QStringLiteral("two.opsight"));
        QVERIFY(QFile::copy(m_path, copy));
        const auto warehouse = Warehouse::open(copy, Warehouse::Mode::ReadWrite);
        const QString log = copy + QStringLiteral(".aaa.log");
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (Timestamp t = kLogStart; t < kLogStart + kDay; t += kMinute)
                file.write(logLine(t, "h1", "INFO", "cron", QStringLiteral("Job %1 done").arg(t / kMinute % 10)));
        }
        ImportRequest request{{log}, ImportFormat::Log, {}};
        request.log.format = kLogFormat;
        request.log.source = QStringLiteral("aaa");
        QVERIFY(runImport(*warehouse, request).ok);
        QVERIFY(scanWarehouse(*warehouse, ScanRequest{}).ok);
        QCOMPARE(LogReader(warehouse->db()).sourceOrFirst({}).name, QStringLiteral("aaa"));
        QCOMPARE(latestNoveltySource(*warehouse), QStringLiteral("app"));
    }

    void unknownSourceNamesTheSourcesThereAre()
    {
        const auto warehouse = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        try {
            readTemplateActivity(*warehouse, {QStringLiteral("nginx"), {}, 0, 0, 48});
            QFAIL("an unknown source must throw");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("nginx")) && e.message().contains(QLatin1String("app")),
                     qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplateActivity)
#include "tst_templateactivity.moc"
