// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertpanel.h"

#include "alertfilterproxy.h"
#include "common/formatting.h"
#include "common/itemlist.h"
#include "common/severity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

namespace Opsight::Views {

AlertPanel::AlertPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AlertListModel(this))
    , m_proxy(new AlertFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("timeline.alertFilter"));
    m_filter->setPlaceholderText(tr("Filter alerts by host, series or comment"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AlertFilterProxy::setText);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("timeline.grouping"));
    m_grouping->addItem(tr("No grouping"), int(AlertListModel::Grouping::None));
    m_grouping->addItem(tr("By incident"), int(AlertListModel::Grouping::Incident));
    m_grouping->addItem(tr("By host"), int(AlertListModel::Grouping::Host));
    m_grouping->addItem(tr("By metric"), int(AlertListModel::Grouping::Metric));
    m_grouping->addItem(tr("By severity"), int(AlertListModel::Grouping::Severity));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 current = currentAlert();
        m_model->setGrouping(AlertListModel::Grouping(m_grouping->currentData().toInt()));
        if (current)
            selectAlert(current);
    });

    m_minimumSeverity = new QComboBox(this);
    m_minimumSeverity->setObjectName(QStringLiteral("timeline.minimumSeverity"));
    m_minimumSeverity->addItem(tr("All severities"), 0);
    for (const char *severity : {"warning", "error", "critical"})
        m_minimumSeverity->addItem(tr("%1 and worse").arg(Severity::label(QLatin1String(severity))),
                                   Severity::rank(QLatin1String(severity)));
    connect(m_minimumSeverity, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumSeverity(m_minimumSeverity->currentData().toInt()); });
    m_showSilenced = new QCheckBox(tr("Silenced"), this);
    m_showSilenced->setChecked(true);
    connect(m_showSilenced, &QCheckBox::toggled, m_proxy, &AlertFilterProxy::setShowSilenced);
    m_onPlotOnly = new QCheckBox(tr("On the plot only"), this);
    m_onPlotOnly->setObjectName(QStringLiteral("timeline.onPlotOnly"));
    m_onPlotOnly->setToolTip(tr("List only the alerts of the series and the time the plot shows"));
    connect(m_onPlotOnly, &QCheckBox::toggled, this, &AlertPanel::applyPlotted);
    m_showAcknowledged = new QCheckBox(tr("Acknowledged"), this);
    m_showAcknowledged->setChecked(true);
    connect(m_showAcknowledged, &QCheckBox::toggled, m_proxy, &AlertFilterProxy::setShowAcknowledged);
    // Hosts' alerts that are the fleet moving are summed up by the episode's own
    // alert: listed only on request, so the list starts with what needs a look.
    m_showWithTheFleet = new QCheckBox(tr("With the fleet"), this);
    m_showWithTheFleet->setObjectName(QStringLiteral("timeline.withTheFleet"));
    m_showWithTheFleet->setToolTip(tr("Also list each host's alerts that are part of a fleet-wide episode"));
    m_showWithTheFleet->setChecked(false);
    m_proxy->setShowWithTheFleet(false);
    connect(m_showWithTheFleet, &QCheckBox::toggled, m_proxy, &AlertFilterProxy::setShowWithTheFleet);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("timeline.alerts"));
    m_tree->setModel(m_proxy);
    setUpRecordList(m_tree);
    m_tree->sortByColumn(AlertListModel::StartColumn, Qt::DescendingOrder);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setMinimumSectionSize(60);
    const std::pair<int, int> widths[] = {{AlertListModel::SeverityColumn, 110}, {AlertListModel::StartColumn, 150},
                                          {AlertListModel::DurationColumn, 120}, {AlertListModel::HostColumn, 110},
                                          {AlertListModel::SeriesColumn, 330}, {AlertListModel::PeakColumn, 60},
                                          {AlertListModel::ExplanationColumn, 110}};
    for (const auto &[column, width] : widths)
        m_tree->header()->resizeSection(column, width);
    // A group's row shows its earliest alert in context (an incident's series with it).
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const qint64 id = currentAlert())
            m_chosen = id;
        updateButtons();
        Q_EMIT currentAlertChanged(m_shownSubject = subjectAlert());
    });
    // Refiltering moves no row and says nothing of a current row it hid: follow it here.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlertPanel::followFilters);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(AlertListModel::EventIdRole).toLongLong())
            Q_EMIT logLinesRequested(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_tree->setRootIsDecorated(m_model->grouping() != AlertListModel::Grouping::None); });
    // Counted once the filters settle: a filter change on a grouped list removes
    // rows group by group, and counting at each removal made typing in the filter
    // quadratic (5 s for one keystroke over 6,000 alerts).
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &AlertPanel::updateCount);
    const auto countSoon = [this] { m_countTimer->start(); };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, countSoon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, countSoon);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, countSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, countSoon);

    // Alt and the underlined letter act on the current alert from the keyboard (the
    // menu bar holds F, V and H).
    m_acknowledgeButton = new QPushButton(tr("&Acknowledge…"), this);
    m_acknowledgeButton->setObjectName(QStringLiteral("timeline.acknowledge"));
    m_silenceButton = new QPushButton(tr("&Silence…"), this);
    m_silenceButton->setObjectName(QStringLiteral("timeline.silence"));
    m_notAnomalyButton = new QPushButton(tr("&Not an Anomaly…"), this);
    m_notAnomalyButton->setObjectName(QStringLiteral("timeline.notAnomaly"));
    m_notAnomalyButton->setToolTip(tr("Teach the detector: alerts like this one on this series stay quiet"));
    m_logsButton = new QPushButton(tr("Show &Log Lines"), this);
    m_logsButton->setObjectName(QStringLiteral("timeline.showLogs"));
    m_logsButton->setToolTip(tr("Open the log lines behind a log-pattern alert"));
    const std::pair<QPushButton *, AlertAction::Kind> actions[] = {{m_acknowledgeButton, AlertAction::Kind::Acknowledge},
                                                                   {m_silenceButton, AlertAction::Kind::Silence},
                                                                   {m_notAnomalyButton, AlertAction::Kind::NotAnAnomaly}};
    for (const auto &[button, kind] : actions)
        connect(button, &QPushButton::clicked, this, [this, kind = kind] { Q_EMIT actionRequested(kind, subjectAlert()); });
    connect(m_logsButton, &QPushButton::clicked, this, [this] { Q_EMIT logLinesRequested(currentAlert()); });
    m_hostButton = new QPushButton(tr("&Open Host"), this);
    m_hostButton->setObjectName(QStringLiteral("timeline.openHost"));
    m_hostButton->setToolTip(tr("Everything about the alert's host: health, peers, events, jobs, logs"));
    connect(m_hostButton, &QPushButton::clicked, this, [this] { Q_EMIT hostRequested(subjectAlert()); });
    mirrorButtonsInContextMenu(m_tree, {m_hostButton, m_logsButton, m_acknowledgeButton, m_silenceButton, m_notAnomalyButton},
                               [](const QModelIndex &index) {
                                   return index.data(AlertListModel::EventIdRole).toLongLong()
                                       || index.data(AlertListModel::IsGroupRole).toBool();
                               });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timeline.alertCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_grouping);
    filters->addWidget(m_minimumSeverity);
    filters->addWidget(m_showSilenced);
    filters->addWidget(m_showAcknowledged);
    filters->addWidget(m_showWithTheFleet);
    filters->addWidget(m_onPlotOnly);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_count, 1);
    actionRow->addWidget(m_hostButton);
    actionRow->addWidget(m_logsButton);
    actionRow->addWidget(m_acknowledgeButton);
    actionRow->addWidget(m_silenceButton);
    actionRow->addWidget(m_notAnomalyButton);
    layOutRecordList(this, filters, m_tree, actionRow);
    updateButtons();
    // Each incident once, the alerts outside any as rows of their own: the list
    // opens on what an operator reads.
    m_grouping->setCurrentIndex(m_grouping->findData(int(AlertListModel::Grouping::Incident)));
}

void AlertPanel::setAlerts(std::vector<AlertRecord> alerts, qint64 select)
{
    const qint64 keep = select ? select : currentAlert();
    m_model->setAlerts(std::move(alerts));
    updateCount();
    // A reload keeps the operator's filters: an alert they now hide (one just
    // acknowledged, with acknowledged ones hidden) is not reselected.
    if (keep && isListed(keep))
        selectAlert(keep);
    updateButtons();
}

void AlertPanel::setLoaded(bool loaded)
{
    m_loaded = loaded;
    updateCount();
}

qint64 AlertPanel::currentAlert() const
{
    return m_tree->currentIndex().data(AlertListModel::EventIdRole).toLongLong();
}

std::vector<qint64> AlertPanel::currentGroup() const
{
    // All of the group's alerts, those the filters hide too: the row stands for
    // the whole incident ("6 related anomalies"), so acknowledging it must not
    // leave half of them behind unseen.
    return m_model->groupMembers(m_proxy->mapToSource(m_tree->currentIndex().siblingAtColumn(0)));
}

bool AlertPanel::isListed(qint64 eventId) const
{
    const QModelIndex source = m_model->indexOfAlert(eventId);
    return source.isValid() && m_proxy->mapFromSource(source).isValid();
}

void AlertPanel::followFilters()
{
    // The alert the operator chose comes back when the filters show it again.
    if (!m_tree->currentIndex().isValid() && m_chosen && isListed(m_chosen)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfAlert(m_chosen));
        if (index.parent().isValid())
            m_tree->expand(index.parent());
        m_tree->setCurrentIndex(index); // announced by currentRowChanged
    }
    updateButtons();
    if (const qint64 subject = subjectAlert(); subject != m_shownSubject)
        Q_EMIT currentAlertChanged(m_shownSubject = subject);
    if (m_tree->currentIndex().isValid())
        scrollToCurrent();
    else
        m_tree->scrollToTop();
}

qint64 AlertPanel::subjectAlert() const
{
    if (const qint64 id = currentAlert())
        return id;
    const std::vector<qint64> group = currentGroup();
    return group.empty() ? 0 : group.front();
}

void AlertPanel::selectAlert(qint64 eventId)
{
    const QModelIndex source = m_model->indexOfAlert(eventId);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out: clear the filters that hide it rather than ignore the click.
        m_filter->clear();
        m_minimumSeverity->setCurrentIndex(0);
        m_showSilenced->setChecked(true);
        m_showAcknowledged->setChecked(true);
        m_showWithTheFleet->setChecked(true);
        m_onPlotOnly->setChecked(false);
        index = m_proxy->mapFromSource(source);
    }
    if (index.parent().isValid())
        m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    scrollToCurrent();
}

void AlertPanel::scrollToCurrent()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.parent().isValid())
        m_tree->scrollTo(index.parent()); // the incident's heading says what the alert is part of
    m_tree->scrollTo(index);
}

// A selection made while the page was hidden scrolled a viewport of no height.
void AlertPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, [this] { scrollToCurrent(); });
}

void AlertPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void AlertPanel::setPlotted(const QSet<QString> &series, Core::Timestamp from, Core::Timestamp to)
{
    m_plottedSeries = series;
    m_plottedFrom = from;
    m_plottedTo = to;
    applyPlotted();
}

void AlertPanel::applyPlotted()
{
    if (m_onPlotOnly->isChecked())
        m_proxy->setPlotted(std::pair{m_plottedSeries, std::pair{m_plottedFrom, m_plottedTo}});
    else
        m_proxy->setPlotted(std::nullopt);
}

void AlertPanel::updateButtons()
{
    // A group is acknowledged as a whole; silences and feedback are rules about one
    // alert's series, made from that alert's own row.
    const std::vector<qint64> group = currentGroup();
    const AlertRecord *alert = m_model->alertById(currentAlert());
    const AlertRecord *subject = alert ? alert : group.empty() ? nullptr : m_model->alertById(group.front());
    m_acknowledgeButton->setEnabled(subject != nullptr);
    m_acknowledgeButton->setText(group.size() > 1 ? tr("&Acknowledge %n…", nullptr, int(group.size()))
                                                  : tr("&Acknowledge…"));
    m_silenceButton->setEnabled(alert != nullptr);
    m_notAnomalyButton->setEnabled(alert != nullptr);
    const auto key = alert ? Core::SeriesKey::fromCanonical(alert->series.toStdString()) : std::nullopt;
    m_logsButton->setEnabled(key && key->label("template"));
    bool oneHost = subject && !subject->host.isEmpty();
    for (const qint64 id : group)
        if (const AlertRecord *member = m_model->alertById(id); member && member->host != subject->host)
            oneHost = false;
    m_hostButton->setEnabled(oneHost);
}

void AlertPanel::updateCount()
{
    const auto &alerts = m_model->alerts();
    if (alerts.empty()) {
        m_count->setText(m_loaded ? tr("No alerts stored. Scan for anomalies to find them.") : QString());
        return;
    }
    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        shown += index.data(AlertListModel::IsGroupRole).toBool() ? m_proxy->rowCount(index) : 1;
    }
    const qint64 silenced = std::count_if(alerts.begin(), alerts.end(), [](const AlertRecord &a) { return a.isSilenced(); });
    const qint64 withTheFleet = std::count_if(alerts.begin(), alerts.end(), [](const AlertRecord &a) { return a.fleetWide; });
    m_count->setText(tr("%1 of %2 alerts shown, %3 silenced, %4 with the fleet")
                         .arg(Format::count(shown), Format::count(qint64(alerts.size())), Format::count(silenced),
                              Format::count(withTheFleet)));
}

} // namespace Opsight::Views
