// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertactions.h"
#include "alertlistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace Opsight::Views {

class AlertFilterProxy;

// The alert list under the timeline: filters, grouping, the tree, and the buttons
// (and context menu) for what an operator does to the current alert. It only
// asks: the timeline view owns the warehouse and carries the actions out.
class AlertPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertPanel(QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    AlertFilterProxy *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }

    // Replaces the alerts, keeping `select` (or the current alert) selected if the
    // filters show it.
    void setAlerts(std::vector<AlertRecord> alerts, qint64 select = 0);
    void setLoaded(bool loaded); // "no alerts stored" only once a read said so
    qint64 currentAlert() const; // 0 on a group's row
    // On a group's row (an incident, a host), its alerts as listed, earliest first;
    // else empty.
    std::vector<qint64> currentGroup() const;
    // What the buttons act on: the current alert, or the earliest of the current group.
    qint64 subjectAlert() const;
    bool isListed(qint64 eventId) const; // shown by the filters (perhaps inside a collapsed group)
    // Selects it, lifting the filters that hide it rather than ignoring the request.
    void selectAlert(qint64 eventId);
    void setFilterText(const QString &text);
    // The plot's series and window, for "On the plot only".
    void setPlotted(const QSet<QString> &series, Core::Timestamp from, Core::Timestamp to);

Q_SIGNALS:
    void currentAlertChanged(qint64 eventId); // 0: none
    void actionRequested(Opsight::Views::AlertAction::Kind kind, qint64 eventId);
    void logLinesRequested(qint64 eventId);
    void hostRequested(qint64 eventId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scrollToCurrent();
    void followFilters(); // after a refilter: the buttons, the plot and the scroll follow
    QWidget *createFilters();
    void updateButtons();
    void updateCount();
    void applyPlotted();

    AlertListModel *m_model = nullptr;
    AlertFilterProxy *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_minimumSeverity = nullptr;
    QCheckBox *m_showSilenced = nullptr;
    QCheckBox *m_showAcknowledged = nullptr;
    QCheckBox *m_showWithTheFleet = nullptr;
    QCheckBox *m_onPlotOnly = nullptr;
    QTimer *m_countTimer = nullptr; // counts once per turn of the event loop
    QPushButton *m_acknowledgeButton = nullptr;
    QPushButton *m_silenceButton = nullptr;
    QPushButton *m_notAnomalyButton = nullptr;
    QPushButton *m_logsButton = nullptr;
    QPushButton *m_hostButton = nullptr;
    QLabel *m_count = nullptr;
    bool m_loaded = false;
    qint64 m_chosen = 0;       // the alert the operator last selected
    qint64 m_shownSubject = 0; // what currentAlertChanged last said
    QSet<QString> m_plottedSeries;
    Core::Timestamp m_plottedFrom = 0, m_plottedTo = 0;
};

} // namespace Opsight::Views
