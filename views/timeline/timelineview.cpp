// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "alertactiondialog.h"
#include "alertfilterproxy.h"
#include "anomaly/alertscan.h"
#include "common/formatting.h"
#include "common/jobboundary.h"
#include "common/severity.h"
#include "common/statuslabel.h"
#include "timelineexport.h"
#include "scandialog.h"
#include "timelineplot.h"
#include "warehouse/warehouse.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace Opsight::Views {

namespace {
constexpr int kMaxIncidentPanels = 6;
constexpr int kRangeSettleMs = 120; // wheel zoom sends bursts; read once it settles

struct TimelineStart
{
    AlertLoad alerts;
    std::pair<Core::Timestamp, Core::Timestamp> extent;
    QStringList metrics;
};

// How much context to show around an alert: enough to see what normal looked like.
Core::Timestamp paddingFor(const AlertRecord &alert)
{
    const Core::Timestamp length = std::max<Core::Timestamp>(alert.end - alert.start, 0);
    return std::max<Core::Timestamp>(6 * Core::kHour, 3 * length);
}

// The alert an operator most likely opens the page for: the most severe, latest.
const AlertRecord *mostPressing(const std::vector<AlertRecord> &alerts)
{
    const AlertRecord *best = nullptr;
    for (const AlertRecord &alert : alerts) {
        if (alert.isSilenced())
            continue;
        if (!best || std::pair(Severity::rank(alert.severity), alert.start)
                         > std::pair(Severity::rank(best->severity), best->start))
            best = &alert;
    }
    return best;
}
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : View(parent)
    , m_plot(new TimelinePlot(this))
    , m_alertModel(new AlertListModel(this))
    , m_alertProxy(new AlertFilterProxy(this))
    , m_rangeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timeline"));
    m_alertProxy->setSourceModel(m_alertModel);
    m_rangeTimer->setSingleShot(true);
    m_rangeTimer->setInterval(kRangeSettleMs);
    connect(m_rangeTimer, &QTimer::timeout, this, &TimelineView::requestPanels);
    connect(m_plot, &TimelinePlot::timeRangeChanged, this, [this] { m_rangeTimer->start(); });
    connect(m_plot, &TimelinePlot::alertClicked, this, &TimelineView::selectAlert);
    connect(m_plot, &TimelinePlot::alertActivated, this, &TimelineView::onAlertActivated);
    connect(m_plot, &TimelinePlot::annotateRequested, this, [this](Core::Timestamp at, const QString &host) {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Annotate"),
            tr("Note for %1 at %2 (signed %3):").arg(host.isEmpty() ? tr("the fleet") : host, Format::timestamp(at),
                                                     defaultAuthor()),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            annotate(at, host, text);
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timeline.splitter"));
    splitter->addWidget(m_plot);
    splitter->addWidget(createAlertPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 300}); // the plot first; the list below it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(splitter, 1);
    updateActions();
}

TimelineView::~TimelineView() = default;

ViewDescriptor TimelineView::descriptor()
{
    ViewDescriptor descriptor;
    descriptor.id = QStringLiteral("timeline");
    descriptor.title = tr("Anomalies");
    descriptor.toolTip = tr("Metric series with their anomaly scores, alerts, silences and events on one timeline");
    descriptor.icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    descriptor.factory = [](QWidget *parent) -> View * { return new TimelineView(parent); };
    return descriptor;
}

QWidget *TimelineView::createToolbar()
{
    auto *bar = new QWidget(this);
    m_selectorEdit = new QLineEdit(bar);
    m_selectorEdit->setObjectName(QStringLiteral("timeline.selector"));
    m_selectorEdit->setPlaceholderText(tr("Series selector, e.g. cpu_util_percent{host=\"h1\"}; Enter shows it"));
    m_selectorEdit->setClearButtonEnabled(true);
    auto *completer = new QCompleter(new QStringListModel(m_selectorEdit), m_selectorEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_selectorEdit->setCompleter(completer);
    connect(m_selectorEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_selectorEdit->text().trimmed();
        if (!text.isEmpty())
            showSeries({text}, m_plot->visibleFrom(), m_plot->visibleTo());
    });
    auto *addButton = new QPushButton(tr("Add Panel"), bar);
    addButton->setObjectName(QStringLiteral("timeline.addPanel"));
    addButton->setToolTip(tr("Add the selector as another panel under the ones shown"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        const QString text = m_selectorEdit->text().trimmed();
        if (!text.isEmpty() && !m_selectors.contains(text))
            showSeries(m_selectors + QStringList{text}, m_plot->visibleFrom(), m_plot->visibleTo());
    });

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_selectorEdit, 1);
    layout->addWidget(addButton);
    const std::pair<QString, Core::Timestamp> windows[] = {
        {tr("6 h"), 6 * Core::kHour}, {tr("1 d"), Core::kDay}, {tr("7 d"), 7 * Core::kDay}, {tr("All"), 0}};
    for (const auto &[label, span] : windows) {
        auto *button = new QToolButton(bar);
        button->setText(label);
        button->setToolTip(span ? tr("Show the last %1 of the data").arg(Format::duration(span))
                                : tr("Show all of the data"));
        connect(button, &QToolButton::clicked, this, [this, span = span] { setWindow(span); });
        layout->addWidget(button);
    }

    m_scanButton = new QPushButton(tr("Scan…"), bar);
    m_scanButton->setObjectName(QStringLiteral("timeline.scan"));
    m_scanButton->setToolTip(tr("Backtest thresholds, then score the warehouse's series and store the alerts"));
    connect(m_scanButton, &QPushButton::clicked, this, &TimelineView::startScan);
    layout->addWidget(m_scanButton);

    m_exportButton = new QToolButton(bar);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("Plot as PNG…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("Plot as PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    menu->addAction(tr("Data as CSV…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    m_exportButton->setMenu(menu);
    layout->addWidget(m_exportButton);

    m_statusLabel = new StatusLabel(bar);
    m_statusLabel->setObjectName(QStringLiteral("timeline.status"));
    layout->addWidget(m_statusLabel);
    return bar;
}

QWidget *TimelineView::createAlertPanel()
{
    auto *panel = new QWidget(this);
    m_alertFilter = new QLineEdit(panel);
    m_alertFilter->setObjectName(QStringLiteral("timeline.alertFilter"));
    m_alertFilter->setPlaceholderText(tr("Filter alerts by host, series or comment"));
    m_alertFilter->setClearButtonEnabled(true);
    connect(m_alertFilter, &QLineEdit::textChanged, m_alertProxy, &AlertFilterProxy::setText);

    m_grouping = new QComboBox(panel);
    m_grouping->setObjectName(QStringLiteral("timeline.grouping"));
    m_grouping->addItem(tr("No grouping"), int(AlertListModel::Grouping::None));
    m_grouping->addItem(tr("By incident"), int(AlertListModel::Grouping::Incident));
    m_grouping->addItem(tr("By host"), int(AlertListModel::Grouping::Host));
    m_grouping->addItem(tr("By metric"), int(AlertListModel::Grouping::Metric));
    m_grouping->addItem(tr("By severity"), int(AlertListModel::Grouping::Severity));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 current = currentAlert();
        m_alertModel->setGrouping(AlertListModel::Grouping(m_grouping->currentData().toInt()));
        if (current)
            selectAlert(current);
    });

    m_minimumSeverity = new QComboBox(panel);
    m_minimumSeverity->setObjectName(QStringLiteral("timeline.minimumSeverity"));
    m_minimumSeverity->addItem(tr("All severities"), 0);
    for (const char *severity : {"warning", "error", "critical"})
        m_minimumSeverity->addItem(tr("%1 and worse").arg(Severity::label(QLatin1String(severity))),
                                   Severity::rank(QLatin1String(severity)));
    connect(m_minimumSeverity, &QComboBox::currentIndexChanged, this,
            [this] { m_alertProxy->setMinimumSeverity(m_minimumSeverity->currentData().toInt()); });
    m_showSilenced = new QCheckBox(tr("Silenced"), panel);
    m_showSilenced->setChecked(true);
    connect(m_showSilenced, &QCheckBox::toggled, m_alertProxy, &AlertFilterProxy::setShowSilenced);
    m_onPlotOnly = new QCheckBox(tr("On the plot only"), panel);
    m_onPlotOnly->setObjectName(QStringLiteral("timeline.onPlotOnly"));
    m_onPlotOnly->setToolTip(tr("List only the alerts of the series and the time the plot shows"));
    connect(m_onPlotOnly, &QCheckBox::toggled, this, &TimelineView::updatePlottedFilter);
    m_showAcknowledged = new QCheckBox(tr("Acknowledged"), panel);
    m_showAcknowledged->setChecked(true);
    connect(m_showAcknowledged, &QCheckBox::toggled, m_alertProxy, &AlertFilterProxy::setShowAcknowledged);

    m_alertTree = new QTreeView(panel);
    m_alertTree->setObjectName(QStringLiteral("timeline.alerts"));
    m_alertTree->setModel(m_alertProxy);
    m_alertTree->setSortingEnabled(true);
    m_alertTree->sortByColumn(AlertListModel::StartColumn, Qt::DescendingOrder);
    m_alertTree->setRootIsDecorated(false);
    m_alertTree->setUniformRowHeights(true);
    m_alertTree->setAlternatingRowColors(true);
    m_alertTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alertTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alertTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_alertTree->header()->setStretchLastSection(true);
    m_alertTree->header()->setMinimumSectionSize(60);
    const std::pair<int, int> widths[] = {{AlertListModel::SeverityColumn, 110}, {AlertListModel::StartColumn, 150},
                                          {AlertListModel::DurationColumn, 120}, {AlertListModel::HostColumn, 110},
                                          {AlertListModel::SeriesColumn, 330}, {AlertListModel::PeakColumn, 60},
                                          {AlertListModel::ExplanationColumn, 110}};
    for (const auto &[column, width] : widths)
        m_alertTree->header()->resizeSection(column, width);
    connect(m_alertTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TimelineView::onAlertSelectionChanged);
    connect(m_alertTree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(AlertListModel::EventIdRole).toLongLong())
            onAlertActivated(id);
    });
    connect(m_alertModel, &QAbstractItemModel::modelReset, this,
            [this] { m_alertTree->setRootIsDecorated(m_alertModel->grouping() != AlertListModel::Grouping::None); });
    connect(m_alertProxy, &QAbstractItemModel::modelReset, this, &TimelineView::updateAlertCount);
    connect(m_alertProxy, &QAbstractItemModel::layoutChanged, this, &TimelineView::updateAlertCount);
    connect(m_alertProxy, &QAbstractItemModel::rowsInserted, this, &TimelineView::updateAlertCount);
    connect(m_alertProxy, &QAbstractItemModel::rowsRemoved, this, &TimelineView::updateAlertCount);

    m_acknowledgeButton = new QPushButton(tr("Acknowledge…"), panel);
    m_acknowledgeButton->setObjectName(QStringLiteral("timeline.acknowledge"));
    m_silenceButton = new QPushButton(tr("Silence…"), panel);
    m_silenceButton->setObjectName(QStringLiteral("timeline.silence"));
    m_notAnomalyButton = new QPushButton(tr("Not an Anomaly…"), panel);
    m_notAnomalyButton->setObjectName(QStringLiteral("timeline.notAnomaly"));
    m_notAnomalyButton->setToolTip(tr("Teach the detector: alerts like this one on this series stay quiet"));
    m_logsButton = new QPushButton(tr("Show Log Lines"), panel);
    m_logsButton->setObjectName(QStringLiteral("timeline.showLogs"));
    m_logsButton->setToolTip(tr("Open the log lines behind a log-pattern alert"));
    connect(m_acknowledgeButton, &QPushButton::clicked, this, [this] { runActionDialog(AlertAction::Kind::Acknowledge); });
    connect(m_silenceButton, &QPushButton::clicked, this, [this] { runActionDialog(AlertAction::Kind::Silence); });
    connect(m_notAnomalyButton, &QPushButton::clicked, this, [this] { runActionDialog(AlertAction::Kind::NotAnAnomaly); });
    connect(m_logsButton, &QPushButton::clicked, this, [this] { onAlertActivated(currentAlert()); });
    m_hostButton = new QPushButton(tr("Open Host"), panel);
    m_hostButton->setObjectName(QStringLiteral("timeline.openHost"));
    m_hostButton->setToolTip(tr("Everything about the alert's host: health, peers, events, jobs, logs"));
    connect(m_hostButton, &QPushButton::clicked, this, [this] { openHost(currentAlert()); });
    // The same actions on a right click, where the eye already is.
    m_alertTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_alertTree, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (!m_alertTree->indexAt(position).data(AlertListModel::EventIdRole).toLongLong())
            return;
        QMenu menu(this);
        for (QPushButton *button : {m_hostButton, m_logsButton, m_acknowledgeButton, m_silenceButton, m_notAnomalyButton}) {
            QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
            action->setEnabled(button->isEnabled());
        }
        menu.exec(m_alertTree->viewport()->mapToGlobal(position));
    });
    m_alertCount = new QLabel(panel);
    m_alertCount->setObjectName(QStringLiteral("timeline.alertCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_alertFilter, 1);
    filters->addWidget(m_grouping);
    filters->addWidget(m_minimumSeverity);
    filters->addWidget(m_showSilenced);
    filters->addWidget(m_showAcknowledged);
    filters->addWidget(m_onPlotOnly);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_alertCount, 1);
    actions->addWidget(m_hostButton);
    actions->addWidget(m_logsButton);
    actions->addWidget(m_acknowledgeButton);
    actions->addWidget(m_silenceButton);
    actions->addWidget(m_notAnomalyButton);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(m_alertTree, 1);
    layout->addLayout(actions);
    return panel;
}

void TimelineView::reload()
{
    m_scores.clear();
    m_scoresPending.clear();
    m_panelData = {};
    m_alertsLoaded = false;
    m_panelLoad.cancel();
    m_scoreLoad.cancel();
    if (warehousePath().isEmpty()) {
        m_alertLoad.cancel();
        m_selectors.clear();
        m_alertModel->setAlerts({});
        m_plot->showPanels({});
        setStatus(tr("No warehouse is open."));
        updateActions();
        return;
    }
    loadAlerts();
}

void TimelineView::loadAlerts(qint64 selectAfter)
{
    setStatus(tr("Loading alerts…"));
    const QString path = warehousePath();
    m_alertLoad.start(
        this,
        [path] {
            TimelineStart start;
            start.alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest);
            start.extent = dataExtent(path);
            start.metrics = loadMetricNames(path);
            return start;
        },
        [this, selectAfter](TimelineStart start) {
            m_dataFirst = start.extent.first;
            m_dataLast = start.extent.second;
            if (auto *names = qobject_cast<QStringListModel *>(m_selectorEdit->completer()->model()))
                names->setStringList(start.metrics);
            const bool firstLoad = !m_alertsLoaded;
            showAlertLoad(start.alerts, selectAfter);
            if (!start.alerts.ok || !firstLoad || !m_selectors.isEmpty()) {
                if (!m_selectors.isEmpty())
                    requestPanels();
                return;
            }
            // A first look: the most pressing alert in its context, else a metric.
            if (const AlertRecord *alert = mostPressing(m_alertModel->alerts())) {
                selectAlert(alert->eventId);
            } else if (!start.metrics.isEmpty()) {
                const QString metric = start.metrics.contains(QStringLiteral("cpu_util_percent"))
                    ? QStringLiteral("cpu_util_percent")
                    : start.metrics.front();
                showSeries({metric}, std::max(m_dataFirst, m_dataLast - Core::kDay), m_dataLast + 1);
            }
        });
}

void TimelineView::showAlertLoad(const AlertLoad &load, qint64 selectAfter)
{
    if (!load.ok) {
        setStatus(tr("Cannot read alerts: %1").arg(load.error), true);
        return;
    }
    const qint64 keep = selectAfter ? selectAfter : currentAlert();
    m_alertsLoaded = true;
    m_silences = load.silences;
    m_alertModel->setAlerts(load.alerts);
    m_plot->showAlerts(load.alerts, load.silences);
    updateAlertCount();
    setStatus(QString());
    if (keep)
        selectAlert(keep);
    updateActions();
    Q_EMIT alertsShown();
}

void TimelineView::updatePlottedFilter()
{
    if (!m_onPlotOnly->isChecked()) {
        m_alertProxy->setPlotted(std::nullopt);
        return;
    }
    QSet<QString> series;
    for (const PlotPanel &panel : m_panelData.panels)
        for (const PlotSeries &s : panel.series)
            series.insert(s.name);
    m_alertProxy->setPlotted(std::pair{series, std::pair{m_panelData.from, m_panelData.to}});
}

void TimelineView::updateAlertCount()
{
    const auto &alerts = m_alertModel->alerts();
    if (alerts.empty()) {
        m_alertCount->setText(m_alertsLoaded ? tr("No alerts stored. Scan for anomalies to find them.") : QString());
        return;
    }
    int shown = 0;
    for (int row = 0; row < m_alertProxy->rowCount(); ++row) {
        const QModelIndex index = m_alertProxy->index(row, 0);
        shown += index.data(AlertListModel::IsGroupRole).toBool() ? m_alertProxy->rowCount(index) : 1;
    }
    const qint64 silenced = std::count_if(alerts.begin(), alerts.end(), [](const AlertRecord &a) { return a.isSilenced(); });
    m_alertCount->setText(tr("%1 of %n alert(s) shown, %2 silenced", nullptr, int(alerts.size())).arg(shown).arg(silenced));
}

void TimelineView::showSeries(const QStringList &selectors, Core::Timestamp from, Core::Timestamp to)
{
    m_selectors = selectors;
    if (to <= from) {
        from = m_dataLast > m_dataFirst ? std::max(m_dataFirst, m_dataLast - Core::kDay) : 0;
        to = m_dataLast + 1;
    }
    // Setting the range triggers a (debounced) read; read at once instead.
    const QSignalBlocker blocker(m_plot);
    m_plot->setTimeRange(from, to);
    requestPanels();
}

void TimelineView::setWindow(Core::Timestamp span)
{
    if (m_dataLast <= m_dataFirst)
        return;
    const Core::Timestamp from = span ? std::max(m_dataFirst, m_dataLast - span) : m_dataFirst;
    showSeries(m_selectors, from, m_dataLast + 1);
}

void TimelineView::requestPanels()
{
    m_rangeTimer->stop();
    if (warehousePath().isEmpty() || m_selectors.isEmpty())
        return;
    PanelRequest request;
    request.path = warehousePath();
    request.selectors = m_selectors;
    request.from = m_plot->visibleFrom();
    request.to = m_plot->visibleTo();
    request.buckets = m_plot->plotAreaWidth();
    setStatus(tr("Loading series…"));
    m_panelLoad.start(this, [request] { return loadPanels(request); },
                      [this](PanelData data) { showPanelData(data); });
}

void TimelineView::showPanelData(const PanelData &data)
{
    if (!data.ok) {
        setStatus(data.error, true);
        return;
    }
    m_panelData = data;
    m_plot->showPanels(data);
    m_plot->showScores(m_scores);
    qint64 points = 0;
    for (const PlotPanel &panel : data.panels)
        for (const PlotSeries &series : panel.series)
            points += qint64(series.points.size());
    setStatus(tr("%n series, %1 points drawn", nullptr, int(m_plot->shownSeries().size())).arg(Format::count(points)));
    updatePlottedFilter();
    requestScores();
    Q_EMIT panelsShown();
}

void TimelineView::requestScores()
{
    std::vector<Core::SeriesId> missing;
    for (Core::SeriesId id : m_plot->shownSeries())
        if (!m_scores.count(id) && m_scoresPending.insert(id).second)
            missing.push_back(id);
    if (missing.empty())
        return;
    const QString path = warehousePath();
    m_scoreLoad.start(this, [path, missing] { return loadScores(path, missing); }, [this, missing](ScoreData data) {
        for (Core::SeriesId id : missing)
            m_scoresPending.erase(id);
        if (!data.ok) {
            setStatus(tr("Cannot compute anomaly scores: %1").arg(data.error), true);
            return;
        }
        for (SeriesScores &scores : data.series)
            m_scores[scores.id] = std::move(scores);
        m_plot->showScores(m_scores);
        Q_EMIT scoresShown();
    }, LatestLoad::Deliver::All);
}

void TimelineView::setAlertFilterText(const QString &text)
{
    m_alertFilter->setText(text);
}

qint64 TimelineView::currentAlert() const
{
    return m_alertTree->currentIndex().data(AlertListModel::EventIdRole).toLongLong();
}

void TimelineView::selectAlert(qint64 eventId)
{
    const QModelIndex source = m_alertModel->indexOfAlert(eventId);
    if (!source.isValid())
        return;
    QModelIndex index = m_alertProxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out: clear the filters that hide it rather than ignore the click.
        m_alertFilter->clear();
        m_minimumSeverity->setCurrentIndex(0);
        m_showSilenced->setChecked(true);
        m_showAcknowledged->setChecked(true);
        m_onPlotOnly->setChecked(false);
        index = m_alertProxy->mapFromSource(source);
    }
    if (index.parent().isValid())
        m_alertTree->expand(index.parent());
    m_alertTree->setCurrentIndex(index);
    m_alertTree->scrollTo(index);
}

void TimelineView::onAlertSelectionChanged()
{
    const qint64 id = currentAlert();
    m_plot->setSelectedAlert(id);
    updateActions();
    if (const AlertRecord *alert = m_alertModel->alertById(id))
        focusAlert(*alert);
}

void TimelineView::focusAlert(const AlertRecord &alert)
{
    const auto &shown = m_panelData.panels;
    const bool visible = std::any_of(shown.begin(), shown.end(), [&](const PlotPanel &panel) {
        return std::any_of(panel.series.begin(), panel.series.end(),
                           [&](const PlotSeries &s) { return s.name == alert.series; });
    });
    const Core::Timestamp end = alert.end ? alert.end : alert.start;
    const bool inWindow = alert.start >= m_plot->visibleFrom() && end <= m_plot->visibleTo();
    if (visible && inWindow)
        return;
    QStringList selectors;
    if (visible) {
        selectors = m_selectors;
    } else {
        // The alert and the rest of its incident: related series side by side.
        for (const AlertRecord *related : m_alertModel->related(alert))
            if (!selectors.contains(related->series) && selectors.size() < kMaxIncidentPanels)
                selectors << related->series;
    }
    const Core::Timestamp pad = paddingFor(alert);
    showSeries(selectors, alert.start - pad, end + pad);
}

void TimelineView::onAlertActivated(qint64 eventId)
{
    const AlertRecord *alert = m_alertModel->alertById(eventId);
    if (!alert)
        return;
    const auto key = Core::SeriesKey::fromCanonical(alert->series.toStdString());
    const std::string *templateId = key ? key->label("template") : nullptr;
    if (!templateId)
        return;
    ViewLink link;
    link.view = QStringLiteral("logs");
    link.entity = QString::fromStdString(*templateId);
    link.host = alert->host;
    link.from = alert->start - 5 * Core::kMinute;
    link.to = (alert->end ? alert->end : alert->start) + 5 * Core::kMinute;
    link.eventId = alert->eventId;
    Q_EMIT linkActivated(link);
}

void TimelineView::openHost(qint64 eventId)
{
    const AlertRecord *alert = m_alertModel->alertById(eventId);
    if (!alert || alert->host.isEmpty())
        return;
    ViewLink link;
    link.view = QStringLiteral("host");
    link.host = alert->host;
    // The host judged over the day that ends with the alert.
    link.to = (alert->end ? alert->end : alert->start) + Core::kHour;
    link.from = link.to - Core::kDay;
    link.eventId = alert->eventId;
    Q_EMIT linkActivated(link);
}

bool TimelineView::openLink(const ViewLink &link)
{
    if (link.eventId && m_alertModel->alertById(link.eventId)) {
        selectAlert(link.eventId);
        return true;
    }
    QStringList selectors = link.entity.isEmpty() ? m_selectors : QStringList{link.entity};
    if (link.entity.isEmpty() && !link.host.isEmpty())
        selectors = {QStringLiteral("{host=\"%1\"}").arg(link.host)};
    if (selectors.isEmpty())
        return false;
    showSeries(selectors, link.from, link.to);
    return true;
}

void TimelineView::runActionDialog(AlertAction::Kind kind)
{
    const AlertRecord *alert = m_alertModel->alertById(currentAlert());
    if (!alert)
        return;
    AlertActionDialog dialog(kind, *alert, m_alertModel->alerts(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyAction(dialog.action());
}

void TimelineView::applyAction(const AlertAction &action)
{
    const QString path = warehousePath();
    setStatus(tr("Saving…"));
    m_actionLoad.start(this, [path, action] { return applyAlertAction(path, action); },
                       [this, action](AlertActionResult result) {
                           if (!result.ok) {
                               setStatus(tr("Not saved: %1").arg(result.error), true);
                               Q_EMIT actionFinished(false, result.error);
                               return;
                           }
                           setStatus(tr("Saved."));
                           Q_EMIT actionFinished(true, QString());
                           if (action.kind == AlertAction::Kind::Annotate)
                               requestPanels(); // the new marker
                           else
                               loadAlerts(action.eventId);
                       });
}

void TimelineView::annotate(Core::Timestamp at, const QString &host, const QString &text)
{
    AlertAction action;
    action.kind = AlertAction::Kind::Annotate;
    action.annotation = annotationEvent(at, host, text, defaultAuthor());
    applyAction(action);
}

void TimelineView::startScan()
{
    if (warehousePath().isEmpty())
        return;
    // Another warehouse since: a fresh dialog (a running one finishes on its own file).
    if (m_scanDialog && m_scanDialog->warehousePath() != warehousePath() && !m_scanDialog->isRunning()) {
        delete m_scanDialog;
        m_scanDialog = nullptr;
    }
    if (!m_scanDialog) {
        m_scanDialog = new ScanDialog(warehousePath(), m_dataFirst, m_dataLast, this);
        connect(m_scanDialog, &ScanDialog::finished, this, [this](bool ok, bool stored, const QString &message) {
            setStatus(message, !ok);
            if (stored)
                loadAlerts();
        });
    }
    m_scanDialog->show();
    m_scanDialog->raise();
}

bool TimelineView::exportPng(const QString &path)
{
    return m_plot->exportPng(path);
}

bool TimelineView::exportPdf(const QString &path)
{
    return m_plot->exportPdf(path);
}

bool TimelineView::exportCsv(const QString &path, QString *error)
{
    // Written whole or not at all: a failed export leaves no truncated file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    QString writeError;
    if (!writeTimelineCsv(file, m_panelData, m_scores, &writeError) || !file.commit()) {
        if (error)
            *error = tr("Cannot write '%1': %2").arg(path, writeError.isEmpty() ? file.errorString() : writeError);
        return false;
    }
    return true;
}

void TimelineView::exportWithDialog(const QString &format)
{
    const QString filter = format == QLatin1String("png") ? tr("PNG images (*.png)")
        : format == QLatin1String("pdf")                  ? tr("PDF documents (*.pdf)")
                                                          : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), QStringLiteral("timeline.") + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    QString error;
    const bool ok = format == QLatin1String("png") ? exportPng(path)
        : format == QLatin1String("pdf")           ? exportPdf(path)
                                                   : exportCsv(path, &error);
    if (ok)
        setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        setStatus(error.isEmpty() ? tr("Cannot write '%1'.").arg(path) : error, true);
}

void TimelineView::updateActions()
{
    const AlertRecord *alert = m_alertModel->alertById(currentAlert());
    const bool open = !warehousePath().isEmpty();
    m_acknowledgeButton->setEnabled(alert != nullptr);
    m_silenceButton->setEnabled(alert != nullptr);
    m_notAnomalyButton->setEnabled(alert != nullptr);
    const auto key = alert ? Core::SeriesKey::fromCanonical(alert->series.toStdString()) : std::nullopt;
    m_logsButton->setEnabled(key && key->label("template"));
    m_hostButton->setEnabled(alert && !alert->host.isEmpty());
    m_scanButton->setEnabled(open);
    m_exportButton->setEnabled(open);
}

bool TimelineView::isLoading() const
{
    return m_alertLoad.isRunning() || m_panelLoad.isRunning() || m_scoreLoad.isRunning() || m_actionLoad.isRunning();
}

QString TimelineView::statusText() const
{
    return m_statusLabel->text();
}

void TimelineView::setStatus(const QString &text, bool error)
{
    m_statusLabel->showStatus(text, error);
}

} // namespace Opsight::Views
