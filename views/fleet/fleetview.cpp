// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetview.h"

#include "common/formatting.h"
#include "common/rowtablemodel.h"
#include "common/rowtableview.h"
#include "common/statuslabel.h"
#include "common/workerpool.h"
#include "fleet/fleetmapwidget.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <array>
#include <set>

namespace Opsight::Views {

namespace {
// How far back the slider replays, at most, in hourly steps.
constexpr Core::Timestamp kReplaySpan = 14 * Core::kDay;
// A replay shows each step at least this long.
constexpr int kPlayStepMs = 400;

// Frees a large value on a worker: 100,000 host records or health items take
// the GUI thread tens of milliseconds just to destroy.
template<typename T>
void disposeOnWorker(T &&value)
{
    if (!value.empty())
        workerPool()->start([doomed = std::forward<T>(value)] {});
}

const QString &labelOf(const Core::HostRecord &h, const QString &label)
{
    if (label == QLatin1String("cluster"))
        return h.cluster;
    if (label == QLatin1String("rack"))
        return h.rack;
    if (label == QLatin1String("role"))
        return h.role;
    return h.hardwareModel;
}
} // namespace

FleetView::FleetView(QWidget *parent)
    : View(parent)
    , m_map(new FleetMapWidget(this))
    , m_rankedHosts(new RowTableModel(FleetRankings::hostHeaders(), this))
    , m_rankedRacks(new RowTableModel(FleetRankings::groupHeaders(), this))
    , m_rankedClusters(new RowTableModel(FleetRankings::groupHeaders(), this))
{
    setObjectName(QStringLiteral("fleet"));
    qRegisterMetaType<FleetScope>();

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("fleet.grouping"));
    m_grouping->addItem(tr("Cluster › rack"), int(Grouping::ClusterRack));
    m_grouping->addItem(tr("Role › hardware"), int(Grouping::RoleHardware));
    m_grouping->addItem(tr("Cluster › role"), int(Grouping::ClusterRole));
    connect(m_grouping, &QComboBox::activated, this, [this] { m_map->setGrouping(Grouping(m_grouping->currentData().toInt())); });

    m_colourBy = new QComboBox(this);
    m_colourBy->setObjectName(QStringLiteral("fleet.colourBy"));
    m_colourBy->addItem(tr("Health"), QString());
    m_colourBy->setToolTip(tr("Colour hosts by health, or by a metric's mean over the hour before the chosen time"));
    connect(m_colourBy, &QComboBox::activated, this, [this] { requestState(); });

    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("fleet.window"));
    for (const Core::Timestamp span : {Core::kHour, 6 * Core::kHour, Core::kDay, 7 * Core::kDay})
        m_window->addItem(Format::duration(span), span);
    m_window->setCurrentIndex(2);
    m_window->setToolTip(tr("Judge health, peer outliers and the ranked lists over this window before the chosen time"));
    connect(m_window, &QComboBox::activated, this, [this] { requestState(); });

    m_filterLabel = new QComboBox(this);
    m_filterLabel->setObjectName(QStringLiteral("fleet.filterLabel"));
    m_filterLabel->addItem(tr("All hosts"), QString());
    m_filterLabel->addItem(tr("Cluster"), QStringLiteral("cluster"));
    m_filterLabel->addItem(tr("Rack"), QStringLiteral("rack"));
    m_filterLabel->addItem(tr("Role"), QStringLiteral("role"));
    m_filterLabel->addItem(tr("Hardware"), QStringLiteral("hardware"));
    m_filterValue = new QComboBox(this);
    m_filterValue->setObjectName(QStringLiteral("fleet.filterValue"));
    m_filterValue->setMinimumContentsLength(10);
    connect(m_filterLabel, &QComboBox::activated, this, [this] {
        fillFilterValues();
        applyFilter();
    });
    connect(m_filterValue, &QComboBox::activated, this, [this] { applyFilter(); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fleet.search"));
    m_search->setPlaceholderText(tr("Find hosts by name"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_map->setSearch(text);
        m_status->showStatus(text.isEmpty() ? QString() : tr("%n host(s) match", nullptr, m_map->matchCount()));
    });

    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("fleet.back"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_back->setToolTip(tr("Zoom out one level (Backspace, right-click or wheel down on the map)"));
    connect(m_back, &QToolButton::clicked, this, [this] { m_map->setScope(m_map->layout().zoomedOut()); });
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("fleet.scope"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group:"), this));
    controls->addWidget(m_grouping);
    controls->addWidget(new QLabel(tr("Colour:"), this));
    controls->addWidget(m_colourBy);
    controls->addWidget(new QLabel(tr("Window:"), this));
    controls->addWidget(m_window);
    controls->addWidget(new QLabel(tr("Filter:"), this));
    controls->addWidget(m_filterLabel);
    controls->addWidget(m_filterValue);
    controls->addWidget(m_search, 1);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("fleet.time"));
    m_slider->setToolTip(tr("Replay the fleet hour by hour"));
    m_slider->setEnabled(false);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateTimeLabel();
        requestState();
    });
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("fleet.play"));
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Replay: step the slider forward as each hour is shown"));
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        if (on && m_slider->value() == m_slider->maximum())
            m_slider->setValue(m_slider->minimum());
        else if (on && !m_load.isRunning())
            m_slider->setValue(m_slider->value() + 1);
    });
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("fleet.timeLabel"));
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("fleet.status"));
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("fleet.legend"));

    auto *timeBar = new QHBoxLayout;
    timeBar->addWidget(m_back);
    timeBar->addWidget(m_scope);
    timeBar->addWidget(m_play);
    timeBar->addWidget(m_slider, 1);
    timeBar->addWidget(m_time);
    timeBar->addWidget(m_legend);
    timeBar->addWidget(m_status);

    m_rankTabs = new QTabWidget(this);
    m_rankTabs->setObjectName(QStringLiteral("fleet.rankings"));
    m_rankTabs->addTab(newRankTable(m_rankedHosts, QStringLiteral("fleet.rankedHosts")), tr("Hosts"));
    m_rankTabs->addTab(newRankTable(m_rankedRacks, QStringLiteral("fleet.rankedRacks")), tr("Racks"));
    m_rankTabs->addTab(newRankTable(m_rankedClusters, QStringLiteral("fleet.rankedClusters")), tr("Clusters"));
    m_rankTabs->setToolTip(tr("The least healthy hosts, racks and clusters over the window, worst first"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_map);
    splitter->addWidget(m_rankTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_rankTabs->setMinimumWidth(320);
    splitter->setSizes({1000, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(timeBar);
    layout->addWidget(splitter, 1);

    connect(m_map, &FleetMapWidget::scopeChanged, this, &FleetView::updateScope);
    connect(m_map, &FleetMapWidget::hostActivated, this, [this](int host) {
        const QString name = m_map->hosts()[size_t(host)].name;
        Q_EMIT linkActivated(ViewLink{QStringLiteral("host"), name, name, m_state.at - m_state.request.window, m_state.at, 0});
    });
    fillFilterValues();
    updateScope({});
}

FleetView::~FleetView() = default;

ViewDescriptor FleetView::descriptor()
{
    ViewDescriptor descriptor;
    descriptor.id = QStringLiteral("fleet");
    descriptor.title = tr("Fleet");
    descriptor.toolTip = tr("Every host on one map, coloured by health or a metric, with a replay and the least healthy "
                            "hosts, racks and clusters");
    descriptor.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogListView);
    descriptor.factory = [](QWidget *parent) -> View * { return new FleetView(parent); };
    return descriptor;
}

QTableView *FleetView::newRankTable(RowTableModel *model, const QString &name)
{
    QTableView *table = newRowTable(model, name, this, [this](const ViewLink &link) {
        if (link.view == QLatin1String("fleet"))
            openLink(link); // a group: zoom this map
        else
            Q_EMIT linkActivated(link);
    });
    table->sortByColumn(1, Qt::AscendingOrder); // health: worst first
    return table;
}

void FleetView::reload()
{
    m_load.cancel();
    ++m_shownStates; // lists still to come belong to the old warehouse
    m_pending = false;
    m_hostsShown = false;
    m_end = 0;
    m_state = {};
    m_play->setChecked(false);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, 0);
        m_slider->setEnabled(false);
    }
    m_map->setHosts({});
    m_rankedHosts->setRows({});
    m_rankedRacks->setRows({});
    m_rankedClusters->setRows({});
    updateTimeLabel();
    if (warehousePath().isEmpty()) {
        m_status->showStatus(tr("No warehouse is open."));
        return;
    }
    requestState();
}

Core::Timestamp FleetView::sliderTime() const
{
    if (m_end == 0)
        return 0;
    return m_end - Core::Timestamp(m_slider->maximum() - m_slider->value()) * Core::kHour;
}

FleetRequest FleetView::currentRequest() const
{
    FleetRequest request;
    request.path = warehousePath();
    request.at = sliderTime();
    request.window = m_window->currentData().toLongLong();
    request.metric = m_colourBy->currentData().toString();
    request.knownHosts = m_hostsShown ? m_map->hosts().size() : 0;
    return request;
}

void FleetView::requestState()
{
    if (warehousePath().isEmpty())
        return;
    if (m_load.isRunning()) {
        m_pending = true; // the newest wins once the running one is done
        return;
    }
    const FleetRequest request = currentRequest();
    m_status->showStatus(request.at ? tr("Judging the fleet at %1…").arg(Format::timestamp(request.at))
                                    : tr("Judging the fleet…"));
    // A shared pointer, not the state: a copyable result is COPIED out of its
    // future on the GUI thread (all 100,000 hosts' health).
    m_load.start(this, [request] { return std::make_shared<FleetState>(loadFleetState(request)); },
                 [this](std::shared_ptr<FleetState> state) { showState(state); });
}

void FleetView::showState(const std::shared_ptr<FleetState> &loaded)
{
    QElapsedTimer timer;
    timer.start();
    FleetState &state = *loaded;
    if (m_pending) {
        m_pending = false;
        QTimer::singleShot(0, this, &FleetView::requestState);
    }
    if (!state.ok) {
        m_status->showStatus(state.error, true);
        m_play->setChecked(false);
        return;
    }
    const bool firstState = !m_hostsShown;
    if (!m_hostsShown || !state.hosts.empty()) {
        m_map->setHosts(std::move(state.hosts));
        m_hostsShown = true;
        fillFilterValues();
        if (!m_filterLabel->currentData().toString().isEmpty())
            applyFilter(); // setHosts grouped them all
    }
    if (m_end == 0) {
        // The slider's steps: hourly, back from the end of the data.
        m_end = state.at;
        const Core::Timestamp span = std::min(kReplaySpan, std::max<Core::Timestamp>(state.at - state.firstTime, 0));
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(span / Core::kHour));
        m_slider->setValue(m_slider->maximum());
        m_slider->setEnabled(m_slider->maximum() > 0);
    }
    if (m_colourBy->count() != int(state.metricNames.size()) + 1) {
        const QString current = m_colourBy->currentData().toString();
        const QSignalBlocker blocker(m_colourBy);
        m_colourBy->clear();
        m_colourBy->addItem(tr("Health"), QString());
        for (const std::string &metric : state.metricNames)
            m_colourBy->addItem(QString::fromStdString(metric), QString::fromStdString(metric));
        m_colourBy->setCurrentIndex(std::max(0, m_colourBy->findData(current)));
    }
    const bool byMetric = !state.request.metric.isEmpty();
    disposeOnWorker(byMetric ? m_map->setValues(ColourBy::Metric, std::move(state.metricValues), std::move(state.health),
                                                state.request.metric)
                             : m_map->setValues(ColourBy::Health, std::move(state.scores), std::move(state.health)));
    m_legend->setText(byMetric ? tr("%1: dark %2 … bright %3")
                                     .arg(state.request.metric, QLocale().toString(m_map->colouring().low(), 'g', 3),
                                          QLocale().toString(m_map->colouring().high(), 'g', 3))
                               : tr("health: blue 100 … yellow 80 … orange 70 … red 40"));
    m_lastShowNs = timer.nsecsElapsed();
    // The ranked lists in a later pass of the event loop: at 4K, resetting and
    // repainting them costs as much as the rest of the step, and the GUI thread
    // answers in between.
    auto lists = std::make_shared<std::array<std::vector<RowTableModel::Row>, 3>>();
    (*lists)[0] = std::move(state.rankedHosts);
    (*lists)[1] = std::move(state.rankedRacks);
    (*lists)[2] = std::move(state.rankedClusters);
    m_state = std::move(state);
    updateTimeLabel();
    m_status->showStatus(tr("%1 hosts, %2 peer outliers, judged over %3")
                             .arg(QLocale().toString(qlonglong(m_map->hosts().size())),
                                  QLocale().toString(qlonglong(m_state.outliers)), Format::duration(m_state.request.window)));
    const quint64 shown = ++m_shownStates;
    QTimer::singleShot(0, this, [this, lists, firstState, shown] {
        if (shown != m_shownStates)
            return; // a newer step came first; it fills the lists
        QElapsedTimer timer;
        timer.start();
        m_rankedHosts->setRows(std::move((*lists)[0]));
        m_rankedRacks->setRows(std::move((*lists)[1]));
        m_rankedClusters->setRows(std::move((*lists)[2]));
        if (firstState) {
            // Columns fit their contents once; ResizeToContents would measure every
            // row of every list at every time step.
            for (QTableView *table : m_rankTabs->findChildren<QTableView *>())
                table->resizeColumnsToContents();
        }
        if (m_pendingLink) {
            const ViewLink link = *m_pendingLink;
            m_pendingLink.reset();
            openLink(link);
        }
        m_lastShowNs = std::max(m_lastShowNs, timer.nsecsElapsed());
        Q_EMIT stateShown();
        stepReplay();
    });
}

void FleetView::stepReplay()
{
    if (m_play->isChecked() && !m_pending) {
        if (m_slider->value() < m_slider->maximum())
            QTimer::singleShot(kPlayStepMs, this, [this] {
                if (m_play->isChecked())
                    m_slider->setValue(m_slider->value() + 1);
            });
        else
            m_play->setChecked(false);
    }
}

void FleetView::updateTimeLabel()
{
    const Core::Timestamp wanted = sliderTime();
    if (wanted == 0 && m_state.at == 0) {
        m_time->clear();
        return;
    }
    m_time->setText(wanted && wanted != m_state.at ? tr("%1 (showing %2)").arg(Format::timestamp(wanted), Format::timestamp(m_state.at))
                                                   : Format::timestamp(m_state.at));
}

void FleetView::updateScope(const FleetScope &scope)
{
    m_scope->setText(m_map->scopeTitle());
    m_back->setEnabled(!scope.isFleet());
}

void FleetView::fillFilterValues()
{
    const QString label = m_filterLabel->currentData().toString();
    const QString current = m_filterValue->currentText();
    m_filterValue->clear();
    m_filterValue->setEnabled(!label.isEmpty());
    if (label.isEmpty())
        return;
    std::set<QString> values;
    for (const Core::HostRecord &h : m_map->hosts())
        values.insert(labelOf(h, label));
    for (const QString &v : values)
        m_filterValue->addItem(v.isEmpty() ? tr("(none)") : v, v);
    m_filterValue->setCurrentIndex(std::max(0, m_filterValue->findText(current)));
}

void FleetView::applyFilter()
{
    const QString label = m_filterLabel->currentData().toString();
    if (label.isEmpty() || m_filterValue->currentIndex() < 0) {
        m_map->setFilter({});
        return;
    }
    const QString value = m_filterValue->currentData().toString();
    std::vector<bool> keep(m_map->hosts().size());
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = labelOf(m_map->hosts()[i], label) == value;
    m_map->setFilter(std::move(keep));
}

bool FleetView::openLink(const ViewLink &link)
{
    if (!m_hostsShown) {
        m_pendingLink = link;
        return true;
    }
    const QString entity = link.entity;
    const auto zoomInto = [this](Grouping grouping, const QString &name, bool inner) {
        if (m_map->hierarchy().grouping != grouping || !m_map->hierarchy().hostCount) {
            setLabelFilter({}, {});
            setGrouping(int(grouping));
        }
        const FleetHierarchy &h = m_map->hierarchy();
        const int index = inner ? h.findInner(name) : h.findOuter(name);
        if (index < 0)
            return false;
        m_map->setScope(inner ? FleetScope{h.inners[size_t(index)].outer, index} : FleetScope{index, -1});
        return true;
    };
    if (entity.startsWith(QLatin1String("cluster:")))
        return zoomInto(Grouping::ClusterRack, entity.mid(8), false);
    if (entity.startsWith(QLatin1String("rack:")))
        return zoomInto(Grouping::ClusterRack, entity.mid(5), true);
    if (entity.startsWith(QLatin1String("role:")))
        return zoomInto(Grouping::RoleHardware, entity.mid(5), false);
    const QString host = link.host.isEmpty() ? entity : link.host;
    if (host.isEmpty())
        return false;
    const auto &hosts = m_map->hosts();
    const auto it = std::find_if(hosts.begin(), hosts.end(), [&host](const Core::HostRecord &h) { return h.name == host; });
    if (it == hosts.end())
        return false;
    setLabelFilter({}, {});
    m_search->setText(host);
    const int index = int(it - hosts.begin());
    const FleetHierarchy &h = m_map->hierarchy();
    if (const int inner = h.innerOf[size_t(index)]; inner >= 0)
        m_map->setScope({h.inners[size_t(inner)].outer, inner});
    return true;
}

void FleetView::showTime(Core::Timestamp at)
{
    if (m_end == 0 || at <= 0) {
        m_slider->setValue(m_slider->maximum());
        return;
    }
    const qint64 back = (m_end - at + Core::kHour - 1) / Core::kHour;
    m_slider->setValue(std::clamp(m_slider->maximum() - int(back), m_slider->minimum(), m_slider->maximum()));
}

void FleetView::setColourBy(const QString &metric)
{
    const int index = m_colourBy->findData(metric);
    if (index < 0) {
        // Not among the warehouse's metrics (yet): the load says so.
        m_colourBy->addItem(metric, metric);
        m_colourBy->setCurrentIndex(m_colourBy->count() - 1);
    } else {
        m_colourBy->setCurrentIndex(index);
    }
    requestState();
}

void FleetView::setWindow(Core::Timestamp window)
{
    const int index = m_window->findData(window);
    if (index < 0) {
        m_window->addItem(Format::duration(window), window);
        m_window->setCurrentIndex(m_window->count() - 1);
    } else {
        m_window->setCurrentIndex(index);
    }
    requestState();
}

void FleetView::setGrouping(int grouping)
{
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(grouping)));
    m_map->setGrouping(Grouping(grouping));
}

void FleetView::setLabelFilter(const QString &label, const QString &value)
{
    m_filterLabel->setCurrentIndex(std::max(0, m_filterLabel->findData(label)));
    fillFilterValues();
    if (!label.isEmpty())
        m_filterValue->setCurrentIndex(m_filterValue->findData(value));
    applyFilter();
}

void FleetView::setSearch(const QString &text)
{
    m_search->setText(text);
}

QString FleetView::statusText() const
{
    return m_status->fullText();
}

} // namespace Opsight::Views
