// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/importjob.h"
#include "testutil.h"
#include "warehouse/digest.h"
#include "warehouse/warehouse.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight::Core;

// `import --format log` through the same import job as every other format.
class TestLogImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importsOnceAndOnlyOnce()
    {
        const QString log = Opsight::Test::sharedDataset(QStringLiteral("loghub-2k/Zookeeper/Zookeeper_2k.log"));
        OPSIGHT_REQUIRE_DATASET(log);
        auto w = Warehouse::open(m_dir.filePath(QStringLiteral("z.opsight")), Warehouse::Mode::Create);
        ImportRequest request{{log}, ImportFormat::Log, {}};
        request.log.format = QStringLiteral("<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>");
        request.log.source = QStringLiteral("zookeeper");
        const ImportResult first = runImport(*w, request);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.recordsAdded, 2000);
        QCOMPARE(first.logLinesUnmatched, 0);
        QVERIFY(first.samplesAdded > 0); // per-minute template counts
        const QByteArray digest = contentDigest(w->db());

        const ImportResult second = runImport(*w, request);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.recordsAdded, 0);
        QCOMPARE(second.recordsUnchanged, 2000);
        QCOMPARE(second.samplesAdded, 0);
        QCOMPARE(contentDigest(w->db()), digest);
        QCOMPARE(w->dataSources().front().records, 2000);
    }

    void needsAFormatAndRollsBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("tiny.log"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("2024-01-01 10:00:00 INFO a: started\n");
        out.close();
        auto w = Warehouse::open(m_dir.filePath(QStringLiteral("t.opsight")), Warehouse::Mode::Create);
        const QByteArray empty = contentDigest(w->db());
        ImportResult r = runImport(*w, ImportRequest{{file}, ImportFormat::Log, {}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("--log-format")), qPrintable(r.error));
        ImportRequest bad{{file}, ImportFormat::Log, {}};
        bad.log.format = QStringLiteral("<Date> <Time> <Level> <Component");
        r = runImport(*w, bad);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("format:1:")), qPrintable(r.error));
        QCOMPARE(contentDigest(w->db()), empty);
    }
};

QTEST_GUILESS_MAIN(TestLogImport)
#include "tst_logimport.moc"
