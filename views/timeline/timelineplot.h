// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"
#include "timelinedata.h"
#include "warehouse/selector.h"

#include <QWidget>

#include <map>

class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPMarginGroup;
class QCustomPlot;

namespace Opsight::Views {

// The anomaly timeline: one panel per selector with its series (mean line and,
// where a point stands for many samples, the min-max band), alerts shaded in the
// panel of their series, silences hatched, events as vertical markers, and the
// anomaly score of the shown series in a panel below. All panels share the time
// axis: zooming or panning one moves them all.
class TimelinePlot final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePlot(QWidget *parent = nullptr);
    ~TimelinePlot() override;
    Q_DISABLE_COPY_MOVE(TimelinePlot)

    // Replaces the series; keeps the time axis. Cheap when only the points changed
    // (a zoom): the panels are rebuilt only when their series differ.
    void showPanels(const PanelData &data);
    void showScores(const std::map<Core::SeriesId, SeriesScores> &scores);
    // `placements`: each host's groups, so a rack's rule shades its hosts' log panels too.
    void showAlerts(const std::vector<AlertRecord> &alerts, const std::vector<Core::Silence> &silences,
                    const std::map<std::string, Core::Labels> &placements = {});
    void setSelectedAlert(qint64 eventId);
    // The score at which alerts fire, drawn across the score panel.
    void setFireThreshold(double threshold);
    double fireThreshold() const { return m_fireThreshold; }
    bool showsKeyboardFocus() const { return m_keyboardFocus; }
    qint64 selectedAlert() const { return m_selectedAlert; }

    void setTimeRange(Core::Timestamp from, Core::Timestamp to);
    Core::Timestamp visibleFrom() const;
    Core::Timestamp visibleTo() const;
    int plotAreaWidth() const; // pixels, for how many points a read needs

    // Data panels plus the score panel (there is always one).
    int panelCount() const;
    QCPAxisRect *panel(int index) const;
    QCPAxisRect *scorePanel() const { return m_scoreRect; }
    const std::vector<Core::SeriesId> &shownSeries() const { return m_shownSeries; }
    QCustomPlot *customPlot() const { return m_plot; }

    // What is under a point of the plot widget: the alert (0: none) and the tooltip.
    qint64 alertAt(const QPoint &position) const;
    QString toolTipAt(const QPoint &position) const;
    // The point of the plot widget where an alert's shading is, for tests and keyboard use.
    QPoint alertPosition(qint64 eventId) const;

    // Whole or not at all, like the CSV: the image is made in memory (a PDF in a
    // temporary file, checked for its end) and then saved; `error` says why not.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    // The operator zoomed or panned (or setTimeRange was called).
    void timeRangeChanged(Opsight::Core::Timestamp from, Opsight::Core::Timestamp to);
    void resized(); // the plot area may hold more or fewer pixels than the data was read for
    void alertClicked(qint64 eventId);
    void alertActivated(qint64 eventId); // double-click
    // Right-click "Annotate here": a host, or empty for the whole fleet.
    void annotateRequested(Opsight::Core::Timestamp at, const QString &host);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Line
    {
        Core::SeriesId id = 0;
        QString name;
        QString host;
        QColor color;
        bool perSecond = false; // a counter drawn as its rate
        QCPGraph *mean = nullptr;
        QCPGraph *low = nullptr;  // min-max band, when points aggregate samples
        QCPGraph *high = nullptr;
        QCPGraph *band = nullptr; // draws low to high
    };
    struct Panel
    {
        QString selector;
        QCPAxisRect *rect = nullptr;
        std::vector<Line> lines;
    };

    bool sameLayout(const PanelData &data) const;
    void rebuildLayout(const PanelData &data);
    QCPAxisRect *addPanel(int row, const QString &title);
    void fillLines(const PanelData &data);
    void rescaleValues();
    void redrawItems();
    void addInterval(QCPAxisRect *rect, Core::Timestamp from, Core::Timestamp to, const QBrush &brush,
                     const QPen &pen);
    void addMarker(QCPAxisRect *rect, Core::Timestamp at, const QPen &pen);
    void addHeldEdge(QCPAxisRect *rect, const AlertRecord &alert);
    void addPeak(const AlertRecord &alert); // on the score panel
    void onRangeChanged(QCPAxis *source);
    int panelIndexAt(const QPoint &position) const;
    const AlertRecord *findAlert(qint64 eventId) const;
    bool alertShownIn(const AlertRecord &alert, const Panel &panel) const;
    bool eventInPanel(const Core::Event &event, const Panel &panel) const;
    QString valuesAt(const Panel &panel, double at) const;
    bool learningAt(Core::Timestamp at) const; // within a shown series' learning day
    static QString panelHost(const Panel &panel);

    QCustomPlot *m_plot = nullptr;
    QCPMarginGroup *m_marginGroup = nullptr;
    std::vector<Panel> m_panels;
    QCPAxisRect *m_scoreRect = nullptr;
    std::map<Core::SeriesId, QCPGraph *> m_scoreGraphs;
    std::vector<Core::Timestamp> m_learningFrom; // first score of the shown series: a day learned from there
    std::vector<Core::SeriesId> m_shownSeries;
    std::vector<Core::StoredEvent> m_events;
    std::vector<AlertRecord> m_alerts;
    // With their selectors parsed once, not at each redraw for each line.
    std::vector<std::pair<Core::Silence, Core::Selector>> m_silences;
    qint64 m_selectedAlert = 0;
    std::map<std::string, Core::Labels> m_placements;
    double m_fireThreshold = 0.95; // drawn as a guide
    bool m_keyboardFocus = false;  // tinted: reached by Tab
    bool m_syncingRange = false;
    QPoint m_pressPosition;
};

} // namespace Opsight::Views
