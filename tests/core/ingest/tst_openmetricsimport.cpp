// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenMetrics / Prometheus text importer: parsing (through a recording sink)
// and the import job around it (one transaction, idempotent, cancellable).
#include "ingesttestutil.h"

#include <QTest>

using namespace Opsight;
using namespace Opsight::Test;

class TestOpenMetricsImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesOpenMetrics()
    {
        const QByteArray bytes = readFile(fixture(QStringLiteral("ingest/node.om")));
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("node.om"), bytes, &sink), QString());
        const QStringList expected = {
            QStringLiteral("node_load1{cluster=\"c1\",host=\"web-01\",rack=\"r1\"}@1700000000000=0.41999999999999998"),
            QStringLiteral("node_load1{cluster=\"c1\",host=\"web-01\",rack=\"r1\"}@1700000060000=0.5"),
            QStringLiteral("node_load1{cluster=\"c1\",host=\"web-02\",rack=\"r1\"}@1700000000500=1.25"),
            QStringLiteral("node_load1{cluster=\"c1\",host=\"web-03\",rack=\"r2\"}@1700000060125=3"),
            QStringLiteral(
                "node_network_receive_bytes_total{device=\"eth0\",host=\"web-01\"}@1700000000000=1234567000"),
            QStringLiteral(
                "node_network_receive_bytes_total{device=\"eth0\",host=\"web-01\"}@1700000060000=1234600000"),
            QStringLiteral("http_request_duration_seconds_bucket{host=\"web-01\",le=\"0.1\"}@1700000000000=10"),
            QStringLiteral("http_request_duration_seconds_bucket{host=\"web-01\",le=\"+Inf\"}@1700000000000=12"),
            QStringLiteral("http_request_duration_seconds_sum{host=\"web-01\"}@1700000000000=+Inf"),
            QStringLiteral("http_request_duration_seconds_count{host=\"web-01\"}@1700000000000=NaN"),
            QStringLiteral(
                "weird{host=\"db-01\",msg=\"say \\\"hi\\\"\\nbye\",path=\"C:\\\\temp\\\\x\"}@1700000000000=-Inf"),
            QStringLiteral("up@1700000000000=1"),
        };
        QCOMPARE(sink.printed(), expected);
        // Label order in the file does not make a new series.
        QCOMPARE(sink.keys.size(), size_t(10));
    }

    void acceptsCrlf()
    {
        QByteArray bytes = readFile(fixture(QStringLiteral("ingest/node.om")));
        RecordingSink lf, crlf;
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("a.om"), bytes, &lf), QString());
        bytes.replace("\n", "\r\n");
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("b.om"), bytes, &crlf), QString());
        QCOMPARE(crlf.printed(), lf.printed());
    }

    void prometheusTextUsesMilliseconds()
    {
        const QByteArray bytes = readFile(fixture(QStringLiteral("ingest/node.prom")));
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("node.prom"), bytes, &sink), QString());
        QCOMPARE(sink.printed(),
            QStringList({
                QStringLiteral("node_load1{host=\"web-01\"}@1700000000000=0.41999999999999998"),
                QStringLiteral("node_load1{host=\"web-01\"}@1700000060000=0.5"),
                QStringLiteral("node_load1{host=\"web-02\"}@1700000000123=7"),
                QStringLiteral("node_memory_bytes{host=\"web-01\"}@1700000000000=8589934592"),
            }));
    }

    void fractionalTimestampMeansSeconds()
    {
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("x"),
                     QByteArrayLiteral("m 1 1700000000.5\nm 2 1700000001\nm 3 1.7000000015e9"), &sink),
            QString());
        QCOMPARE(sink.printed(),
            QStringList({ QStringLiteral("m@1700000000500=1"), QStringLiteral("m@1700000001000=2"),
                QStringLiteral("m@1700000001500=3") }));
    }

    void labelEdgeCases()
    {
        // Braces and escaped quotes inside values, a value ending in a backslash,
        // the same series twice with different spacing and label order.
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("x"),
                     QByteArrayLiteral("m{a=\"x\\\\\",b=\"}\\\"{\"} 1 1\n"
                                       "m{b=\"}\\\"{\",a=\"x\\\\\",} 2 2\n"
                                       "m{a=\"x\\\\\",b=\"}\\\"{\"}\t3  3\n"
                                       "m{} 4 4\nm 5 5\n"),
                     &sink),
            QString());
        QCOMPARE(sink.printed(),
            QStringList({ QStringLiteral("m{a=\"x\\\\\",b=\"}\\\"{\"}@1=1"),
                QStringLiteral("m{a=\"x\\\\\",b=\"}\\\"{\"}@2=2"), QStringLiteral("m{a=\"x\\\\\",b=\"}\\\"{\"}@3=3"),
                QStringLiteral("m@4=4"), QStringLiteral("m@5=5") }));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QString expectTs = QStringLiteral("expected a timestamp (offline import needs one on every sample)");
        QTest::addRow("missing timestamp") << QByteArrayLiteral("# TYPE m gauge\nm{a=\"1\"} 5\n# EOF\n")
                                           << QStringLiteral("bad.om:2:11: %1, found end of line").arg(expectTs);
        QTest::addRow("missing timestamp at end of file")
            << QByteArrayLiteral("m 1 1\nm 1") << QStringLiteral("bad.om:2:4: %1, found end of file").arg(expectTs);
        QTest::addRow("bad value")
            << QByteArrayLiteral("# TYPE m gauge\nm 12abc 1700000000\n# EOF\n")
            << QStringLiteral("bad.om:2:3: expected a sample value (a number, NaN, +Inf or -Inf), found '12abc'");
        QTest::addRow("unterminated label value")
            << QByteArrayLiteral("m{a=\"1\"} 1 1\nm{a=\"x} 1 1\n")
            << QStringLiteral("bad.om:2:12: expected '\"' closing the label value, found end of line");
        QTest::addRow("bad escape") << QByteArrayLiteral("m{a=\"x\\t\"} 1 1\n")
                                    << QStringLiteral("bad.om:1:7: expected an escape \\\\, \\\" or \\n, found '\\t'");
        QTest::addRow("content after EOF")
            << QByteArrayLiteral("m 1 1\n# EOF\nm 2 2\n")
            << QStringLiteral("bad.om:3:1: expected the end of the file after '# EOF', found 'm'");
        QTest::addRow("unknown type")
            << QByteArrayLiteral("# HELP m x\n# TYPE m gauge2\nm 1 1\n# EOF\n")
            << QStringLiteral("bad.om:2:10: expected a metric type (counter, gauge, histogram, gaugehistogram, "
                              "summary, info, stateset, unknown or untyped), found 'gauge2'");
        QTest::addRow("fraction in a millisecond file")
            << QByteArrayLiteral("m 1 1700000000000\nm 2 1700000000000.5\n")
            << QStringLiteral("bad.om:2:5: expected an integer timestamp in milliseconds (Prometheus text format; "
                              "OpenMetrics files end with '# EOF' and count seconds), found '1700000000000.5'");
        QTest::addRow("unquoted label value") << QByteArrayLiteral("m{a=1} 1 1\n")
                                              << QStringLiteral("bad.om:1:5: expected a quoted label value, found '1'");
        QTest::addRow("duplicate label")
            << QByteArrayLiteral("m{a=\"1\",a=\"2\"} 1 1\n")
            << QStringLiteral("bad.om:1:9: expected a label name not used before in this series, found 'a'");
        QTest::addRow("bad metric name") << QByteArrayLiteral("1m 1 1\n# EOF\n")
                                         << QStringLiteral(
                                                "bad.om:1:1: expected a metric name, '#' or an empty line, found '1m'");
        QTest::addRow("no space after name") << QByteArrayLiteral(
            "m-x 1 1\n") << QStringLiteral("bad.om:1:2: expected '{' or a space after the metric name, found '-x'");
        QTest::addRow("utf-8 columns count characters")
            << QByteArrayLiteral("m{a=\"\xc3\xa9t\xc3\xa9\"} x 1\n")
            << QStringLiteral("bad.om:1:12: expected a sample value (a number, NaN, +Inf or -Inf), found 'x'");
    }

    void malformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QCOMPARE(parseError(Core::parseOpenMetrics, QStringLiteral("bad.om"), content), message);

        // Through the job: the warehouse is exactly as before, and the message
        // names the file as it was given.
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QVERIFY(importFiles(*warehouse, { fixture(QStringLiteral("ingest/node.om")) }).ok);
        const QByteArray before = digest(*warehouse);
        const QString bad = writeFile(dir, QStringLiteral("bad.om"), content);
        const Core::ImportResult result = importFiles(*warehouse, { bad }, Core::ImportFormat::OpenMetrics);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.error, message.replace(QLatin1String("bad.om:"), bad + QLatin1Char(':')));
        QCOMPARE(digest(*warehouse), before);
    }

    void importsIdempotently()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        const QByteArray empty = digest(*warehouse);
        const QString input = fixture(QStringLiteral("ingest/node.om"));
        const Core::ImportResult first = importFiles(*warehouse, { input });
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.samplesAdded, 12);
        QCOMPARE(first.seriesCreated, 10);
        QCOMPARE(first.samplesUnchanged, 0);
        QCOMPARE(first.bytesRead, QFileInfo(input).size());
        const QByteArray afterFirst = digest(*warehouse);
        QVERIFY(afterFirst != empty);

        const Core::ImportResult second = importFiles(*warehouse, { input });
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.samplesAdded, 0);
        QCOMPARE(second.samplesChanged, 0);
        QCOMPARE(second.samplesUnchanged, 12);
        QCOMPARE(second.seriesCreated, 0);
        QCOMPARE(digest(*warehouse), afterFirst);

        const auto sources = warehouse->dataSources();
        QCOMPARE(sources.size(), size_t(1));
        QCOMPARE(sources.front().kind, QStringLiteral("openmetrics"));
        QCOMPARE(sources.front().location, QFileInfo(input).absoluteFilePath());
        QCOMPARE(sources.front().records, 12);
        QCOMPARE(sources.front().status, QStringLiteral("ok"));
    }

    void oneTransactionForAllFiles()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        const QByteArray empty = digest(*warehouse);
        const QString bad = writeFile(dir, QStringLiteral("bad.om"), QByteArrayLiteral("m 1\n"));
        const Core::ImportResult result = importFiles(*warehouse, { fixture(QStringLiteral("ingest/node.om")), bad });
        QVERIFY(!result.ok);
        QVERIFY(result.error.startsWith(bad + QStringLiteral(":1:4: expected a timestamp")));
        QCOMPARE(digest(*warehouse), empty);
        QVERIFY(warehouse->dataSources().empty());
    }

    void cancelRollsBack_data()
    {
        QTest::addColumn<bool>("duringWrite");
        QTest::addRow("while reading") << false;
        QTest::addRow("after flushing, before commit") << true;
    }

    void cancelRollsBack()
    {
        QFETCH(bool, duringWrite);
        QTemporaryDir dir;
        QByteArray big;
        for (int i = 0; i < 50000; ++i)
            big += "cpu{host=\"h" + QByteArray::number(i % 50) + "\"} " + QByteArray::number(i % 97) + ' '
                + QByteArray::number(1700000000 + i / 50 * 60) + '\n';
        big += "# EOF\n";
        const QString input = writeFile(dir, QStringLiteral("big.om"), big);
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QVERIFY(importFiles(*warehouse, { fixture(QStringLiteral("ingest/node.prom")) }).ok);
        const QByteArray before = digest(*warehouse);

        QStringList stages;
        const auto cancel = [&](const Core::Progress &p) {
            if (stages.isEmpty() || stages.last() != p.stage)
                stages << p.stage;
            // Cancel at the first report after the start, or once the data is
            // flushed into the (uncommitted) transaction.
            return duringWrite ? !p.stage.startsWith(QLatin1String("Writing")) : p.done == 0;
        };
        const Core::ImportResult result = importFiles(*warehouse, { input }, Core::ImportFormat::Auto, cancel);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(stages.first(), QStringLiteral("Reading big.om"));
        if (duringWrite)
            QCOMPARE(stages.last(), QStringLiteral("Writing to the warehouse"));
        QCOMPARE(digest(*warehouse), before);
    }

    void progressIsThrottled()
    {
        QTemporaryDir dir;
        QByteArray big;
        for (int i = 0; i < 200000; ++i)
            big += "m " + QByteArray::number(i) + ' ' + QByteArray::number(1700000000000LL + i) + '\n';
        const QString input = writeFile(dir, QStringLiteral("many.prom"), big);
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        int calls = 0;
        qint64 last = -1;
        const auto count = [&](const Core::Progress &p) {
            ++calls;
            if (p.stage.startsWith(QLatin1String("Reading"))) {
                if (p.done < last)
                    return false; // must not go backwards within a stage
                if (p.done > p.total)
                    return false;
                last = p.done;
            }
            return true;
        };
        const Core::ImportResult result = importFiles(*warehouse, { input }, Core::ImportFormat::Auto, count);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.samplesAdded, 200000);
        QCOMPARE(last, qint64(big.size()));
        QVERIFY2(calls <= 110, qPrintable(QString::number(calls)));
    }
};

QTEST_GUILESS_MAIN(TestOpenMetricsImport)
#include "tst_openmetricsimport.moc"
