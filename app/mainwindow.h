// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "common/pendingfutures.h"
#include "common/warehousesnapshot.h"
#include "recentfiles.h"

#include "common/viewlink.h"

#include <QMainWindow>

#include <map>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QStackedWidget;

namespace Opsight::Core {
struct ImportResult;
}

namespace Opsight::Views {
class CancellableJob;
class ImportDialog;
class View;
}

namespace Opsight::App {

// The console's frame: menus, the navigation list and page stack built from the view
// registry, the status bar, and the one open warehouse. It holds no connection: it
// checks a file on a worker before switching, then hands the path to every view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Asynchronous: emits warehouseOpened() or warehouseOpenFailed(). A failure shows
    // the error and keeps the warehouse that was open.
    void openWarehouse(const QString &path);
    // Opens the demo fleet, generating it first (with progress and cancel) when this
    // installation has none yet.
    void openDemoWarehouse();
    // Reopens the last warehouse when it still exists; otherwise the empty overview.
    void restoreLastSession();
    void showImportDialog();
    // Reloads every view and the status bar from the open warehouse.
    void refresh();

    QString currentWarehouse() const { return m_currentWarehouse; }
    QStringList viewIds() const;
    Views::View *view(const QString &id) const;
    void showView(const QString &id);
    // Shows the link's view and hands it the link; false when no view takes it.
    bool openLink(const Views::ViewLink &link);
    QString currentViewId() const;
    Views::ImportDialog *importDialog() const { return m_importDialog; }
    QStringList recentFiles() const { return m_recentFiles.files(); }
    QString statusText() const;

Q_SIGNALS:
    void warehouseOpened(const QString &path);
    void warehouseOpenFailed(const QString &path, const QString &message);
    void demoGenerationFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViews();
    void createStatusBar();
    void chooseAndOpenWarehouse();
    void openRecentFile(const QString &path);
    void rebuildRecentMenu();
    void applySnapshot(const Views::WarehouseSnapshot &snapshot);
    void refreshStatus();
    void updateStatusBar(const Views::WarehouseSnapshot &snapshot);
    void onImportFinished(const Core::ImportResult &result, const QString &warehousePath);
    void showError(const QString &title, const QString &message);
    void chooseLanguage(const QString &code);
    void saveRecentFiles();

    AppSettings m_settings;
    RecentFiles m_recentFiles;
    QString m_currentWarehouse;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::map<QString, Views::View *> m_views;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    Views::ImportDialog *m_importDialog = nullptr;
    Views::CancellableJob *m_demoJob = nullptr;
    QProgressDialog *m_demoProgress = nullptr;

    // Only the newest open (and the newest status refresh) may apply its result.
    quint64 m_openId = 0;
    quint64 m_refreshId = 0;
    Views::PendingFutures m_pendingRequests;
};

} // namespace Opsight::App
