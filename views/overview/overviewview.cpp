// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewview.h"

#include "common/formatting.h"
#include "datasourcemodel.h"
#include "common/workerpool.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Opsight::Views {

namespace {
const QString kNoValue = QStringLiteral("–");

QLabel *newValueLabel(const QString &key, QWidget *parent)
{
    auto *label = new QLabel(kNoValue, parent);
    label->setObjectName(QStringLiteral("overview.") + key);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}
} // namespace

OverviewView::OverviewView(QWidget *parent)
    : View(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("overview"));
    m_emptyPage = createEmptyPage();
    m_contentPage = createContentPage();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_contentPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

OverviewView::~OverviewView()
{
    // Continuations post to `this`: wait for every worker before the widgets go.
    m_pendingLoads.waitForAll();
}

ViewDescriptor OverviewView::descriptor()
{
    ViewDescriptor descriptor;
    descriptor.id = QStringLiteral("overview");
    descriptor.title = tr("Overview");
    descriptor.toolTip = tr("Fleet size, time range, counts and data sources of the open warehouse");
    descriptor.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
    descriptor.factory = [](QWidget *parent) -> View * { return new OverviewView(parent); };
    return descriptor;
}

QString OverviewView::fieldKey(Field field)
{
    switch (field) {
    case Field::Clusters: return QStringLiteral("clusters");
    case Field::Racks: return QStringLiteral("racks");
    case Field::Hosts: return QStringLiteral("hosts");
    case Field::Services: return QStringLiteral("services");
    case Field::Queues: return QStringLiteral("queues");
    case Field::FirstTime: return QStringLiteral("firstTime");
    case Field::LastTime: return QStringLiteral("lastTime");
    case Field::Span: return QStringLiteral("span");
    case Field::Series: return QStringLiteral("series");
    case Field::Samples: return QStringLiteral("samples");
    case Field::Events: return QStringLiteral("events");
    case Field::LogLines: return QStringLiteral("logLines");
    case Field::LogTemplates: return QStringLiteral("logTemplates");
    case Field::Jobs: return QStringLiteral("jobs");
    case Field::Tasks: return QStringLiteral("tasks");
    case Field::GroundTruth: return QStringLiteral("groundTruth");
    case Field::DataSources: return QStringLiteral("dataSources");
    case Field::FileSize: return QStringLiteral("fileSize");
    case Field::Schema: return QStringLiteral("schema");
    }
    Q_UNREACHABLE();
    return {};
}

QString OverviewView::fieldText(Field field) const
{
    const auto it = m_fieldLabels.find(field);
    return it == m_fieldLabels.end() ? QString() : it->second->text();
}

QWidget *OverviewView::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("overview.emptyPage"));
    auto *title = new QLabel(tr("No warehouse is open"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Open a warehouse file, import metrics, events and logs into a new one, "
                               "or explore a simulated fleet of 50 hosts over 14 days."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(560);

    auto *openButton = new QPushButton(tr("Open Warehouse…"), page);
    auto *importButton = new QPushButton(tr("Import Data…"), page);
    auto *demoButton = new QPushButton(tr("Open Demo Warehouse"), page);
    openButton->setObjectName(QStringLiteral("overview.openButton"));
    importButton->setObjectName(QStringLiteral("overview.importButton"));
    demoButton->setObjectName(QStringLiteral("overview.demoButton"));
    connect(openButton, &QPushButton::clicked, this, &View::openWarehouseRequested);
    connect(importButton, &QPushButton::clicked, this, &View::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &View::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openButton);
    buttons->addWidget(importButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title);
    // Centred by stretches, not by an alignment flag: a box layout ignores the
    // height-for-width of an aligned item and would clip the wrapped text.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

QWidget *OverviewView::createContentPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("overview.contentPage"));

    m_titleLabel = new QLabel(page);
    m_titleLabel->setObjectName(QStringLiteral("overview.title"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_pathLabel = new QLabel(page);
    m_pathLabel->setObjectName(QStringLiteral("overview.path"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel = new QLabel(page);
    m_stateLabel->setObjectName(QStringLiteral("overview.state"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto addGroup = [this, page](const QString &title,
                                 std::initializer_list<std::pair<Field, QString>> rows) {
        auto *group = new QGroupBox(title, page);
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const auto &[field, text] : rows) {
            QLabel *value = newValueLabel(fieldKey(field), group);
            m_fieldLabels[field] = value;
            form->addRow(text, value);
        }
        return group;
    };
    QGroupBox *fleet = addGroup(tr("Fleet"), {{Field::Clusters, tr("Clusters:")},
                                             {Field::Racks, tr("Racks:")},
                                             {Field::Hosts, tr("Hosts:")},
                                             {Field::Services, tr("Services:")},
                                             {Field::Queues, tr("Queues:")}});
    QGroupBox *time = addGroup(tr("Time Range (UTC)"), {{Field::FirstTime, tr("First:")},
                                                        {Field::LastTime, tr("Last:")},
                                                        {Field::Span, tr("Span:")}});
    QGroupBox *contents = addGroup(tr("Contents"), {{Field::Series, tr("Metric series:")},
                                                    {Field::Samples, tr("Samples:")},
                                                    {Field::Events, tr("Events:")},
                                                    {Field::LogLines, tr("Log lines:")},
                                                    {Field::LogTemplates, tr("Log templates:")}});
    QGroupBox *workload = addGroup(tr("Workload and Faults"), {{Field::Jobs, tr("Jobs:")},
                                                              {Field::Tasks, tr("Tasks:")},
                                                              {Field::GroundTruth, tr("Ground-truth faults:")}});

    auto *groups = new QHBoxLayout;
    QGroupBox *storage = addGroup(tr("Warehouse"), {{Field::Schema, tr("Schema version:")},
                                                    {Field::DataSources, tr("Data sources:")},
                                                    {Field::FileSize, tr("File size:")}});
    for (QGroupBox *group : {fleet, contents, time, workload, storage})
        groups->addWidget(group, 1, Qt::AlignTop);

    m_dataSourceModel = new DataSourceModel(this);
    m_dataSourceProxy = new DataSourceProxyModel(this);
    m_dataSourceProxy->setSourceModel(m_dataSourceModel);
    m_dataSourceTable = new QTableView(page);
    m_dataSourceTable->setObjectName(QStringLiteral("overview.dataSources"));
    m_dataSourceTable->setModel(m_dataSourceProxy);
    m_dataSourceTable->setSortingEnabled(true);
    m_dataSourceTable->sortByColumn(DataSourceModel::LastImportColumn, Qt::DescendingOrder);
    m_dataSourceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dataSourceTable->setAlternatingRowColors(true);
    m_dataSourceTable->setTextElideMode(Qt::ElideMiddle);
    // Locations elide in the middle instead: the table keeps its fitted height.
    m_dataSourceTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dataSourceTable->verticalHeader()->hide();
    m_dataSourceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dataSourceTable->horizontalHeader()->setSectionResizeMode(DataSourceModel::LocationColumn,
                                                                 QHeaderView::Stretch);
    auto *sourcesGroup = new QGroupBox(tr("Data Sources"), page);
    auto *sourcesLayout = new QVBoxLayout(sourcesGroup);
    sourcesLayout->addWidget(m_dataSourceTable);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_stateLabel);
    layout->addLayout(groups);
    layout->addWidget(sourcesGroup);
    layout->addStretch(1); // a short table stays short; the rest of the page stays empty
    return page;
}

void OverviewView::reload()
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 loadId = ++m_loadId;
    const QString path = warehousePath();
    if (path.isEmpty()) {
        m_loading = false;
        clearFields();
        m_pages->setCurrentWidget(m_emptyPage);
        return;
    }
    m_loading = true;
    m_pages->setCurrentWidget(m_contentPage);
    m_titleLabel->setText(QFileInfo(path).fileName());
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_stateLabel->setText(tr("Loading…"));

    // The worker opens its own read-only connection; the snapshot comes back by value.
    QFuture<WarehouseSnapshot> load = QtConcurrent::run(workerPool(), loadWarehouseSnapshot, path, SnapshotContent::WithSummary);
    m_pendingLoads.add(QFuture<void>(load));
    load.then(this, [this, loadId](const WarehouseSnapshot &snapshot) {
        if (loadId != m_loadId)
            return; // a newer reload (or another warehouse) superseded this one
        m_loading = false;
        showSnapshot(snapshot);
    });
}

void OverviewView::fitDataSourceTable()
{
    // Tall enough for every row up to a dozen; beyond that the table scrolls.
    constexpr int kMaximumVisibleRows = 12;
    const int rows = std::clamp(m_dataSourceProxy->rowCount(), 1, kMaximumVisibleRows);
    const int rowHeight = m_dataSourceTable->verticalHeader()->defaultSectionSize();
    const int height = m_dataSourceTable->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + 2 * m_dataSourceTable->frameWidth();
    m_dataSourceTable->setFixedHeight(height);
}

void OverviewView::clearFields()
{
    for (const auto &[field, label] : m_fieldLabels)
        label->setText(kNoValue);
    m_dataSourceModel->clear();
}

void OverviewView::showSnapshot(const WarehouseSnapshot &snapshot)
{
    if (!snapshot.ok) {
        clearFields();
        m_stateLabel->setText(tr("Cannot read this warehouse: %1").arg(snapshot.error));
        Q_EMIT snapshotShown(snapshot);
        return;
    }
    const Core::WarehouseSummary &s = snapshot.summary;
    const std::pair<Field, qint64> counts[] = {
        {Field::Clusters, s.clusters}, {Field::Racks, s.racks},     {Field::Hosts, s.hosts},
        {Field::Services, s.services}, {Field::Queues, s.queues},   {Field::Series, s.series},
        {Field::Samples, s.samples},   {Field::Events, s.events},   {Field::LogLines, s.logLines},
        {Field::LogTemplates, s.logTemplates}, {Field::Jobs, s.jobs}, {Field::Tasks, s.tasks},
        {Field::GroundTruth, s.groundTruth},
        {Field::DataSources, s.dataSources},
    };
    for (const auto &[field, value] : counts)
        m_fieldLabels[field]->setText(Format::count(value));
    m_fieldLabels[Field::FirstTime]->setText(Format::timestamp(s.firstTime));
    m_fieldLabels[Field::LastTime]->setText(Format::timestamp(s.lastTime));
    m_fieldLabels[Field::Span]->setText(s.lastTime > s.firstTime ? Format::duration(s.lastTime - s.firstTime)
                                                                 : kNoValue);
    m_fieldLabels[Field::FileSize]->setText(Format::bytes(s.fileBytes));
    m_fieldLabels[Field::Schema]->setText(QString::number(snapshot.schemaVersion));
    m_dataSourceModel->setData(snapshot.dataSources);
    m_stateLabel->setText(snapshot.dataSourceState());
    fitDataSourceTable();
    Q_EMIT snapshotShown(snapshot);
}

} // namespace Opsight::Views
