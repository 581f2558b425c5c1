// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateactivity.h"

#include "anomaly/countnovelty.h"
#include "anomaly/storedalert.h"
#include "common/error.h"
#include "warehouse/metricreader.h"
#include "warehouse/warehouse.h"

#include <algorithm>
#include <map>
#include <set>

namespace Opsight::Core {

QString latestNoveltySource(Warehouse &warehouse)
{
    QString source;
    Timestamp latest = 0;
    for (const StoredAlert &alert : readStoredAlerts(warehouse.db(), kEarliest, kLatest, {})) {
        if (alert.detector.isEmpty() || alert.start < latest)
            continue;
        const std::optional<SeriesKey> key = SeriesKey::fromCanonical(alert.series.toStdString());
        if (const std::string *name = key ? key->label("source") : nullptr) {
            source = QString::fromStdString(*name);
            latest = alert.start;
        }
    }
    return source;
}

TemplateActivityReport readTemplateActivity(Warehouse &warehouse, const TemplateActivityRequest &request)
{
    TemplateActivityReport report;
    LogReader logs(warehouse.db());
    report.sources = logs.sources();
    report.source = logs.sourceOrFirst(request.source);
    const LogSourceInfo &source = report.source;
    report.from = request.to > request.from ? request.from : source.first;
    report.to = request.to > request.from ? request.to : source.last + 1;
    const int buckets = std::max(1, request.buckets);
    report.bucket = std::max<Timestamp>(kMinute, (report.to - report.from + buckets - 1) / buckets);

    std::map<qint64, TemplateActivity> byFamily;
    for (LogTemplateFamily &family : logs.families(source.id)) {
        TemplateActivity &activity = byFamily[family.family];
        activity.family = std::move(family);
        activity.buckets.assign(size_t(buckets), 0.0);
    }

    // Counts from the series: per host and family, summed over the hosts asked for.
    MetricReader metrics(warehouse.db());
    // The canonical key escapes the name as the selector syntax wants it.
    const SeriesKey sourceKey{"log_template_lines", {{"source", source.name.toStdString()}}};
    const Selector selector = Selector::parse(QString::fromStdString(sourceKey.canonical()));
    std::set<QString> hosts;
    for (const SeriesInfo &series : metrics.select(selector)) {
        const QString host = QString::fromStdString(series.host);
        hosts.insert(host);
        const std::string *family = series.key.label("template");
        if (!family || (!request.host.isEmpty() && host != request.host))
            continue;
        const auto it = byFamily.find(QString::fromStdString(*family).toLongLong());
        if (it == byFamily.end())
            continue;
        for (const RangePoint &p : metrics.range(series.id, report.from, report.to, report.bucket).points) {
            const double lines = p.mean * double(p.count);
            const auto index = std::clamp<Timestamp>((p.time - report.from) / report.bucket, 0, buckets - 1);
            it->second.buckets[size_t(index)] += lines;
            it->second.windowLines += qint64(std::llround(lines));
        }
    }
    for (const QString &host : hosts)
        if (!host.isEmpty())
            report.hosts << host;

    // New and rare by the rules the scan alerts on.
    const NoveltyPolicy novelty;
    const Timestamp learnt = learningEnd(source.first, source.last, novelty);
    for (auto &[id, activity] : byFamily) {
        const Timestamp first = activity.family.firstSeen();
        activity.isNew = first > learnt && first >= report.from && first < report.to;
        activity.isRare = activity.family.lines() <= novelty.rareLines && source.lines >= novelty.rareMinSourceLines;
    }

    const std::vector<Silence> silences = AlertStore(warehouse.db()).silences(true, 0);
    for (const StoredAlert &alert : readStoredAlerts(warehouse.db(), report.from, report.to, silences)) {
        const std::optional<SeriesKey> key = SeriesKey::fromCanonical(alert.series.toStdString());
        const std::string *alertSource = key ? key->label("source") : nullptr;
        const std::string *family = key ? key->label("template") : nullptr;
        if (!key || key->metric != "log_template_lines" || !alertSource || !family
            || QString::fromStdString(*alertSource) != source.name || (!request.host.isEmpty() && alert.host != request.host))
            continue;
        const auto it = byFamily.find(QString::fromStdString(*family).toLongLong());
        if (it == byFamily.end() || alert.isSilenced())
            continue;
        TemplateActivity &activity = it->second;
        ++activity.alerts;
        if (activity.alertSeverity.isEmpty() || severityRank(alert.severity) > severityRank(activity.alertSeverity))
            activity.alertSeverity = alert.severity;
        if (!alert.strongestView.isEmpty() && !activity.alertKinds.contains(alert.strongestView))
            activity.alertKinds << alert.strongestView;
    }

    for (auto &[id, activity] : byFamily) {
        report.windowLines += activity.windowLines;
        report.templates.push_back(std::move(activity));
    }
    std::stable_sort(report.templates.begin(), report.templates.end(),
                     [](const TemplateActivity &a, const TemplateActivity &b) {
                         if ((a.family.mergedInto != 0) != (b.family.mergedInto != 0))
                             return b.family.mergedInto != 0;
                         return a.windowLines > b.windowLines;
                     });
    return report;
}

} // namespace Opsight::Core
