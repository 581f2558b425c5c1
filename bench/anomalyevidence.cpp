// SPDX-License-Identifier: GPL-3.0-or-later
// The detector's evidence per sample of a `timestamp,value` CSV, for looking at
// why a series scores as it does (tuning aid for bench/nab.sh):
//   opsight-bench-anomaly-evidence SERIES.csv > EVIDENCE.csv
#include "anomaly/anomalydetector.h"
#include "common/timeutil.h"

#include <cstdio>
#include <fstream>
#include <string>

using namespace Opsight::Core;

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: opsight-bench-anomaly-evidence SERIES.csv\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string line;
    std::getline(in, line); // header
    AnomalyDetector detector;
    std::printf("row,value,score,spike,shift,seasonal,range,shape,record,excess,period\n");
    for (long row = 0; std::getline(in, line); ++row) {
        const size_t comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        const std::optional<Timestamp> t = parseTimestamp(std::string_view(line).substr(0, comma));
        const double value = std::stod(line.substr(comma + 1));
        AnomalyEvidence e;
        const double score = detector.update(t.value_or(0), value, &e);
        std::printf("%ld,%g,%.4f,%.3f,%.3f,%.3f,%.3f,%.4f,%d,%.3f,%lld\n", row, value, score, e.spike, e.shift, e.seasonal,
                    e.range, e.shape, int(e.record), e.excess, (long long)e.period);
    }
    return 0;
}
