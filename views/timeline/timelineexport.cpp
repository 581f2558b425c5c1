// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>

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

// The shortest text that reads back as the same double: 17.3, not the
// 17.300000000000001 that 17 digits give.
QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// The score of the time a row stands for, [from, to): the highest scored there
// (a row merging a pixel's or a rollup's samples must not hide the one that
// alerted), else the latest before it (scores come at 5-minute means).
QByteArray scoreOver(const SeriesScores *scores, Core::Timestamp from, Core::Timestamp to)
{
    if (!scores || scores->times.empty())
        return {};
    const auto begin = std::lower_bound(scores->times.begin(), scores->times.end(), from);
    const auto end = std::lower_bound(begin, scores->times.end(), to);
    if (begin != end) {
        const auto first = scores->scores.begin() + (begin - scores->times.begin());
        return number(*std::max_element(first, first + (end - begin)));
    }
    if (begin == scores->times.begin())
        return {};
    return number(scores->scores[size_t(begin - scores->times.begin() - 1)]);
}
} // namespace

bool saveWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("Opsight::Views::TimelinePlot", "Cannot write '%1': %2")
                     .arg(path, file.errorString());
    return false;
}

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
            for (size_t i = 0; i < series.points.size(); ++i) {
                const Core::RangePoint &p = series.points[i];
                const Core::Timestamp until = i + 1 < series.points.size() ? series.points[i + 1].time
                                                                          : p.time + std::max<Core::Timestamp>(series.step, 1);
                out += panelField + ',' + seriesField + ',' + Core::formatTimestamp(p.time).toUtf8() + ','
                    + number(p.mean) + ',' + number(p.min) + ',' + number(p.max) + ','
                    + QByteArray::number(std::max<qint64>(p.count, 1)) + ',' + scoreOver(seriesScores, p.time, until)
                    + '\n';
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
