// SPDX-License-Identifier: GPL-3.0-or-later
// The smaller importers (CSV long and wide, Prometheus query JSON, JSONL events,
// host inventory) and format guessing. Each malformed case is checked through
// the job: located message, warehouse digest unchanged.
#include "ingest/importformat.h"
#include "ingesttestutil.h"

#include <QTest>

using namespace Opsight;
using namespace Opsight::Test;
using Core::ImportFormat;

Q_DECLARE_METATYPE(Core::ImportFormat)
Q_DECLARE_METATYPE(std::optional<Core::ImportFormat>)

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvLong()
    {
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseCsvMetrics, QStringLiteral("long.csv"),
                     readFile(fixture(QStringLiteral("ingest/long.csv"))), &sink),
            QString());
        QCOMPARE(sink.printed(),
            QStringList({ QStringLiteral("node_load1{host=\"web-01\",rack=\"r1\"}@1700000000000=0.41999999999999998"),
                QStringLiteral("node_load1{host=\"web-01\",rack=\"r1\"}@1700000060000=0.5"),
                QStringLiteral("node_load1{host=\"web-02\"}@1700000000000=1.25"),
                QStringLiteral("node_load1{host=\"web-02\",rack=\"r1\"}@1700000060000=NaN"),
                QStringLiteral("up@1700000000250=1") }));
    }

    void csvWide()
    {
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseCsvMetrics, QStringLiteral("wide.csv"),
                     readFile(fixture(QStringLiteral("ingest/wide.csv"))), &sink),
            QString());
        QCOMPARE(sink.printed(),
            QStringList({ QStringLiteral("node_load1{host=\"web-01\"}@1700000000000=0.41999999999999998"),
                QStringLiteral("node_load1{host=\"web-02\"}@1700000000000=1.25"), QStringLiteral("up@1700000000000=1"),
                QStringLiteral("node_load1{host=\"web-01\"}@1700000060000=0.5"), QStringLiteral("up@1700000060000=1"),
                QStringLiteral("node_load1{host=\"web-01\"}@1700000120000=0.75"),
                QStringLiteral("node_load1{host=\"web-02\"}@1700000120000=+Inf") }));
        // A column without any value creates no series.
        RecordingSink empty;
        QCOMPARE(parseError(Core::parseCsvMetrics, QStringLiteral("x.csv"),
                     QByteArrayLiteral("timestamp,a,b\n1700000000,1,\n"), &empty),
            QString());
        QCOMPARE(empty.keys, std::vector<std::string> { "a" });
    }

    void csvMalformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray head = "timestamp,metric,labels,value\n";
        QTest::addRow("no time column") << QByteArrayLiteral("metric,value\nm,1\n")
                                        << QStringLiteral("FILE:1:1: expected a header row starting with 'timestamp' "
                                                          "or 'time', found 'metric'");
        QTest::addRow("bad timestamp")
            << head + "yesterday,m,,1\n"
            << QStringLiteral("FILE:2:1: expected a timestamp (RFC 3339, epoch seconds or epoch milliseconds), "
                              "found 'yesterday'");
        QTest::addRow("bad metric name")
            << head + "1700000000,cpu.util,,1\n"
            << QStringLiteral("FILE:2:12: expected a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*), found 'cpu.util'");
        QTest::addRow("bad labels in a quoted cell")
            << head + "1700000000,m,\"host=\"\"a\"\" rack=\"\"b\"\"\",1\n"
            << QStringLiteral("FILE:2:26: expected ',' after a label, found 'rack'");
        QTest::addRow("bad value") << head + "1700000000,m,,abc\n"
                                   << QStringLiteral("FILE:2:15: expected a sample value (a number, NaN, +Inf or "
                                                     "-Inf), found 'abc'");
        QTest::addRow("too many fields") << head + "1700000000,m,,1\r\n1700000000,m,,1,2\r\n"
                                         << QStringLiteral("FILE:3:16: expected 4 field(s) as in the header, found "
                                                           "5 field(s)");
        QTest::addRow("too few fields (wide)") << QByteArrayLiteral("time,a,b\n1700000000,1\n")
                                               << QStringLiteral("FILE:2:13: expected 3 field(s) as in the header, "
                                                                 "found 2 field(s)");
        QTest::addRow("unclosed quote") << head + "1700000000,m,\"host=\"\"a,1\n"
                                        << QStringLiteral(
                                               "FILE:2:14: expected a closing '\"' for this quoted field, found '\"'");
        QTest::addRow("bad series in a wide header") << QByteArrayLiteral(
            "time,\"cpu{host=a}\"\n") << QStringLiteral("FILE:1:16: expected a quoted label value, found 'a'");
        QTest::addRow("duplicate wide column") << QByteArrayLiteral("time,a,a\n")
                                               << QStringLiteral("FILE:1:8: expected a series not named by an "
                                                                 "earlier column, found 'a'");
        QTest::addRow("empty file") << QByteArray()
                                    << QStringLiteral("FILE:1:1: expected a header row ('timestamp,metric,labels,"
                                                      "value' or 'timestamp,<series>,...'), found end of file");
    }

    void csvMalformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        checkRejected(ImportFormat::Csv, QStringLiteral("bad.csv"), content, message);
    }

    void promJson()
    {
        RecordingSink sink;
        QCOMPARE(parseError(Core::parsePromJson, QStringLiteral("query_range.json"),
                     readFile(fixture(QStringLiteral("ingest/query_range.json"))), &sink),
            QString());
        QCOMPARE(sink.printed(),
            QStringList({ QStringLiteral("up{instance=\"web-01:9100\",job=\"node\"}@1700000000000=1"),
                QStringLiteral("up{instance=\"web-01:9100\",job=\"node\"}@1700000015500=0"),
                QStringLiteral("up{instance=\"web-01:9100\",job=\"node\"}@1700000030123=NaN"),
                QStringLiteral("node_load1{instance=\"web-02:9100\",job=\"node\"}@1700000000000=0.25"),
                QStringLiteral("node_load1{instance=\"web-02:9100\",job=\"node\"}@1700000015000=+Inf") }));
        // An instant query of an expression: vector, no __name__ (named after the file).
        RecordingSink vector;
        QCOMPARE(parseError(Core::parsePromJson, QStringLiteral("/tmp/query.json"),
                     readFile(fixture(QStringLiteral("ingest/query.json"))), &vector),
            QString());
        QCOMPARE(vector.printed(),
            QStringList({ QStringLiteral("query{instance=\"web-01:9100\",job=\"node\"}@1700000000250=12.5") }));
    }

    void promJsonMalformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray matrix = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n"
                                  "{\"metric\":{\"__name__\":\"up\"},\"values\":[[1700000000,\"1\"]]},\n";
        QTest::addRow("syntax") << matrix
                + "{\"metric\":{\"__name__\":\"up\"},\"values\":[[1700000000,\"1\"]]}\n"
                  "]}\n"
                                << QStringLiteral("FILE:5:1: expected valid JSON (unterminated object), found end "
                                                  "of file");
        QTest::addRow("status error")
            << QByteArrayLiteral("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}")
            << QStringLiteral("FILE:1:11: expected \"success\" at status, found \"error\" (parse error)");
        QTest::addRow("scalar result")
            << QByteArrayLiteral("{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"1\"]}}")
            << QStringLiteral("FILE:1:42: expected \"matrix\" or \"vector\" at data.resultType, found \"scalar\"");
        QTest::addRow("value not a string")
            << matrix
                + "{\"metric\":{\"__name__\":\"up\",\"job\":\"x\"},\"values\":[[1700000000,\"1\"],[1700000015,1]]}\n]}}"
                  "\n"
            << QStringLiteral("FILE:3:78: expected a sample value as a string (\"1.5\", \"NaN\", \"+Inf\") at "
                              "data.result[1].values[1][1], found 1");
        QTest::addRow("time not a number")
            << matrix + "{\"metric\":{\"__name__\":\"up\"},\"values\":[[\"1700000000\",\"1\"]]}\n]}}\n"
            << QStringLiteral("FILE:3:40: expected a time in seconds (a number) at data.result[1].values[0][0], "
                              "found \"1700000000\"");
        QTest::addRow("label not a string")
            << matrix + "{\"metric\":{\"__name__\":\"up\",\"job\":5},\"values\":[]}\n]}}\n"
            << QStringLiteral("FILE:3:34: expected a string label value at data.result[1].metric.job, found 5");
        QTest::addRow("result not an array")
            << QByteArrayLiteral("{\"status\":\"success\",\n \"data\":{\"resultType\":\"matrix\",\"result\":{}}}")
            << QStringLiteral("FILE:2:41: expected an array at data.result, found an object");
        QTest::addRow("bad metric name") << matrix + "{\"metric\":{\"__name__\":\"a.b\"},\"values\":[[1,\"1\"]]}\n]}}\n"
                                         << QStringLiteral(
                                                "FILE:3:23: expected a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*) at "
                                                "data.result[1].metric.__name__, found \"a.b\"");
    }

    void promJsonMalformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        checkRejected(ImportFormat::PromJson, QStringLiteral("bad.json"), content, message);
    }

    void jsonlEvents()
    {
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseJsonlEvents, QStringLiteral("/data/events.jsonl"),
                     readFile(fixture(QStringLiteral("ingest/events.jsonl"))), &sink),
            QString());
        QCOMPARE(sink.events.size(), size_t(3));
        const Core::Event &alert = sink.events[0];
        QCOMPARE(alert.time, 1700000000000);
        QCOMPARE(alert.endTime, 0);
        QCOMPARE(alert.kind, QStringLiteral("alert"));
        QCOMPARE(alert.severity, QStringLiteral("critical"));
        QCOMPARE(alert.entityKind, QStringLiteral("host"));
        QCOMPARE(alert.entity, QStringLiteral("web-01"));
        QCOMPARE(alert.title, QStringLiteral("DiskFull"));
        QCOMPARE(alert.source, QStringLiteral("events.jsonl"));
        QCOMPARE(alert.payload, QByteArrayLiteral("{\"mount\":\"/var\",\"used\":0.97}"));
        const Core::Event &deploy = sink.events[1];
        QCOMPARE(deploy.time, 1700000100000);
        QCOMPARE(deploy.endTime, 1700000400000);
        QCOMPARE(deploy.severity, QStringLiteral("info"));
        QCOMPARE(deploy.entityKind, QStringLiteral("cluster"));
        QCOMPARE(deploy.source, QStringLiteral("ci"));
        QCOMPARE(deploy.payload, QByteArrayLiteral("{}"));
        QCOMPARE(sink.events[2].time, 1700000200000); // epoch milliseconds
        QCOMPARE(sink.events[2].severity, QStringLiteral("warning"));
    }

    void jsonlMalformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "{\"time\":1700000000,\"kind\":\"alert\",\"entity\":\"h1\"}\n";
        QTest::addRow("invalid json") << ok + "{\"time\":1700000000,\"kind\":\"alert\",\"entity\":\"h1\"\n"
                                      << QStringLiteral("FILE:2:48: expected valid JSON (unterminated string), "
                                                        "found end of line");
        QTest::addRow("unknown severity")
            << ok + "{\"time\":1700000000,\"kind\":\"alert\",\"entity\":\"h1\",\"severity\":\"fatal\"}\r\n"
            << QStringLiteral("FILE:2:60: expected info, warning, error or critical for field 'severity', found "
                              "\"fatal\"");
        QTest::addRow("missing kind") << ok + "\n{\"time\":1700000000,\"entity\":\"h1\"}\n"
                                      << QStringLiteral("FILE:3:1: expected a 'kind' field, found none");
        QTest::addRow("entity not a string")
            << QByteArrayLiteral("{\"time\":1700000000,\"kind\":\"alert\",\"entity\":5}")
            << QStringLiteral("FILE:1:44: expected a non-empty string for field 'entity', found 5");
        QTest::addRow("bad time")
            << QByteArrayLiteral("{\"time\":\"yesterday\",\"kind\":\"alert\",\"entity\":\"h1\"}")
            << QStringLiteral("FILE:1:9: expected a time (RFC 3339 text, epoch seconds or epoch milliseconds) for "
                              "field 'time', found \"yesterday\"");
        QTest::addRow("unknown field")
            << QByteArrayLiteral("{\"time\":1700000000,\"kind\":\"alert\",\"entity\":\"h1\",\"sevrity\":\"info\"}")
            << QStringLiteral("FILE:1:49: expected a known field (time, end_time, kind, severity, entity_kind, "
                              "entity, title, source, payload; put anything else in 'payload'), found \"sevrity\"");
        QTest::addRow("not an object") << QByteArrayLiteral("[1,2]\n")
                                       << QStringLiteral("FILE:1:1: expected a JSON object per line, found '[1'");
        QTest::addRow("payload not an object")
            << QByteArrayLiteral("{\"time\":1700000000,\"kind\":\"alert\",\"entity\":\"h1\",\"payload\":\"x\"}")
            << QStringLiteral("FILE:1:59: expected an object for field 'payload', found \"x\"");
        QTest::addRow("end before start")
            << QByteArrayLiteral("{\"time\":1700000000,\"end_time\":1600000000,\"kind\":\"a\",\"entity\":\"h1\"}")
            << QStringLiteral("FILE:1:31: expected a time not before 'time' for field 'end_time', found 1600000000");
        QTest::addRow("unknown entity kind")
            << QByteArrayLiteral("{\"time\":1700000000,\"kind\":\"a\",\"entity\":\"h1\",\"entity_kind\":\"planet\"}")
            << QStringLiteral("FILE:1:59: expected host, rack, cluster, service, job, queue for field "
                              "'entity_kind', found \"planet\"");
    }

    void jsonlMalformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        checkRejected(ImportFormat::Jsonl, QStringLiteral("bad.jsonl"), content, message);
    }

    void inventory()
    {
        RecordingSink sink;
        QCOMPARE(parseError(Core::parseInventory, QStringLiteral("inventory.csv"),
                     readFile(fixture(QStringLiteral("ingest/inventory.csv"))), &sink),
            QString());
        QCOMPARE(sink.hosts.size(), size_t(3));
        const Core::HostRecord &web = sink.hosts[1];
        QCOMPARE(web.name, QStringLiteral("web-02"));
        QCOMPARE(web.cluster, QStringLiteral("c1"));
        QCOMPARE(web.rack, QStringLiteral("r1"));
        QCOMPARE(web.role, QStringLiteral("compute"));
        QCOMPARE(web.service, QStringLiteral("web"));
        QCOMPARE(web.hardwareModel, QStringLiteral("Dell R640, rev B"));
        QCOMPARE(web.cores, 32);
        QCOMPARE(web.memoryGiB, 191.5);
        QCOMPARE(web.ip, QStringLiteral("10.0.0.2"));
        const Core::HostRecord &db = sink.hosts[2];
        QCOMPARE(db.name, QStringLiteral("db-01"));
        QCOMPARE(db.service, QString());
        QCOMPARE(db.cores, 64);
        QCOMPARE(db.memoryGiB, 0.0);
    }

    void inventoryMalformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown column") << QByteArrayLiteral("name,clutser\nh1,c1\n")
                                        << QStringLiteral("FILE:1:6: expected a known column (name, cluster, rack, "
                                                          "role, service, hardware_model, cores, memory_gib, ip), "
                                                          "found 'clutser'");
        QTest::addRow("cores not an integer") << QByteArrayLiteral("name,cores\nh1,8\nh2,8.5\n")
                                              << QStringLiteral("FILE:3:4: expected a whole number of cores, found "
                                                                "'8.5'");
        QTest::addRow("memory not a number") << QByteArrayLiteral("name,memory_gib\r\nh1,lots\r\n")
                                             << QStringLiteral("FILE:2:4: expected a memory size in GiB (a number), "
                                                               "found 'lots'");
        QTest::addRow("no name column") << QByteArrayLiteral("cluster,rack\nc1,r1\n")
                                        << QStringLiteral("FILE:1:13: expected a 'name' column in the header, found "
                                                          "none");
        QTest::addRow("empty name") << QByteArrayLiteral("name,rack\nh1,r1\n,r2\n")
                                    << QStringLiteral("FILE:3:1: expected a host name, found ','");
        QTest::addRow("extra field") << QByteArrayLiteral("name,rack\nh1,r1,x\n")
                                     << QStringLiteral("FILE:2:6: expected 2 field(s) as in the header, found 3 "
                                                       "field(s)");
        QTest::addRow("duplicate column") << QByteArrayLiteral("name,rack,rack\n")
                                          << QStringLiteral("FILE:1:11: expected a column not named before, found "
                                                            "'rack'");
    }

    void inventoryMalformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        checkRejected(ImportFormat::Inventory, QStringLiteral("bad.csv"), content, message);
    }

    void importsEveryFormatIdempotently()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        QStringList inputs;
        for (const char *name : { "node.om", "node.prom", "long.csv", "wide.csv", "query_range.json", "query.json",
                 "events.jsonl", "inventory.csv" })
            inputs << fixture(QStringLiteral("ingest/") + QLatin1String(name));
        const Core::ImportResult first = importFiles(*warehouse, inputs);
        QVERIFY2(first.ok, qPrintable(first.error));
        // 34 samples in the files, 4 of them repeated across files.
        QCOMPARE(first.samplesAdded, 30);
        QCOMPARE(first.seriesCreated, 18);
        QCOMPARE(first.recordsAdded, 6); // 3 events, 3 hosts
        const QByteArray digestAfterFirst = digest(*warehouse);
        QCOMPARE(warehouse->dataSources().size(), size_t(inputs.size()));

        const Core::ImportResult second = importFiles(*warehouse, inputs);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.samplesAdded, 0);
        QCOMPARE(second.samplesChanged, 0);
        QCOMPARE(second.seriesCreated, 0);
        QCOMPARE(second.recordsAdded, 0);
        QCOMPARE(second.recordsUnchanged, 6);
        QCOMPARE(digest(*warehouse), digestAfterFirst);
    }

    void guessesFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::optional<ImportFormat>>("expected");
        const auto om = std::optional(ImportFormat::OpenMetrics);
        QTest::addRow("type line") << QByteArrayLiteral("# TYPE m gauge\nm 1 1\n") << QStringLiteral("x") << om;
        QTest::addRow("bom and help") << QByteArrayLiteral("\xEF\xBB\xBF# HELP m x\n") << QStringLiteral("x") << om;
        QTest::addRow("sample with labels") << QByteArrayLiteral("m{a=\"b\"} 1 1\n") << QStringLiteral("x") << om;
        QTest::addRow("bare sample") << QByteArrayLiteral("up 1 1700000000000\n") << QStringLiteral("x") << om;
        QTest::addRow("prose is not a sample")
            << QByteArrayLiteral("hello world\n") << QStringLiteral("x.txt") << std::optional<ImportFormat>();
        QTest::addRow("csv long") << QByteArrayLiteral("timestamp,metric,labels,value\n") << QStringLiteral("x")
                                  << std::optional(ImportFormat::Csv);
        QTest::addRow("csv wide") << QByteArrayLiteral("Time,\"cpu{host=\"\"a\"\"}\"\r\n") << QStringLiteral("x")
                                  << std::optional(ImportFormat::Csv);
        QTest::addRow("inventory") << QByteArrayLiteral("cluster,name,rack\n") << QStringLiteral("x")
                                   << std::optional(ImportFormat::Inventory);
        QTest::addRow("inventory, names only")
            << QByteArrayLiteral("name\nh1\n") << QStringLiteral("x") << std::optional(ImportFormat::Inventory);
        QTest::addRow("promjson") << QByteArrayLiteral("{\n  \"status\": \"success\",") << QStringLiteral("x")
                                  << std::optional(ImportFormat::PromJson);
        QTest::addRow("jsonl") << QByteArrayLiteral("{\"time\":1,\"kind\":\"alert\",\"entity\":\"h\"}\n")
                               << QStringLiteral("x") << std::optional(ImportFormat::Jsonl);
        QTest::addRow("unknown csv by name")
            << QByteArrayLiteral("a,b\n1,2\n") << QStringLiteral("data.CSV") << std::optional(ImportFormat::Csv);
        QTest::addRow("binary by name") << QByteArrayLiteral("\x01\x02") << QStringLiteral("m.prom") << om;
        QTest::addRow("empty") << QByteArray() << QStringLiteral("x") << std::optional<ImportFormat>();
    }

    void guessesFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        QFETCH(std::optional<ImportFormat>, expected);
        QCOMPARE(Core::guessFormat(head, name), expected);
    }

    void formatNames()
    {
        QCOMPARE(Core::importFormatNames(),
            QStringList({ QStringLiteral("openmetrics"), QStringLiteral("promjson"), QStringLiteral("csv"),
                QStringLiteral("jsonl"), QStringLiteral("inventory"), QStringLiteral("log") }));
        for (const QString &name : Core::importFormatNames())
            QCOMPARE(Core::formatName(*Core::formatFromName(name)), name);
        QCOMPARE(Core::formatFromName(QStringLiteral("Auto")), std::optional(ImportFormat::Auto));
        QCOMPARE(Core::formatFromName(QStringLiteral("xml")), std::optional<ImportFormat>());
    }

    void unguessableFileIsReported()
    {
        QTemporaryDir dir;
        auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
        const QString path = writeFile(dir, QStringLiteral("notes.txt"), QByteArrayLiteral("hello world\n"));
        const Core::ImportResult result = importFiles(*warehouse, { path });
        QVERIFY(!result.ok);
        QCOMPARE(result.error,
            path
                + QStringLiteral(": cannot tell the format from the content; name it (one of "
                                 "openmetrics, promjson, csv, jsonl, inventory, log)."));
        const Core::ImportResult missing = importFiles(*warehouse, { dir.filePath(QStringLiteral("nope.om")) });
        QVERIFY(!missing.ok);
        QVERIFY(
            missing.error.startsWith(QStringLiteral("Cannot open '%1'").arg(dir.filePath(QStringLiteral("nope.om")))));
    }
};

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
