// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "warehouse/chunkcodec.h"
#include "warehouse/digest.h"
#include "warehouse/metricreader.h"
#include "warehouse/metricwriter.h"
#include "warehouse/warehouse.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace Opsight::Core;

namespace {

constexpr Timestamp kT0 = 1'793'577'600'000; // 2026-11-02T00:00:00Z, a block boundary

SeriesKey key(const std::string &metric, const std::string &host)
{
    SeriesKey k{metric, {{"host", host}, {"rack", "r1"}}};
    k.sortLabels();
    return k;
}

// A smooth decimal gauge: deterministic, so tests can recompute expectations.
double gauge(int host, qint64 i)
{
    return std::round((40.0 + 10 * host + 5 * std::sin(double(i) / 37.0)) * 10) / 10;
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Warehouse> create()
    {
        return Warehouse::open(m_dir.filePath(QStringLiteral("w%1.opsight").arg(m_files++)), Warehouse::Mode::Create);
    }

    // hosts x minutes of one-minute samples of "cpu".
    static MetricWriter::Stats writeGauges(Warehouse &w, int hosts, qint64 minutes, qint64 offset = 0)
    {
        Transaction tx(w.db());
        MetricWriter writer(w.db());
        for (int h = 0; h < hosts; ++h) {
            const SeriesId id = writer.intern(key("cpu", "h" + std::to_string(h)));
            for (qint64 i = offset; i < offset + minutes; ++i)
                writer.append(id, kT0 + i * kMinute, gauge(h, i));
        }
        writer.flush();
        tx.commit();
        return writer.stats();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writesAndReadsBackExactly()
    {
        auto w = create();
        const auto stats = writeGauges(*w, 3, 3 * 1440);
        QCOMPARE(stats.samplesAdded, 3 * 3 * 1440);
        QCOMPARE(stats.seriesCreated, 3);
        const WarehouseSummary s = w->summary();
        QCOMPARE(s.series, 3);
        QCOMPARE(s.samples, 3 * 3 * 1440);
        QCOMPARE(s.firstTime, kT0);
        QCOMPARE(s.lastTime, kT0 + (3 * 1440 - 1) * kMinute);

        MetricReader reader(w->db());
        const auto series = reader.select(Selector::parse(QStringLiteral("cpu{host=\"h1\"}")));
        QCOMPARE(series.size(), size_t(1));
        QCOMPARE(series[0].host, std::string("h1"));
        const auto samples = reader.samples(series[0].id, kT0 + 100 * kMinute, kT0 + 400 * kMinute);
        QCOMPARE(samples.size(), size_t(300));
        for (size_t i = 0; i < samples.size(); ++i) {
            QCOMPARE(samples[i].time, kT0 + qint64(100 + i) * kMinute);
            QCOMPARE(samples[i].value, gauge(1, qint64(100 + i)));
        }
    }

    // A pinned host narrows the walk to the host index; what it returns is what
    // matching every series returns (a series named by `instance` alone has that
    // host in its host column but no host label, and stays out).
    void selectorsPinningAHostUseItsIndex()
    {
        auto w = create();
        writeGauges(*w, 3, 10);
        {
            Transaction tx(w->db());
            MetricWriter writer(w->db());
            const SeriesId mem = writer.intern(key("mem", "h1"));
            const SeriesId scraped = writer.intern(SeriesKey{"cpu", {{"instance", "h1:9100"}}});
            for (SeriesId id : {mem, scraped})
                writer.append(id, kT0, 1.0);
            writer.flush();
            tx.commit();
        }
        MetricReader reader(w->db());
        const QStringList selectors{QStringLiteral("{host=\"h1\"}"), QStringLiteral("cpu{host=\"h1\"}"),
                                    QStringLiteral("{host=\"h1\",__name__=~\"m.*\"}"), QStringLiteral("{host=\"nope\"}"),
                                    QStringLiteral("{host=~\"h.\"}")};
        std::vector<Selector> parsed;
        for (const QString &text : selectors) {
            parsed.push_back(Selector::parse(text));
            size_t expected = 0;
            for (const SeriesInfo &info : reader.select(Selector::parse(QStringLiteral("{}"))))
                expected += parsed.back().matches(info.key);
            QCOMPARE(reader.select(parsed.back()).size(), expected);
        }
        const std::vector<qint64> counts = reader.countMatches(parsed);
        QCOMPARE(counts, (std::vector<qint64>{2, 1, 1, 0, 4}));
    }

    void rangePicksTheResolutionByItself()
    {
        auto w = create();
        writeGauges(*w, 1, 2 * 1440);
        MetricReader reader(w->db());
        const SeriesId id = reader.select(Selector::parse(QStringLiteral("cpu")))[0].id;

        const RangeResult raw = reader.range(id, kT0, kT0 + kDay, 0);
        QCOMPARE(raw.source, Resolution::Raw);
        QCOMPARE(raw.points.size(), size_t(1440));

        const RangeResult fiveMinutes = reader.range(id, kT0, kT0 + kDay, 5 * kMinute);
        QCOMPARE(fiveMinutes.source, Resolution::Minute);
        QCOMPARE(fiveMinutes.points.size(), size_t(288));
        double mn = 1e9, mx = -1e9, sum = 0;
        for (int i = 0; i < 5; ++i) {
            mn = std::min(mn, gauge(0, 10 + i));
            mx = std::max(mx, gauge(0, 10 + i));
            sum += gauge(0, 10 + i);
        }
        const RangePoint &p = fiveMinutes.points[2];
        QCOMPARE(p.time, kT0 + 10 * kMinute);
        QCOMPARE(p.count, 5);
        QCOMPARE(p.min, mn);
        QCOMPARE(p.max, mx);
        QVERIFY(std::abs(p.mean - sum / 5) < 1e-9);

        const RangeResult hourly = reader.range(id, kT0, kT0 + 2 * kDay, kHour);
        QCOMPARE(hourly.source, Resolution::Hour);
        QCOMPARE(hourly.points.size(), size_t(48));
        const RangeResult daily = reader.range(id, kT0, kT0 + 2 * kDay, kDay);
        QCOMPARE(daily.points.size(), size_t(2));
        QCOMPARE(daily.points[0].count + daily.points[1].count, 2 * 1440);

        // Steps that are no multiple of the data's (a plot's width): a point stands
        // at its first sample's time, not at its bucket's start (rev14: a row of one
        // sample at 18:35:00 was exported at 18:34:37.5).
        const Timestamp pixel = 65'600;
        const RangeResult pixels = reader.range(id, kT0, kT0 + kDay, pixel);
        QVERIFY(pixels.points.size() > 1000);
        for (const RangePoint &point : pixels.points) {
            QCOMPARE(point.time % kMinute, Timestamp(0));
            if (point.time > kT0) // the sample a minute before is the bucket before's
                QVERIFY(point.time - kMinute < blockStart(point.time, pixel));
            if (point.count == 1)
                QCOMPARE(point.mean, gauge(0, int((point.time - kT0) / kMinute)));
        }
    }

    void openEndedRangesReadOnlyWhatExists()
    {
        auto w = create();
        writeGauges(*w, 1, 600);
        MetricReader reader(w->db());
        const SeriesId id = reader.select(Selector::parse(QStringLiteral("cpu")))[0].id;
        // Walking every block since 1970 would not finish within the test's timeout.
        QCOMPARE(reader.range(id, kEarliest, kLatest, 5 * kMinute).points.size(), size_t(120));
        QCOMPARE(reader.range(id, std::numeric_limits<Timestamp>::min(), std::numeric_limits<Timestamp>::max(), kHour)
                     .points.size(),
                 size_t(10));
        QCOMPARE(reader.samples(id, std::numeric_limits<Timestamp>::min(), std::numeric_limits<Timestamp>::max()).size(),
                 size_t(600));
    }

    void subMinuteDataGetsMinuteRollups()
    {
        auto w = create();
        {
            Transaction tx(w->db());
            MetricWriter writer(w->db());
            const SeriesId id = writer.intern(key("net", "a"));
            for (qint64 i = 0; i < 4 * 120; ++i) // 15 s for 2 hours
                writer.append(id, kT0 + i * 15'000, double(i % 8));
            writer.flush();
            tx.commit();
        }
        QCOMPARE(w->db().queryInt("SELECT count(*) FROM rollup WHERE resolution=60000"), 1);
        MetricReader reader(w->db());
        const RangeResult minute = reader.range(1, kT0, kT0 + kHour, kMinute);
        QCOMPARE(minute.points.size(), size_t(60));
        QCOMPARE(minute.points[0].count, 4);
        QCOMPARE(minute.points[0].min, 0.0);
        QCOMPARE(minute.points[0].max, 3.0);
        QCOMPARE(minute.points[1].mean, 5.5);
    }

    void reimportAddsNothingAndChangedValuesWin()
    {
        auto w = create();
        writeGauges(*w, 2, 600);
        const QByteArray before = contentDigest(w->db());
        const auto again = writeGauges(*w, 2, 600);
        QCOMPARE(again.samplesAdded, 0);
        QCOMPARE(again.samplesUnchanged, 2 * 600);
        QCOMPARE(again.chunksWritten, 0);
        QCOMPARE(contentDigest(w->db()), before);
        QCOMPARE(w->summary().samples, 2 * 600);

        // Overlapping import: 100 old minutes again plus 100 new ones, one changed value.
        {
            Transaction tx(w->db());
            MetricWriter writer(w->db());
            const SeriesId id = writer.intern(key("cpu", "h0"));
            for (qint64 i = 500; i < 700; ++i)
                writer.append(id, kT0 + i * kMinute, i == 550 ? 99.9 : gauge(0, i));
            writer.flush();
            tx.commit();
            QCOMPARE(writer.stats().samplesAdded, 100);
            QCOMPARE(writer.stats().samplesChanged, 1);
            QCOMPARE(writer.stats().samplesUnchanged, 99);
        }
        QCOMPARE(w->summary().samples, 2 * 600 + 100);
        MetricReader reader(w->db());
        const SeriesId id = reader.select(Selector::parse(QStringLiteral("cpu{host=\"h0\"}")))[0].id;
        QCOMPARE(reader.samples(id, kT0 + 550 * kMinute, kT0 + 551 * kMinute)[0].value, 99.9);
        // The rollup of that hour follows the change.
        const RangeResult hour = reader.range(id, kT0 + 9 * kHour, kT0 + 10 * kHour, kHour);
        QCOMPARE(hour.points.size(), size_t(1));
        QCOMPARE(hour.points[0].max, 99.9);
    }

    void outOfOrderAppendsAcrossFlushesMerge()
    {
        auto w = create();
        Transaction tx(w->db());
        MetricWriter writer(w->db());
        const SeriesId id = writer.intern(key("cpu", "x"));
        for (qint64 i = 119; i >= 60; --i)
            writer.append(id, kT0 + i * kMinute, double(i));
        writer.flush();
        for (qint64 i = 0; i < 60; ++i)
            writer.append(id, kT0 + i * kMinute, double(i));
        writer.append(id, kT0 + 5 * kMinute, 500); // same time twice in a batch: the later wins
        writer.flush();
        tx.commit();
        MetricReader reader(w->db());
        const auto samples = reader.samples(id, kT0, kT0 + kDay);
        QCOMPARE(samples.size(), size_t(120));
        for (qint64 i = 0; i < 120; ++i)
            QCOMPARE(samples[size_t(i)].value, i == 5 ? 500.0 : double(i));
        QCOMPARE(w->summary().samples, 120);
    }

    void rollbackLeavesNothing()
    {
        auto w = create();
        const QByteArray empty = contentDigest(w->db());
        {
            Transaction tx(w->db());
            MetricWriter writer(w->db());
            writer.append(writer.intern(key("cpu", "x")), kT0, 1);
            writer.flush();
        } // no commit
        QCOMPARE(contentDigest(w->db()), empty);
        QCOMPARE(w->summary().series, 0);
    }

    void topHostsRanks()
    {
        auto w = create();
        writeGauges(*w, 5, 1440);
        MetricReader reader(w->db());
        const auto top = reader.topHosts("cpu", kT0, kT0 + kDay, 3, Aggregate::Mean);
        QCOMPARE(top.size(), size_t(3));
        QCOMPARE(top[0].host, std::string("h4"));
        QCOMPARE(top[1].host, std::string("h3"));
        QCOMPARE(top[2].host, std::string("h2"));
        QVERIFY(std::abs(top[0].value - 80.0) < 0.5);
        const auto lowest = reader.topHosts("cpu", kT0, kT0 + kDay, 10, Aggregate::Max, true);
        QCOMPARE(lowest.size(), size_t(5));
        QCOMPARE(lowest[0].host, std::string("h0"));
        QCOMPARE(lowest[0].value, 45.0);
        QVERIFY(reader.topHosts("nothing", kT0, kT0 + kDay, 3, Aggregate::Mean).empty());
    }

    void digestIgnoresLayoutButNotContent()
    {
        auto a = create();
        auto b = create();
        writeGauges(*a, 2, 300);
        writeGauges(*b, 2, 150, 150); // second half first, in another batch
        writeGauges(*b, 2, 150, 0);
        QCOMPARE(contentDigest(a->db()), contentDigest(b->db()));
        {
            Transaction tx(b->db());
            MetricWriter writer(b->db());
            writer.append(writer.intern(key("cpu", "h0")), kT0, 1234);
            writer.flush();
            tx.commit();
        }
        QVERIFY(contentDigest(a->db()) != contentDigest(b->db()));
    }

    void storesUnderFourBytesPerSample()
    {
        auto w = create();
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 2);
        qint64 samples = 0;
        {
            Transaction tx(w->db());
            MetricWriter writer(w->db());
            for (int h = 0; h < 100; ++h) {
                const SeriesId cpu = writer.intern(key("cpu_util_percent", "h" + std::to_string(h)));
                const SeriesId net = writer.intern(key("net_in_bytes_per_second", "h" + std::to_string(h)));
                double level = 30, bytes = 5e6;
                for (qint64 i = 0; i < 2 * 1440; ++i) {
                    level = std::clamp(0.95 * level + 0.05 * 30 + noise(rng), 0.0, 100.0);
                    bytes = std::max(0.0, 0.9 * bytes + 0.1 * 5e6 + noise(rng) * 2e5);
                    writer.append(cpu, kT0 + i * kMinute, std::round(level * 10) / 10);
                    writer.append(net, kT0 + i * kMinute, std::round(bytes));
                    samples += 2;
                }
            }
            writer.flush();
            tx.commit();
        }
        w->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const double perSample = double(w->summary().fileBytes) / double(samples);
        qInfo("%lld samples, %.2f bytes per sample on disk (rollups included)", samples, perSample);
        QVERIFY2(perSample <= 4.0, qPrintable(QString::number(perSample)));
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
