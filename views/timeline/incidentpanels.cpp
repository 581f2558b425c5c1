// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentpanels.h"

#include "anomaly/fleetwide.h"

#include <QRegularExpression>

#include <map>

namespace Opsight::Views {

namespace {

// A label value inside double quotes: backslashes and quotes escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

struct SeriesGroup
{
    Core::SeriesKey general; // the series less the labels that place a host
    QStringList series;      // as stored, in the order met
    QStringList hosts;
};

QString selectorOf(const SeriesGroup &group)
{
    if (group.hosts.size() < 2)
        return group.series.front();
    QStringList alternatives;
    for (const QString &host : group.hosts)
        alternatives << QRegularExpression::escape(host);
    QString labels = QString::fromStdString(group.general.canonicalLabels());
    if (!labels.isEmpty())
        labels += QLatin1Char(',');
    return QStringLiteral("%1{%2host=~%3}")
        .arg(QString::fromStdString(group.general.metric), labels, quoted(alternatives.join(QLatin1Char('|'))));
}

} // namespace

QStringList incidentSelectors(const std::vector<const AlertRecord *> &related, int maxPanels)
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
                group.general = *Core::SeriesKey::fromCanonical(Core::fleetWideKey(*key));
            groups.push_back(std::move(group));
        }
        SeriesGroup &group = groups[it->second];
        if (!group.series.contains(alert->series))
            group.series << alert->series;
        if (!alert->host.isEmpty() && !group.hosts.contains(alert->host))
            group.hosts << alert->host;
    }
    QStringList selectors;
    for (const SeriesGroup &group : groups) {
        if (selectors.size() >= maxPanels)
            break;
        selectors << selectorOf(group);
    }
    return selectors;
}

} // namespace Opsight::Views
