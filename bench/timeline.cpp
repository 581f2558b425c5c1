// SPDX-License-Identifier: GPL-3.0-or-later
// The anomaly timeline on one series of ten million samples: how long a read
// takes at each zoom (it returns about one point per pixel whatever the window),
// how long a repaint takes, and the longest time the GUI thread was busy while
// the reads ran on workers (a 2 ms heartbeat timer measures the gaps).
//   opsight-bench-timeline [SAMPLES=10000000] [WAREHOUSE]
// Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.
#include "timeline/timelinedata.h"
#include "timeline/timelineplot.h"
#include "timeline/timelineview.h"
#include "warehouse/metricwriter.h"
#include "warehouse/warehouse.h"

#include "heartbeat.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace Opsight;

namespace {
constexpr Core::Timestamp kStart = 1767225600000; // 2026-01-01T00:00:00Z

void writeSeries(const QString &path, qint64 samples)
{
    const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
    Core::Transaction transaction(warehouse->db());
    Core::MetricWriter writer(warehouse->db());
    Core::SeriesKey key{"bench_signal", {{"host", "b1"}}};
    const Core::SeriesId id = writer.intern(key);
    std::mt19937_64 rng(7);
    std::normal_distribution<double> noise(0, 1.5);
    for (qint64 i = 0; i < samples; ++i) {
        const Core::Timestamp t = kStart + i * Core::kSecond;
        const double phase = 2 * M_PI * double(t % Core::kDay) / double(Core::kDay);
        double value = 50 + 20 * std::sin(phase) + noise(rng);
        if (i % 1000003 < 120) // a two-minute spike now and then
            value += 40;
        writer.append(id, t, std::round(value * 10) / 10);
    }
    writer.flush();
    transaction.commit();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 samples = args.size() > 1 ? args.at(1).toLongLong() : 10000000;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("timeline.opsight"));
    if (samples <= 0) {
        std::fprintf(stderr, "usage: opsight-bench-timeline [SAMPLES] [WAREHOUSE]\n");
        return 2;
    }
    if (!QFileInfo::exists(path)) {
        QElapsedTimer writing;
        writing.start();
        writeSeries(path, samples);
        std::printf("wrote %lld samples in %.1f s\n", samples, double(writing.elapsed()) / 1000);
    }
    const Core::Timestamp end = kStart + samples * Core::kSecond;

    // Reads on their own, as a worker runs them.
    std::printf("| window | points | read ms (median of 5) |\n|---|---|---|\n");
    const std::pair<const char *, Core::Timestamp> windows[] = {
        {"all", end - kStart}, {"7 days", 7 * Core::kDay}, {"1 day", Core::kDay}, {"1 hour", Core::kHour},
        {"5 minutes", 5 * Core::kMinute}};
    for (const auto &[name, span] : windows) {
        Views::PanelRequest request;
        request.path = path;
        request.selectors = {QStringLiteral("bench_signal")};
        request.to = end;
        request.from = std::max(kStart, end - span);
        request.buckets = 1500;
        std::vector<double> times;
        size_t points = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Views::PanelData data = Views::loadPanels(request);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!data.ok) {
                std::fprintf(stderr, "read failed: %s\n", qPrintable(data.error));
                return 1;
            }
            points = data.panels.front().series.front().points.size();
        }
        std::printf("| %s | %zu | %.1f |\n", name, points, median(times));
    }

    // The view: zoom in step by step from all to five minutes, as a wheel does.
    Views::TimelineView view;
    view.resize(1600, 900);
    view.show();
    QSignalSpy shown(&view, &Views::TimelineView::panelsShown);
    view.setWarehouse(path);
    if (!shown.wait(60000)) {
        std::fprintf(stderr, "the view showed nothing: %s\n", qPrintable(view.statusText()));
        return 1;
    }
    view.showSeries({QStringLiteral("bench_signal")}, kStart, end);
    shown.wait(60000);

    Heartbeat heartbeat;
    heartbeat.start();
    std::vector<double> latencies, replots;
    Views::TimelinePlot *plot = view.plot();
    // Asked for at every step: the plot rebuilds its panels when a read switches
    // from merged points to raw samples, and an axis kept from before is gone.
    auto axis = [plot] { return plot->scorePanel()->axis(QCPAxis::atBottom); };
    int steps = 0;
    QSignalSpy painted(plot->customPlot(), &QCustomPlot::afterReplot);
    while (axis()->range().size() > 300) {
        shown.clear();
        QElapsedTimer step;
        step.start();
        axis()->scaleRange(0.7, axis()->range().center()); // one wheel notch
        if (!shown.wait(60000))
            break;
        // The view queues its repaint; time that one, as the operator sees it.
        painted.clear();
        if (!painted.wait(5000))
            break;
        latencies.push_back(double(step.nsecsElapsed()) / 1e6);
        replots.push_back(plot->customPlot()->replotTime());
        ++steps;
        if (qEnvironmentVariableIsSet("OPSIGHT_BENCH_VERBOSE"))
            std::printf("step %d: span %.0f s, latency %.1f ms, replot %.2f ms, gap so far %lld ms\n", steps,
                        axis()->range().size(), latencies.back(), replots.back(), heartbeat.longest());
    }
    const qint64 longestGap = heartbeat.stop();
    std::printf("\nzoom steps %d: read-to-screen median %.1f ms, max %.1f ms (includes the %d ms settle delay); "
                "replot median %.2f ms, max %.2f ms; longest GUI-thread gap %lld ms\n",
                steps, median(latencies), *std::max_element(latencies.begin(), latencies.end()), 120,
                median(replots), *std::max_element(replots.begin(), replots.end()), longestGap);
    return 0;
}
