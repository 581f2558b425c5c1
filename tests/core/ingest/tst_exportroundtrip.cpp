// SPDX-License-Identifier: GPL-3.0-or-later
// Export writes what import reads: import, export, import again gives the same
// content digest, in both export formats.
#include "ingest/exportjob.h"
#include "ingesttestutil.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace Opsight;
using namespace Opsight::Test;

Q_DECLARE_METATYPE(Core::ExportFormat)

namespace {

QByteArray exportBytes(Core::Warehouse &warehouse, Core::ExportRequest request, Core::ExportResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Core::ExportResult r = Core::runExport(warehouse, request, buffer);
    if (result)
        *result = r;
    else if (!r.ok)
        qWarning("export failed: %s", qPrintable(r.error));
    return buffer.data();
}

Core::ExportRequest request(Core::ExportFormat format, const QString &match = {})
{
    Core::ExportRequest r;
    r.format = format;
    r.match = match;
    return r;
}

} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOpenMetrics()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QVERIFY(importFiles(*warehouse, { fixture(QStringLiteral("ingest/node.prom")) }).ok);
        Core::ExportResult result;
        const QByteArray text = exportBytes(*warehouse, request(Core::ExportFormat::OpenMetrics), &result);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.series, 3);
        QCOMPARE(result.samples, 4);
        QCOMPARE(text,
            QByteArrayLiteral("# TYPE node_load1 unknown\n"
                              "node_load1{host=\"web-01\"} 0.42 1700000000\n"
                              "node_load1{host=\"web-01\"} 0.5 1700000060\n"
                              "node_load1{host=\"web-02\"} 7 1700000000.123\n"
                              "# TYPE node_memory_bytes unknown\n"
                              "node_memory_bytes{host=\"web-01\"} 8589934592 1700000000\n"
                              "# EOF\n"));
    }

    void writesCsv()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QVERIFY(importFiles(*warehouse, { fixture(QStringLiteral("ingest/long.csv")) }).ok);
        const QByteArray text = exportBytes(*warehouse, request(Core::ExportFormat::Csv));
        QCOMPARE(text,
            QByteArrayLiteral("timestamp,metric,labels,value\n"
                              "2023-11-14T22:13:20Z,node_load1,\"host=\"\"web-01\"\",rack=\"\"r1\"\"\",0.42\n"
                              "2023-11-14T22:14:20Z,node_load1,\"host=\"\"web-01\"\",rack=\"\"r1\"\"\",0.5\n"
                              "2023-11-14T22:13:20Z,node_load1,\"host=\"\"web-02\"\"\",1.25\n"
                              "2023-11-14T22:14:20Z,node_load1,\"host=\"\"web-02\"\",rack=\"\"r1\"\"\",NaN\n"
                              "2023-11-14T22:13:20.250Z,up,,1\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Core::ExportFormat>("format");
        QTest::addRow("openmetrics") << Core::ExportFormat::OpenMetrics;
        QTest::addRow("csv") << Core::ExportFormat::Csv;
    }

    void roundTrip()
    {
        QFETCH(Core::ExportFormat, format);
        QTemporaryDir dir;
        // Every metric format, special values, escapes, sub-second and pre-1970 times.
        const QString edge = writeFile(dir, QStringLiteral("edge.om"),
            QByteArrayLiteral("m{a=\"q\\\"x\\\\y\\nz\",b=\"\xc3\xa9\"} 1e-300 -1.5\n"
                              "m{a=\"q\\\"x\\\\y\\nz\",b=\"\xc3\xa9\"} 0.1 0.001\n"
                              "m{a=\"q\\\"x\\\\y\\nz\",b=\"\xc3\xa9\"} -0 1\n"
                              "n 1.7976931348623157e308 1700000000.999\n"
                              "n -Inf 1700000001\n# EOF\n"));
        auto original = createWarehouse(dir, QStringLiteral("a.db"));
        QStringList inputs = { edge };
        for (const char *name : { "node.om", "node.prom", "long.csv", "wide.csv", "query_range.json", "query.json" })
            inputs << fixture(QStringLiteral("ingest/") + QLatin1String(name));
        const Core::ImportResult imported = importFiles(*original, inputs);
        QVERIFY2(imported.ok, qPrintable(imported.error));

        Core::ExportResult exported;
        const QByteArray text = exportBytes(*original, request(format), &exported);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QCOMPARE(exported.samples, imported.samplesAdded + imported.samplesChanged);
        const QString file = writeFile(dir, QStringLiteral("export.out"), text);

        auto copy = createWarehouse(dir, QStringLiteral("b.db"));
        const Core::ImportResult reimported = importFiles(*copy, { file });
        QVERIFY2(reimported.ok, qPrintable(reimported.error));
        QCOMPARE(reimported.samplesAdded, exported.samples);
        QCOMPARE(digest(*copy), digest(*original));
        // And the export of the copy is the same text.
        QCOMPARE(exportBytes(*copy, request(format)), text);
    }

    void realDatasetRoundTrip()
    {
        // NAB series are `timestamp,value` CSVs with zone-less times: a wide CSV
        // with one series named `value`.
        const QString input
            = sharedDataset(QStringLiteral("nab/data/realKnownCause/machine_temperature_system_failure.csv"));
        OPSIGHT_REQUIRE_DATASET(input);
        // The file repeats a few times (the hour of a DST change): one sample each.
        QSet<QByteArray> times;
        for (const QByteArray &line : readFile(input).split('\n').mid(1))
            if (!line.isEmpty())
                times.insert(line.left(line.indexOf(',')));
        const qint64 rows = times.size();
        QTemporaryDir dir;
        auto original = createWarehouse(dir, QStringLiteral("a.db"));
        const Core::ImportResult imported = importFiles(*original, { input });
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.samplesAdded, rows);
        QCOMPARE(imported.seriesCreated, 1);

        for (const auto format : { Core::ExportFormat::OpenMetrics, Core::ExportFormat::Csv }) {
            const QString file = writeFile(dir, QStringLiteral("nab.out"), exportBytes(*original, request(format)));
            auto copy = createWarehouse(
                dir, format == Core::ExportFormat::Csv ? QStringLiteral("csv.db") : QStringLiteral("om.db"));
            const Core::ImportResult again = importFiles(*copy, { file });
            QVERIFY2(again.ok, qPrintable(again.error));
            QCOMPARE(again.samplesAdded, rows);
            QCOMPARE(digest(*copy), digest(*original));
        }
        // The first row, 2013-12-02 21:15:00 UTC.
        QVERIFY(exportBytes(*original, request(Core::ExportFormat::OpenMetrics))
                    .startsWith("# TYPE value unknown\nvalue 73.96732207 1386018900\n"));
    }

    void selectsSeriesAndTime()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QVERIFY(importFiles(*warehouse, { fixture(QStringLiteral("ingest/node.om")) }).ok);
        QCOMPARE(exportBytes(*warehouse,
                     request(Core::ExportFormat::OpenMetrics, QStringLiteral("node_load1{host=~\"web-0[12]\"}"))),
            QByteArrayLiteral("# TYPE node_load1 unknown\n"
                              "node_load1{cluster=\"c1\",host=\"web-01\",rack=\"r1\"} 0.42 1700000000\n"
                              "node_load1{cluster=\"c1\",host=\"web-01\",rack=\"r1\"} 0.5 1700000060\n"
                              "node_load1{cluster=\"c1\",host=\"web-02\",rack=\"r1\"} 1.25 1700000000.5\n"
                              "# EOF\n"));
        Core::ExportRequest window = request(Core::ExportFormat::OpenMetrics, QStringLiteral("node_load1"));
        window.from = 1700000000500;
        window.to = 1700000060125; // exclusive
        QCOMPARE(exportBytes(*warehouse, window),
            QByteArrayLiteral("# TYPE node_load1 unknown\n"
                              "node_load1{cluster=\"c1\",host=\"web-01\",rack=\"r1\"} 0.5 1700000060\n"
                              "node_load1{cluster=\"c1\",host=\"web-02\",rack=\"r1\"} 1.25 1700000000.5\n"
                              "# EOF\n"));
        QCOMPARE(exportBytes(*warehouse, request(Core::ExportFormat::OpenMetrics, QStringLiteral("nothing_here"))),
            QByteArrayLiteral("# EOF\n"));
    }

    void reportsErrors()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QVERIFY(importFiles(*warehouse, { fixture(QStringLiteral("ingest/node.om")) }).ok);
        Core::ExportResult result;
        exportBytes(*warehouse, request(Core::ExportFormat::OpenMetrics, QStringLiteral("m{a=")), &result);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(QLatin1String("selector:1:")), qPrintable(result.error));

        QBuffer closed;
        const Core::ExportResult notOpen = Core::runExport(*warehouse, request(Core::ExportFormat::Csv), closed);
        QVERIFY(!notOpen.ok);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Core::ExportResult cancelled = Core::runExport(
            *warehouse, request(Core::ExportFormat::Csv), buffer, [](const Core::Progress &p) { return p.done == 0; });
        QVERIFY(!cancelled.ok);
        QVERIFY(cancelled.cancelled);
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
