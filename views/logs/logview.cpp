// SPDX-License-Identifier: GPL-3.0-or-later
#include "logview.h"

#include "common/formatting.h"
#include "common/jobboundary.h"
#include "common/statuslabel.h"
#include "logs/templateactivity.h"
#include "logs/templatecontrols.h"
#include "loglinemodel.h"
#include "logtemplatefilter.h"
#include "logtemplatemodel.h"
#include "spandelegate.h"
#include "warehouse/warehouse.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Opsight::Views {

namespace {
// Enough lines to read around an alert; a wider window says how many it left out.
constexpr int kLineLimit = 2000;

QTableView *newTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

struct LogView::Load
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString host;
    qint64 family = 0; // to select: resolved from a template id, or as asked
    Core::TemplateActivityReport report;
};

struct LogView::LinesLoad
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 family = 0;
    Core::LogLinePage page;
};

LogView::LogView(QWidget *parent)
    : View(parent)
    , m_templates(new LogTemplateModel(this))
    , m_filter(new LogTemplateFilter(this))
    , m_lines(new LogLineModel(this))
{
    setObjectName(QStringLiteral("logs"));
    m_filter->setSourceModel(m_templates);

    m_sourcePicker = new QComboBox(this);
    m_sourcePicker->setObjectName(QStringLiteral("logs.source"));
    m_sourcePicker->setMinimumContentsLength(12);
    connect(m_sourcePicker, &QComboBox::activated, this, [this](int index) {
        showSource(m_sourcePicker->itemText(index), m_host, m_report.from, m_report.to);
    });
    m_hostPicker = new QComboBox(this);
    m_hostPicker->setObjectName(QStringLiteral("logs.host"));
    m_hostPicker->setEditable(true);
    m_hostPicker->setInsertPolicy(QComboBox::NoInsert);
    m_hostPicker->setMinimumContentsLength(16);
    m_hostPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_hostPicker->completer()->setFilterMode(Qt::MatchContains);
    connect(m_hostPicker, &QComboBox::activated, this, [this](int index) {
        showSource(m_source, index == 0 ? QString() : m_hostPicker->itemText(index), m_report.from, m_report.to);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Source:"), this));
    bar->addWidget(m_sourcePicker);
    bar->addWidget(new QLabel(tr("Host:"), this));
    bar->addWidget(m_hostPicker);
    const std::pair<QString, Core::Timestamp> windows[] = {
        {tr("1 h"), Core::kHour}, {tr("1 d"), Core::kDay}, {tr("7 d"), 7 * Core::kDay}, {tr("All"), 0}};
    for (const auto &[label, span] : windows) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setToolTip(span ? tr("The %1 before the end of the window").arg(Format::duration(span))
                                : tr("The source's whole history"));
        connect(button, &QToolButton::clicked, this, [this, span = span] { showWindow(span); });
        bar->addWidget(button);
    }
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("logs.filter"));
    m_filterEdit->setPlaceholderText(tr("Filter templates"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    bar->addWidget(m_filterEdit, 1);
    m_markedOnly = new QCheckBox(tr("New, rare or alerting only"), this);
    m_markedOnly->setObjectName(QStringLiteral("logs.markedOnly"));
    connect(m_markedOnly, &QCheckBox::toggled, m_filter, &LogTemplateFilter::setMarkedOnly);
    bar->addWidget(m_markedOnly);
    m_status = new StatusLabel(this);
    m_status->setObjectName(QStringLiteral("logs.status"));

    m_templateTable = newTable(this, QStringLiteral("logs.templates"));
    m_templateTable->setModel(m_filter);
    m_templateTable->setSortingEnabled(true);
    m_templateTable->sortByColumn(LogTemplateModel::LinesColumn, Qt::DescendingOrder);
    m_templateTable->setItemDelegateForColumn(LogTemplateModel::TemplateColumn,
                                              new SpanDelegate(LogTemplateModel::SpansRole, this));
    m_templateTable->setItemDelegateForColumn(LogTemplateModel::TrendColumn,
                                              new SparklineDelegate(LogTemplateModel::BucketsRole, this));
    QHeaderView *header = m_templateTable->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < LogTemplateModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LogTemplateModel::TemplateColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LogTemplateModel::TrendColumn, QHeaderView::Fixed);
    m_templateTable->setColumnWidth(LogTemplateModel::TrendColumn, 160);
    m_templateTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_templateTable, &QWidget::customContextMenuRequested, this, &LogView::showTemplateMenu);
    connect(m_templateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 family = current.data(LogTemplateModel::FamilyRole).toLongLong();
                if (family != m_family) {
                    m_family = family;
                    loadLines();
                }
            });

    m_linesHeader = new QLabel(this);
    m_linesHeader->setObjectName(QStringLiteral("logs.linesHeader"));
    m_linesHeader->setWordWrap(true);
    m_linesHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lineTable = newTable(this, QStringLiteral("logs.lines"));
    m_lineTable->setModel(m_lines);
    m_lineTable->setItemDelegateForColumn(LogLineModel::MessageColumn, new SpanDelegate(LogLineModel::SpansRole, this));
    m_lineTable->setToolTip(tr("Activate a line to open its host at that time"));
    connect(m_lineTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Core::StoredLogLine *line = m_lines->line(index);
        if (!line || line->host.isEmpty())
            return;
        ViewLink link;
        link.view = QStringLiteral("host");
        link.host = line->host;
        link.to = line->time + Core::kHour;
        link.from = link.to - Core::kDay;
        Q_EMIT linkActivated(link);
    });

    m_lineFilter = new QLineEdit(this);
    m_lineFilter->setObjectName(QStringLiteral("logs.lineFilter"));
    m_lineFilter->setPlaceholderText(tr("Find in these lines (a block id, an address, …)"));
    m_lineFilter->setClearButtonEnabled(true);
    // Searched in the warehouse, not only in the lines shown; after a pause in typing.
    auto *lineFilterDelay = new QTimer(this);
    lineFilterDelay->setSingleShot(true);
    lineFilterDelay->setInterval(300);
    connect(m_lineFilter, &QLineEdit::textChanged, lineFilterDelay, qOverload<>(&QTimer::start));
    connect(lineFilterDelay, &QTimer::timeout, this, &LogView::loadLines);

    auto *linesPane = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPane);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    auto *linesBar = new QHBoxLayout;
    linesBar->addWidget(m_linesHeader, 1);
    linesBar->addWidget(m_lineFilter);
    linesLayout->addLayout(linesBar);
    linesLayout->addWidget(m_lineTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_templateTable);
    splitter->addWidget(linesPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
}

LogView::~LogView() = default;

ViewDescriptor LogView::descriptor()
{
    ViewDescriptor descriptor;
    descriptor.id = QStringLiteral("logs");
    descriptor.title = tr("Logs");
    descriptor.toolTip = tr("Log templates of a source: counts, trends, new and rare ones, their lines");
    descriptor.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    descriptor.factory = [](QWidget *parent) -> View * { return new LogView(parent); };
    return descriptor;
}

void LogView::reload()
{
    m_report = {};
    m_family = 0;
    m_templates->setTemplates({}, 0);
    m_lines->setLines({});
    m_linesHeader->clear();
    if (warehousePath().isEmpty()) {
        m_load.cancel();
        m_linesLoad.cancel();
        m_sourcePicker->clear();
        m_hostPicker->clear();
        setStatus(tr("No warehouse is open."));
        return;
    }
    load({m_source, m_host, 0, 0, 0});
}

bool LogView::openLink(const ViewLink &link)
{
    Request request{m_source, link.host, link.from, link.to, 0};
    qint64 family = 0;
    if (link.entity.startsWith(QLatin1String("template:"))) {
        request.templateId = link.entity.mid(9).toLongLong();
        if (request.templateId <= 0)
            return false;
    } else if (!link.entity.isEmpty()) {
        const auto key = Core::SeriesKey::fromCanonical(link.entity.toStdString());
        const std::string *source = key ? key->label("source") : nullptr;
        const std::string *templateLabel = key ? key->label("template") : nullptr;
        if (!source || !templateLabel)
            return false;
        request.source = QString::fromStdString(*source);
        family = QString::fromStdString(*templateLabel).toLongLong();
        if (request.host.isEmpty())
            request.host = QString::fromStdString(key->hostName());
    }
    m_pendingFamily = family;
    load(request);
    return true;
}

void LogView::showSource(const QString &source, const QString &host, Core::Timestamp from, Core::Timestamp to)
{
    m_pendingFamily = source == m_source ? m_family : 0;
    load({source, host, from, to, 0});
}

void LogView::selectFamily(qint64 family)
{
    const QModelIndex index = m_filter->mapFromSource(m_templates->indexOfFamily(family));
    if (index.isValid())
        m_templateTable->setCurrentIndex(index);
}

void LogView::showWindow(Core::Timestamp span)
{
    if (m_report.source.name.isEmpty())
        return;
    const Core::Timestamp end = m_report.to ? m_report.to : m_report.source.last + 1;
    showSource(m_source, m_host, span ? end - span : 0, span ? end : 0);
}

void LogView::load(const Request &request)
{
    if (warehousePath().isEmpty())
        return;
    setStatus(tr("Loading templates…"));
    const QString path = warehousePath();
    const qint64 family = m_pendingFamily;
    m_load.start(this, [path, request, family] {
        Load load;
        load.family = family;
        load.host = request.host;
        Core::runAtJobBoundary(load, [&] {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
            Core::TemplateActivityRequest activity{request.source, request.host, request.from, request.to, 48};
            if (activity.source.isEmpty() && !request.templateId)
                activity.source = Core::latestNoveltySource(*warehouse); // open on what needs a look
            if (request.templateId) {
                const auto owner = Core::LogReader(warehouse->db()).familyOfTemplate(request.templateId);
                if (!owner)
                    throw Core::Error(LogView::tr("No log template has id %1 in this warehouse.").arg(request.templateId));
                activity.source = owner->first;
                load.family = owner->second;
            }
            load.report = Core::readTemplateActivity(*warehouse, activity);
        });
        return load;
    }, [this](Load load) { showLoad(std::move(load)); });
}

void LogView::showLoad(Load load)
{
    if (!load.ok) {
        setStatus(load.error, true);
        return;
    }
    m_report = std::move(load.report);
    m_source = m_report.source.name;
    m_host = load.host;
    {
        const QSignalBlocker sourceBlocker(m_sourcePicker);
        m_sourcePicker->clear();
        for (const Core::LogSourceInfo &s : m_report.sources)
            m_sourcePicker->addItem(s.name);
        m_sourcePicker->setCurrentText(m_source);
        const QSignalBlocker hostBlocker(m_hostPicker);
        m_hostPicker->clear();
        m_hostPicker->addItem(tr("All hosts"));
        m_hostPicker->addItems(m_report.hosts);
        m_hostPicker->setCurrentIndex(m_host.isEmpty() ? 0 : std::max(0, int(m_report.hosts.indexOf(m_host)) + 1));
        if (!m_host.isEmpty() && !m_report.hosts.contains(m_host))
            m_hostPicker->setEditText(m_host);
    }
    int newCount = 0, alerting = 0;
    for (const Core::TemplateActivity &a : m_report.templates) {
        newCount += a.isNew ? 1 : 0;
        alerting += a.alerts > 0 ? 1 : 0;
    }
    const int templateCount = int(m_report.templates.size());
    m_family = 0;
    m_templates->setTemplates(m_report.templates, m_report.windowLines);
    const QString summary = tr("%1 to %2: %3 lines in %n template(s), %4 new, %5 alerting", nullptr, templateCount)
                                .arg(Format::timestamp(m_report.from), Format::timestamp(m_report.to),
                                     Format::count(m_report.windowLines))
                                .arg(newCount)
                                .arg(alerting);
    setStatus(m_notice.isEmpty() ? summary : m_notice + QLatin1Char(' ') + summary);
    m_notice.clear();
    Q_EMIT templatesShown();
    const qint64 wanted = load.family ? load.family : m_pendingFamily;
    m_pendingFamily = 0;
    QModelIndex index = m_filter->mapFromSource(m_templates->indexOfFamily(wanted));
    if (!index.isValid() && wanted) {
        // Asked for by a link: show it even when the filters hide it.
        m_filterEdit->clear();
        m_markedOnly->setChecked(false);
        index = m_filter->mapFromSource(m_templates->indexOfFamily(wanted));
    }
    if (!index.isValid())
        index = m_filter->index(0, LogTemplateModel::TemplateColumn);
    if (index.isValid()) {
        m_templateTable->setCurrentIndex(index);
        m_templateTable->scrollTo(index);
    } else {
        m_lines->setLines({});
        m_linesHeader->setText(tr("No templates in this window."));
    }
}

void LogView::loadLines()
{
    m_lines->setLines({});
    const qint64 family = m_family;
    if (!family || warehousePath().isEmpty()) {
        m_linesLoad.cancel();
        m_linesHeader->clear();
        return;
    }
    m_linesHeader->setText(tr("Loading lines…"));
    const QString path = warehousePath();
    const qint64 sourceId = m_report.source.id;
    const QString host = m_host;
    const Core::Timestamp from = m_report.from, to = m_report.to;
    const QString contains = m_lineFilter->text();
    m_linesLoad.start(this, [path, sourceId, family, host, from, to, contains] {
        LinesLoad load;
        load.family = family;
        Core::runAtJobBoundary(load, [&] {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
            load.page = Core::LogReader(warehouse->db()).lines(sourceId, family, host, from, to, kLineLimit, contains);
        });
        return load;
    }, [this](LinesLoad load) { showLines(load); });
}

void LogView::showLines(const LinesLoad &load)
{
    if (!load.ok) {
        m_linesHeader->setText(load.error);
        return;
    }
    if (load.family != m_family)
        return;
    const QModelIndex current = m_templates->indexOfFamily(load.family);
    const Core::TemplateActivity *activity = m_templates->activity(current);
    const QString text = activity ? activity->family.current().text.toHtmlEscaped() : QString();
    const qint64 shown = qint64(load.page.lines.size());
    QString where = m_host.isEmpty() ? tr("on every host") : tr("on %1").arg(m_host.toHtmlEscaped());
    if (!m_lineFilter->text().isEmpty())
        where = tr("%1, containing “%2”").arg(where, m_lineFilter->text().toHtmlEscaped());
    m_linesHeader->setText(shown < load.page.total
                               ? tr("<b>%1</b> %2: the first %3 of %4 lines; narrow the window to see the rest.")
                                     .arg(text, where, Format::count(shown), Format::count(load.page.total))
                               : tr("<b>%1</b> %2: %3 lines.").arg(text, where, Format::count(shown)));
    m_lines->setLines(load.page.lines);
    m_lineTable->resizeColumnsToContents();
    Q_EMIT linesShown(load.family);
}

void LogView::showTemplateMenu(const QPoint &position)
{
    const QModelIndex index = m_filter->mapToSource(m_templateTable->indexAt(position));
    const Core::TemplateActivity *activity = m_templates->activity(index);
    if (!activity)
        return;
    QMenu menu(this);
    menu.addAction(tr("Show Counts on the Timeline"), this,
                   [this, family = activity->family.family] { showOnTimeline(family); });
    menu.addAction(tr("Copy Template"), this,
                   [text = activity->family.current().text] { QApplication::clipboard()->setText(text); });
    menu.addSeparator();
    const qint64 family = activity->family.family;
    QAction *merge = menu.addAction(tr("Merge Into…"), this, [this, family] { chooseMergeTarget(family); });
    merge->setEnabled(!activity->family.mergedInto && m_templates->rowCount() > 1);
    merge->setToolTip(tr("One event the miner told apart: count its lines as another template's from the next import on"));
    // One entry per wildcard, named by the words before it.
    QMenu *split = menu.addMenu(tr("Split at Wildcard"));
    const QStringList tokens = activity->family.current().text.split(QLatin1Char(' '));
    int wildcard = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i] != QLatin1String("<*>"))
            continue;
        const QString before = tokens.mid(std::max<qsizetype>(0, i - 2), std::min<qsizetype>(i, 2)).join(QLatin1Char(' '));
        split->addAction(tr("%1: after “%2”").arg(wildcard + 1).arg(before.isEmpty() ? tr("the start") : before), this,
                         [this, family, wildcard] { splitTemplate(family, wildcard); });
        ++wildcard;
    }
    split->setEnabled(wildcard > 0 && !activity->family.mergedInto);
    menu.exec(m_templateTable->viewport()->mapToGlobal(position));
}

void LogView::chooseMergeTarget(qint64 from)
{
    QStringList choices;
    std::vector<qint64> families;
    for (const Core::TemplateActivity &a : m_templates->templates()) {
        if (a.family.family == from || a.family.mergedInto)
            continue;
        choices << QStringLiteral("#%1  %2").arg(a.family.family).arg(a.family.current().text);
        families.push_back(a.family.family);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Template"),
                                                 tr("Lines of #%1 count as this template from the next import on:").arg(from),
                                                 choices, 0, false, &ok);
    if (ok && choices.indexOf(chosen) >= 0)
        mergeTemplate(from, families[size_t(choices.indexOf(chosen))]);
}

void LogView::mergeTemplate(qint64 from, qint64 into)
{
    const QString source = m_source;
    applyControl([source, from, into](Core::Warehouse &w) { Core::mergeTemplates(w, source, from, into); },
                 tr("Lines of #%1 count as #%2 from the next import on.").arg(from).arg(into));
}

void LogView::splitTemplate(qint64 family, int wildcard)
{
    const QString source = m_source;
    applyControl([source, family, wildcard](Core::Warehouse &w) { Core::pinTemplateSplit(w, source, family, wildcard); },
                 tr("#%1 splits at wildcard %2 from the next import on: each value there gets its own template.")
                     .arg(family)
                     .arg(wildcard + 1));
}

void LogView::applyControl(std::function<void(Core::Warehouse &)> control, const QString &done)
{
    if (warehousePath().isEmpty() || m_source.isEmpty())
        return;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
    };
    setStatus(tr("Saving…"));
    const QString path = warehousePath();
    m_controlLoad.start(this, [path, control = std::move(control)] {
        Result result;
        Core::runAtJobBoundary(result, [&] {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
            control(*warehouse);
        });
        return result;
    }, [this, done](Result result) {
        Q_EMIT templatesChanged(result.ok, result.ok ? done : result.error);
        if (!result.ok) {
            setStatus(result.error, true);
            return;
        }
        m_notice = done;
        showSource(m_source, m_host, m_report.from, m_report.to);
    });
}

void LogView::showOnTimeline(qint64 family)
{
    ViewLink link;
    link.view = QStringLiteral("timeline");
    QStringList matchers{QStringLiteral("source=\"%1\"").arg(m_source),
                         QStringLiteral("template=\"%1\"").arg(family)};
    if (!m_host.isEmpty())
        matchers << QStringLiteral("host=\"%1\"").arg(m_host);
    link.entity = QStringLiteral("log_template_lines{%1}").arg(matchers.join(QLatin1Char(',')));
    link.from = m_report.from;
    link.to = m_report.to;
    Q_EMIT linkActivated(link);
}

QString LogView::statusText() const
{
    return m_status->fullText();
}

QString LogView::linesText() const
{
    return m_linesHeader->text();
}

void LogView::setStatus(const QString &text, bool error)
{
    m_status->showStatus(text, error);
}

} // namespace Opsight::Views
