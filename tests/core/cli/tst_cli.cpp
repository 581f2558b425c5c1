// SPDX-License-Identifier: GPL-3.0-or-later
// opsight-cli import and export as an operator runs them: exit codes (0 ok,
// 1 failed, 2 usage), one-line summaries, located errors, stdout and files.
#include "testutil.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Opsight::Test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(OPSIGHT_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

QString digestOf(const QString &db)
{
    const Run run = cli({ QStringLiteral("digest"), QStringLiteral("--db"), db });
    return run.code == 0 ? run.out.trimmed() : QStringLiteral("digest failed: ") + run.err;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const QString m_import = QStringLiteral("import");
    const QString m_export = QStringLiteral("export");
    const QString m_db = QStringLiteral("--db");

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // anomaly score on NAB's format: one score per row; a bad value or a row out
    // of time order is refused with its line and column, and no output appears.
    void anomalyScoreChecksItsInput()
    {
        QByteArray good = "timestamp,value\n";
        for (int i = 0; i < 200; ++i)
            good += QStringLiteral("2024-01-01 %1:%2:00,%3\n")
                        .arg(i / 12, 2, 10, QLatin1Char('0'))
                        .arg(i % 12 * 5, 2, 10, QLatin1Char('0'))
                        .arg(i % 7)
                        .toUtf8();
        write(path(QStringLiteral("series.csv")), good);
        const QString scored = path(QStringLiteral("scored.csv"));
        const QStringList score{QStringLiteral("anomaly"), QStringLiteral("score"), QStringLiteral("--input")};
        QCOMPARE(cli(score + QStringList{path(QStringLiteral("series.csv")), QStringLiteral("--output"), scored}).code, 0);
        QCOMPARE(readAll(scored).count('\n'), 201);

        write(path(QStringLiteral("bad.csv")), "timestamp,value\n2024-01-01 00:00:00,1\n2024-01-01 00:05:00,inf\n");
        const QString out = path(QStringLiteral("bad-scored.csv"));
        const Run bad = cli(score + QStringList{path(QStringLiteral("bad.csv")), QStringLiteral("--output"), out});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("bad.csv:3:21: expected a finite number")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(out));

        // A clock set back is data, not a broken file: NAB's machine_temperature
        // goes back an hour on line 10151. Every row is scored, in file order.
        write(path(QStringLiteral("back.csv")), "timestamp,value\n2024-01-01 00:10:00,1\n2024-01-01 00:05:00,2\n"
                                                 "2024-01-01 00:15:00,3\n2024-01-01 00:00:00,4\n");
        const Run back = cli(score + QStringList{path(QStringLiteral("back.csv")), QStringLiteral("--output"), out});
        QCOMPARE(back.code, 0);
        QVERIFY2(back.err.contains(QStringLiteral("back.csv:3:1: the time '2024-01-01 00:05:00' is earlier than the row "
                                                  "before's ('2024-01-01 00:10:00'); rows earlier than the row before: 2")),
                 qPrintable(back.err));
        const QList<QByteArray> rows = readAll(out).trimmed().split('\n');
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows[2].startsWith("2024-01-01 00:05:00,2,"));
        QVERIFY(rows[4].startsWith("2024-01-01 00:00:00,4,"));
    }

    // A series as a spreadsheet saves it: a byte order mark, capitalised names,
    // comments, blank lines and padded cells. One output row per data row, the
    // timestamp written trimmed; a column named twice is refused, by name.
    void anomalyScoreReadsSpreadsheetCsv()
    {
        write(path(QStringLiteral("sheet.csv")), "\xEF\xBB\xBF# exported by hand, \"quoted\n"
                                                  "Timestamp, Value\n"
                                                  "\n"
                                                  " 2024-01-01 00:00:00 , 1\n"
                                                  "# a note between rows\n"
                                                  "2024-01-01 00:05:00,2 \n");
        const QString out = path(QStringLiteral("sheet-scored.csv"));
        const QStringList score{QStringLiteral("anomaly"), QStringLiteral("score"), QStringLiteral("--input")};
        const Run run = cli(score + QStringList{path(QStringLiteral("sheet.csv")), QStringLiteral("--output"), out});
        QCOMPARE(run.code, 0);
        const QList<QByteArray> rows = readAll(out).trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows[1].startsWith("2024-01-01 00:00:00,1,"), rows[1].constData());
        QVERIFY2(rows[2].startsWith("2024-01-01 00:05:00,2,"), rows[2].constData());

        write(path(QStringLiteral("twice.csv")), "timestamp,value,Value\n2024-01-01 00:00:00,1,2\n");
        const Run twice = cli(score + QStringList{path(QStringLiteral("twice.csv")), QStringLiteral("--output"), out});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("twice.csv:1:17: the header names the column 'Value' a second time")),
                 qPrintable(twice.err));
    }

    // Times given twice are reported like a clock set back; a file that ends
    // within the detector's learning day is told it cannot alert.
    void anomalyScoreWarnsOfRepeatedTimesAndTheLearningDay()
    {
        write(path(QStringLiteral("repeated.csv")), "timestamp,value\n2024-01-01 00:00:00,1\n2024-01-01 00:00:00,2\n"
                                                     "2024-01-01 00:05:00,3\n2024-01-01 00:05:00,4\n");
        const QString out = path(QStringLiteral("repeated-scored.csv"));
        const QStringList score{QStringLiteral("anomaly"), QStringLiteral("score"), QStringLiteral("--input")};
        Run run = cli(score + QStringList{path(QStringLiteral("repeated.csv")), QStringLiteral("--output"), out});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QStringLiteral("repeated.csv:3:1: the time '2024-01-01 00:00:00' is the row before's too; "
                                                 "rows at the same time as the row before: 2")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("lie within the series' first day (from 2024-01-01T00:00:00Z")),
                 qPrintable(run.err));
        QCOMPARE(readAll(out).count('\n'), 5);

        QByteArray days = "timestamp,value\n";
        for (int hour = 0; hour <= 30; ++hour)
            days += QStringLiteral("%1,%2\n").arg(1704067200 + hour * 3600).arg(hour % 5).toUtf8();
        write(path(QStringLiteral("days.csv")), days);
        run = cli(score + QStringList{path(QStringLiteral("days.csv")), QStringLiteral("--output"), out});
        QCOMPARE(run.code, 0);
        QVERIFY2(!run.err.contains(QStringLiteral("warning")), qPrintable(run.err));
    }

    // A result file's score that is no number is an error where it stands, not a 0.
    void nabScoreRefusesABadScore()
    {
        const QString results = path(QStringLiteral("bad-results"));
        QVERIFY(QDir().mkpath(results + QStringLiteral("/cat")));
        write(results + QStringLiteral("/cat/f.csv"), "timestamp,value,anomaly_score\n2024-01-01 00:00:00,1,0.5\n"
                                                      "2024-01-01 00:05:00,2, high\n");
        write(path(QStringLiteral("bad-labels.json")), "{\"cat/f.csv\": []}");
        const Run run = cli({QStringLiteral("anomaly"), QStringLiteral("nab-score"), QStringLiteral("--results"), results,
                             QStringLiteral("--labels"), path(QStringLiteral("bad-labels.json"))});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("f.csv:3:24: expected a finite number, found 'high'")), qPrintable(run.err));
    }

    // --fire nan is refused (it fails both range checks), nothing stored; a scan
    // that reads no samples says where the data is; a later scan names the
    // threshold it starts from for what it is.
    void scanChecksItsThresholdAndWindow()
    {
        const QString db = path(QStringLiteral("window.opsight"));
        QCOMPARE(cli({QStringLiteral("simulate"), m_db, db, QStringLiteral("--hosts"), QStringLiteral("2"),
                      QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--interval"), QStringLiteral("5m")})
                     .code,
                 0);
        const QStringList scan{QStringLiteral("anomaly"), QStringLiteral("scan"), m_db, db};
        const QString digest = digestOf(db);
        Run run = cli(scan + QStringList{QStringLiteral("--fire"), QStringLiteral("nan")});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err, QStringLiteral("opsight-cli anomaly scan: --fire expects a score above 0.6 and at most 1, not 'nan'\n"));
        QCOMPARE(digestOf(db), digest);

        run = cli(scan + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--from"), QStringLiteral("2030-01-01T00:00:00Z")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(QStringLiteral("warning: no samples in the window from 2030-01-01T00:00:00Z on "
                                                 "(the warehouse's data ends 2026-11-03T")),
                 qPrintable(run.err));

        QCOMPARE(cli(scan + QStringList{QStringLiteral("--fire"), QStringLiteral("0.99")}).code, 0);
        run = cli(scan + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Firing at 0.99, the threshold of the warehouse's last full stored scan")),
                 qPrintable(run.out));
        QVERIFY2(!run.err.contains(QStringLiteral("no samples")), qPrintable(run.err));
    }

    // The NAB files in ../shared, scored by the command and by NAB's method, as
    // bench/nab.sh does: the score may not fall below the record (75.1 on 35 files,
    // 48 of 55 windows; raise the floor with it). Every file must score: refusing
    // machine_temperature's clock going back once stopped the bench there.
    void nabScoreHoldsItsRecord()
    {
        const QString nab = sharedDataset(QStringLiteral("nab"));
        OPSIGHT_REQUIRE_DATASET(nab + QStringLiteral("/combined_windows.json"));
        const QString results = path(QStringLiteral("nab-results"));
        QDirIterator files(nab + QStringLiteral("/data"), {QStringLiteral("*.csv")}, QDir::Files, QDirIterator::Subdirectories);
        int scored = 0;
        while (files.hasNext()) {
            const QFileInfo file(files.next());
            const QString category = file.dir().dirName();
            QVERIFY(QDir().mkpath(results + QLatin1Char('/') + category));
            const Run run = cli({QStringLiteral("anomaly"), QStringLiteral("score"), QStringLiteral("--input"), file.filePath(),
                                 QStringLiteral("--output"), results + QLatin1Char('/') + category + QLatin1Char('/') + file.fileName()});
            QVERIFY2(run.code == 0, qPrintable(file.filePath() + QLatin1Char(' ') + run.err));
            ++scored;
        }
        QVERIFY(scored >= 35);
        const Run score = cli({QStringLiteral("anomaly"), QStringLiteral("nab-score"), QStringLiteral("--results"), results,
                               QStringLiteral("--labels"), nab + QStringLiteral("/combined_windows.json"), QStringLiteral("--json")});
        QCOMPARE(score.code, 0);
        const QJsonObject result = QJsonDocument::fromJson(score.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("files")).toInt(), scored);
        QVERIFY2(result.value(QStringLiteral("score")).toDouble() >= 75.0, qPrintable(score.out));
        QVERIFY2(result.value(QStringLiteral("true_positives")).toInt() >= 48, qPrintable(score.out));
    }

    // A small simulated fleet, scanned and evaluated against what was injected:
    // recall and precision, the time to detect, and both by host group.
    void anomalyEvaluateReportsTimeToDetect()
    {
        const QString db = path(QStringLiteral("evaluate.opsight"));
        QCOMPARE(cli({QStringLiteral("simulate"), m_db, db, QStringLiteral("--hosts"), QStringLiteral("12"), QStringLiteral("--days"),
                      QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("3")}).code, 0);
        QCOMPARE(cli({QStringLiteral("anomaly"), QStringLiteral("scan"), m_db, db}).code, 0);
        const QStringList evaluate{QStringLiteral("anomaly"), QStringLiteral("evaluate"), m_db, db};
        Run run = cli(evaluate + QStringList{QStringLiteral("--group-by"), QStringLiteral("rack")});
        QCOMPARE(run.code, 0);
        const QRegularExpression recall(QStringLiteral("^recall [01]\\.\\d{3} \\((\\d+) of (\\d+) faults\\)"));
        const QRegularExpressionMatch counts = recall.match(run.out);
        QVERIFY2(counts.hasMatch(), qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("time to detect \\(fault start to first alert; an alert already open "
                                                   "counts from 30 min before\\): median -?\\d+ min, 90% within -?\\d+ min"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        // The racks' detected faults add up to the total.
        QVERIFY2(run.out.contains(QStringLiteral("by host rack")), qPrintable(run.out));
        int detected = 0;
        const QRegularExpression rackRow(QStringLiteral("^  (c\\d-r\\d+|queues) +(\\d+) / \\d+ "), QRegularExpression::MultilineOption);
        for (auto rows = rackRow.globalMatch(run.out); rows.hasNext();)
            detected += rows.next().captured(2).toInt();
        QCOMPARE(detected, counts.captured(1).toInt());

        run = cli(evaluate + QStringList{QStringLiteral("--group-by"), QStringLiteral("colour")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--group-by expects one of role, cluster, rack, service, not 'colour'")),
                 qPrintable(run.err));
        run = cli(evaluate + QStringList{QStringLiteral("--slack-minutes"), QStringLiteral("-5")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("'-5'")), qPrintable(run.err));
        run = cli(evaluate + QStringList{QStringLiteral("--slack-minutes"), QStringLiteral("9223372036854775807")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("from 0 to 10080")), qPrintable(run.err));
    }

#ifdef Q_OS_UNIX
    // --output to a pipe writes through it: a save file would have replaced the
    // pipe (or /dev/full, a device) with a regular file on commit.
    void outputToAPipeStaysAPipe()
    {
        const QString fifo = path(QStringLiteral("scores.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        write(path(QStringLiteral("pipe-series.csv")), "timestamp,value\n2024-01-01 00:00:00,1\n2024-01-01 00:05:00,2\n");
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const Run run = cli({QStringLiteral("anomaly"), QStringLiteral("score"), QStringLiteral("--input"),
                             path(QStringLiteral("pipe-series.csv")), QStringLiteral("--output"), fifo});
        QByteArray received(4096, '\0');
        const ssize_t size = ::read(reader, received.data(), size_t(received.size()));
        ::close(reader);
        QCOMPARE(run.code, 0);
        QVERIFY2(size > 0 && received.startsWith("timestamp,value,anomaly_score\n"), received.constData());
        struct stat info {};
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }
#endif

    void importUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no --db") << QStringList { fixture(QStringLiteral("ingest/node.om")) }
                                 << QStringLiteral("opsight-cli import: missing --db FILE\n");
        QTest::addRow("no input") << QStringList { m_db, QStringLiteral("x.db") }
                                  << QStringLiteral("opsight-cli import: no input files given\n");
        QTest::addRow("unknown format")
            << QStringList { m_db, QStringLiteral("x.db"), QStringLiteral("--format"), QStringLiteral("xml"),
                   QStringLiteral("a") }
            << QStringLiteral("opsight-cli import: unknown format 'xml' (expected openmetrics, promjson, csv, jsonl, "
                              "inventory, log or auto)\n");
    }

    void importUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = cli(QStringList { m_import } + args);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err, message);
        QVERIFY(!QFileInfo::exists(QStringLiteral("x.db")));
    }

    // A command of subcommands: --help lists them (exit 0); none or a wrong one
    // is a usage error that lists them.
    void subcommandsAreListed()
    {
        const Run help = cli({QStringLiteral("anomaly"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Subcommands: score, nab-score, scan or evaluate.")), qPrintable(help.out));
        const Run none = cli({QStringLiteral("fleet")});
        QCOMPARE(none.code, 2);
        QCOMPARE(none.err, QStringLiteral("opsight-cli fleet: expected a subcommand: health or outliers\n"));
        const Run wrong = cli({QStringLiteral("alerts"), QStringLiteral("frob")});
        QCOMPARE(wrong.code, 2);
        QCOMPARE(wrong.err,
                 QStringLiteral("opsight-cli alerts: unknown subcommand 'frob'; expected list, ack, silence, silences or expire\n"));
    }

    void importsAndSummarises()
    {
        const QString db = path(QStringLiteral("a.db"));
        const QString input = fixture(QStringLiteral("ingest/node.om"));
        const QRegularExpression summary(QStringLiteral(
            "^(\\d+) samples added, (\\d+) changed, (\\d+) unchanged; (\\d+) series created; (\\d+) records added, "
            "(\\d+) updated, (\\d+) unchanged; \\d+\\.\\d\\d s \\([\\d,]+ samples/s\\)\n$"));
        const Run first = cli({ m_import, m_db, db, input, fixture(QStringLiteral("ingest/events.jsonl")) });
        QCOMPARE(first.err, QString());
        QCOMPARE(first.code, 0);
        auto match = summary.match(first.out);
        QVERIFY2(match.hasMatch(), qPrintable(first.out));
        QCOMPARE(match.capturedTexts().mid(1, 7),
            QStringList({ QStringLiteral("12"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("10"),
                QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("0") }));

        const Run again = cli({ m_import, m_db, db, QStringLiteral("--format"), QStringLiteral("openmetrics"), input });
        QCOMPARE(again.code, 0);
        match = summary.match(again.out);
        QVERIFY2(match.hasMatch(), qPrintable(again.out));
        QCOMPARE(match.capturedTexts().mid(1, 4),
            QStringList({ QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("12"), QStringLiteral("0") }));
    }

    void malformedInputFails()
    {
        const QString bad = path(QStringLiteral("bad.om"));
        write(bad, QByteArrayLiteral("# TYPE m gauge\nm{a=\"1\"} 5\n# EOF\n"));
        const QString message = QStringLiteral("opsight-cli import: %1:2:11: expected a timestamp (offline import "
                                               "needs one on every sample), found end of line\n")
                                    .arg(bad);

        // Into an existing warehouse: exit 1, located message, content unchanged.
        const QString db = path(QStringLiteral("b.db"));
        QCOMPARE(cli({ m_import, m_db, db, fixture(QStringLiteral("ingest/node.prom")) }).code, 0);
        const QString before = digestOf(db);
        const Run run = cli({ m_import, m_db, db, bad });
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, message);
        QCOMPARE(run.out, QString());
        QCOMPARE(digestOf(db), before);

        // Into a new one: nothing is left behind.
        const QString fresh = path(QStringLiteral("fresh.db"));
        QCOMPARE(cli({ m_import, m_db, fresh, bad }).code, 1);
        QVERIFY(!QFileInfo::exists(fresh));

        const Run missing = cli({ m_import, m_db, fresh, path(QStringLiteral("nope.om")) });
        QCOMPARE(missing.code, 1);
        QCOMPARE(
            missing.err, QStringLiteral("opsight-cli import: cannot read '%1'\n").arg(path(QStringLiteral("nope.om"))));
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void exportsToStdoutAndFiles()
    {
        const QString db = path(QStringLiteral("c.db"));
        QCOMPARE(cli({ m_import, m_db, db, fixture(QStringLiteral("ingest/node.prom")) }).code, 0);
        const Run om
            = cli({ m_export, m_db, db, QStringLiteral("--match"), QStringLiteral("node_load1{host=\"web-01\"}") });
        QCOMPARE(om.err, QString());
        QCOMPARE(om.code, 0);
        QCOMPARE(om.out,
            QStringLiteral("# TYPE node_load1 unknown\n"
                           "node_load1{host=\"web-01\"} 0.42 1700000000\n"
                           "node_load1{host=\"web-01\"} 0.5 1700000060\n"
                           "# EOF\n"));
        const Run csv
            = cli({ m_export, m_db, db, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--from"),
                QStringLiteral("2023-11-14T22:14:00Z"), QStringLiteral("--to"), QStringLiteral("1700000061") });
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out,
            QStringLiteral("timestamp,metric,labels,value\n"
                           "2023-11-14T22:14:20Z,node_load1,\"host=\"\"web-01\"\"\",0.5\n"));

        // --output: the format follows the extension; the file round-trips.
        const QString file = path(QStringLiteral("out.csv"));
        const Run toFile = cli({ m_export, m_db, db, QStringLiteral("--output"), file });
        QCOMPARE(toFile.code, 0);
        QCOMPARE(toFile.out, QString());
        QVERIFY(readAll(file).startsWith("timestamp,metric,labels,value\n"));
        const QString copy = path(QStringLiteral("c2.db"));
        QCOMPARE(cli({ m_import, m_db, copy, file }).code, 0);
        QCOMPARE(digestOf(copy), digestOf(db));
    }

    void exportErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = path(QStringLiteral("c.db"));
        QTest::addRow("no --db") << QStringList {} << 2 << QStringLiteral("opsight-cli export: missing --db FILE\n");
        QTest::addRow("bad format") << QStringList { m_db, db, QStringLiteral("--format"), QStringLiteral("xml") } << 2
                                    << QStringLiteral("opsight-cli export: unknown format 'xml' (expected openmetrics "
                                                      "or csv)\n");
        QTest::addRow("bad time") << QStringList { m_db, db, QStringLiteral("--from"), QStringLiteral("soon") } << 2
                                  << QStringLiteral("opsight-cli export: --from: expected a time (RFC 3339, epoch "
                                                    "seconds or epoch milliseconds), found 'soon'\n");
        QTest::addRow("bad selector") << QStringList { m_db, db, QStringLiteral("--match"), QStringLiteral("m{a=") }
                                      << 1 << QString();
        QTest::addRow("missing warehouse") << QStringList { m_db, path(QStringLiteral("none.db")) } << 1 << QString();
    }

    void alertsListAcknowledgeSilence()
    {
        const QString db = path(QStringLiteral("alerts.opsight"));
        QCOMPARE(cli({QStringLiteral("simulate"), m_db, db, QStringLiteral("--hosts"), QStringLiteral("4"),
                      QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--interval"), QStringLiteral("5m"),
                      QStringLiteral("--seed"), QStringLiteral("3")})
                     .code,
                 0);
        const Run noThreads = cli({QStringLiteral("anomaly"), QStringLiteral("scan"), m_db, db, QStringLiteral("--threads"),
                                   QStringLiteral("0")});
        QCOMPARE(noThreads.code, 2);
        QCOMPARE(noThreads.err,
                 QStringLiteral("opsight-cli anomaly scan: --threads expects a whole number of at least 1, not '0'\n"));
        QCOMPARE(cli({QStringLiteral("anomaly"), QStringLiteral("scan"), m_db, db}).code, 0);
        // A stored scan saves its threshold; the next one without --fire starts
        // from it and says so; --fire overrides it.
        const Run stricter = cli({QStringLiteral("anomaly"), QStringLiteral("scan"), m_db, db, QStringLiteral("--dry-run"),
                                  QStringLiteral("--fire"), QStringLiteral("0.97")});
        QCOMPARE(stricter.code, 0);
        QVERIFY2(!stricter.out.contains(QStringLiteral("Firing at")), qPrintable(stricter.out));
        const Run again = cli({QStringLiteral("anomaly"), QStringLiteral("scan"), m_db, db, QStringLiteral("--dry-run")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Firing at 0.95, the threshold of the warehouse's last full stored scan")),
                 qPrintable(again.out));
        auto listed = [&](const QStringList &extra) {
            const Run run = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("list"), m_db, db,
                                            QStringLiteral("--json")} + extra);
            return QJsonDocument::fromJson(run.out.toUtf8()).array();
        };
        const QJsonArray all = listed({});
        QVERIFY(!all.isEmpty());
        const QJsonObject first = all.first().toObject();
        const QString host = first.value(QStringLiteral("host")).toString();
        QVERIFY(!host.isEmpty());
        // Alerts in an incident carry its title.
        int inIncidents = 0;
        for (const QJsonValue &value : all) {
            const QJsonObject alert = value.toObject();
            if (alert.value(QStringLiteral("incident")).toString().isEmpty())
                continue;
            ++inIncidents;
            QVERIFY(alert.value(QStringLiteral("incident_title")).toString().contains(QStringLiteral("related anomalies")));
        }
        QVERIFY(inIncidents > 0);

        // Acknowledge the newest alert: the list says so.
        const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
        Run run = cli({QStringLiteral("alerts"), QStringLiteral("ack"), m_db, db, QStringLiteral("--id"), id,
                       QStringLiteral("--author"), QStringLiteral("ana"), QStringLiteral("--comment"), QStringLiteral("seen")});
        QCOMPARE(run.code, 0);
        QCOMPARE(listed({}).first().toObject().value(QStringLiteral("acknowledged_by")).toString(), QStringLiteral("ana"));
        QCOMPARE(listed({}).first().toObject().value(QStringLiteral("acknowledgement")).toString(), QStringLiteral("seen"));
        run = cli({QStringLiteral("alerts"), QStringLiteral("list"), m_db, db, QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(run.out.contains(QStringLiteral("acknowledged by ana: seen")), qPrintable(run.out)); // the hand-over
        QCOMPARE(run.out.count(QLatin1Char('\n')), 2); // one alert, and the count
        // Triage filters: what is new and serious.
        const QJsonArray fresh = listed({QStringLiteral("--hide-acknowledged")});
        QCOMPARE(fresh.size(), all.size() - 1);
        // An incident acknowledged as a whole, as the console's incident row does.
        QJsonObject member;
        for (const QJsonValue &value : fresh)
            if (!value.toObject().value(QStringLiteral("incident")).toString().isEmpty()) {
                member = value.toObject();
                break;
            }
        QVERIFY(!member.isEmpty());
        const QString incident = member.value(QStringLiteral("incident")).toString();
        run = cli({QStringLiteral("alerts"), QStringLiteral("ack"), m_db, db, QStringLiteral("--id"),
                   QString::number(member.value(QStringLiteral("id")).toInteger()), QStringLiteral("--author"),
                   QStringLiteral("bo"), QStringLiteral("--comment"), QStringLiteral("one incident"), QStringLiteral("--incident")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("other alert(s) of its incident acknowledged")), qPrintable(run.out));
        int members = 0;
        for (const QJsonValue &value : listed({})) {
            const QJsonObject alert = value.toObject();
            if (alert.value(QStringLiteral("incident")).toString() != incident)
                continue;
            ++members;
            QCOMPARE(alert.value(QStringLiteral("acknowledged_by")).toString(), QStringLiteral("bo"));
        }
        QVERIFY(members >= 2);
        const qsizetype freshMembers = std::count_if(fresh.begin(), fresh.end(), [&](const QJsonValue &value) {
            return value.toObject().value(QStringLiteral("incident")).toString() == incident;
        });
        QCOMPARE(listed({QStringLiteral("--hide-acknowledged")}).size(), fresh.size() - freshMembers);
        const QJsonArray critical = listed({QStringLiteral("--severity"), QStringLiteral("critical")});
        QVERIFY(!critical.isEmpty() && critical.size() < all.size());
        for (const QJsonValue &alert : critical)
            QCOMPARE(alert.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(listed({QStringLiteral("--severity"), QStringLiteral("Critical")}), critical); // as a person types it
        QCOMPARE(listed({QStringLiteral("--severity"), QStringLiteral("info")}).size(), all.size());
        run = cli({QStringLiteral("alerts"), QStringLiteral("list"), m_db, db, QStringLiteral("--severity"), QStringLiteral("high")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--severity expects info, warning, error or critical, not 'high'")),
                 qPrintable(run.err));

        // Silence everything on that host over the whole history: its alerts go quiet.
        const QString selector = QStringLiteral("{host=\"%1\"}").arg(host);
        const qsizetype onHost = listed({QStringLiteral("--match"), selector}).size();
        run = cli({QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"), selector,
                   QStringLiteral("--author"), QStringLiteral("ana"), QStringLiteral("--reason"), QStringLiteral("rebuild"),
                   QStringLiteral("--start"), QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("--hours"),
                   QStringLiteral("240")});
        QCOMPARE(run.code, 0);
        QCOMPARE(listed({QStringLiteral("--hide-silenced")}).size(), all.size() - onHost);
        const QString silenceId = QRegularExpression(QStringLiteral("Silence (\\d+) on")).match(run.out).captured(1);
        QVERIFY2(!silenceId.isEmpty(), qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("It matches \\d+ of the warehouse's \\d+ series\\.")).match(run.out).hasMatch(),
                 qPrintable(run.out)); // how wide it is, said at once
        // ...and what it keeps quiet, as the console's dialog previews it.
        QVERIFY2(run.out.contains(QStringLiteral("It keeps %1 of the warehouse's %2 stored alerts quiet. It ended 2026-11-11T00:00:00Z")
                                      .arg(onHost)
                                      .arg(all.size())),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("it keeps only past alerts quiet, none from now on")), qPrintable(run.out));
        run = cli({QStringLiteral("alerts"), QStringLiteral("silences"), m_db, db, QStringLiteral("--all")});
        QVERIFY2(run.out.contains(QStringLiteral("rebuild")), qPrintable(run.out));
        // A rule in force on a host that is not there matches no series, and the list
        // says so (the ended rule above is history, not a ghost).
        run = cli({QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"),
                   QStringLiteral("{host=\"no-such-host\"}"), QStringLiteral("--author"), QStringLiteral("ana"),
                   QStringLiteral("--reason"), QStringLiteral("typo"), QStringLiteral("--hours"), QStringLiteral("2")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("No series matches it yet")), qPrintable(run.out)); // said at once
        run = cli({QStringLiteral("alerts"), QStringLiteral("silences"), m_db, db, QStringLiteral("--all")});
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines)
            QCOMPARE(line.contains(QStringLiteral("matches no series")), line.contains(QStringLiteral("no-such-host")));
        // Withdrawn, it mutes nothing and stays on record.
        run = cli({QStringLiteral("alerts"), QStringLiteral("expire"), m_db, db, QStringLiteral("--id"), silenceId,
                   QStringLiteral("--withdraw")});
        QCOMPARE(run.code, 0);
        QCOMPARE(listed({QStringLiteral("--hide-silenced")}).size(), all.size());
        run = cli({QStringLiteral("alerts"), QStringLiteral("silences"), m_db, db, QStringLiteral("--all")});
        QVERIFY2(run.out.contains(QStringLiteral("rebuild")), qPrintable(run.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^ *%1 silence +withdrawn ").arg(silenceId), QRegularExpression::MultilineOption)
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
        // Again: nothing to do is said, not reported as done.
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--withdraw")}}) {
            run = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("expire"), m_db, db, QStringLiteral("--id"), silenceId} + extra);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("already withdrawn")), qPrintable(run.err));
        }
        // A rule still to come, ended now, covers nothing: it is withdrawn, and says so.
        run = cli({QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"), selector,
                   QStringLiteral("--author"), QStringLiteral("ana"), QStringLiteral("--reason"), QStringLiteral("next week"),
                   QStringLiteral("--start"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate),
                   QStringLiteral("--hours"), QStringLiteral("4")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("It starts ")), qPrintable(run.out));
        const QString laterId = QRegularExpression(QStringLiteral("Silence (\\d+) on")).match(run.out).captured(1);
        run = cli({QStringLiteral("alerts"), QStringLiteral("expire"), m_db, db, QStringLiteral("--id"), laterId});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("had not started")), qPrintable(run.out));

        // Wrong input: a clear message naming what is wrong, nothing written.
        const QString digest = digestOf(db);
        run = cli({QStringLiteral("alerts"), QStringLiteral("ack"), m_db, db, QStringLiteral("--id"), QStringLiteral("999999"),
                   QStringLiteral("--author"), QStringLiteral("ana"), QStringLiteral("--comment"), QStringLiteral("x")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no alert 999999")), qPrintable(run.err));
        run = cli({QStringLiteral("alerts"), QStringLiteral("ack"), m_db, db, QStringLiteral("--author"), QStringLiteral("ana"),
                   QStringLiteral("--comment"), QStringLiteral("x")});
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err, QStringLiteral("opsight-cli alerts ack: missing --id\n"));
        run = cli({QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"), QStringLiteral("{}"),
                   QStringLiteral("--author"), QStringLiteral("a"), QStringLiteral("--reason"), QStringLiteral("r"),
                   QStringLiteral("--hours"), QStringLiteral("1")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("an empty selector would silence everything")), qPrintable(run.err));
        run = cli({QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"),
                   QStringLiteral("cpu{"), QStringLiteral("--author"), QStringLiteral("a"), QStringLiteral("--reason"),
                   QStringLiteral("r"), QStringLiteral("--hours"), QStringLiteral("1")});
        QCOMPARE(run.code, 2); // a usage error, under the option's name
        QVERIFY2(run.err.contains(QStringLiteral("--match: selector:1:")), qPrintable(run.err));
        run = cli({QStringLiteral("alerts"), QStringLiteral("list"), m_db, db, QStringLiteral("--from"),
                   QStringLiteral("2026-11-10T00:00:00Z"), QStringLiteral("--to"), QStringLiteral("2026-11-09T00:00:00Z")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--to must come after --from")), qPrintable(run.err));
        run = cli({QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"), selector,
                   QStringLiteral("--author"), QStringLiteral("a"), QStringLiteral("--hours"), QStringLiteral("1")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("missing --reason")), qPrintable(run.err));
        const QStringList silenceH1{QStringLiteral("alerts"), QStringLiteral("silence"), m_db, db, QStringLiteral("--match"),
                                    selector, QStringLiteral("--author"), QStringLiteral("a"), QStringLiteral("--reason"),
                                    QStringLiteral("r")};
        for (const QString &hours : {QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("1e300"), QStringLiteral("0")}) {
            run = cli(silenceH1 + QStringList{QStringLiteral("--hours"), hours});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QStringLiteral("--hours expects a positive number of hours")), qPrintable(run.err));
        }
        run = cli(silenceH1 + QStringList{QStringLiteral("--hours"), QStringLiteral("1"), QStringLiteral("--end"),
                                          QStringLiteral("2027-01-01T00:00:00Z")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not both")), qPrintable(run.err));
        QCOMPARE(digestOf(db), digest);
    }

    void logTemplatesLinesMergeSplit()
    {
        // An operator's log session: import, list templates, read lines, merge two.
        const QString db = path(QStringLiteral("logs.opsight"));
        const QString log = path(QStringLiteral("app.log"));
        QByteArray text;
        for (int i = 0; i < 300; ++i) {
            const QByteArray time = QStringLiteral("2026-11-20 %1:%2:00")
                                        .arg(i / 60, 2, 10, QLatin1Char('0'))
                                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                                        .toUtf8();
            text += time + " h1 INFO http: Served request " + QByteArray::number(i) + " in 5 ms\n";
            text += time + " h1 INFO pool: Worker " + QByteArray::number(i % 4) + " heartbeat ok\n";
        }
        write(log, text);
        Run run = cli({QStringLiteral("import"), m_db, db, QStringLiteral("--format"), QStringLiteral("log"),
                       QStringLiteral("--log-format"), QStringLiteral("<Date> <Time> <Host> <Level> <Component>: <Content>"),
                       QStringLiteral("--source"), QStringLiteral("app"), log});
        QCOMPARE(run.code, 0);
        run = cli({QStringLiteral("logs"), QStringLiteral("templates"), m_db, db, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject listed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(listed.value(QStringLiteral("source")).toString(), QStringLiteral("app"));
        QCOMPARE(listed.value(QStringLiteral("lines")).toInteger(), 600);
        const QJsonArray templates = listed.value(QStringLiteral("templates")).toArray();
        QCOMPARE(templates.size(), 2);
        qint64 served = 0, heartbeat = 0;
        for (const QJsonValue &t : templates) {
            const QString name = t.toObject().value(QStringLiteral("template")).toString();
            QCOMPARE(t.toObject().value(QStringLiteral("lines")).toInteger(), 300);
            (name.startsWith(QStringLiteral("Served")) ? served : heartbeat) = t.toObject().value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(served && heartbeat);

        run = cli({QStringLiteral("logs"), QStringLiteral("lines"), m_db, db, QStringLiteral("--template"),
                   QString::number(served), QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject lines = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(lines.value(QStringLiteral("total")).toInteger(), 300);
        const QJsonArray rows = lines.value(QStringLiteral("lines")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("parameters")).toArray().first().toString(), QStringLiteral("0"));

        // Wrong input names what is wrong and changes nothing.
        const QString digest = digestOf(db);
        run = cli({QStringLiteral("logs"), QStringLiteral("merge"), m_db, db, QStringLiteral("--source"), QStringLiteral("app"),
                   QStringLiteral("--template"), QString::number(served), QStringLiteral("--into"), QStringLiteral("99")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("#99")), qPrintable(run.err));
        run = cli({QStringLiteral("logs"), QStringLiteral("templates"), m_db, db, QStringLiteral("--source"), QStringLiteral("web")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("\"web\"")) && run.err.contains(QStringLiteral("app")), qPrintable(run.err));
        run = cli({QStringLiteral("logs"), QStringLiteral("split"), m_db, db, QStringLiteral("--template"), QStringLiteral("1")});
        QCOMPARE(run.code, 2);
        QCOMPARE(digestOf(db), digest);

        run = cli({QStringLiteral("logs"), QStringLiteral("merge"), m_db, db, QStringLiteral("--source"), QStringLiteral("app"),
                   QStringLiteral("--template"), QString::number(heartbeat), QStringLiteral("--into"), QString::number(served)});
        QCOMPARE(run.code, 0);
        run = cli({QStringLiteral("logs"), QStringLiteral("templates"), m_db, db, QStringLiteral("--json")});
        bool merged = false;
        for (const QJsonValue &t : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("templates")).toArray())
            merged |= t.toObject().value(QStringLiteral("id")).toInteger() == heartbeat
                && t.toObject().value(QStringLiteral("merged_into")).toInteger() == served;
        QVERIFY2(merged, qPrintable(run.out));
    }

    void exportErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = cli(QStringList { m_export } + args);
        QCOMPARE(run.code, code);
        if (!message.isEmpty())
            QCOMPARE(run.err, message);
        else
            QVERIFY2(run.err.startsWith(QLatin1String("opsight-cli export: ")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
