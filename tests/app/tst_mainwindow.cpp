// SPDX-License-Identifier: GPL-3.0-or-later
// The main window, offscreen: opening the demo warehouse shows the right counts,
// a bad file keeps the open warehouse, imports refresh, navigation comes from the
// registry, recent files and settings persist, the About box names the versions.
#include "aboutdialog.h"
#include "builtinviews.h"
#include "common/buildinfo.h"
#include "common/formatting.h"
#include "demowarehouse.h"
#include "importer/importdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "recentfiles.h"
#include "anomaly/storedalert.h"
#include "logfixture.h"
#include "logs/loglinemodel.h"
#include "logs/logview.h"
#include "timeline/alertlistmodel.h"
#include "timeline/timelineview.h"
#include "views/warehousefixture.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight;
using Field = Views::OverviewView::Field;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user's real settings and data out of it.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("OpsightTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small.opsight"));
        const Core::SimulationResult result = Test::generateWarehouse(m_small, Test::smallFleet(3, 9));
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    void init() { QSettings().clear(); }

    void navigationComesFromRegistry()
    {
        App::MainWindow window;
        const Views::ViewRegistry registry = Views::builtinViews();
        QStringList ids;
        for (const Views::ViewDescriptor &descriptor : registry.views())
            ids.append(descriptor.id);
        QCOMPARE(window.viewIds(), ids);
        QVERIFY(ids.contains(QStringLiteral("overview")));
        // No placeholders: every entry is a real view.
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), int(ids.size()));
        for (const QString &id : std::as_const(ids))
            QVERIFY(window.view(id));
        QCOMPARE(window.currentViewId(), ids.constFirst());
        QVERIFY2(window.statusText().contains(QStringLiteral("No warehouse open")), qPrintable(window.statusText()));
    }

    void linksMoveBetweenViews()
    {
        App::MainWindow window;
        Views::ViewLink link;
        link.view = QStringLiteral("timeline");
        link.entity = QStringLiteral("cpu_util_percent{host=\"h1\"}");
        QVERIFY(window.openLink(link));
        QCOMPARE(window.currentViewId(), QStringLiteral("timeline"));
        // A view emits the link; the window follows it.
        link.view = QStringLiteral("host");
        link.entity.clear();
        link.host = QStringLiteral("h1");
        Q_EMIT window.view(QStringLiteral("timeline"))->linkActivated(link);
        QCOMPARE(window.currentViewId(), QStringLiteral("host"));
        // An alert on a template's count series opens the log view.
        link.view = QStringLiteral("logs");
        link.entity = QStringLiteral("log_template_lines{host=\"h1\",source=\"app\",template=\"7\"}");
        Q_EMIT window.view(QStringLiteral("timeline"))->linkActivated(link);
        QCOMPARE(window.currentViewId(), QStringLiteral("logs"));
        // A link to a view that does not exist changes nothing.
        link.view = QStringLiteral("no-such-view");
        QVERIFY(!window.openLink(link));
        QCOMPARE(window.currentViewId(), QStringLiteral("logs"));
    }

    void logAlertOpensItsLinesInTheLogView()
    {
        // The operator's path: a new-template alert on the Anomalies page, Show Log
        // Lines, and the Logs page shows the lines behind it on that host.
        const QString path = m_dir.filePath(QStringLiteral("logs.opsight"));
        QVERIFY(Test::writeLogWarehouse(path).ok);
        qint64 alertId = 0;
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
            for (const Core::StoredAlert &a : Core::readStoredAlerts(warehouse->db(), Core::kEarliest, Core::kLatest, {}))
                if (a.detector == QLatin1String("new_template"))
                    alertId = a.eventId;
        }
        QVERIFY(alertId);
        App::MainWindow window;
        window.show();
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        window.openWarehouse(path);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        window.showView(QStringLiteral("timeline"));
        auto *timeline = qobject_cast<Views::TimelineView *>(window.view(QStringLiteral("timeline")));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->alertModel()->alertById(alertId), 30000);
        timeline->selectAlert(alertId);
        auto *showLogs = timeline->findChild<QPushButton *>(QStringLiteral("timeline.showLogs"));
        QVERIFY(showLogs && showLogs->isEnabled());
        auto *logs = qobject_cast<Views::LogView *>(window.view(QStringLiteral("logs")));
        QSignalSpy lines(logs, &Views::LogView::linesShown);
        showLogs->click();
        QCOMPARE(window.currentViewId(), QStringLiteral("logs"));
        QTRY_VERIFY_WITH_TIMEOUT(!lines.isEmpty() && !logs->isLoading(), 30000);
        QCOMPARE(logs->currentHost(), QStringLiteral("h1"));
        QCOMPARE(logs->lineModel()->rowCount(), 20);
        QVERIFY(logs->lineModel()->index(0, Views::LogLineModel::MessageColumn).data().toString().startsWith(
            QStringLiteral("Disk /dev/sdb medium error")));
    }

    void opensDemoWarehouseWithRightCounts()
    {
        // The real demo: the build's when it was generated, else the same spec here.
        QString path = App::demoWarehousePath();
        std::optional<Core::SimulationResult> generated;
        if (!QFileInfo(path).isFile() || path == App::userDemoWarehousePath()) {
            path = m_dir.filePath(QStringLiteral("demo.opsight"));
            QElapsedTimer timer;
            timer.start();
            generated = App::generateDemoWarehouse(path, App::demoSpec(), {});
            QVERIFY2(generated->ok, qPrintable(generated->error));
            qInfo("demo generated in %lld ms", timer.elapsed());
        }
        const Core::WarehouseSummary expected = Test::readSummary(path);
        QCOMPARE(expected.hosts, 50);
        // The simulator's own tally, a second opinion (core's business, so only noted).
        if (generated && (expected.samples != generated->samples || expected.logLines != generated->logLines))
            qWarning("simulator reports %lld samples, %lld log lines; the warehouse holds %lld, %lld",
                     generated->samples, generated->logLines, expected.samples, expected.logLines);

        App::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        window.openWarehouse(path);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QCOMPARE(window.currentWarehouse(), QFileInfo(path).absoluteFilePath());

        auto *overview = qobject_cast<Views::OverviewView *>(window.view(QStringLiteral("overview")));
        QVERIFY(overview);
        const auto label = [&window](const QString &key) {
            const auto *found = window.findChild<QLabel *>(QStringLiteral("overview.") + key);
            return found ? found->text() : QStringLiteral("<no label %1>").arg(key);
        };
        QTRY_COMPARE_WITH_TIMEOUT(label(QStringLiteral("hosts")), QStringLiteral("50"), 60000);
        QCOMPARE(label(QStringLiteral("clusters")), Views::Format::count(expected.clusters));
        QCOMPARE(label(QStringLiteral("racks")), Views::Format::count(expected.racks));
        QCOMPARE(label(QStringLiteral("services")), Views::Format::count(expected.services));
        QCOMPARE(label(QStringLiteral("series")), Views::Format::count(expected.series));
        QCOMPARE(label(QStringLiteral("samples")), Views::Format::count(expected.samples));
        QCOMPARE(label(QStringLiteral("events")), Views::Format::count(expected.events));
        QCOMPARE(label(QStringLiteral("logLines")), Views::Format::count(expected.logLines));
        QCOMPARE(label(QStringLiteral("logTemplates")), Views::Format::count(expected.logTemplates));
        QCOMPARE(label(QStringLiteral("jobs")), Views::Format::count(expected.jobs));
        QCOMPARE(label(QStringLiteral("tasks")), Views::Format::count(expected.tasks));
        QCOMPARE(label(QStringLiteral("groundTruth")), Views::Format::count(expected.groundTruth));
        QCOMPARE(label(QStringLiteral("dataSources")), Views::Format::count(expected.dataSources));
        QCOMPARE(label(QStringLiteral("firstTime")), Views::Format::timestamp(expected.firstTime));
        QCOMPARE(label(QStringLiteral("lastTime")), Views::Format::timestamp(expected.lastTime));
        // 14 days of data: the span says so.
        QVERIFY2(label(QStringLiteral("span")).startsWith(QStringLiteral("1")), qPrintable(label(QStringLiteral("span"))));
        QVERIFY(window.statusText().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
        QVERIFY(window.windowTitle().contains(QFileInfo(path).fileName()));

        m_demo = path;
    }

    void demoIsGeneratedOnFirstRun()
    {
        // An installed build (or OPSIGHT_BUILD_DEMO=OFF) has no demo: the first
        // "Open Demo Warehouse" generates it, off the GUI thread, with a progress dialog.
        if (App::demoWarehousePath() != App::userDemoWarehousePath())
            QSKIP("this build ships its demo warehouse; nothing to generate");
        const QString path = App::userDemoWarehousePath();
        QFile::remove(path);
        App::MainWindow window;
        window.show();
        QSignalSpy finished(&window, &App::MainWindow::demoGenerationFinished);
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        window.openDemoWarehouse();
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QCOMPARE(window.currentWarehouse(), path);
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::Hosts), QStringLiteral("50"), 60000);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
        QVERIFY(QFile::remove(path));
    }

    void demoGenerationCancels()
    {
        if (App::demoWarehousePath() != App::userDemoWarehousePath())
            QSKIP("this build ships its demo warehouse; nothing to generate");
        const QString path = App::userDemoWarehousePath();
        QFile::remove(path);
        App::MainWindow window;
        QSignalSpy finished(&window, &App::MainWindow::demoGenerationFinished);
        window.openDemoWarehouse();
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
        QVERIFY(progress);
        auto *cancelButton = progress->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click(); // as the user does; QProgressDialog::cancel() alone emits nothing
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
        QVERIFY(window.currentWarehouse().isEmpty());
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("errorMessage"))); // a cancel is no error
    }

    void missingFileKeepsCurrentWarehouse()
    {
        App::MainWindow window;
        window.show();
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        QSignalSpy failed(&window, &App::MainWindow::warehouseOpenFailed);
        window.openWarehouse(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::Hosts), QStringLiteral("3"), 30000);
        const QString statusBefore = window.statusText();

        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.opsight"));
        window.openWarehouse(missing);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(failed.at(0).at(0).toString(), missing);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(missing), qPrintable(message));

        // The error is on screen, and nothing else changed.
        QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), message);
        box->close();
        QCOMPARE(window.currentWarehouse(), m_small);
        QCOMPARE(window.statusText(), statusBefore);
        QCOMPARE(overviewText(window, Field::Hosts), QStringLiteral("3"));
        QCOMPARE(opened.count(), 1);
        QVERIFY(!window.recentFiles().contains(missing));
    }

    void invalidFileKeepsCurrentWarehouse()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("notes.opsight"));
        Test::writeFile(garbage, QByteArrayLiteral("just some notes, not SQLite"));
        App::MainWindow window;
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        QSignalSpy failed(&window, &App::MainWindow::warehouseOpenFailed);
        window.openWarehouse(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        window.openWarehouse(garbage);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY2(failed.at(0).at(1).toString().contains(garbage), qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(window.currentWarehouse(), m_small);
    }

    void importRefreshesOverviewAndStatus()
    {
        const QString warehouse = m_dir.filePath(QStringLiteral("import.opsight"));
        QFile::remove(warehouse);
        QVERIFY(QFile::copy(m_small, warehouse));
        const Core::WarehouseSummary before = Test::readSummary(warehouse);
        const QString input = m_dir.filePath(QStringLiteral("up.prom"));
        Test::writeFile(input, QByteArrayLiteral("up{host=\"a\"} 1 1700000000000\n"));

        App::MainWindow window;
        window.show();
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        window.openWarehouse(warehouse);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::Series), Views::Format::count(before.series), 30000);

        window.showImportDialog();
        Views::ImportDialog *dialog = window.importDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->warehouse(), warehouse);
        dialog->setInputFiles({input});
        QSignalSpy finished(dialog, &Views::ImportDialog::importFinished);
        QVERIFY(dialog->startImport());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::Series), Views::Format::count(before.series + 1), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::DataSources),
                                  Views::Format::count(before.dataSources + 1), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("last import")), 30000);
    }

    void refreshPicksUpExternalChanges()
    {
        // opsight-cli (or another console) wrote to the open warehouse: View > Refresh.
        const QString warehouse = m_dir.filePath(QStringLiteral("external.opsight"));
        QFile::remove(warehouse);
        QVERIFY(QFile::copy(m_small, warehouse));
        const qint64 sourcesBefore = Test::readSummary(warehouse).dataSources;
        App::MainWindow window;
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        window.openWarehouse(warehouse);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::DataSources), Views::Format::count(sourcesBefore), 30000);
        Core::Warehouse::open(warehouse, Core::Warehouse::Mode::ReadWrite)
            ->recordDataSource({QStringLiteral("csv"), QStringLiteral("/srv/export.csv"), 0, 12, {}});
        window.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(overviewText(window, Field::DataSources), Views::Format::count(sourcesBefore + 1),
                                  30000);
        const QString sources = QCoreApplication::translate("Opsight::Views::WarehouseSnapshot", "%n data source(s)",
                                                            nullptr, int(sourcesBefore + 1));
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusText().contains(sources), qPrintable(window.statusText()), 30000);
    }

    void recentFilesAndLastSessionPersist()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.opsight"));
        QFile::remove(other);
        QVERIFY(QFile::copy(m_small, other));
        {
            App::MainWindow window;
            QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
            window.openWarehouse(m_small);
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
            window.openWarehouse(other);
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 30000);
            QCOMPARE(window.recentFiles(), (QStringList{other, m_small}));
            window.close();
        }
        {
            // A new session reopens the last warehouse by itself.
            App::MainWindow window;
            QCOMPARE(window.recentFiles(), (QStringList{other, m_small}));
            QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
            window.restoreLastSession();
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
            QCOMPARE(window.currentWarehouse(), other);

            // A recent entry whose file went away is removed, with a message.
            QVERIFY(QFile::remove(other));
            auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
            QVERIFY(menu);
            QAction *entry = nullptr;
            for (QAction *action : menu->actions()) {
                if (action->toolTip() == QDir::toNativeSeparators(other))
                    entry = action;
            }
            QVERIFY(entry);
            entry->trigger();
            QCOMPARE(window.recentFiles(), QStringList{m_small});
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
            QVERIFY(box);
            QVERIFY(box->text().contains(QDir::toNativeSeparators(other)));
            box->close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList(), QStringList{m_small});
    }

    void recentFilesLogic()
    {
        App::RecentFiles recent;
        for (int i = 0; i < 10; ++i)
            recent.add(m_dir.filePath(QStringLiteral("f%1.opsight").arg(i)));
        QCOMPARE(recent.files().size(), App::RecentFiles::kMaximum);
        QCOMPARE(recent.files().constFirst(), m_dir.filePath(QStringLiteral("f9.opsight")));
        recent.add(m_dir.filePath(QStringLiteral("f5.opsight")));
        QCOMPARE(recent.files().constFirst(), m_dir.filePath(QStringLiteral("f5.opsight")));
        QCOMPARE(recent.files().count(m_dir.filePath(QStringLiteral("f5.opsight"))), 1);
        // None of these exist.
        QCOMPARE(recent.removeMissing().size(), App::RecentFiles::kMaximum);
        QVERIFY(recent.files().isEmpty());
        // Stored order survives a round trip.
        const QStringList stored{m_small, m_dir.filePath(QStringLiteral("x.opsight"))};
        QCOMPARE(App::RecentFiles(stored).files(), stored);
    }

    void windowStateIsSaved()
    {
        {
            App::MainWindow window;
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/currentView")).toString(), QStringLiteral("overview"));
    }

    void aboutNamesVersions()
    {
        const QString text = App::aboutText();
        for (const QString &expected : {QStringLiteral(OPSIGHT_VERSION), QString::fromLatin1(qVersion()),
                                        Core::sqliteVersion(), Core::boostVersion(), QStringLiteral("2.1.0")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void screenshot()
    {
        // Not a check: `OPSIGHT_SCREENSHOT=overview.png xvfb-run -a tst_mainwindow screenshot`
        // saves the window on the demo (docs/screenshots/overview.png).
        const QString target = qEnvironmentVariable("OPSIGHT_SCREENSHOT");
        if (target.isEmpty())
            QSKIP("set OPSIGHT_SCREENSHOT=<file.png> to save a screenshot of the demo");
        if (m_demo.isEmpty()) {
            m_demo = QFileInfo(App::demoWarehousePath()).isFile() ? App::demoWarehousePath()
                                                                  : m_dir.filePath(QStringLiteral("demo.opsight"));
            if (!QFileInfo(m_demo).isFile())
                QVERIFY(App::generateDemoWarehouse(m_demo, App::demoSpec(), {}).ok);
        }
        App::installTranslators(*QCoreApplication::instance(),
                                qEnvironmentVariable("OPSIGHT_SCREENSHOT_LANGUAGE", QStringLiteral("en")));
        App::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Companions next to the main shot: the empty start page and the import dialog.
        const QString stem = target.left(target.lastIndexOf(QLatin1Char('.')));
        QTest::qWait(200);
        QVERIFY(window.grab().save(stem + QStringLiteral("-empty.png")));
        window.showImportDialog();
        QTest::qWait(200);
        QVERIFY(window.importDialog()->grab().save(stem + QStringLiteral("-import.png")));
        window.importDialog()->close();
        QSignalSpy opened(&window, &App::MainWindow::warehouseOpened);
        window.openWarehouse(m_demo);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!overviewText(window, Field::Samples).startsWith(QStringLiteral("–")), 60000);
        QTest::qWait(300);
        QVERIFY(window.grab().save(target));
        // Every other page beside it: <view id>.png in the same folder, once its reads settled.
        for (const QString &id : window.viewIds()) {
            if (id == QStringLiteral("overview"))
                continue;
            window.showView(id);
            QTest::qWait(5000);
            QVERIFY(window.grab().save(QFileInfo(target).dir().filePath(id + QStringLiteral(".png"))));
        }
    }

private:
    static QString overviewText(const App::MainWindow &window, Field field)
    {
        const auto *overview = qobject_cast<Views::OverviewView *>(window.view(QStringLiteral("overview")));
        return overview ? overview->fieldText(field) : QString();
    }

    QTemporaryDir m_dir;
    QString m_small;
    QString m_demo;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
