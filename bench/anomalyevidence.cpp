// SPDX-License-Identifier: GPL-3.0-or-later
// The detector's evidence per sample of a `timestamp,value` CSV, for looking at
// why a series scores as it does (tuning aid for bench/nab.sh):
//   opsight-bench-anomaly-evidence SERIES.csv > EVIDENCE.csv
// or its throughput in CPU time, which other processes sharing the core do not
// inflate, on bench/nab.sh's series (a daily sine with noise at one minute) or on
// a CSV's values repeated to SAMPLES (NAB's art_noisy is the slow case):
//   opsight-bench-anomaly-evidence --throughput [SAMPLES=2000000 [SERIES.csv]]
#include "anomaly/anomalydetector.h"
#include "common/timeutil.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace Opsight::Core;

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

std::vector<double> sineWithNoise(size_t samples)
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> noise(0, 5);
    std::vector<double> values(samples);
    for (size_t i = 0; i < samples; ++i)
        values[i] = std::round((50 + 20 * std::sin(double(i) * 6.2831853 / 1440) + noise(rng)) * 100) / 100;
    return values;
}

// The values of a `timestamp,value` CSV, repeated to `samples`; empty if it has none.
std::vector<double> repeatedSeries(const char *path, size_t samples)
{
    std::vector<double> series;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        const size_t comma = line.find(',');
        if (comma != std::string::npos)
            series.push_back(std::strtod(line.c_str() + comma + 1, nullptr));
    }
    std::vector<double> values;
    if (series.empty())
        return values;
    values.reserve(samples);
    for (size_t i = 0; i < samples; ++i)
        values.push_back(series[i % series.size()]);
    return values;
}

int throughput(const std::vector<double> &values, const char *what)
{
    const size_t samples = values.size();
    double best = 1e300;
    for (int run = 0; run < 3; ++run) {
        AnomalyDetector detector;
        double sink = 0;
        const double start = cpuSeconds();
        for (size_t i = 0; i < samples; ++i)
            sink += detector.update(1'700'000'000'000 + Timestamp(i) * kMinute, values[i]);
        best = std::min(best, cpuSeconds() - start);
        if (sink < 0)
            return 1;
    }
    std::printf("%s: %zu samples in %.3f s of CPU time, best of 3: %.2f M samples/s per core\n", what, samples, best,
                double(samples) / best / 1e6);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::string(argv[1]) == "--throughput") {
        const size_t samples = argc >= 3 ? std::stoul(argv[2]) : 2'000'000;
        if (argc < 4)
            return throughput(sineWithNoise(samples), "daily sine with noise");
        const std::vector<double> values = repeatedSeries(argv[3], samples);
        if (values.empty()) {
            std::fprintf(stderr, "%s: no `timestamp,value` rows to repeat\n", argv[3]);
            return 2;
        }
        return throughput(values, argv[3]);
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: opsight-bench-anomaly-evidence SERIES.csv\n"
                             "       opsight-bench-anomaly-evidence --throughput [SAMPLES [SERIES.csv]]\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string line;
    std::getline(in, line); // header
    AnomalyDetector detector;
    std::printf("row,value,score,spike,shift,seasonal,range,gap,shape,trend,stall,record,excess,period,by,sustained\n");
    for (long row = 0; std::getline(in, line); ++row) {
        const size_t comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        const std::optional<Timestamp> t = parseTimestamp(std::string_view(line).substr(0, comma));
        const double value = std::stod(line.substr(comma + 1));
        AnomalyEvidence e;
        const double score = detector.update(t.value_or(0), value, &e);
        std::printf("%ld,%g,%.4f,%.3f,%.3f,%.3f,%.3f,%.3f,%.4f,%.2f,%.3f,%d,%.3f,%lld,%s,%.4g\n", row, value, score, e.spike,
                    e.shift, e.seasonal, e.range, e.gap, e.shape, e.trend, e.stall, int(e.record), e.excess, (long long)e.period,
                    e.byShape ? "shape" : "value", e.sustained);
    }
    return 0;
}
