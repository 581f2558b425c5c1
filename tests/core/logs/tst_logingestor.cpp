// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "logs/logingestor.h"
#include "testutil.h"
#include "warehouse/digest.h"
#include "warehouse/metricreader.h"
#include "warehouse/metricwriter.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight::Core;

namespace {

const QString kHdfsFormat = QStringLiteral("<Date> <Time> <Pid> <Level> <Component>: <Content>");

QList<QByteArray> hdfsLines()
{
    QFile file(Opsight::Test::sharedDataset(QStringLiteral("loghub-2k/HDFS/HDFS_2k.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Imports lines [from, to) in one transaction with a fresh ingestor (a restart).
LogIngestor::Stats ingest(Warehouse &w, const QList<QByteArray> &lines, qsizetype from, qsizetype to,
                          const QString &format = kHdfsFormat)
{
    Transaction tx(w.db());
    MetricWriter metrics(w.db());
    RecordWriter records(w.db());
    LogIngestor ingestor(w.db(), records, metrics, {QStringLiteral("hdfs"), format, QStringLiteral("nn1"), 2008});
    for (qsizetype i = from; i < to; ++i)
        ingestor.addLine(std::string_view(lines.at(i).constData(), size_t(lines.at(i).size())), i + 1);
    ingestor.finish();
    metrics.flush();
    tx.commit();
    return ingestor.stats();
}

} // namespace

class TestLogIngestor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Warehouse> create()
    {
        return Warehouse::open(m_dir.filePath(QStringLiteral("l%1.opsight").arg(m_files++)), Warehouse::Mode::Create);
    }

private Q_SLOTS:
    void importsLinesTemplatesAndCounts()
    {
        const QString path = Opsight::Test::sharedDataset(QStringLiteral("loghub-2k/HDFS/HDFS_2k.log"));
        OPSIGHT_REQUIRE_DATASET(path);
        const QList<QByteArray> lines = hdfsLines();
        auto w = create();
        const LogIngestor::Stats stats = ingest(*w, lines, 0, lines.size());
        QCOMPARE(stats.added, 2000);
        QCOMPARE(stats.unmatched, 0);
        QVERIFY(!stats.explosion.exploding);
        const WarehouseSummary s = w->summary();
        QCOMPARE(s.logLines, 2000);
        QVERIFY2(s.logTemplates >= 14 && s.logTemplates <= 40, qPrintable(QString::number(s.logTemplates)));

        // Every line has a template; counts per minute add up to the lines.
        QCOMPARE(w->db().queryInt("SELECT count(*) FROM log_line WHERE template_id IS NULL"), 0);
        MetricReader reader(w->db());
        const auto series = reader.select(Selector::parse(QStringLiteral("log_template_lines{source=\"hdfs\"}")));
        QVERIFY(!series.empty());
        double total = 0;
        for (const SeriesInfo &info : series)
            for (const Sample &sample : reader.samples(info.id, 0, std::numeric_limits<Timestamp>::max()))
                total += sample.value;
        QCOMPARE(total, 2000.0);
        // Parameters are stored with the line.
        Statement p = w->db().prepare("SELECT parameters FROM log_line WHERE raw LIKE '%PacketResponder 1 for block%' LIMIT 1");
        QVERIFY(p.step());
        QVERIFY2(p.columnString(0).contains(QStringLiteral("blk_")), qPrintable(p.columnString(0)));
    }

    void reimportChangesNothing()
    {
        const QString path = Opsight::Test::sharedDataset(QStringLiteral("loghub-2k/HDFS/HDFS_2k.log"));
        OPSIGHT_REQUIRE_DATASET(path);
        const QList<QByteArray> lines = hdfsLines();
        auto w = create();
        ingest(*w, lines, 0, lines.size());
        const QByteArray before = contentDigest(w->db());
        const LogIngestor::Stats again = ingest(*w, lines, 0, lines.size());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 2000);
        QCOMPARE(contentDigest(w->db()), before);
    }

    void templateIdsSurviveARestart()
    {
        const QString path = Opsight::Test::sharedDataset(QStringLiteral("loghub-2k/HDFS/HDFS_2k.log"));
        OPSIGHT_REQUIRE_DATASET(path);
        const QList<QByteArray> lines = hdfsLines();
        auto once = create();
        auto twice = create();
        ingest(*once, lines, 0, lines.size());
        ingest(*twice, lines, 0, 1000);
        ingest(*twice, lines, 1000, lines.size()); // a new ingestor: state comes from the warehouse
        QCOMPARE(contentDigest(twice->db()), contentDigest(once->db()));
        QCOMPARE(twice->db().queryInt("SELECT count(*) FROM log_template"),
                 once->db().queryInt("SELECT count(*) FROM log_template"));
    }

    void linesThatDoNotMatchAreKeptWhole()
    {
        auto w = create();
        const QList<QByteArray> lines = {"081109 203615 148 INFO dfs.DataNode: Receiving block blk_1 src: /10.0.0.1:5",
                                         "garbage without the header",
                                         "081109 203616 149 INFO dfs.DataNode: Receiving block blk_2 src: /10.0.0.2:5"};
        const LogIngestor::Stats stats = ingest(*w, lines, 0, lines.size());
        QCOMPARE(stats.added, 3);
        QCOMPARE(stats.unmatched, 1);
        QCOMPARE(stats.firstUnmatched, std::vector<qint64>{2});
        Statement line = w->db().prepare("SELECT content, time FROM log_line WHERE line_number=2");
        QVERIFY(line.step());
        QCOMPARE(line.columnString(0), QStringLiteral("garbage without the header"));
        QCOMPARE(line.columnInt64(1), *parseTimestamp(std::string_view("2008-11-09T20:36:15Z")));
    }

    void badFormatIsAnError()
    {
        auto w = create();
        Transaction tx(w->db());
        MetricWriter metrics(w->db());
        RecordWriter records(w->db());
        QVERIFY_THROWS_EXCEPTION(Error, LogIngestor(w->db(), records, metrics, {QStringLiteral("s"), QStringLiteral("<Date>"), {}, 2000}));
        QVERIFY_THROWS_EXCEPTION(Error, LogIngestor(w->db(), records, metrics, {QString(), QStringLiteral("<Content>"), {}, 2000}));
    }
};

QTEST_GUILESS_MAIN(TestLogIngestor)
#include "tst_logingestor.moc"
