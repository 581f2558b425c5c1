// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostview.h"

#include "common/error.h"
#include "common/formatting.h"
#include "common/jobboundary.h"
#include "common/rowtablemodel.h"
#include "common/rowtableview.h"
#include "common/severity.h"
#include "common/statuslabel.h"
#include "fleet/fleetscan.h"
#include "timeline/timelineview.h"
#include "warehouse/dimensionreader.h"
#include "warehouse/warehouse.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Opsight::Views {

namespace {
// What an operator needs to see around a host by default: its last day.
constexpr Core::Timestamp kDefaultWindow = Core::kDay;

QColor healthColor(double score)
{
    return Severity::color(score < 40   ? QStringLiteral("critical")
                           : score < 70 ? QStringLiteral("error")
                           : score < 90 ? QStringLiteral("warning")
                                        : QStringLiteral("info"));
}

QString signedSigma(double z)
{
    return QStringLiteral("%1%2σ").arg(z >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(z, 'f', 1));
}
} // namespace

struct HostView::Load
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QStringList hosts;
    Core::HostDetail detail;
};

HostView::HostView(QWidget *parent)
    : View(parent)
    , m_timeline(new TimelineView(this))
    , m_events(new RowTableModel({tr("Time (UTC)"), tr("Duration"), tr("Kind"), tr("Severity"), tr("Title")}, this))
    , m_runs(new RowTableModel({tr("Job"), tr("Task"), tr("Instance"), tr("Status"), tr("Start (UTC)"), tr("Duration"),
                                tr("CPU (cores)"), tr("Memory (GiB)"), tr("Job status")},
                               this))
    , m_templates(new RowTableModel({tr("Source"), tr("Template"), tr("Lines"), tr("First (UTC)"), tr("Last (UTC)")}, this))
    , m_peers(new RowTableModel({tr("Metric"), tr("This host"), tr("Group median"), tr("Deviation"), tr("Reading")}, this))
{
    setObjectName(QStringLiteral("host"));
    m_hostPicker = new QComboBox(this);
    m_hostPicker->setObjectName(QStringLiteral("host.picker"));
    m_hostPicker->setEditable(true);
    m_hostPicker->setInsertPolicy(QComboBox::NoInsert);
    m_hostPicker->setMinimumContentsLength(24);
    m_hostPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_hostPicker->completer()->setFilterMode(Qt::MatchContains);
    connect(m_hostPicker, &QComboBox::activated, this,
            [this](int index) { showHost(m_hostPicker->itemText(index), m_from, m_to); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Host:"), this));
    bar->addWidget(m_hostPicker);
    const std::pair<QString, Core::Timestamp> windows[] = {{tr("1 d"), Core::kDay}, {tr("7 d"), 7 * Core::kDay}};
    for (const auto &[label, span] : windows) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setToolTip(tr("Judge the host over the %1 before the end of the window").arg(Format::duration(span)));
        connect(button, &QToolButton::clicked, this, [this, span = span] {
            if (!m_host.isEmpty() && m_to > 0)
                showHost(m_host, m_to - span, m_to);
        });
        bar->addWidget(button);
    }
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("host.status"));
    bar->addWidget(m_status, 1);

    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("host.identity"));
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("host.health"));
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_peerSummary = new QLabel(this);
    m_peerSummary->setObjectName(QStringLiteral("host.peerSummary"));
    m_peerSummary->setWordWrap(true);
    m_peerSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("host.tabs"));
    m_tabs->addTab(m_timeline, tr("Metrics and Alerts"));
    const auto emitLink = [this](const ViewLink &link) { Q_EMIT linkActivated(link); };
    m_tabs->addTab(newRowTable(m_events, QStringLiteral("host.events"), this, emitLink), tr("Events"));
    m_tabs->addTab(newRowTable(m_runs, QStringLiteral("host.runs"), this, emitLink), tr("Jobs"));
    m_tabs->addTab(newRowTable(m_templates, QStringLiteral("host.templates"), this, emitLink), tr("Log Templates"));
    m_tabs->addTab(newRowTable(m_peers, QStringLiteral("host.peers"), this, emitLink), tr("Peers"));
    // The embedded timeline's links (to log lines) go where any view's go.
    connect(m_timeline, &View::linkActivated, this, &View::linkActivated);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_identity);
    layout->addWidget(m_health);
    layout->addWidget(m_peerSummary);
    layout->addWidget(m_tabs, 1);
}

HostView::~HostView() = default;

ViewDescriptor HostView::descriptor()
{
    ViewDescriptor descriptor;
    descriptor.id = QStringLiteral("host");
    descriptor.title = tr("Host");
    descriptor.toolTip = tr("One host: health and why, peers, metrics and alerts, events, jobs and log templates");
    descriptor.icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    descriptor.factory = [](QWidget *parent) -> View * { return new HostView(parent); };
    return descriptor;
}

void HostView::reload()
{
    m_detail = {};
    if (warehousePath().isEmpty()) {
        m_load.cancel();
        m_host.clear();
        m_hostPicker->clear();
        fillTables();
        showHeader();
        setStatus(tr("No warehouse is open."));
        return;
    }
    m_timeline->setWarehouse(warehousePath());
    load();
}

bool HostView::openLink(const ViewLink &link)
{
    const QString host = link.host.isEmpty() ? link.entity : link.host;
    if (host.isEmpty())
        return false;
    showHost(host, link.from, link.to);
    return true;
}

void HostView::showHost(const QString &host, Core::Timestamp from, Core::Timestamp to)
{
    m_host = host;
    m_from = from;
    m_to = to;
    load();
}

void HostView::load()
{
    if (warehousePath().isEmpty())
        return;
    setStatus(m_host.isEmpty() ? tr("Finding the least healthy host…") : tr("Loading %1…").arg(m_host));
    const QString path = warehousePath();
    const QString host = m_host;
    const Core::Timestamp from = m_from, to = m_to;
    m_load.start(this, [path, host, from, to] {
        Load load;
        Core::runAtJobBoundary(load, [&] {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
            for (const Core::HostRecord &h : Core::DimensionReader(warehouse->db()).hosts())
                load.hosts.append(h.name);
            // Offline analysis has no "now": judge at the end of the data.
            const Core::Timestamp end = to > from ? to : warehouse->summary().lastTime + 1;
            const Core::Timestamp start = to > from ? from : end - kDefaultWindow;
            QString name = host;
            if (name.isEmpty()) {
                const Core::FleetSnapshot fleet = Core::readFleetAt(*warehouse, end, end - start);
                if (!fleet.health.empty())
                    name = QString::fromStdString(fleet.health.front().host);
                else if (!load.hosts.isEmpty())
                    name = load.hosts.front();
            }
            if (name.isEmpty())
                throw Core::Error(HostView::tr("The warehouse has no hosts."));
            load.detail = Core::readHostDetail(*warehouse, name, start, end);
        });
        return load;
    }, [this](Load load) { showLoad(load); });
}

void HostView::showLoad(const Load &load)
{
    if (!load.ok) {
        setStatus(load.error, true);
        return;
    }
    m_detail = load.detail;
    m_host = m_detail.host.name;
    m_from = m_detail.from;
    m_to = m_detail.to;
    {
        const QSignalBlocker blocker(m_hostPicker);
        if (m_hostPicker->count() != load.hosts.size()) {
            m_hostPicker->clear();
            m_hostPicker->addItems(load.hosts);
        }
        m_hostPicker->setCurrentText(m_host);
    }
    showHeader();
    fillTables();
    QStringList selectors;
    for (const std::string &metric : m_detail.metrics)
        selectors << QStringLiteral("%1{host=\"%2\"}").arg(QString::fromStdString(metric), m_host);
    m_timeline->showSeries(selectors, m_from, m_to);
    m_timeline->setAlertFilterText(m_host);
    setStatus(tr("%1 to %2").arg(Format::timestamp(m_from), Format::timestamp(m_to)));
    Q_EMIT hostShown(m_host);
}

void HostView::showHeader()
{
    if (m_host.isEmpty()) {
        m_identity->clear();
        m_health->clear();
        m_peerSummary->clear();
        return;
    }
    const Core::HostRecord &h = m_detail.host;
    QStringList parts{QStringLiteral("<b>%1</b>").arg(h.name.toHtmlEscaped())};
    if (!h.cluster.isEmpty())
        parts << tr("cluster %1").arg(h.cluster.toHtmlEscaped());
    if (!h.rack.isEmpty())
        parts << tr("rack %1").arg(h.rack.toHtmlEscaped());
    if (!h.role.isEmpty())
        parts << (h.service.isEmpty() ? tr("role %1").arg(h.role.toHtmlEscaped())
                                      : tr("role %1 (%2)").arg(h.role.toHtmlEscaped(), h.service.toHtmlEscaped()));
    if (!h.hardwareModel.isEmpty())
        parts << tr("%1, %n core(s)", nullptr, h.cores).arg(h.hardwareModel.toHtmlEscaped());
    m_identity->setText(parts.join(QStringLiteral(" · ")));

    const Core::HostHealth &health = m_detail.health;
    QStringList reasons;
    for (const Core::HealthItem &item : health.contributors) {
        if (reasons.size() == 4 || item.penalty < 0.5)
            break; // by penalty, largest first: the rest take off nothing visible
        reasons << tr("%1 (%2, −%3)")
                       .arg(item.title.toHtmlEscaped(), Severity::label(item.severity),
                            QLocale().toString(item.penalty, 'f', 0));
    }
    m_health->setText(tr("<span style=\"color:%1; font-size:large\"><b>Health %2/100</b></span> %3")
                          .arg(healthColor(health.score).name(), QLocale().toString(health.score, 'f', 0),
                               reasons.isEmpty() ? tr("nothing lowers it in this window")
                                                 : tr("lowered by: %1").arg(reasons.join(QStringLiteral("; ")))));

    const Core::PeerComparison &peers = m_detail.peers;
    if (peers.group.empty()) {
        m_peerSummary->setText(tr("No peer group to compare with (too few hosts of its role and hardware)."));
    } else if (m_detail.outlier) {
        QStringList drivers;
        for (const Core::OutlierDriver &d : m_detail.outlier->drivers)
            if (size_t(d.metric) < m_detail.profileMetrics.size() && drivers.size() < 3)
                drivers << QStringLiteral("%1 %2").arg(QString::fromStdString(m_detail.profileMetrics[size_t(d.metric)]),
                                                      signedSigma(d.z));
        m_peerSummary->setText(tr("<b>Deviates from its %1 peers</b> in %2 (score %3): %4")
                                   .arg(peers.peers - 1)
                                   .arg(QString::fromStdString(peers.group).toHtmlEscaped(),
                                        QLocale().toString(m_detail.outlier->score, 'f', 1), drivers.join(QStringLiteral(", "))));
    } else {
        m_peerSummary->setText(tr("Behaves like its %1 peers in %2.")
                                   .arg(peers.peers - 1)
                                   .arg(QString::fromStdString(peers.group).toHtmlEscaped()));
    }
}

void HostView::fillTables()
{
    std::vector<RowTableModel::Row> events;
    for (const Core::StoredEvent &stored : m_detail.events) {
        const Core::Event &e = stored.event;
        RowTableModel::Row row;
        const Core::Timestamp span = e.endTime > e.time ? e.endTime - e.time : 0;
        row.cells = {Format::timestamp(e.time), span ? Format::duration(span) : QString(), e.kind,
                     Severity::label(e.severity), e.title};
        row.sortValues = {e.time, span, {}, Severity::rank(e.severity), {}};
        row.marker = Severity::color(e.severity);
        row.toolTip = e.source;
        ViewLink link;
        link.view = QStringLiteral("timeline");
        if (e.kind == QLatin1String("alert")) {
            link.eventId = stored.id;
        } else {
            link.host = m_host;
            link.from = e.time - 6 * Core::kHour;
            link.to = std::max(e.endTime, e.time) + 6 * Core::kHour;
        }
        row.link = link;
        events.push_back(std::move(row));
    }
    m_events->setRows(std::move(events));

    std::vector<RowTableModel::Row> runs;
    for (const Core::HostRun &r : m_detail.runs) {
        RowTableModel::Row row;
        const Core::Timestamp span = r.end > r.start ? r.end - r.start : 0;
        row.cells = {r.job, r.task, QString::number(r.index), r.status, Format::timestamp(r.start),
                     span ? Format::duration(span) : tr("running"), QLocale().toString(r.cpuAverage, 'f', 2),
                     QLocale().toString(r.memoryAverageGiB, 'f', 1), r.jobStatus};
        row.sortValues = {{}, {}, r.index, {}, r.start, span, r.cpuAverage, r.memoryAverageGiB, {}};
        runs.push_back(std::move(row));
    }
    m_runs->setRows(std::move(runs));

    std::vector<RowTableModel::Row> templates;
    for (const Core::HostLogTemplate &t : m_detail.templates) {
        RowTableModel::Row row;
        row.cells = {t.source, t.text, Format::count(t.lines), Format::timestamp(t.first), Format::timestamp(t.last)};
        row.sortValues = {{}, {}, t.lines, t.first, t.last};
        ViewLink link;
        link.view = QStringLiteral("logs");
        link.entity = QStringLiteral("template:%1").arg(t.templateId);
        link.host = m_host;
        link.from = m_from;
        link.to = m_to;
        row.link = link;
        row.toolTip = tr("Activate to open its lines on this host");
        templates.push_back(std::move(row));
    }
    m_templates->setRows(std::move(templates));

    std::vector<RowTableModel::Row> peers;
    for (const Core::PeerDeviation &d : m_detail.peers.deviations) {
        RowTableModel::Row row;
        const QString metric = size_t(d.metric) < m_detail.profileMetrics.size()
            ? QString::fromStdString(m_detail.profileMetrics[size_t(d.metric)]) : QString();
        const double magnitude = std::abs(d.z);
        row.cells = {metric, QLocale().toString(d.value, 'g', 4), QLocale().toString(d.median, 'g', 4), signedSigma(d.z),
                     magnitude >= 4 ? tr("far from its peers") : magnitude >= 2 ? tr("unusual") : tr("typical")};
        row.sortValues = {{}, d.value, d.median, magnitude, magnitude};
        if (magnitude >= 2)
            row.marker = Severity::color(magnitude >= 4 ? QStringLiteral("error") : QStringLiteral("warning"));
        ViewLink link;
        link.view = QStringLiteral("timeline");
        link.entity = QStringLiteral("%1{host=\"%2\"}").arg(metric, m_host);
        link.from = m_from;
        link.to = m_to;
        row.link = link;
        peers.push_back(std::move(row));
    }
    m_peers->setRows(std::move(peers));
}

QString HostView::headerText() const
{
    return QStringList{m_identity->text(), m_health->text(), m_peerSummary->text()}.join(QLatin1Char('\n'));
}

QString HostView::statusText() const
{
    return m_status->fullText();
}

void HostView::setStatus(const QString &text, bool error)
{
    m_status->showStatus(text, error);
}

} // namespace Opsight::Views
