// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineplot.h"

#include "anomaly/alertscan.h"
#include "anomaly/anomalydetector.h"
#include "common/error.h"
#include "common/readablenumber.h"
#include "common/formatting.h"
#include "common/severity.h"
#include "timelineexport.h"
#include "warehouse/selector.h"

#include <QBuffer>
#include <QDir>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QTemporaryFile>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <array>

namespace Opsight::Views {

namespace {
// Tableau 10: tells eight lines apart, also in greyscale print.
const QColor kPalette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
                           QColor(0xb0, 0x7a, 0xa1), QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                           QColor(0x9c, 0x75, 0x5f), QColor(0xff, 0x9d, 0xa7)};
constexpr int kHoverSlack = 4;          // pixels around a marker that still count as on it
constexpr int kMinimumPanelHeight = 110; // title, three ticks and a readable line
const QString kShadingLayer = QStringLiteral("shading");
const QString kBandLayer = QStringLiteral("bands"); // under the shading: alerts stay visible on a band

// Values as operators read them: 750M rather than 7.5E+08.
class ReadableTicker final : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int precision) override
    {
        return Core::readableNumber(tick, locale, precision, 3);
    }
};

double key(Core::Timestamp t) { return double(t) / 1000.0; }
Core::Timestamp toTime(double k) { return Core::Timestamp(std::llround(k * 1000.0)); }

// Points with NaN between samples further apart than they should be: a gap in
// the data shows as a gap in the line, not as a straight bridge. "Should be" is the
// larger of the read's step and the points' typical spacing: zoomed in, a step is
// finer than the samples (a minute's pixels over 5-minute samples), and every
// interval would look like a gap.
// The points' typical spacing (at least the read's step): a gap of more than
// three of them breaks the line.
Core::Timestamp typicalSpacing(const std::vector<Core::RangePoint> &points, Core::Timestamp step)
{
    if (points.size() <= 2)
        return step;
    std::vector<Core::Timestamp> gaps;
    for (size_t i = 1; i < points.size(); ++i)
        gaps.push_back(points[i].time - points[i - 1].time);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return std::max(step, gaps[gaps.size() / 2]);
}

// A graph's data, `values` giving each point's one or more values at its key,
// with a NaN (a break in the line) at each gap of more than three `spacing`s.
template <typename Values>
void setGraphData(QCPGraph *graph, const std::vector<Core::RangePoint> &points, Core::Timestamp spacing, Values values)
{
    QVector<double> keys, data;
    keys.reserve(qsizetype(points.size()) * 2);
    data.reserve(qsizetype(points.size()) * 2);
    for (size_t i = 0; i < points.size(); ++i) {
        if (i > 0 && spacing > 0 && points[i].time - points[i - 1].time > 3 * spacing) {
            keys.append(key(points[i - 1].time + spacing));
            data.append(qQNaN());
        }
        for (double value : values(i, points[i])) {
            keys.append(key(points[i].time));
            data.append(value);
        }
    }
    graph->setData(keys, data, true);
}

void setPoints(QCPGraph *graph, const std::vector<Core::RangePoint> &points, Core::Timestamp spacing,
               double Core::RangePoint::*field)
{
    setGraphData(graph, points, spacing,
                 [field](size_t, const Core::RangePoint &point) { return std::array<double, 1>{point.*field}; });
}

// The min-max band as one line that zigzags through each point's range, up at
// one point and down at the next: at about a point per pixel its vertical
// strokes fill the band. A channel fill between the min and max graphs drew the
// same band as a polygon, which the raster engine took up to 210 ms to fill at
// one to four samples per point, where the band is most jagged (a repaint of
// the whole plot is otherwise 2-8 ms).
void setBandPoints(QCPGraph *band, const std::vector<Core::RangePoint> &points, Core::Timestamp spacing)
{
    setGraphData(band, points, spacing, [](size_t i, const Core::RangePoint &point) {
        return i % 2 == 0 ? std::array<double, 2>{point.min, point.max} : std::array<double, 2>{point.max, point.min};
    });
}

// Items on a panel: x and y each either in data coordinates or as a fraction of
// the panel (0 top, 1 bottom), so a shading spans the panel whatever its scale.
void placeInPanel(QCPItemPosition *position, QCPAxisRect *rect, QCPItemPosition::PositionType x,
                  QCPItemPosition::PositionType y)
{
    position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    position->setAxisRect(rect);
    position->setTypeX(x);
    position->setTypeY(y);
}

bool aggregates(const PlotSeries &series)
{
    return std::any_of(series.points.begin(), series.points.end(),
                       [](const Core::RangePoint &p) { return p.count > 1 && p.max > p.min; });
}
} // namespace

TimelinePlot::TimelinePlot(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_marginGroup(new QCPMarginGroup(m_plot))
{
    m_plot->setObjectName(QStringLiteral("timeline.plot"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    // Smooth lines, crisp fills: antialiased bands cost twice the repaint time.
    m_plot->setNotAntialiasedElements(QCP::aeFills | QCP::aeItems | QCP::aeGrid);
    m_plot->addLayer(kShadingLayer, m_plot->layer(QStringLiteral("grid")), QCustomPlot::limAbove);
    m_plot->addLayer(kBandLayer, m_plot->layer(kShadingLayer), QCustomPlot::limBelow);
    m_plot->setMouseTracking(true);
    // Many panels scroll rather than shrink below legibility.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timeline.scroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = toolTipAt(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) { m_pressPosition = event->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        // A drag pans; only a click without movement picks an alert.
        if ((event->pos() - m_pressPosition).manhattanLength() > kHoverSlack)
            return;
        if (const qint64 id = alertAt(event->pos()))
            Q_EMIT alertClicked(id);
    });
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const int index = panelIndexAt(position);
        if (index < 0)
            return;
        const Core::Timestamp at = toTime(panel(index)->axis(QCPAxis::atBottom)->pixelToCoord(position.x()));
        const QString host = index < int(m_panels.size()) ? panelHost(m_panels[size_t(index)]) : QString();
        QMenu menu(this);
        menu.addAction(host.isEmpty() ? tr("Annotate the Fleet Here…") : tr("Annotate %1 Here…").arg(host), this,
                       [this, at, host] { Q_EMIT annotateRequested(at, host); });
        menu.exec(m_plot->mapToGlobal(position));
    });
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (const qint64 id = alertAt(event->pos()))
            Q_EMIT alertActivated(id);
    });
    rebuildLayout({});
}

TimelinePlot::~TimelinePlot() = default;

bool TimelinePlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        Q_EMIT resized();
    // Reached by the keyboard, the plot says so (a faint tint of the highlight):
    // its arrows and +/- act only then. A click gives focus without the tint.
    if (watched == m_plot && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        const bool byKeyboard = event->type() == QEvent::FocusIn
            && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason);
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(24);
        m_keyboardFocus = byKeyboard;
        m_plot->setBackground(byKeyboard ? QBrush(tint) : QBrush(Qt::white)); // QCustomPlot's own background
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    if (watched != m_plot || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    // The keyboard does what the wheel and a drag do: arrows pan, +/- zoom.
    QCPAxis *axis = m_scoreRect->axis(QCPAxis::atBottom);
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Left: axis->moveRange(-axis->range().size() * 0.2); break;
    case Qt::Key_Right: axis->moveRange(axis->range().size() * 0.2); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: axis->scaleRange(0.7, axis->range().center()); break;
    case Qt::Key_Minus: axis->scaleRange(1 / 0.7, axis->range().center()); break;
    default: return QWidget::eventFilter(watched, event);
    }
    return true;
}

QString TimelinePlot::panelHost(const Panel &panel)
{
    // A panel of one host's series annotates that host; a mix annotates the fleet.
    QString host;
    for (const Line &line : panel.lines) {
        if (line.host.isEmpty() || (!host.isEmpty() && line.host != host))
            return {};
        host = line.host;
    }
    return host;
}

QCPAxisRect *TimelinePlot::addPanel(int row, const QString &title)
{
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(row, 0, rect);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    QCPAxis *time = rect->axis(QCPAxis::atBottom);
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeSpec(Qt::UTC);
    //: The time axis' tick label, a QDateTime format: day over time of day.
    ticker->setDateTimeFormat(tr("MMM d\nHH:mm"));
    time->setTicker(ticker);
    time->setTickLabels(false);
    QCPAxis *top = rect->axis(QCPAxis::atTop);
    top->setVisible(true);
    top->setTicks(false);
    top->setTickLabels(false);
    top->setBasePen(Qt::NoPen);
    top->setLabel(title);
    for (QCPAxis *axis : rect->axes())
        axis->setLayer(QStringLiteral("axes"));
    QSharedPointer<QCPAxisTicker> values(new ReadableTicker);
    values->setTickCount(3); // short panels stay legible
    rect->axis(QCPAxis::atLeft)->setTicker(values);
    connect(time, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this, time](const QCPRange &) { onRangeChanged(time); });
    return rect;
}

bool TimelinePlot::sameLayout(const PanelData &data) const
{
    if (data.panels.size() != m_panels.size())
        return false;
    for (size_t i = 0; i < m_panels.size(); ++i) {
        const auto &lines = m_panels[i].lines;
        const auto &series = data.panels[i].series;
        if (m_panels[i].selector != data.panels[i].selector || lines.size() != series.size())
            return false;
        for (size_t j = 0; j < lines.size(); ++j)
            if (lines[j].id != series[j].id || (lines[j].low != nullptr) != aggregates(series[j]))
                return false;
    }
    return true;
}

void TimelinePlot::rebuildLayout(const PanelData &data)
{
    const QCPRange range = m_scoreRect ? m_scoreRect->axis(QCPAxis::atBottom)->range() : QCPRange(0, 1);
    m_plot->clearItems();
    m_plot->clearGraphs();
    m_plot->plotLayout()->clear();
    m_panels.clear();
    m_scoreGraphs.clear();
    m_shownSeries.clear();
    int row = 0;
    size_t colour = 0;
    for (const PlotPanel &source : data.panels) {
        QString title = source.selector;
        if (source.matched > qint64(source.series.size()))
            title = tr("%1 (%2 of %3 series)").arg(source.selector).arg(source.series.size()).arg(source.matched);
        else if (source.series.empty())
            title = tr("%1 (no series match)").arg(source.selector);
        if (!source.note.isEmpty()) // a log template's series: its key only numbers it
            title = tr("%1: %2").arg(title, source.note.size() > 100 ? source.note.left(99) + QChar(0x2026) : source.note);
        Panel panel{source.selector, addPanel(row++, title), {}};
        for (const PlotSeries &series : source.series) {
            Line line{series.id, series.name, series.host, kPalette[colour++ % std::size(kPalette)], series.perSecond};
            QCPAxis *keyAxis = panel.rect->axis(QCPAxis::atBottom);
            QCPAxis *valueAxis = panel.rect->axis(QCPAxis::atLeft);
            if (aggregates(series)) {
                // The min and max hold the values (for the value range and the
                // hover text); the band draws them (see setBandPoints), in the
                // line's colour a fifth as strong on the white plot, opaque: the
                // zigzag crosses some pixels twice, which a translucent pen drew
                // darker, like hairline spikes. Bands lie under every line.
                const QColor colour = QColor::fromRgbF(0.8f + 0.2f * line.color.redF(), 0.8f + 0.2f * line.color.greenF(),
                                                       0.8f + 0.2f * line.color.blueF());
                line.low = m_plot->addGraph(keyAxis, valueAxis);
                line.high = m_plot->addGraph(keyAxis, valueAxis);
                line.low->setVisible(false);
                line.high->setVisible(false);
                line.band = m_plot->addGraph(keyAxis, valueAxis);
                line.band->setPen(QPen(colour, 1));
                line.band->setLayer(kBandLayer);
                line.band->setAntialiased(false);
                line.band->setAdaptiveSampling(false); // it would merge the zigzag's strokes
            }
            line.mean = m_plot->addGraph(keyAxis, valueAxis);
            line.mean->setPen(QPen(line.color, 1));
            line.mean->setName(series.name);
            panel.lines.push_back(line);
            m_shownSeries.push_back(series.id);
        }
        m_panels.push_back(std::move(panel));
    }
    m_scoreRect = addPanel(row, tr("Anomaly score"));
    m_scoreRect->axis(QCPAxis::atBottom)->setTickLabels(true);
    // The times are UTC (so are the list's): said once, under them, and in every export.
    m_scoreRect->axis(QCPAxis::atBottom)->setLabel(tr("Time (UTC)"));
    m_scoreRect->axis(QCPAxis::atLeft)->setRange(0, 1.05);
    // A short panel: ticks at 0, 0.5 and 1 only, or their labels overlap.
    QSharedPointer<QCPAxisTickerFixed> scoreTicks(new QCPAxisTickerFixed);
    scoreTicks->setTickStep(0.5);
    scoreTicks->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    m_scoreRect->axis(QCPAxis::atLeft)->setTicker(scoreTicks);
    m_plot->plotLayout()->setRowStretchFactor(row, m_panels.empty() ? 1.0 : 0.45);
    m_plot->setMinimumHeight(kMinimumPanelHeight * int(m_panels.size()) + kMinimumPanelHeight / 2 + 40);
    m_plot->plotLayout()->setRowSpacing(2);
    // One key range for all panels; the sync handler copies it from here on.
    m_syncingRange = true;
    for (int i = 0; i < panelCount(); ++i)
        panel(i)->axis(QCPAxis::atBottom)->setRange(range);
    m_syncingRange = false;
}

void TimelinePlot::fillLines(const PanelData &data)
{
    for (size_t i = 0; i < m_panels.size(); ++i) {
        for (size_t j = 0; j < m_panels[i].lines.size(); ++j) {
            const Line &line = m_panels[i].lines[j];
            const PlotSeries &series = data.panels[i].series[j];
            const Core::Timestamp spacing = typicalSpacing(series.points, series.step); // once for its graphs
            setPoints(line.mean, series.points, spacing, &Core::RangePoint::mean);
            if (line.low) {
                setPoints(line.low, series.points, spacing, &Core::RangePoint::min);
                setPoints(line.high, series.points, spacing, &Core::RangePoint::max);
                setBandPoints(line.band, series.points, spacing);
            }
        }
    }
}

void TimelinePlot::showPanels(const PanelData &data)
{
    // A zoom only changes points; new series mean new panels (and no scores yet).
    if (!sameLayout(data))
        rebuildLayout(data);
    fillLines(data);
    m_events = data.events;
    rescaleValues();
    redrawItems();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::rescaleValues()
{
    for (const Panel &panel : m_panels) {
        bool first = true;
        for (const Line &line : panel.lines) {
            for (QCPGraph *graph : {line.mean, line.low, line.high}) {
                if (!graph)
                    continue;
                bool found = false;
                const QCPRange range = graph->getValueRange(found, QCP::sdBoth, panel.rect->axis(QCPAxis::atBottom)->range());
                if (!found)
                    continue;
                QCPAxis *axis = panel.rect->axis(QCPAxis::atLeft);
                if (first)
                    axis->setRange(range);
                else
                    axis->setRange(QCPRange(std::min(axis->range().lower, range.lower), std::max(axis->range().upper, range.upper)));
                first = false;
            }
        }
        if (!first)
            panel.rect->axis(QCPAxis::atLeft)->scaleRange(1.1);
    }
}

void TimelinePlot::showScores(const std::map<Core::SeriesId, SeriesScores> &scores)
{
    for (auto &[id, graph] : m_scoreGraphs)
        m_plot->removeGraph(graph);
    m_scoreGraphs.clear();
    m_learningFrom.clear();
    for (const Panel &panel : m_panels) {
        for (const Line &line : panel.lines) {
            const auto it = scores.find(line.id);
            if (it == scores.end())
                continue;
            QCPGraph *graph = m_plot->addGraph(m_scoreRect->axis(QCPAxis::atBottom), m_scoreRect->axis(QCPAxis::atLeft));
            graph->setPen(QPen(line.color, 1));
            graph->setName(line.name);
            QVector<double> keys, values;
            keys.reserve(qsizetype(it->second.times.size()));
            values.reserve(qsizetype(it->second.times.size()));
            for (size_t i = 0; i < it->second.times.size(); ++i) {
                keys.append(key(it->second.times[i]));
                values.append(it->second.scores[i]);
            }
            graph->setData(keys, values, true);
            m_scoreGraphs[line.id] = graph;
            if (!it->second.times.empty())
                m_learningFrom.push_back(it->second.times.front());
        }
    }
    std::sort(m_learningFrom.begin(), m_learningFrom.end());
    m_learningFrom.erase(std::unique(m_learningFrom.begin(), m_learningFrom.end()), m_learningFrom.end());
    redrawItems();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::showAlerts(const std::vector<AlertRecord> &alerts, const std::vector<Core::Silence> &silences,
                              const std::map<std::string, Core::Labels> &placements)
{
    m_alerts = alerts;
    m_silences.clear();
    for (const Core::Silence &silence : silences) {
        try {
            m_silences.emplace_back(silence, Core::Selector::parse(silence.matcher));
        } catch (const Core::Error &) {
            // Stored rules were validated when added; one that no longer parses covers nothing.
        }
    }
    m_placements = placements;
    redrawItems();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setSelectedAlert(qint64 eventId)
{
    if (eventId == m_selectedAlert)
        return;
    m_selectedAlert = eventId;
    redrawItems();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TimelinePlot::alertShownIn(const AlertRecord &alert, const Panel &panel) const
{
    return std::any_of(panel.lines.begin(), panel.lines.end(), [&](const Line &l) { return l.name == alert.series; });
}

bool TimelinePlot::eventInPanel(const Core::Event &event, const Panel &panel) const
{
    // Fleet-wide notes (a change window, a release) belong on every panel.
    return event.entityKind == QLatin1String("fleet")
        || std::any_of(panel.lines.begin(), panel.lines.end(), [&](const Line &l) { return l.host == event.entity; });
}

const AlertRecord *TimelinePlot::findAlert(qint64 eventId) const
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(), [eventId](const AlertRecord &a) { return a.eventId == eventId; });
    return it == m_alerts.end() ? nullptr : &*it;
}

void TimelinePlot::addInterval(QCPAxisRect *rect, Core::Timestamp from, Core::Timestamp to, const QBrush &brush,
                               const QPen &pen)
{
    auto *item = new QCPItemRect(m_plot);
    item->setLayer(kShadingLayer);
    item->setClipAxisRect(rect);
    for (QCPItemPosition *corner : {item->topLeft, item->bottomRight})
        placeInPanel(corner, rect, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio);
    // An instant alert still gets a visible sliver.
    item->topLeft->setCoords(key(from), 0);
    item->bottomRight->setCoords(key(std::max(to, from + Core::kMinute)), 1);
    item->setBrush(brush);
    item->setPen(pen);
}

void TimelinePlot::addMarker(QCPAxisRect *rect, Core::Timestamp at, const QPen &pen)
{
    auto *line = new QCPItemStraightLine(m_plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *point : {line->point1, line->point2})
        placeInPanel(point, rect, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(key(at), 0);
    line->point2->setCoords(key(at), 1);
    line->setPen(pen);
}

void TimelinePlot::addPeak(const AlertRecord &alert)
{
    auto *peak = new QCPItemTracer(m_plot);
    peak->setObjectName(QStringLiteral("timeline.alertPeak"));
    peak->setClipAxisRect(m_scoreRect);
    placeInPanel(peak->position, m_scoreRect, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptPlotCoords);
    peak->position->setCoords(key(alert.peakTime), alert.peak);
    peak->setStyle(QCPItemTracer::tsCircle);
    peak->setSize(5);
    QColor colour = Severity::color(alert.severity);
    if (alert.isSilenced())
        colour.setAlpha(90);
    peak->setPen(QPen(colour.darker(130), 1));
    peak->setBrush(colour);
}

void TimelinePlot::redrawItems()
{
    m_plot->clearItems();
    for (const Panel &panel : m_panels) {
        for (const auto &[silence, matcher] : m_silences) {
            const bool applies = std::any_of(panel.lines.begin(), panel.lines.end(), [&](const Line &line) {
                const auto seriesKey = Core::SeriesKey::fromCanonical(line.name.toStdString());
                const auto placed = m_placements.find(line.host.toStdString());
                return seriesKey
                    && Core::selects(matcher, *seriesKey, placed == m_placements.end() ? Core::Labels{} : placed->second);
            });
            if (applies)
                addInterval(panel.rect, silence.startsAt, silence.endsAt, QBrush(QColor(120, 120, 120, 90), Qt::BDiagPattern),
                            Qt::NoPen);
        }
        for (const AlertRecord &alert : m_alerts) {
            if (!alertShownIn(alert, panel))
                continue;
            QColor fill = Severity::color(alert.severity);
            fill.setAlpha(alert.isSilenced() ? 25 : 60);
            const QPen outline = alert.eventId == m_selectedAlert ? QPen(Severity::color(alert.severity).darker(140), 2)
                                                                  : QPen(Qt::NoPen);
            addInterval(panel.rect, alert.start, alert.end ? alert.end : alert.start, fill, outline);
        }
        for (const Core::StoredEvent &stored : m_events) {
            if (eventInPanel(stored.event, panel))
                addMarker(panel.rect, stored.event.time, QPen(Severity::color(stored.event.severity), 1, Qt::DashLine));
        }
    }
    // The detector learns each series' first day and fires nothing there: say so
    // where the scores stay low, rather than let a quiet first day look like a miss.
    for (const Core::Timestamp from : m_learningFrom)
        addInterval(m_scoreRect, from, from + Core::AnomalyDetector::kLearningSpan,
                    QBrush(QColor(120, 120, 120, 60), Qt::Dense6Pattern), Qt::NoPen);
    auto *threshold = new QCPItemStraightLine(m_plot);
    threshold->setClipAxisRect(m_scoreRect);
    for (QCPItemPosition *point : {threshold->point1, threshold->point2})
        placeInPanel(point, m_scoreRect, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords);
    threshold->point1->setCoords(0, m_fireThreshold);
    threshold->point2->setCoords(1, m_fireThreshold);
    threshold->setPen(QPen(Severity::color(QStringLiteral("error")), 1, Qt::DotLine));
    // Each shown alert's peak on the scores, whichever detector fired it: a log
    // template's novelty (0.96 for a template new to the host) is not the count
    // score drawn there, and without it those alerts showed nothing near their
    // peak (rev14).
    for (const AlertRecord &alert : m_alerts)
        if (std::any_of(m_panels.begin(), m_panels.end(), [&](const Panel &panel) { return alertShownIn(alert, panel); }))
            addPeak(alert);
    // The selected alert's box on the scores, while its series is on a panel: the
    // scores drawn are those of the series shown.
    const AlertRecord *selected = findAlert(m_selectedAlert);
    if (selected && std::any_of(m_panels.begin(), m_panels.end(), [&](const Panel &panel) { return alertShownIn(*selected, panel); }))
        addInterval(m_scoreRect, selected->start, selected->end ? selected->end : selected->start,
                    QColor(0, 0, 0, 20), QPen(Severity::color(selected->severity), 1));
    // A held alert outlasts its scores: its series' panel shows the line its
    // level stood beyond, which says why it is still open.
    if (selected && selected->heldSince)
        for (const Panel &panel : m_panels)
            if (alertShownIn(*selected, panel))
                addHeldEdge(panel.rect, *selected);
}

void TimelinePlot::addHeldEdge(QCPAxisRect *rect, const AlertRecord &alert)
{
    const QColor colour = Severity::color(alert.severity).darker(140);
    auto *line = new QCPItemLine(m_plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *end : {line->start, line->end})
        placeInPanel(end, rect, QCPItemPosition::ptPlotCoords, QCPItemPosition::ptPlotCoords);
    line->start->setCoords(key(alert.start), alert.heldEdge);
    line->end->setCoords(key(std::max(alert.end, alert.start)), alert.heldEdge);
    line->setPen(QPen(colour, 1, Qt::DashLine));
    auto *label = new QCPItemText(m_plot);
    label->setClipAxisRect(rect);
    // At the panel's right edge, as a threshold's label, so that it is whole
    // wherever the alert starts; on the side the level is not, off the data.
    placeInPanel(label->position, rect, QCPItemPosition::ptAxisRectRatio, QCPItemPosition::ptPlotCoords);
    label->position->setCoords(1.0, alert.heldEdge);
    label->setPositionAlignment(Qt::AlignRight | (alert.heldAbove ? Qt::AlignTop : Qt::AlignBottom));
    const QString edge = Core::readableQuantity(alert.heldEdge, alert.metric.toStdString());
    label->setText(alert.heldAbove ? tr("held while above %1, the week before's 99th percentile").arg(edge)
                                   : tr("held while below %1, the week before's 1st percentile").arg(edge));
    label->setColor(colour);
    label->setPadding(QMargins(4, 2, 4, 2));
}

void TimelinePlot::setFireThreshold(double threshold)
{
    if (threshold == m_fireThreshold)
        return;
    m_fireThreshold = threshold;
    redrawItems();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::onRangeChanged(QCPAxis *source)
{
    if (m_syncingRange)
        return;
    m_syncingRange = true;
    for (int i = 0; i < panelCount(); ++i) {
        QCPAxis *axis = panel(i)->axis(QCPAxis::atBottom);
        if (axis != source)
            axis->setRange(source->range());
    }
    m_syncingRange = false;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT timeRangeChanged(visibleFrom(), visibleTo());
}

void TimelinePlot::setTimeRange(Core::Timestamp from, Core::Timestamp to)
{
    if (to <= from)
        to = from + Core::kMinute;
    m_scoreRect->axis(QCPAxis::atBottom)->setRange(key(from), key(to));
}

Core::Timestamp TimelinePlot::visibleFrom() const { return toTime(m_scoreRect->axis(QCPAxis::atBottom)->range().lower); }
Core::Timestamp TimelinePlot::visibleTo() const { return toTime(m_scoreRect->axis(QCPAxis::atBottom)->range().upper); }

int TimelinePlot::plotAreaWidth() const
{
    return std::max(100, m_scoreRect->width() > 0 ? m_scoreRect->width() : m_plot->width() - 80);
}

int TimelinePlot::panelCount() const { return int(m_panels.size()) + 1; }

QCPAxisRect *TimelinePlot::panel(int index) const
{
    return index < int(m_panels.size()) ? m_panels[size_t(index)].rect : m_scoreRect;
}

int TimelinePlot::panelIndexAt(const QPoint &position) const
{
    for (int i = 0; i < panelCount(); ++i)
        if (panel(i)->rect().contains(position))
            return i;
    return -1;
}

qint64 TimelinePlot::alertAt(const QPoint &position) const
{
    const int index = panelIndexAt(position);
    if (index < 0 || index >= int(m_panels.size()))
        return 0;
    const Panel &panel = m_panels[size_t(index)];
    const QCPAxis *axis = panel.rect->axis(QCPAxis::atBottom);
    const Core::Timestamp at = toTime(axis->pixelToCoord(position.x()));
    const Core::Timestamp slack = toTime(axis->pixelToCoord(position.x() + kHoverSlack)) - at;
    qint64 best = 0;
    double bestPeak = -1;
    for (const AlertRecord &alert : m_alerts) {
        const Core::Timestamp end = std::max(alert.end, alert.start + Core::kMinute);
        if (alert.start - slack <= at && at <= end + slack && alertShownIn(alert, panel) && alert.peak > bestPeak) {
            best = alert.eventId;
            bestPeak = alert.peak;
        }
    }
    return best;
}

QPoint TimelinePlot::alertPosition(qint64 eventId) const
{
    const AlertRecord *alert = findAlert(eventId);
    if (!alert)
        return {};
    for (const Panel &panel : m_panels) {
        if (!alertShownIn(*alert, panel))
            continue;
        const Core::Timestamp end = std::max(alert->end, alert->start + Core::kMinute);
        const double x = panel.rect->axis(QCPAxis::atBottom)->coordToPixel(key(alert->start + (end - alert->start) / 2));
        return QPoint(int(x), panel.rect->center().y());
    }
    return {};
}

QString TimelinePlot::toolTipAt(const QPoint &position) const
{
    const int index = panelIndexAt(position);
    if (index < 0)
        return {};
    QStringList parts;
    const QCPAxis *axis = panel(index)->axis(QCPAxis::atBottom);
    if (index < int(m_panels.size())) {
        const Panel &panel = m_panels[size_t(index)];
        for (const Core::StoredEvent &stored : m_events) {
            const double x = axis->coordToPixel(key(stored.event.time));
            if (eventInPanel(stored.event, panel) && std::abs(x - position.x()) <= kHoverSlack)
                parts << tr("%1 on %2 at %3: %4")
                             .arg(Severity::label(stored.event.severity), stored.event.entity,
                                  Format::timestamp(stored.event.time), stored.event.title);
        }
        if (const AlertRecord *alert = findAlert(alertAt(position)))
            parts << tr("Alert (%1) on %2\nfrom %3 for %4, peak score %5\n%6")
                         .arg(Severity::label(alert->severity), alert->series, Format::timestamp(alert->start),
                              alert->end ? Format::duration(alert->end - alert->start) : tr("still open"),
                              QLocale().toString(alert->peak, 'f', 3), alert->evidence);
        const QString values = valuesAt(panel, axis->pixelToCoord(position.x()));
        if (!values.isEmpty())
            parts.prepend(values);
    } else if (learningAt(toTime(axis->pixelToCoord(position.x())))) {
        parts << tr("Learning: the detector's first day of these series, in which nothing fires");
    }
    return parts.join(QStringLiteral("\n\n"));
}

bool TimelinePlot::learningAt(Core::Timestamp at) const
{
    return std::any_of(m_learningFrom.begin(), m_learningFrom.end(), [at](Core::Timestamp from) {
        return at >= from && at < from + Core::AnomalyDetector::kLearningSpan;
    });
}

QString TimelinePlot::valuesAt(const Panel &panel, double at) const
{
    // The point under the pointer of every line: the plot's legend and readout in one.
    QStringList lines{Format::timestamp(toTime(at))};
    for (const Line &line : panel.lines) {
        const QSharedPointer<QCPGraphDataContainer> data = line.mean->data();
        if (data->isEmpty())
            continue;
        auto it = data->findBegin(at, true);
        if (it == data->constEnd() || std::isnan(it->value))
            continue;
        QString text = line.perSecond ? tr("%1: %2 per second").arg(line.name, QLocale().toString(it->value, 'g', 4))
                                      : QStringLiteral("%1: %2").arg(line.name, QLocale().toString(it->value, 'g', 4));
        if (line.low && line.high) {
            const auto low = line.low->data()->findBegin(at, true);
            const auto high = line.high->data()->findBegin(at, true);
            if (low != line.low->data()->constEnd() && high != line.high->data()->constEnd())
                text += tr(" (%1 to %2)").arg(QLocale().toString(low->value, 'g', 4), QLocale().toString(high->value, 'g', 4));
        }
        lines << text;
    }
    return lines.size() > 1 ? lines.join(QLatin1Char('\n')) : QString();
}

bool TimelinePlot::exportPng(const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !m_plot->toPixmap().save(&buffer, "PNG")) {
        if (error)
            *error = tr("Cannot render the plot as PNG.");
        return false;
    }
    return saveWhole(path, bytes, error);
}

bool TimelinePlot::exportPdf(const QString &path, QString *error)
{
    // The PDF writer takes a file name and says nothing of a full disk: write it
    // aside, and take it only if it came out whole (it ends with %%EOF).
    QTemporaryFile rendered(QDir::temp().filePath(QStringLiteral("opsight-XXXXXX.pdf")));
    if (!rendered.open()) {
        if (error)
            *error = tr("Cannot write '%1': %2").arg(rendered.fileName(), rendered.errorString());
        return false;
    }
    rendered.close();
    const bool drawn = m_plot->savePdf(rendered.fileName());
    QFile file(rendered.fileName());
    const QByteArray bytes = drawn && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (!bytes.trimmed().endsWith("%%EOF")) {
        if (error)
            *error = tr("Cannot render the plot as PDF in '%1' (is the disk full?).").arg(QDir::tempPath());
        return false;
    }
    return saveWhole(path, bytes, error);
}

} // namespace Opsight::Views
