// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "alertactiondialog.h"
#include "alertpanel.h"
#include "incidentpanels.h"
#include "anomaly/alertscan.h"
#include "common/formatting.h"
#include "common/jobboundary.h"
#include "common/severity.h"
#include "common/statuslabel.h"
#include "common/warehousewatch.h"
#include "timelineexport.h"
#include "scandialog.h"
#include "silencepanel.h"
#include "timelineplot.h"
#include "warehouse/warehouse.h"

#include <QApplication>
#include <QBuffer>
#include <QCompleter>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace Opsight::Views {

namespace {
constexpr int kMaxIncidentPanels = 6;
constexpr int kRangeSettleMs = 120; // wheel zoom sends bursts; read once it settles

// Where an alert's anomaly began: a stall fires hours after the value stood still.
Core::Timestamp anomalyStart(const AlertRecord &alert)
{
    return alert.anomalySince ? std::min(alert.anomalySince, alert.start) : alert.start;
}

// How much context to show around an alert: enough to see what normal looked like.
Core::Timestamp paddingFor(const AlertRecord &alert)
{
    const Core::Timestamp length = std::max<Core::Timestamp>(alert.end - anomalyStart(alert), 0);
    return std::max<Core::Timestamp>(6 * Core::kHour, 3 * length);
}

// The alert an operator most likely opens the page for: the most severe, latest.
const AlertRecord *mostPressing(const std::vector<AlertRecord> &alerts)
{
    // What nobody has looked at yet comes first; a host's part of a fleet-wide
    // episode is not listed unless asked for, and the episode's alert stands for it.
    const AlertRecord *best = nullptr;
    auto rank = [](const AlertRecord &a) { return std::tuple(!a.isAcknowledged(), Severity::rank(a.severity), a.start); };
    for (const AlertRecord &alert : alerts) {
        if (alert.isSilenced() || alert.fleetWide)
            continue;
        if (!best || rank(alert) > rank(*best))
            best = &alert;
    }
    return best;
}
// A warning that does not block: reads and actions go on while it is open.
void openWarning(QWidget *parent, const QString &name, const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(name);
    box->open();
}
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : View(parent)
    , m_rangeTimer(new QTimer(this))
    , m_resizeTimer(new QTimer(this))
    , m_watch(new WarehouseWatch(this))
{
    setObjectName(QStringLiteral("timeline"));
    // The toolbar first: Tab goes from the page's list of pages to the selector
    // and the windows, then the plot, then the alert list (widgets take their
    // place in the focus chain as they are made).
    QWidget *toolbar = createToolbar();
    m_plot = new TimelinePlot(this);
    m_alerts = new AlertPanel(this);
    connect(m_alerts, &AlertPanel::currentAlertChanged, this, [this](qint64 id) {
        m_plot->setSelectedAlert(id);
        // A reload keeps the selection; it must not take the plot from what the
        // operator is looking at (a rule's series after ending it, say).
        if (const AlertRecord *alert = alertModel()->alertById(id); alert && !m_reloadingAlerts)
            focusAlert(*alert);
    });
    connect(m_alerts, &AlertPanel::actionRequested, this, [this](AlertAction::Kind kind) { runActionDialog(kind); });
    connect(m_alerts, &AlertPanel::logLinesRequested, this, &TimelineView::onAlertActivated);
    connect(m_alerts, &AlertPanel::hostRequested, this, &TimelineView::openHost);
    m_silencePanel = new SilencePanel(this);
    connect(m_silencePanel, &SilencePanel::endRequested, this, &TimelineView::endSilence);
    connect(m_silencePanel, &SilencePanel::showRequested, this, &TimelineView::showSilence);
    connect(m_silencePanel, &SilencePanel::newRuleRequested, this, &TimelineView::planRule);
    m_rangeTimer->setSingleShot(true);
    m_rangeTimer->setInterval(kRangeSettleMs);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(kRangeSettleMs);
    connect(m_rangeTimer, &QTimer::timeout, this, &TimelineView::requestPanels);
    // A silence or a scan stored from the CLI shows without an F5; the plot stays.
    // Hidden (another page shown, an import writing for minutes), the view reads
    // once it is shown again rather than every few seconds meanwhile.
    connect(m_watch, &WarehouseWatch::changed, this, [this] {
        if (!isVisible())
            m_changedWhileHidden = true;
        else if (m_alertsLoaded && !m_alertLoad.isRunning())
            loadAlerts();
    });
    connect(m_plot, &TimelinePlot::timeRangeChanged, this, [this] { m_rangeTimer->start(); });
    // A read is about one point per pixel: read again once the plot has settled at
    // a width far from the one read for (the first read can come while the page is
    // hidden; a maximised window has twice the pixels).
    connect(m_plot, &TimelinePlot::resized, this, [this] { m_resizeTimer->start(); });
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (!m_selectors.isEmpty() && std::abs(m_plot->plotAreaWidth() - m_readWidth) > m_readWidth / 10)
            requestPanels();
    });
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
    // The rules beside the alerts they mute: ending one is where its effect shows.
    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("timeline.lists"));
    m_lists->setDocumentMode(true);
    m_lists->addTab(m_alerts, tr("Alerts"));
    m_lists->addTab(m_silencePanel, tr("Silences"));
    connect(m_silencePanel, &SilencePanel::inForceCountChanged, this, [this](int count) {
        m_lists->setTabText(m_lists->indexOf(m_silencePanel), tr("Silences (%1 in force)").arg(Format::count(count)));
    });
    splitter->addWidget(m_plot);
    splitter->addWidget(m_lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 300}); // the plot first; the list below it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
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

void TimelineView::showEvent(QShowEvent *event)
{
    View::showEvent(event);
    if (std::exchange(m_changedWhileHidden, false) && m_alertsLoaded && !m_alertLoad.isRunning())
        loadAlerts();
}

void TimelineView::reload()
{
    m_scores.clear();
    m_scoresPending.clear();
    m_panelData = {};
    m_alertsLoaded = false;
    m_panelLoad.cancel();
    m_scoreLoad.cancel();
    // Another warehouse: its own first look, not the last one's series and times.
    if (warehousePath() != m_shownPath) {
        m_selectors.clear();
        m_shownPath = warehousePath();
        // A scan dialog left open would scan and store into the warehouse it was
        // opened on; a running one finishes there and reports as it does.
        if (m_scanDialog && !m_scanDialog->isRunning()) {
            m_scanDialog->close();
            m_scanDialog->deleteLater();
            m_scanDialog = nullptr;
        }
    }
    if (warehousePath().isEmpty()) {
        m_watch->setPath({});
        m_alertLoad.cancel();
        m_selectors.clear();
        alertModel()->setAlerts({});
        m_silencePanel->setSilences({}, {}, 0);
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
    if (m_watch->path() != path)
        m_watch->setPath(path);
    m_watch->markSeen(); // what this read will show
    m_alertLoad.start(
        this,
        [path] { return loadTimelineStart(path); },
        [this, selectAfter](TimelineStart start) {
            m_dataFirst = start.extent.first;
            m_dataLast = start.extent.second;
            m_fireThreshold = start.fireThreshold;
            m_plot->setFireThreshold(start.fireThreshold);
            if (auto *names = qobject_cast<QStringListModel *>(m_selectorEdit->completer()->model()))
                names->setStringList(start.metrics);
            const bool firstLoad = !m_alertsLoaded;
            showAlertLoad(start.alerts, selectAfter);
            if (!start.alerts.ok || !firstLoad || !m_selectors.isEmpty()) {
                if (!m_selectors.isEmpty())
                    requestPanels();
                else
                    m_savedNotice.clear();
                return;
            }
            // A first look: the most pressing alert in its context, else a metric.
            if (const AlertRecord *alert = mostPressing(alertModel()->alerts())) {
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
    m_plot->showAlerts(load.alerts, load.silences, load.placements);
    m_alerts->setLoaded(true);
    m_reloadingAlerts = true;
    m_alerts->setAlerts(load.alerts, keep);
    m_reloadingAlerts = false;
    m_silencePanel->setSilences(load.silences, load.alerts, QDateTime::currentMSecsSinceEpoch(), load.matchedSeries);
    // The rule just saved is the one the Silences tab shows selected, even when it
    // ended before it was saved (started at an old alert): hidden there as ended,
    // it looked as if the save had done nothing (rev14).
    if (const Core::Silence *saved = m_silencePanel->model()->silenceById(m_newRule)) {
        if (m_silencePanel->model()->state(*saved) == SilenceListModel::State::Ended)
            m_silencePanel->setShowEnded(true);
        m_silencePanel->selectSilence(m_newRule);
    }
    // A silence that matches no series is most likely a typo: say so at once, not
    // only in the Silences tab.
    if (const auto matched = load.matchedSeries.find(std::exchange(m_newRule, 0));
        matched != load.matchedSeries.end() && matched->second == 0) {
        const QString matcher = m_silencePanel->model()->silenceById(matched->first)->matcher;
        openWarning(this, QStringLiteral("timeline.ghostSilence"), tr("Rule Matches Nothing"),
                    tr("Rule %1 is saved, but no series matches %2: it mutes nothing.").arg(matched->first).arg(matcher),
                    tr("A typo, or a host that is not in this warehouse? End or withdraw it in the Silences tab."));
    }
    setStatus(m_savedNotice); // kept through the panels' reread that follows
    updateActions();
    Q_EMIT alertsShown();
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
    m_readWidth = request.buckets;
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
    const QString drawn = tr("%n series, %1 points drawn", nullptr, int(m_plot->shownSeries().size())).arg(Format::count(points));
    setStatus(m_savedNotice.isEmpty() ? drawn : std::exchange(m_savedNotice, QString()));
    QSet<QString> plotted;
    for (const PlotPanel &panel : data.panels)
        for (const PlotSeries &series : panel.series)
            plotted.insert(series.name);
    m_alerts->setPlotted(plotted, data.from, data.to);
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
    m_alerts->setFilterText(text);
}

AlertListModel *TimelineView::alertModel() const
{
    return m_alerts->model();
}

AlertFilterProxy *TimelineView::alertProxy() const
{
    return m_alerts->proxy();
}

qint64 TimelineView::currentAlert() const
{
    return m_alerts->currentAlert();
}

void TimelineView::selectAlert(qint64 eventId)
{
    m_lists->setCurrentWidget(m_alerts);
    m_alerts->selectAlert(eventId);
}

void TimelineView::focusAlert(const AlertRecord &alert)
{
    const auto &shown = m_panelData.panels;
    const bool visible = std::any_of(shown.begin(), shown.end(), [&](const PlotPanel &panel) {
        return std::any_of(panel.series.begin(), panel.series.end(),
                           [&](const PlotSeries &s) { return s.name == alert.series; });
    });
    const Core::Timestamp start = anomalyStart(alert);
    const Core::Timestamp end = alert.end ? alert.end : alert.start;
    const bool inWindow = start >= m_plot->visibleFrom() && end <= m_plot->visibleTo();
    if (visible && inWindow)
        return;
    QStringList selectors;
    if (visible) {
        selectors = m_selectors;
    } else {
        // The alert and the rest of its incident: related series side by side.
        selectors = incidentSelectors(alertModel()->related(alert), kMaxIncidentPanels, PanelRequest{}.maxSeriesPerPanel);
    }
    // Context on each side, within the data: a held alert of days pads by weeks.
    const Core::Timestamp pad = paddingFor(alert);
    const bool known = m_dataLast > m_dataFirst;
    showSeries(selectors, known ? std::max(m_dataFirst, start - pad) : start - pad,
               known ? std::min(m_dataLast + 1, end + pad) : end + pad);
}

void TimelineView::onAlertActivated(qint64 eventId)
{
    const AlertRecord *alert = alertModel()->alertById(eventId);
    if (!alert)
        return;
    const auto key = Core::SeriesKey::fromCanonical(alert->series.toStdString());
    const std::string *templateId = key ? key->label("template") : nullptr;
    if (!templateId)
        return;
    ViewLink link;
    link.view = QStringLiteral("logs");
    link.entity = alert->series; // the template family's count series names it
    link.host = alert->host;
    link.from = alert->start - 5 * Core::kMinute;
    link.to = (alert->end ? alert->end : alert->start) + 5 * Core::kMinute;
    link.eventId = alert->eventId;
    Q_EMIT linkActivated(link);
}

void TimelineView::openHost(qint64 eventId)
{
    const AlertRecord *alert = alertModel()->alertById(eventId);
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
    if (link.eventId && alertModel()->alertById(link.eventId)) {
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
    const std::vector<qint64> group = m_alerts->currentGroup();
    const AlertRecord *alert = alertModel()->alertById(group.empty() ? currentAlert() : group.front());
    if (!alert)
        return;
    AlertActionDialog dialog(kind, *alert, alertModel()->alerts(), this);
    if (group.size() > 1)
        dialog.acknowledgeTogether({group.begin() + 1, group.end()});
    if (dialog.exec() == QDialog::Accepted)
        applyAction(dialog.action());
}

void TimelineView::planRule()
{
    if (warehousePath().isEmpty())
        return;
    AlertActionDialog dialog(AlertAction::Kind::Silence, AlertRecord{}, alertModel()->alerts(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyAction(dialog.action());
}

void TimelineView::applyAction(const AlertAction &action)
{
    const QString path = warehousePath();
    setStatus(tr("Saving…"));
    // Every action's outcome is reported, not only the newest one's: a refusal must
    // not vanish because another action was saved meanwhile.
    m_actionLoad.start(
        this, [path, action] { return applyAlertAction(path, action); },
        [this, action](AlertActionResult result) {
            if (!result.ok) {
                setStatus(tr("Not saved: %1").arg(result.error), true);
                // The whole reason, not an elided status: the operator asked for this write.
                openWarning(this, QStringLiteral("timeline.notSaved"), tr("Not Saved"), tr("Not saved."), result.error);
                Q_EMIT actionFinished(false, result.error);
                return;
            }
            setStatus(tr("Saved."));
            Q_EMIT actionFinished(true, QString());
            if (action.kind == AlertAction::Kind::Annotate) {
                requestPanels(); // the new marker
                return;
            }
            // Said once the list shows it, rather than wiped by the reload.
            m_savedNotice = savedNotice(action);
            if (action.kind == AlertAction::Kind::Silence || action.kind == AlertAction::Kind::NotAnAnomaly)
                m_newRule = result.ruleId; // the reload shows it, and says whether it matches anything
            // The selection stays on an alert acted on, the first of a group's the
            // list shows (a reload keeps the filters: AlertPanel::setAlerts).
            std::vector<qint64> actedOn{action.eventId};
            actedOn.insert(actedOn.end(), action.together.begin(), action.together.end());
            const auto listed = std::find_if(actedOn.begin(), actedOn.end(), [this](qint64 id) { return m_alerts->isListed(id); });
            loadAlerts(listed == actedOn.end() ? action.eventId : *listed);
        },
        LatestLoad::Deliver::All);
}

QString TimelineView::savedNotice(const AlertAction &action) const
{
    switch (action.kind) {
    case AlertAction::Kind::Acknowledge:
        return tr("Acknowledged %n alert(s).", nullptr, int(action.together.size()) + 1);
    case AlertAction::Kind::Silence:
        return action.rule.kind == Core::Silence::Kind::Maintenance
            ? tr("Maintenance window saved for %1, %2 to %3.")
                  .arg(action.rule.matcher, Format::timestamp(action.rule.startsAt), Format::timestamp(action.rule.endsAt))
            : tr("Silence saved for %1.").arg(action.rule.matcher);
    case AlertAction::Kind::NotAnAnomaly:
        return tr("Feedback saved: alerts like this one on %1 stay quiet.").arg(action.rule.matcher);
    case AlertAction::Kind::EndSilence: {
        const Core::Silence *rule = m_silencePanel->model()->silenceById(action.silenceId);
        return rule && action.silenceEndsAt <= rule->startsAt
            ? tr("Rule %1 withdrawn: the alerts it muted show again.").arg(action.silenceId)
            : tr("Rule %1 ended: alerts from now on fire again.").arg(action.silenceId);
    }
    case AlertAction::Kind::Annotate: break;
    }
    return tr("Saved.");
}

void TimelineView::endSilence(qint64 id, bool withdraw)
{
    const Core::Silence *rule = m_silencePanel->model()->silenceById(id);
    if (!rule)
        return;
    AlertAction action;
    action.kind = AlertAction::Kind::EndSilence;
    action.silenceId = id;
    action.silenceEndsAt = withdraw ? rule->startsAt : QDateTime::currentMSecsSinceEpoch();
    applyAction(action);
}

void TimelineView::showSilence(qint64 id)
{
    const Core::Silence *rule = m_silencePanel->model()->silenceById(id);
    if (!rule || m_dataLast <= m_dataFirst)
        return;
    // The alerts it mutes, side by side as an incident's are: a host-wide or
    // metric-wide rule matches more series than a plot shows, and the first few
    // of them are seldom the ones that matter.
    std::vector<const AlertRecord *> muted;
    for (const AlertRecord &alert : alertModel()->alerts())
        if (alert.silencedBy == id)
            muted.push_back(&alert);
    if (!muted.empty()) {
        const MutedAlertsView shown = mutedAlertsView(muted, kMaxIncidentPanels, PanelRequest{}.maxSeriesPerPanel);
        if (shown.shown < shown.series)
            m_savedNotice = tr("Rule %1 mutes alerts on %2 series; the plot shows %3 of them.")
                                .arg(id)
                                .arg(Format::count(shown.series), Format::count(shown.shown));
        showSeries(shown.selectors, std::max(m_dataFirst, shown.from), std::min(m_dataLast + 1, shown.to));
        return;
    }
    // Nothing muted: what it matches over the time it covers, within the data.
    if (rule->endsAt <= rule->startsAt)
        m_savedNotice = tr("Rule %1 was withdrawn and covers no time: shown is what it matches around %2.")
                            .arg(id)
                            .arg(Format::timestamp(rule->startsAt));
    else if (rule->startsAt > m_dataLast || rule->endsAt <= m_dataFirst)
        m_savedNotice = (rule->startsAt > m_dataLast
                             ? tr("Rule %1 covers no time of the data (%2 to %3): shown are its series at the data's end.")
                             : tr("Rule %1 covers no time of the data (%2 to %3): shown are its series at the data's start."))
                            .arg(id)
                            .arg(Format::timestamp(rule->startsAt), Format::timestamp(rule->endsAt));
    const Core::Timestamp from = std::clamp(rule->startsAt, m_dataFirst, m_dataLast);
    const Core::Timestamp to = std::clamp(std::max(rule->endsAt, rule->startsAt + 1), from + 1, m_dataLast + 1);
    const Core::Timestamp pad = std::max<Core::Timestamp>(Core::kHour, (to - from) / 4);
    showSeries({rule->matcher}, std::max(m_dataFirst, from - pad), std::min(m_dataLast + 1, to + pad));
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
        m_scanDialog->setFireThreshold(m_fireThreshold);
        connect(m_scanDialog, &ScanDialog::finished, this, [this](bool ok, bool stored, const QString &message) {
            setStatus(message, !ok);
            if (stored) {
                m_savedNotice = message; // said again once the list shows the alerts, not wiped by the reload
                loadAlerts();
            }
        });
    }
    m_scanDialog->show();
    m_scanDialog->raise();
}

bool TimelineView::exportPng(const QString &path, QString *error)
{
    return m_plot->exportPng(path, error);
}

bool TimelineView::exportPdf(const QString &path, QString *error)
{
    return m_plot->exportPdf(path, error);
}

bool TimelineView::exportCsv(const QString &path, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeTimelineCsv(buffer, m_panelData, m_scores); // into memory: cannot fail
    return saveWhole(path, bytes, error);
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
    const bool ok = format == QLatin1String("png") ? exportPng(path, &error)
        : format == QLatin1String("pdf")           ? exportPdf(path, &error)
                                                   : exportCsv(path, &error);
    if (ok)
        setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    else
        setStatus(error.isEmpty() ? tr("Cannot write '%1'.").arg(path) : error, true);
}

void TimelineView::updateActions()
{
    const bool open = !warehousePath().isEmpty();
    m_scanButton->setEnabled(open);
    m_exportButton->setEnabled(open);
}

bool TimelineView::isLoading() const
{
    return m_alertLoad.isRunning() || m_panelLoad.isRunning() || m_scoreLoad.isRunning() || m_actionLoad.isRunning();
}

QString TimelineView::statusText() const
{
    return m_statusLabel->fullText();
}

void TimelineView::setStatus(const QString &text, bool error)
{
    m_statusLabel->showStatus(text, error);
}

} // namespace Opsight::Views
