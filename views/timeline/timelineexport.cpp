// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexport.h"

#include <QIODevice>

#include <algorithm>

namespace Opsight::Views {

namespace {
// RFC 4180: quote a field when it holds a comma, a quote or a line break.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray scoreAt(const SeriesScores *scores, Core::Timestamp time)
{
    if (!scores || scores->times.empty())
        return {};
    const auto it = std::upper_bound(scores->times.begin(), scores->times.end(), time);
    if (it == scores->times.begin())
        return {};
    return number(scores->scores[size_t(it - scores->times.begin() - 1)]);
}
} // namespace

bool writeTimelineCsv(QIODevice &device, const PanelData &data,
                      const std::map<Core::SeriesId, SeriesScores> &scores, QString *error)
{
    QByteArray out = "panel,series,time,mean,min,max,samples,anomaly_score\n";
    for (const PlotPanel &panel : data.panels) {
        const QByteArray panelField = csvField(panel.selector);
        for (const PlotSeries &series : panel.series) {
            const auto found = scores.find(series.id);
            const SeriesScores *seriesScores = found == scores.end() ? nullptr : &found->second;
            const QByteArray seriesField = csvField(series.name);
            for (const Core::RangePoint &p : series.points) {
                out += panelField + ',' + seriesField + ',' + Core::formatTimestamp(p.time).toUtf8() + ','
                    + number(p.mean) + ',' + number(p.min) + ',' + number(p.max) + ','
                    + QByteArray::number(std::max<qint64>(p.count, 1)) + ',' + scoreAt(seriesScores, p.time) + '\n';
            }
        }
    }
    if (device.write(out) != out.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

} // namespace Opsight::Views
