// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"
#include "warehouse/eventreader.h"
#include "warehouse/metricreader.h"
#include "warehouse/types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Opsight::Views {

// One line of a panel: a series' points at about one bucket per screen pixel.
struct PlotSeries
{
    Core::SeriesId id = 0;
    QString name;  // canonical series key
    QString host;
    Core::Timestamp step = 0; // 0: raw samples; else min/max/mean per step
    std::vector<Core::RangePoint> points;
    bool perSecond = false;   // a counter, drawn as its rate per second (as the scan judges it)
};

// One panel of the timeline: the series one selector matched, drawn together.
struct PlotPanel
{
    QString selector;
    std::vector<PlotSeries> series;
    qint64 matched = 0; // series the selector matched; more than shown when capped
    // What the series are when their keys do not say: a log template's text, for
    // series of one template (their key only numbers it).
    QString note;
};

// What the timeline asks a worker for: the panels' data over a window, at no more
// than `buckets` points per series (the plot's width in pixels), so a series of
// ten million samples costs no more to draw than one of a thousand.
struct PanelRequest
{
    QString path;
    QStringList selectors;
    Core::Timestamp from = 0;
    Core::Timestamp to = 0;
    int buckets = 1000;
    int maxSeriesPerPanel = 8;
};

struct PanelData
{
    bool ok = false;
    bool cancelled = false;
    QString error; // translated; names the selector or the file
    Core::Timestamp from = 0;
    Core::Timestamp to = 0;
    std::vector<PlotPanel> panels;
    std::vector<Core::StoredEvent> events; // markers: hardware, actions, annotations of the panels' hosts
};

// Reads the panels on its own read-only connection; safe on any thread, never throws.
PanelData loadPanels(const PanelRequest &request);

// Merges points into at most `buckets` equal time buckets over [from, to): min of
// mins, max of maxes, count-weighted mean. Points must be in time order.
std::vector<Core::RangePoint> decimate(const std::vector<Core::RangePoint> &points, Core::Timestamp from,
                                       Core::Timestamp to, int buckets);

// Log-line counts (per-minute samples of `log_template_lines`) as lines per
// minute on a grid of `step` over [from, to): a minute without lines is a 0, not
// a gap, and a bucket's rate does not depend on how many of its minutes had lines.
// When the series is a counter (core/anomaly/scaninput.h: its name says so and
// its values rarely fall), its points as its rate per second between consecutive
// points' means, as the scan judges it; a fall is a restart and gives no point.
std::optional<std::vector<Core::RangePoint>> counterRatePoints(const Core::SeriesKey &key,
                                                              const std::vector<Core::RangePoint> &points);

std::vector<Core::RangePoint> countsPerMinute(const std::vector<Core::RangePoint> &points, Core::Timestamp from,
                                             Core::Timestamp to, Core::Timestamp step);

// The anomaly score of one series over its whole history at the resolution the scan
// uses (5-minute means), so the plot shows what `anomaly scan` judged.
struct SeriesScores
{
    Core::SeriesId id = 0;
    std::vector<Core::Timestamp> times;
    std::vector<double> scores;
};

struct ScoreData
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::vector<SeriesScores> series;
};

ScoreData loadScores(const QString &path, const std::vector<Core::SeriesId> &ids,
                     Core::Timestamp step = 5 * Core::kMinute);

// What the timeline's first look needs, read on one connection: the alerts and
// rules, the data's span (for the "all" window; {0, 0} when empty), the metric
// names (for the selector's completion) and the fire threshold the alerts were
// stored at (else the scan's default). Safe on any thread, never throws: a
// failure is the alerts' error.
struct TimelineStart
{
    AlertLoad alerts;
    std::pair<Core::Timestamp, Core::Timestamp> extent{0, 0};
    QStringList metrics;
    double fireThreshold = 0;
};
TimelineStart loadTimelineStart(const QString &path);

} // namespace Opsight::Views
