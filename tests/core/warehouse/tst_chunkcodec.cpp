// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "warehouse/chunkcodec.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace Opsight::Core;

class TestChunkCodec : public QObject
{
    Q_OBJECT

private:
    static std::vector<Sample> roundTrip(const std::vector<Sample> &in, size_t *bytes = nullptr)
    {
        const std::string data = ChunkCodec::encodeSamples(in);
        if (bytes)
            *bytes = data.size();
        std::vector<Sample> out;
        ChunkCodec::decodeSamples(data, out);
        return out;
    }
    static void compareExact(const std::vector<Sample> &a, const std::vector<Sample> &b)
    {
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].time, b[i].time);
            QCOMPARE(std::bit_cast<quint64>(a[i].value), std::bit_cast<quint64>(b[i].value));
        }
    }

private Q_SLOTS:
    void roundTripsExactly_data()
    {
        QTest::addColumn<std::vector<Sample>>("samples");
        std::mt19937_64 rng(7);
        std::normal_distribution<double> noise(0, 5);
        const Timestamp t0 = 1'793'000'000'000;

        std::vector<Sample> gauge, jittered, counter, arbitrary, special, negative, bigJumps;
        double counterValue = 1e9;
        for (int i = 0; i < 720; ++i) {
            gauge.push_back({t0 + i * kMinute, std::round((40 + noise(rng)) * 10) / 10});
            jittered.push_back({t0 + i * 15'000 + Timestamp(rng() % 7) - 3, double(rng() % 1000)});
            counterValue += 1000 + double(rng() % 50);
            counter.push_back({t0 + i * 15'000, counterValue});
            arbitrary.push_back({t0 + i * kSecond, noise(rng) * 3.14159});
            negative.push_back({t0 - 7 * kDay + i * kMinute, -std::round(noise(rng) * 1000) / 1000});
            bigJumps.push_back({t0 + Timestamp(i) * Timestamp(rng() % 100000 + 1), i % 2 ? 1e15 : -1e15});
        }
        special = {{t0, 1.5}, {t0 + 1, std::numeric_limits<double>::quiet_NaN()},
                   {t0 + 2, std::numeric_limits<double>::infinity()},
                   {t0 + 3, -std::numeric_limits<double>::infinity()}, {t0 + 4, -0.0}, {t0 + 5, 0.0},
                   {t0 + 6, std::numeric_limits<double>::max()}, {t0 + 7, std::numeric_limits<double>::denorm_min()}};
        QTest::addRow("decimal gauge") << gauge;
        QTest::addRow("jittered scrape times") << jittered;
        QTest::addRow("counter") << counter;
        QTest::addRow("arbitrary doubles") << arbitrary;
        QTest::addRow("NaN, infinities, signed zero, extremes") << special;
        QTest::addRow("negative times and values") << negative;
        QTest::addRow("irregular intervals, large values") << bigJumps;
        QTest::addRow("single sample") << std::vector<Sample>{{t0, 42.0}};
        QTest::addRow("two samples") << std::vector<Sample>{{t0, 0.1}, {t0 + 10, 0.2}};
        QTest::addRow("empty") << std::vector<Sample>{};
    }
    void roundTripsExactly()
    {
        QFETCH(std::vector<Sample>, samples);
        compareExact(roundTrip(samples), samples);
    }

    void realisticSeriesFitInFourBytesPerSample()
    {
        // A 2-hour chunk at one-minute resolution of a CPU percentage with 0.1
        // precision: the case the issue sets the target for.
        std::mt19937_64 rng(11);
        std::normal_distribution<double> noise(0, 3);
        std::vector<Sample> samples;
        double level = 35;
        for (int i = 0; i < 120; ++i) {
            level = 0.9 * level + 0.1 * 35 + noise(rng);
            samples.push_back({1'793'000'000'000 + i * kMinute, std::round(level * 10) / 10});
        }
        size_t bytes = 0;
        compareExact(roundTrip(samples, &bytes), samples);
        QVERIFY2(double(bytes) / samples.size() <= 2.0, qPrintable(QString::number(double(bytes) / samples.size())));
    }

    void regularTimestampsCostAlmostNothing()
    {
        std::vector<Sample> constant;
        for (int i = 0; i < 1000; ++i)
            constant.push_back({1'793'000'000'000 + i * 15'000, 1.0});
        size_t bytes = 0;
        compareExact(roundTrip(constant, &bytes), constant);
        QVERIFY2(bytes < 40, qPrintable(QString::number(bytes)));
    }

    void decimalExponent()
    {
        const double a[] = {1.5, 2.25, 3};
        QCOMPARE(ChunkCodec::decimalExponent(a, 3), std::optional<int>(2));
        const double b[] = {1, 2, 300};
        QCOMPARE(ChunkCodec::decimalExponent(b, 3), std::optional<int>(0));
        const double c[] = {0.1 + 0.2}; // 0.30000000000000004: not a short decimal
        QCOMPARE(ChunkCodec::decimalExponent(c, 1), std::nullopt);
        const double d[] = {std::numeric_limits<double>::quiet_NaN()};
        QCOMPARE(ChunkCodec::decimalExponent(d, 1), std::nullopt);
    }

    void rollupRoundTrip()
    {
        std::vector<RollupPoint> points = {{0, 1.5, 9.5, 120.5, 60}, {kHour, -2, 3.25, 17.75, 59}, {2 * kHour, 0, 0, 0, 1}};
        std::vector<RollupPoint> out;
        ChunkCodec::decodeRollup(ChunkCodec::encodeRollup(points), out);
        QCOMPARE(out.size(), points.size());
        for (size_t i = 0; i < out.size(); ++i) {
            QCOMPARE(out[i].time, points[i].time);
            QCOMPARE(out[i].min, points[i].min);
            QCOMPARE(out[i].max, points[i].max);
            QCOMPARE(out[i].sum, points[i].sum);
            QCOMPARE(out[i].count, points[i].count);
        }
    }

    void corruptDataThrowsInsteadOfCrashing()
    {
        std::vector<Sample> samples;
        for (int i = 0; i < 300; ++i)
            samples.push_back({i * kMinute, i * 0.5});
        const std::string data = ChunkCodec::encodeSamples(samples);
        int thrown = 0;
        for (size_t cut = 0; cut < data.size(); cut += 7) {
            std::vector<Sample> out;
            try {
                ChunkCodec::decodeSamples(std::string_view(data.data(), cut), out);
            } catch (const Error &) {
                ++thrown;
            }
        }
        QVERIFY(thrown > 0);
        std::vector<Sample> out;
        QVERIFY_THROWS_EXCEPTION(Error, ChunkCodec::decodeSamples(std::string_view("\x07garbage", 8), out));
    }
};

QTEST_GUILESS_MAIN(TestChunkCodec)
#include "tst_chunkcodec.moc"
