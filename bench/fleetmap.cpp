// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet map on a large fleet: how long a time step takes to judge on a worker,
// the time to the first painted map, every repaint while hovering and zooming,
// and the longest time the GUI thread was busy while steps loaded (a 2 ms
// heartbeat timer measures the gaps between its ticks).
//   opsight-bench-fleetmap WAREHOUSE [HOSTS=100000] [WIDTHxHEIGHT=1600x1000]
// Simulates HOSTS hosts x 1 day (5 min, no logs, no workload) into WAREHOUSE when
// the file does not exist. Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.
#include "fleet/fleetload.h"
#include "fleet/fleetmapwidget.h"
#include "fleet/fleetview.h"
#include "simulate/simulator.h"
#include "warehouse/warehouse.h"

#include "heartbeat.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>

using namespace Opsight;

namespace {
struct Stats
{
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double median() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    int over(double limit) const { return int(std::count_if(ms.begin(), ms.end(), [limit](double v) { return v >= limit; })); }
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool waitShown(QSignalSpy &spy, Views::FleetView &view)
{
    if (spy.isEmpty() && !spy.wait(600000)) {
        std::fprintf(stderr, "no state shown: %s\n", qPrintable(view.statusText()));
        return false;
    }
    return true;
}

void sendWheel(QWidget *w, QPoint at, int delta)
{
    QWheelEvent wheel(at, w->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures as they come, even into a file
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: opsight-bench-fleetmap WAREHOUSE [HOSTS=100000] [WIDTHxHEIGHT=1600x1000]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int hosts = args.size() > 2 ? args.at(2).toInt() : 100000;
    const QStringList geometry = (args.size() > 3 ? args.at(3) : QStringLiteral("1600x1000")).split(QLatin1Char('x'));
    if (hosts <= 0 || geometry.size() != 2 || geometry[0].toInt() <= 0 || geometry[1].toInt() <= 0) {
        std::fprintf(stderr, "usage: opsight-bench-fleetmap WAREHOUSE [HOSTS=100000] [WIDTHxHEIGHT=1600x1000]\n");
        return 2;
    }
    const QSize size(geometry[0].toInt(), geometry[1].toInt());
    if (!QFileInfo::exists(path)) {
        Core::SimulationSpec spec;
        spec.hosts = hosts;
        spec.days = 1;
        spec.interval = 5 * Core::kMinute;
        spec.logs = false;
        spec.workload = false;
        QElapsedTimer t;
        t.start();
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
        const Core::SimulationResult result = Core::simulateFleet(*warehouse, spec);
        if (!result.ok) {
            std::fprintf(stderr, "simulate failed: %s\n", qPrintable(result.error));
            return 1;
        }
        std::printf("simulated %d hosts in %.0f s\n", hosts, msSince(t) / 1000);
    }

    // A time step on its own, as the worker runs it.
    for (const QString &metric : {QString(), QStringLiteral("cpu_util_percent")}) {
        Views::FleetRequest request;
        request.path = path;
        request.metric = metric;
        QElapsedTimer t;
        t.start();
        const Views::FleetState state = Views::loadFleetState(request);
        if (!state.ok) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(state.error));
            return 1;
        }
        std::printf("worker: one time step coloured by %s: %.0f ms (%zu hosts, %zu outliers)\n",
                    metric.isEmpty() ? "health" : qPrintable(metric), msSince(t), state.hosts.size(), state.outliers);
    }

    Views::FleetView view;
    view.resize(size);
    view.show();
    Views::FleetMapWidget *map = view.map();
    QSignalSpy shown(&view, &Views::FleetView::stateShown);
    Heartbeat heartbeat;

    // First paint: open the warehouse, wait for its state (the event loop has painted
    // the map by then: the ranked lists follow in a later pass), paint again.
    heartbeat.start();
    QElapsedTimer first;
    first.start();
    view.setWarehouse(path);
    if (!waitShown(shown, view))
        return 1;
    map->repaint();
    const double firstPaint = msSince(first);
    const qint64 firstGap = heartbeat.stop();
    std::printf("first paint: %.0f ms after opening (the image rendered in %.1f ms, the last paint %.1f ms); map %dx%d, "
                "detail %s, %zu cells; longest GUI-thread gap meanwhile %lld ms\n",
                firstPaint, double(map->lastRenderNs()) / 1e6, double(map->lastPaintNs()) / 1e6, map->width(), map->height(),
                map->layout().detail() == Views::Detail::Host ? "hosts" : map->layout().detail() == Views::Detail::Inner ? "racks" : "clusters",
                map->layout().units().size(), firstGap);

    // Hovering: the pointer over 400 points of the map, each followed by a repaint
    // of the whole map (the widget itself repaints only the two outlined cells).
    // A tooltip is up first (as after Qt's tooltip delay), so every move also
    // rewrites it for the cell under the pointer.
    {
        const QPoint p = map->layout().unitRect(0).center();
        QHelpEvent help(QEvent::ToolTip, p, map->mapToGlobal(p));
        QApplication::sendEvent(map, &help);
    }
    Stats hover, hoverPaint;
    int slowest = 0;
    for (int i = 0; i < 400; ++i) {
        const QPoint p((i * 37) % map->width(), (i * 53 + i / 7) % map->height());
        QElapsedTimer t;
        t.start();
        QTest::mouseMove(map, p);
        map->repaint();
        if (!hover.ms.empty() && msSince(t) > hover.max())
            slowest = i;
        hover.add(msSince(t));
        hoverPaint.add(double(map->lastPaintNs()) / 1e6);
    }
    std::printf("hover: %zu moves, move + tooltip + full repaint median %.2f ms, max %.2f ms (move #%d; %d >= 16 ms); "
                "paint alone median %.2f ms, max %.2f ms\n",
                hover.ms.size(), hover.median(), hover.max(), slowest, hover.over(16), hoverPaint.median(), hoverPaint.max());

    // Zooming: wheel into a group under the pointer, again into a rack, then out twice.
    Stats zoom, zoomPaint;
    int detailSwitches = 0;
    for (int round = 0; round < 10; ++round) {
        for (int step = 0; step < 4; ++step) {
            const Views::FleetMapLayout &layout = map->layout();
            QPoint at;
            if (step < 2) {
                if (layout.units().empty())
                    break;
                at = layout.unitRect(int((size_t(round) * 7919) % layout.units().size())).center();
            }
            const Views::Detail before = layout.detail();
            QElapsedTimer t;
            t.start();
            sendWheel(map, at, step < 2 ? 120 : -120);
            map->repaint();
            zoom.add(msSince(t));
            zoomPaint.add(double(map->lastPaintNs()) / 1e6);
            detailSwitches += map->layout().detail() != before;
        }
    }
    std::printf("zoom: %zu wheel steps (%d switched the level of detail), wheel + relayout + repaint median %.2f ms, max "
                "%.2f ms (%d >= 16 ms)\n",
                zoom.ms.size(), detailSwitches, zoom.median(), zoom.max(), zoom.over(16));

    // Replay: six hourly steps back, and colour by a metric, while the heartbeat
    // runs and the event loop paints as it would (the view hands a step over in two
    // passes: map and labels, then the ranked lists).
    QSlider *slider = view.timeSlider();
    heartbeat.start();
    QElapsedTimer replay;
    replay.start();
    int steps = 0;
    Stats handOver, mapPaint;
    for (int i = 1; i <= 7 && slider->maximum() >= i; ++i) {
        shown.clear();
        if (i == 7)
            view.setColourBy(QStringLiteral("cpu_util_percent"));
        else
            slider->setValue(slider->maximum() - i);
        if (!waitShown(shown, view))
            return 1;
        QTest::qWait(200); // the repaints, and the worker's render of the new colours
        handOver.add(double(view.lastShowNs()) / 1e6);
        mapPaint.add(double(map->lastPaintNs()) / 1e6);
        ++steps;
    }
    const qint64 replayGap = heartbeat.stop();
    // Then, outside the heartbeat, what a synchronous repaint of the whole window and
    // of the host list costs (the strict case: all of it in one block).
    auto *ranked = view.findChild<QTableView *>(QStringLiteral("fleet.rankedHosts"));
    Stats window, list;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        view.repaint();
        window.add(msSince(t));
        t.restart();
        ranked->viewport()->repaint();
        list.add(msSince(t));
    }
    std::printf("replay: %d hourly steps and a colour change in %.0f ms; per step on the GUI thread: the longer "
                "hand-over pass median %.1f ms, max %.1f ms, the map's paint median %.1f ms, max %.1f ms; longest "
                "GUI-thread gap %lld ms. A synchronous repaint of the whole window median %.1f ms, of the host list "
                "%.1f ms\n",
                steps - 1, msSince(replay), handOver.median(), handOver.max(), mapPaint.median(), mapPaint.max(),
                replayGap, window.median(), list.median());
    return 0;
}
