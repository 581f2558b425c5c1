// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "builtinviews.h"
#include "common/cancellablejob.h"
#include "common/view.h"
#include "demowarehouse.h"
#include "importer/importdialog.h"
#include "language.h"
#include "common/workerpool.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace Opsight::App {

namespace {
constexpr int kProgressSteps = 1000;
const auto kViewIdRole = Qt::UserRole;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recentFiles(m_settings.recentFiles())
    , m_demoJob(new Views::CancellableJob(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Opsight"));
    createViews();
    createActions();
    createStatusBar();
    updateStatusBar({});

    resize(1280, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    const QString savedView = m_settings.currentView();
    if (view(savedView))
        showView(savedView);

    connect(m_demoJob, &Views::CancellableJob::progressChanged, this, [this](const Core::Progress &progress) {
        if (!m_demoProgress)
            return;
        m_demoProgress->setLabelText(progress.stage);
        if (progress.total > 0)
            m_demoProgress->setValue(int(progress.done * kProgressSteps / progress.total));
    });
}

MainWindow::~MainWindow()
{
    // Continuations use `this`: let the workers finish before we go.
    m_demoJob->cancel();
    m_demoJob->waitForFinished();
    m_pendingRequests.waitForAll();
}

void MainWindow::createViews()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(260);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    // Every page comes from the registry: no view registered, no page.
    const Views::ViewRegistry registry = Views::builtinViews();
    for (const Views::ViewDescriptor &descriptor : registry.views()) {
        Views::View *page = descriptor.factory(m_pages);
        page->setObjectName(descriptor.id);
        m_pages->addWidget(page);
        m_views[descriptor.id] = page;
        auto *item = new QListWidgetItem(descriptor.icon, descriptor.title, m_navigation);
        item->setData(kViewIdRole, descriptor.id);
        item->setToolTip(descriptor.toolTip);
        connect(page, &Views::View::openWarehouseRequested, this, &MainWindow::chooseAndOpenWarehouse);
        connect(page, &Views::View::importRequested, this, &MainWindow::showImportDialog);
        connect(page, &Views::View::demoRequested, this, &MainWindow::openDemoWarehouse);
        connect(page, &Views::View::linkActivated, this, &MainWindow::openLink);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({180, 1100});
    setCentralWidget(splitter);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open Warehouse…"), this, &MainWindow::chooseAndOpenWarehouse);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addAction(tr("Open &Demo Warehouse"), this, &MainWindow::openDemoWarehouse);
    fileMenu->addSeparator();
    QAction *importAction = fileMenu->addAction(tr("&Import Data…"), this, &MainWindow::showImportDialog);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    rebuildRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem *item = m_navigation->item(row);
        QAction *action = m_viewMenu->addAction(item->icon(), item->text());
        const QString id = item->data(kViewIdRole).toString();
        if (row < 9) // Ctrl+1 ... Ctrl+9, in navigation order
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, id] { showView(id); });
    }
    m_viewMenu->addSeparator();
    // The warehouse may change underneath (opsight-cli import, another console).
    QAction *refreshAction = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    QMenu *languageMenu = m_viewMenu->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    const QString currentLanguage = m_settings.language();
    for (const Language &language : availableLanguages()) {
        QAction *action = languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == currentLanguage);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { chooseLanguage(code); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Opsight"), this, [this] { showAboutDialog(this); });
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("status.path"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("status.schema"));
    m_sourcesLabel = new QLabel(this);
    m_sourcesLabel->setObjectName(QStringLiteral("status.sources"));
    for (QLabel *label : {m_pathLabel, m_schemaLabel, m_sourcesLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
    statusBar()->addPermanentWidget(m_sourcesLabel);
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (int row = 0; row < m_navigation->count(); ++row)
        ids.append(m_navigation->item(row)->data(kViewIdRole).toString());
    return ids;
}

Views::View *MainWindow::view(const QString &id) const
{
    const auto it = m_views.find(id);
    return it == m_views.end() ? nullptr : it->second;
}

void MainWindow::showView(const QString &id)
{
    const int row = int(viewIds().indexOf(id));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

bool MainWindow::openLink(const Views::ViewLink &link)
{
    Views::View *target = view(link.view);
    if (!target)
        return false;
    showView(link.view);
    if (target->openLink(link))
        return true;
    statusBar()->showMessage(tr("This view cannot show the requested item."), 5000);
    return false;
}

QString MainWindow::currentViewId() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(kViewIdRole).toString() : QString();
}

QString MainWindow::statusText() const
{
    QStringList parts{m_pathLabel->text(), m_schemaLabel->text(), m_sourcesLabel->text()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" | "));
}

void MainWindow::chooseAndOpenWarehouse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Warehouse"), m_settings.lastDirectory(),
                                                      tr("Opsight warehouses (*.opsight);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    openWarehouse(path);
}

void MainWindow::openWarehouse(const QString &path)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const quint64 requestId = ++m_openId;
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));

    // Check the file on a worker (its own read-only connection) before switching to it.
    QFuture<Views::WarehouseSnapshot> check =
        QtConcurrent::run(Views::workerPool(), Views::loadWarehouseSnapshot, absolute, Views::SnapshotContent::DataSourcesOnly);
    m_pendingRequests.add(QFuture<void>(check));
    check.then(this, [this, requestId, absolute](const Views::WarehouseSnapshot &snapshot) {
        if (requestId != m_openId)
            return; // superseded by a newer open
        statusBar()->clearMessage();
        if (!snapshot.ok) {
            if (!QFileInfo::exists(absolute) && m_recentFiles.remove(absolute)) {
                saveRecentFiles();
                rebuildRecentMenu();
            }
            showError(tr("Cannot Open Warehouse"), snapshot.error);
            Q_EMIT warehouseOpenFailed(absolute, snapshot.error);
            return;
        }
        applySnapshot(snapshot);
    });
}

void MainWindow::applySnapshot(const Views::WarehouseSnapshot &snapshot)
{
    m_currentWarehouse = snapshot.path;
    m_recentFiles.add(snapshot.path);
    saveRecentFiles();
    rebuildRecentMenu();
    m_settings.setLastWarehouse(snapshot.path);
    setWindowTitle(tr("%1 — Opsight").arg(QFileInfo(snapshot.path).fileName()));
    if (m_importDialog && !m_importDialog->isImporting())
        m_importDialog->setWarehouse(snapshot.path);
    for (const auto &[id, page] : m_views)
        page->setWarehouse(snapshot.path);
    updateStatusBar(snapshot);
    Q_EMIT warehouseOpened(snapshot.path);
}

void MainWindow::refreshStatus()
{
    // After an import: the data sources changed, the warehouse did not.
    const QString path = m_currentWarehouse;
    const quint64 requestId = ++m_refreshId;
    QFuture<Views::WarehouseSnapshot> check =
        QtConcurrent::run(Views::workerPool(), Views::loadWarehouseSnapshot, path, Views::SnapshotContent::DataSourcesOnly);
    m_pendingRequests.add(QFuture<void>(check));
    check.then(this, [this, requestId, path](const Views::WarehouseSnapshot &snapshot) {
        if (requestId != m_refreshId || path != m_currentWarehouse)
            return;
        updateStatusBar(snapshot);
    });
}

void MainWindow::updateStatusBar(const Views::WarehouseSnapshot &snapshot)
{
    if (m_currentWarehouse.isEmpty() || !snapshot.ok) {
        m_pathLabel->setText(tr("No warehouse open"));
        m_schemaLabel->clear();
        m_sourcesLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(snapshot.path));
    m_schemaLabel->setText(tr("Schema %1").arg(snapshot.schemaVersion));
    m_sourcesLabel->setText(snapshot.dataSourceState());
}

void MainWindow::restoreLastSession()
{
    const QString last = m_settings.lastWarehouse();
    if (!last.isEmpty() && QFileInfo(last).isFile())
        openWarehouse(last);
}

void MainWindow::openRecentFile(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_recentFiles.remove(path);
        saveRecentFiles();
        rebuildRecentMenu();
        showError(tr("Cannot Open Warehouse"),
                  tr("The file '%1' no longer exists. It was removed from the recent files.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWarehouse(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.files();
    int number = 0;
    for (const QString &file : files) {
        //: %1 is the menu number (accelerator), %2 a file name
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(++number).arg(QFileInfo(file).fileName()));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openRecentFile(file); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        m_recentFiles = RecentFiles();
        saveRecentFiles();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::saveRecentFiles()
{
    m_settings.setRecentFiles(m_recentFiles.files());
}

void MainWindow::openDemoWarehouse()
{
    const QString path = demoWarehousePath();
    if (QFileInfo(path).isFile()) {
        openWarehouse(path);
        return;
    }
    if (m_demoJob->isRunning())
        return;
    // First run of an installed build (or OPSIGHT_BUILD_DEMO=OFF): generate it once.
    m_demoProgress = new QProgressDialog(tr("Generating the demo warehouse: 50 hosts over 14 days…"), tr("Cancel"),
                                         0, kProgressSteps, this);
    m_demoProgress->setObjectName(QStringLiteral("demoProgress"));
    m_demoProgress->setWindowTitle(tr("Demo Warehouse"));
    m_demoProgress->setWindowModality(Qt::WindowModal);
    m_demoProgress->setAutoClose(false);
    m_demoProgress->setAutoReset(false);
    m_demoProgress->setMinimumDuration(0);
    m_demoProgress->setValue(0);
    connect(m_demoProgress, &QProgressDialog::canceled, m_demoJob, &Views::CancellableJob::cancel);
    m_demoProgress->show();

    m_demoJob->start([path, spec = demoSpec()](const Core::ProgressCallback &progress) {
                  return generateDemoWarehouse(path, spec, progress);
              })
        .then(this, [this, path](const Core::SimulationResult &result) {
            if (m_demoProgress) {
                m_demoProgress->deleteLater();
                m_demoProgress = nullptr;
            }
            if (result.ok)
                openWarehouse(path);
            else if (!result.cancelled)
                showError(tr("Cannot Generate the Demo Warehouse"), result.error);
            Q_EMIT demoGenerationFinished(result.ok);
        });
}

void MainWindow::showImportDialog()
{
    if (!m_importDialog) {
        m_importDialog = new Views::ImportDialog(this);
        m_importDialog->setLastDirectory(m_settings.lastDirectory());
        connect(m_importDialog, &Views::ImportDialog::lastDirectoryChanged, this,
                [this](const QString &directory) { m_settings.setLastDirectory(directory); });
        connect(m_importDialog, &Views::ImportDialog::importFinished, this, &MainWindow::onImportFinished);
    }
    if (!m_importDialog->isImporting())
        m_importDialog->setWarehouse(m_currentWarehouse);
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

void MainWindow::refresh()
{
    if (m_currentWarehouse.isEmpty())
        return;
    refreshStatus();
    for (const auto &[id, page] : m_views)
        page->reload();
}

void MainWindow::onImportFinished(const Core::ImportResult &result, const QString &warehousePath)
{
    if (!result.ok)
        return; // rolled back: nothing changed, the dialog shows why
    if (QFileInfo(warehousePath).absoluteFilePath() != m_currentWarehouse) {
        openWarehouse(warehousePath); // imported into another (or a new) warehouse
        return;
    }
    refresh();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Not exec(): a nested event loop would let other results arrive underneath.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == m_settings.language())
        return;
    m_settings.setLanguage(code);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used the next time Opsight starts."), QMessageBox::Ok,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setCurrentView(currentViewId());
    QMainWindow::closeEvent(event);
}

} // namespace Opsight::App
