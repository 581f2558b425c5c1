// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentpanels.h"

#include "anomaly/fleetwide.h"
#include "common/error.h"
#include "warehouse/selector.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace Opsight::Views {

namespace {

// Alerts on one series (fleetWideKey) of several hosts.
struct SeriesGroup
{
    std::optional<Core::SeriesKey> general; // the series less the labels that place a host
    QStringList series;                     // as stored, in the order met
    QStringList hosts;
    bool byHostLabel = true; // every series names its host by a `host` label (not `instance`)
};

// One panel for the group when its series are one per host, each named by a
// `host` label, at most `maxSeries` of them: `metric{labels,host=~"h1|h2"}`.
// Otherwise a panel per series.
QStringList selectorsOf(const SeriesGroup &group, int maxSeries)
{
    if (group.hosts.size() < 2 || !group.general || !group.byHostLabel || group.series.size() != group.hosts.size())
        return group.series;
    QStringList alternatives;
    for (const QString &host : group.hosts.mid(0, maxSeries)) // the alert's host first
        alternatives << QRegularExpression::escape(host);
    QString labels = QString::fromStdString(group.general->canonicalLabels());
    if (!labels.isEmpty())
        labels += QLatin1Char(',');
    return {QStringLiteral("%1{%2host=~%3}")
                .arg(QString::fromStdString(group.general->metric), labels,
                     QString::fromStdString(Core::quotedLabelValue(alternatives.join(QLatin1Char('|')).toStdString())))};
}

} // namespace

QStringList incidentSelectors(const std::vector<const AlertRecord *> &related, int maxPanels, int maxSeriesPerPanel)
{
    std::vector<SeriesGroup> groups;
    std::map<std::string, size_t> byKey;
    for (const AlertRecord *alert : related) {
        const std::optional<Core::SeriesKey> key = Core::SeriesKey::fromCanonical(alert->series.toStdString());
        // A series that does not parse, or has no host, is a panel of its own.
        const std::string groupKey = key && !alert->host.isEmpty() ? Core::fleetWideKey(*key) : alert->series.toStdString();
        auto [it, added] = byKey.try_emplace(groupKey, groups.size());
        if (added) {
            SeriesGroup group;
            if (key)
                group.general = Core::SeriesKey::fromCanonical(groupKey);
            groups.push_back(std::move(group));
        }
        SeriesGroup &group = groups[it->second];
        if (group.series.contains(alert->series))
            continue;
        group.series << alert->series;
        if (!alert->host.isEmpty() && !group.hosts.contains(alert->host))
            group.hosts << alert->host;
        group.byHostLabel = group.byHostLabel && key && key->label("host");
    }
    QStringList selectors;
    for (const SeriesGroup &group : groups)
        for (const QString &selector : selectorsOf(group, maxSeriesPerPanel))
            if (selectors.size() < maxPanels)
                selectors << selector;
    return selectors;
}

MutedAlertsView mutedAlertsView(std::vector<const AlertRecord *> muted, int maxPanels, int maxSeriesPerPanel)
{
    MutedAlertsView view;
    if (muted.empty())
        return view;
    std::sort(muted.begin(), muted.end(), [](const AlertRecord *a, const AlertRecord *b) { return a->start < b->start; });
    Core::Timestamp first = Core::kLatest, last = 0;
    std::set<QString> series;
    for (const AlertRecord *alert : muted) {
        first = std::min(first, alert->start);
        last = std::max(last, alert->end ? alert->end : alert->start);
        series.insert(alert->series);
    }
    const Core::Timestamp pad = std::max<Core::Timestamp>(Core::kHour, (last - first) / 4);
    view.from = first - pad;
    view.to = last + pad;
    view.selectors = incidentSelectors(muted, maxPanels, maxSeriesPerPanel);
    std::vector<Core::Selector> panels;
    for (const QString &selector : view.selectors) {
        try {
            panels.push_back(Core::Selector::parse(selector));
        } catch (const Core::Error &) {
            // Made from stored series names; one that does not parse counts as not shown.
        }
    }
    view.series = qint64(series.size());
    view.shown = std::count_if(series.begin(), series.end(), [&](const QString &name) {
        const auto key = Core::SeriesKey::fromCanonical(name.toStdString());
        return key && std::any_of(panels.begin(), panels.end(), [&](const Core::Selector &p) { return p.matches(*key); });
    });
    return view;
}

} // namespace Opsight::Views
