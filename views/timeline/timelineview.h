// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertactions.h"
#include "alertlistmodel.h"
#include "common/latestload.h"
#include "common/view.h"
#include "common/viewregistry.h"
#include "timelinedata.h"

#include <map>
#include <set>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Opsight::Views {
class WarehouseWatch;
}
class QToolButton;

namespace Opsight::Views {

class AlertFilterProxy;
class AlertPanel;
class ScanDialog;
class SilencePanel;
class StatusLabel;
class TimelinePlot;

// The anomaly timeline and the alert list, kept in step: selecting an alert shows
// its series (and the other series of its incident) around it; clicking a shaded
// alert on the plot selects it in the list. Reads run on workers at about one
// point per pixel, so zooming stays fluid on series of millions of samples.
class TimelineView final : public View
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;
    Q_DISABLE_COPY_MOVE(TimelineView)

    static ViewDescriptor descriptor();

    void reload() override;
    // Accepts {entity: a series selector (may be empty), host, from, to, eventId}.
    bool openLink(const ViewLink &link) override;

    // Shows these selectors, one panel each, over [from, to).
    void showSeries(const QStringList &selectors, Core::Timestamp from, Core::Timestamp to);
    void selectAlert(qint64 eventId);
    // Narrows the alert list, e.g. to one host when embedded in the host page.
    void setAlertFilterText(const QString &text);
    qint64 currentAlert() const;
    // Applies an action without its dialog (the dialog's OK ends up here too).
    void applyAction(const AlertAction &action);
    // Stores an operator's note at a moment on a host (empty: the fleet); it shows as a marker.
    void annotate(Core::Timestamp at, const QString &host, const QString &text);
    // Ends a silence, maintenance window or feedback rule now, or withdraws it (its
    // end moved back to its start: it mutes nothing). Kept on record either way.
    void endSilence(qint64 id, bool withdraw);
    // Plots the series a rule matches over the time it covers.
    void showSilence(qint64 id);
    // Opens the scan dialog (backtest, then scan and store).
    void startScan();
    ScanDialog *scanDialog() const { return m_scanDialog; }

    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);

    TimelinePlot *plot() const { return m_plot; }
    AlertListModel *alertModel() const;
    AlertFilterProxy *alertProxy() const;
    AlertPanel *alertPanel() const { return m_alerts; }
    SilencePanel *silencePanel() const { return m_silencePanel; }
    const PanelData &panelData() const { return m_panelData; }
    const std::map<Core::SeriesId, SeriesScores> &scores() const { return m_scores; }
    bool isLoading() const;
    QString statusText() const;

Q_SIGNALS:
    // For tests and the status bar: a read finished and is on screen.
    void alertsShown();
    void panelsShown();
    void scoresShown();
    void actionFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    void loadAlerts(qint64 selectAfter = 0);
    void requestPanels();
    void requestScores();
    void showPanelData(const PanelData &data);
    void showAlertLoad(const AlertLoad &load, qint64 selectAfter);
    void onAlertActivated(qint64 eventId);
    void openHost(qint64 eventId);
    void focusAlert(const AlertRecord &alert);
    void setWindow(Core::Timestamp span); // the last `span` of the data; 0: all of it
    void runActionDialog(AlertAction::Kind kind);
    void planRule(); // a silence or maintenance window from no alert
    QString savedNotice(const AlertAction &action) const;
    void exportWithDialog(const QString &format);
    void updateActions();
    void setStatus(const QString &text, bool error = false);

    TimelinePlot *m_plot = nullptr;
    QLineEdit *m_selectorEdit = nullptr;
    StatusLabel *m_statusLabel = nullptr;
    QPushButton *m_scanButton = nullptr;
    ScanDialog *m_scanDialog = nullptr;
    QToolButton *m_exportButton = nullptr;
    AlertPanel *m_alerts = nullptr;
    SilencePanel *m_silencePanel = nullptr;
    QTabWidget *m_lists = nullptr; // the alerts and the silences
    QTimer *m_rangeTimer = nullptr;
    QTimer *m_resizeTimer = nullptr; // a resize settles before a read
    WarehouseWatch *m_watch = nullptr; // writes from elsewhere (the CLI): read the alerts again
    bool m_changedWhileHidden = false; // ...once shown

    QStringList m_selectors;
    QString m_shownPath; // the warehouse m_selectors belong to
    int m_readWidth = 0;  // the pixels the last read was for
    double m_fireThreshold = 0.95; // the warehouse's, as stored with its alerts
    QString m_savedNotice;         // what the last action did, said once the list shows it
    Core::Timestamp m_dataFirst = 0, m_dataLast = 0;
    PanelData m_panelData;
    std::map<Core::SeriesId, SeriesScores> m_scores; // by series, for this warehouse
    std::set<Core::SeriesId> m_scoresPending;        // asked for, not back yet
    std::vector<Core::Silence> m_silences;
    bool m_alertsLoaded = false;
    bool m_reloadingAlerts = false; // the list is being refilled: keep the plot where it is
    qint64 m_newRule = 0;           // a silence just saved, checked for matching nothing once reloaded

    // Last: their destructors wait for workers that report to the widgets above.
    LatestLoad m_alertLoad;
    LatestLoad m_panelLoad;
    LatestLoad m_scoreLoad;
    LatestLoad m_actionLoad;
};

} // namespace Opsight::Views
