// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedata.h"

#include "anomaly/alertscan.h"
#include "anomaly/scaninput.h"
#include "common/jobboundary.h"
#include "warehouse/eventreader.h"
#include "warehouse/logreader.h"
#include "warehouse/selector.h"
#include "warehouse/warehouse.h"

#include <algorithm>
#include <set>

namespace Opsight::Views {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Views::TimelineData)
};

// Markers worth a line on the plot; alerts and incidents are drawn as intervals.
bool isMarkerKind(const QString &kind)
{
    return kind != QLatin1String("alert") && kind != QLatin1String("incident");
}

// The text of the one log template a panel's series count ("Received <*> size
// <*> from <*>"), or nothing when they are not all of one template of one source.
QString templateText(Core::Warehouse &warehouse, const std::vector<Core::SeriesInfo> &series)
{
    if (series.empty())
        return {};
    const std::string *source = series.front().key.label("source");
    const std::string *family = series.front().key.label("template");
    if (!source || !family)
        return {};
    for (const Core::SeriesInfo &info : series) {
        const std::string *s = info.key.label("source");
        const std::string *f = info.key.label("template");
        if (!s || !f || *s != *source || *f != *family)
            return {};
    }
    bool numbered = false;
    const qint64 id = QString::fromStdString(*family).toLongLong(&numbered);
    return numbered ? Core::LogReader(warehouse.db()).familyText(QString::fromStdString(*source), id) : QString();
}

} // namespace

std::vector<Core::RangePoint> countsPerMinute(const std::vector<Core::RangePoint> &points, Core::Timestamp from,
                                             Core::Timestamp to, Core::Timestamp step)
{
    std::vector<Core::RangePoint> out;
    if (step <= 0 || to <= from)
        return points;
    const double minutes = double(step) / double(Core::kMinute);
    auto it = points.begin();
    // Buckets on the grid the read used (aligned to `step`), so points land in place.
    for (Core::Timestamp t = from - from % step; t < to; t += step) {
        double lines = 0;
        for (; it != points.end() && it->time < t + step; ++it)
            lines += it->mean * double(std::max<qint64>(it->count, 1));
        const double rate = lines / minutes;
        out.push_back({t, rate, rate, rate, 1});
    }
    return out;
}

std::optional<std::vector<Core::RangePoint>> counterRatePoints(const Core::SeriesKey &key,
                                                              const std::vector<Core::RangePoint> &points)
{
    std::vector<Core::Sample> means;
    means.reserve(points.size());
    for (const Core::RangePoint &p : points)
        means.push_back({p.time, p.mean});
    if (!Core::looksLikeACounter(key, means))
        return std::nullopt;
    std::vector<Core::RangePoint> out;
    for (const Core::Sample &rate : Core::counterRates(means))
        out.push_back({rate.time, rate.value, rate.value, rate.value, 1});
    return out;
}

std::vector<Core::RangePoint> decimate(const std::vector<Core::RangePoint> &points, Core::Timestamp from,
                                       Core::Timestamp to, int buckets)
{
    if (buckets <= 0 || to <= from || points.size() <= size_t(buckets))
        return points;
    const double width = double(to - from) / buckets;
    std::vector<Core::RangePoint> out;
    out.reserve(size_t(buckets));
    qint64 current = -1;
    double weighted = 0;
    for (const Core::RangePoint &p : points) {
        const qint64 bucket = std::clamp<qint64>(qint64(double(p.time - from) / width), 0, buckets - 1);
        const qint64 weight = std::max<qint64>(p.count, 1);
        if (bucket != current) {
            if (!out.empty())
                out.back().mean = weighted / double(std::max<qint64>(out.back().count, 1));
            // At its first sample's time, not the pixel's edge: an exported row (and
            // the score looked up for it) names a time the data has.
            out.push_back({p.time, p.min, p.max, 0, 0});
            weighted = 0;
            current = bucket;
        }
        Core::RangePoint &b = out.back();
        b.min = std::min(b.min, p.min);
        b.max = std::max(b.max, p.max);
        b.count += weight;
        weighted += p.mean * double(weight);
    }
    if (!out.empty())
        out.back().mean = weighted / double(std::max<qint64>(out.back().count, 1));
    return out;
}

PanelData loadPanels(const PanelRequest &request)
{
    PanelData data;
    Core::runAtJobBoundary(data, [&] {
        data.from = request.from;
        data.to = request.to;
        const auto warehouse = Core::Warehouse::open(request.path, Core::Warehouse::Mode::ReadOnly);
        Core::MetricReader reader(warehouse->db());
        const Core::Timestamp step = std::max<Core::Timestamp>(0, (request.to - request.from) / std::max(1, request.buckets));
        std::set<QString> hosts;
        const QStringList countMetrics = Core::ScanInput().zeroFilledMetrics;
        const Core::Timestamp lastData = warehouse->summary().lastTime + 1;
        for (const QString &text : request.selectors) {
            Core::Selector selector;
            try {
                selector = Core::Selector::parse(text);
            } catch (const Core::Error &error) {
                throw Core::Error(Messages::tr("Panel '%1': %2").arg(text, error.message()));
            }
            PlotPanel panel;
            panel.selector = text;
            const std::vector<Core::SeriesInfo> matched = reader.select(selector);
            panel.matched = qint64(matched.size());
            for (const Core::SeriesInfo &info : matched) {
                if (int(panel.series.size()) >= request.maxSeriesPerPanel)
                    break;
                Core::RangeResult range = reader.range(info.id, request.from, request.to, step);
                PlotSeries series;
                series.id = info.id;
                series.name = QString::fromStdString(info.key.canonical());
                series.host = QString::fromStdString(info.host);
                series.step = range.step;
                // Raw reads can hold more samples than pixels: merge them per pixel.
                series.points = decimate(range.points, request.from, request.to, request.buckets);
                if (countMetrics.contains(QString::fromStdString(info.key.metric)))
                    series.points = countsPerMinute(series.points, request.from, std::min(request.to, lastData),
                                                    std::max<Core::Timestamp>(range.step, Core::kMinute));
                if (series.points.size() < range.points.size())
                    series.step = std::max<Core::Timestamp>(1, step);
                if (!countMetrics.contains(QString::fromStdString(info.key.metric))) {
                    if (auto rates = counterRatePoints(info.key, series.points)) {
                        series.points = std::move(*rates);
                        series.perSecond = true;
                    }
                }
                if (!series.host.isEmpty())
                    hosts.insert(series.host);
                panel.series.push_back(std::move(series));
            }
            panel.note = templateText(*warehouse, matched);
            data.panels.push_back(std::move(panel));
        }
        Core::EventReader events(warehouse->db());
        for (Core::StoredEvent &stored : events.events(request.from, request.to)) {
            if (isMarkerKind(stored.event.kind)
                && (hosts.count(stored.event.entity) || stored.event.entityKind == QLatin1String("fleet")))
                data.events.push_back(std::move(stored));
        }
    });
    return data;
}

ScoreData loadScores(const QString &path, const std::vector<Core::SeriesId> &ids, Core::Timestamp step)
{
    ScoreData data;
    Core::runAtJobBoundary(data, [&] {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
        Core::MetricReader reader(warehouse->db());
        const Core::WarehouseSummary span = warehouse->summary();
        const Core::Timestamp firstData = span.firstTime, lastData = span.lastTime + 1;
        Core::ScanInput input;
        input.step = step;
        for (Core::SeriesId id : ids) {
            const std::optional<Core::SeriesInfo> info = reader.series(id);
            if (!info)
                continue;
            const std::vector<Core::Sample> samples = Core::readScanInput(reader, *info, input, firstData, lastData);
            SeriesScores scores;
            scores.id = id;
            scores.scores = Core::scoreSamples(samples, input.step > 0 && input.isCount(info->key));
            scores.times.reserve(samples.size());
            for (const Core::Sample &s : samples)
                scores.times.push_back(s.time);
            data.series.push_back(std::move(scores));
        }
    });
    return data;
}

TimelineStart loadTimelineStart(const QString &path)
{
    TimelineStart start;
    start.fireThreshold = Core::AlertPolicy().fireThreshold;
    Core::runAtJobBoundary(start.alerts, [&] {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
        readAlerts(*warehouse, Core::kEarliest, Core::kLatest, start.alerts);
        const Core::WarehouseSummary summary = warehouse->summary();
        start.extent = {summary.firstTime, summary.lastTime};
        for (const std::string &name : Core::MetricReader(warehouse->db()).metricNames())
            start.metrics.append(QString::fromStdString(name));
        start.fireThreshold = Core::savedFireThreshold(warehouse->db()).value_or(start.fireThreshold);
    });
    return start;
}

} // namespace Opsight::Views
