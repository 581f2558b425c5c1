// SPDX-License-Identifier: GPL-3.0-or-later
// Peer-group outlier detection for a large fleet, in-process: builds N host
// profiles of M metrics in role/hardware groups with injected deviants, times
// findPeerOutliers (best of 3 runs), and reports recall/precision against them.
//   opsight-bench-outliers [HOSTS=100000] [METRICS=16] [UNGROUPED_SHARE=0.1]
#include "fleet/peeroutliers.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>
#include <set>

using namespace Opsight::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const size_t hosts = args.size() > 1 ? args.at(1).toULongLong() : 100000;
    const size_t metrics = args.size() > 2 ? args.at(2).toULongLong() : 16;
    const double ungrouped = args.size() > 3 ? args.at(3).toDouble() : 0.1;
    if (!hosts || !metrics) {
        std::fprintf(stderr, "usage: opsight-bench-outliers [HOSTS] [METRICS] [UNGROUPED_SHARE]\n");
        return 2;
    }

    // 40 roles x hardware groups, each with its own typical levels.
    std::mt19937_64 rng(2026);
    std::uniform_real_distribution<double> level(5, 95);
    std::normal_distribution<double> noise(0, 0.06);
    const size_t groups = 40;
    std::vector<std::vector<double>> centres(groups, std::vector<double>(metrics));
    for (auto &c : centres)
        for (double &v : c)
            v = level(rng);
    std::vector<HostProfile> profiles(hosts);
    std::set<std::string> deviants;
    for (size_t h = 0; h < hosts; ++h) {
        const size_t g = h % groups;
        HostProfile &p = profiles[h];
        p.host = "h" + std::to_string(h);
        p.group = double(rng() % 1000) / 1000.0 < ungrouped ? std::string() : "group-" + std::to_string(g);
        p.values.resize(metrics);
        for (size_t m = 0; m < metrics; ++m)
            p.values[m] = centres[g][m] * (1 + noise(rng));
        if (h % 1000 == 7) { // one in a thousand: two metrics clearly off
            p.values[h % metrics] *= 1.8;
            p.values[(h + 3) % metrics] *= 0.4;
            deviants.insert(p.host);
        }
    }

    double best = 1e9;
    std::vector<PeerOutlier> outliers;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        outliers = findPeerOutliers(profiles, metrics);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    size_t found = 0;
    for (const PeerOutlier &o : outliers)
        found += deviants.count(o.host);
    std::printf("%zu hosts x %zu metrics (%.0f%% without a group): %.3f s (best of 3), %zu outliers reported, "
                "recall %.3f, precision %.3f\n",
                hosts, metrics, ungrouped * 100, best, outliers.size(),
                deviants.empty() ? 0.0 : double(found) / double(deviants.size()),
                outliers.empty() ? 0.0 : double(found) / double(outliers.size()));
    return 0;
}
