// SPDX-License-Identifier: GPL-3.0-or-later
// The overview page and its data-sources model: offscreen, on generated warehouses.
#include "common/formatting.h"
#include "overview/datasourcemodel.h"
#include "overview/overviewview.h"
#include "views/warehousefixture.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight;
using Field = Views::OverviewView::Field;

namespace {
// One line per row, cells joined with " | ", as the user reads the table.
QStringList printTable(const QAbstractItemModel &model)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QStringLiteral(" | ")));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

std::vector<Core::DataSourceInfo> sampleSources()
{
    return {
        {QStringLiteral("openmetrics"), QStringLiteral("/data/node.om"), 1795168800000, 1234567, QStringLiteral("ok")},
        {QStringLiteral("jsonl"), QStringLiteral("/data/alerts.jsonl"), 1795082400000, 42, QStringLiteral("ok")},
        {QStringLiteral("csv"), QStringLiteral("/data/bad.csv"), 1795172400000, 0,
         QStringLiteral("failed: bad.csv:3:7: expected a number, found 'x'")},
    };
}
} // namespace

class tst_Overview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Fixed number formatting for the expected strings.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small.opsight"));
        m_larger = m_dir.filePath(QStringLiteral("larger.opsight"));
        const Core::SimulationResult small = Test::generateWarehouse(m_small, Test::smallFleet(3, 11));
        QVERIFY2(small.ok, qPrintable(small.error));
        const Core::SimulationResult larger = Test::generateWarehouse(m_larger, Test::smallFleet(8, 12));
        QVERIFY2(larger.ok, qPrintable(larger.error));
    }

    void dataSourceModelRows()
    {
        Views::DataSourceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setData(sampleSources());
        const QStringList expected = {
            QStringLiteral("Kind | Location | Last import | Records | Status"),
            QStringLiteral("openmetrics | /data/node.om | 2026-11-20 10:00 UTC | 1,234,567 | OK"),
            QStringLiteral("jsonl | /data/alerts.jsonl | 2026-11-19 10:00 UTC | 42 | OK"),
            QStringLiteral("csv | /data/bad.csv | 2026-11-20 11:00 UTC | 0 | failed: bad.csv:3:7: expected a number, found 'x'"),
        };
        QCOMPARE(printTable(model), expected);
        QCOMPARE(model.index(0, Views::DataSourceModel::RecordsColumn).data(Views::DataSourceModel::SortRole),
                 QVariant(qint64(1234567)));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dataSourceProxySorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("kinds");
        QTest::addRow("newest import first") << int(Views::DataSourceModel::LastImportColumn) << Qt::DescendingOrder
                                             << QStringList{QStringLiteral("csv"), QStringLiteral("openmetrics"),
                                                            QStringLiteral("jsonl")};
        // Numerically: "42" < "1,234,567", which a text sort would get wrong.
        QTest::addRow("records ascending") << int(Views::DataSourceModel::RecordsColumn) << Qt::AscendingOrder
                                           << QStringList{QStringLiteral("csv"), QStringLiteral("jsonl"),
                                                          QStringLiteral("openmetrics")};
        QTest::addRow("kind ascending") << int(Views::DataSourceModel::KindColumn) << Qt::AscendingOrder
                                        << QStringList{QStringLiteral("csv"), QStringLiteral("jsonl"),
                                                       QStringLiteral("openmetrics")};
    }

    void dataSourceProxySorts()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, kinds);
        Views::DataSourceModel model;
        Views::DataSourceProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, order);
        model.setData(sampleSources());
        QStringList actual;
        for (int row = 0; row < proxy.rowCount(); ++row)
            actual.append(proxy.index(row, Views::DataSourceModel::KindColumn).data().toString());
        QCOMPARE(actual, kinds);
    }

    void formatting()
    {
        QCOMPARE(Views::Format::count(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(Views::Format::timestamp(0), QStringLiteral("–"));
        QCOMPARE(Views::Format::timestamp(1795168800000), QStringLiteral("2026-11-20 10:00 UTC"));
        // Plural forms come from the English translation: see tst_startup.
    }

    void showsCountsOfWarehouse()
    {
        const Core::WarehouseSummary expected = Test::readSummary(m_small);
        QCOMPARE(expected.hosts, 3);

        Views::OverviewView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy shown(&view, &Views::OverviewView::snapshotShown);
        view.setWarehouse(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QVERIFY(!view.isLoading());
        verifyFields(view, expected);
        // What the user reads: the labels, found by name.
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("overview.hosts"))->text(), QStringLiteral("3"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("overview.title"))->text(), QStringLiteral("small.opsight"));
        QCOMPARE(view.fieldText(Field::Span), Views::Format::duration(expected.lastTime - expected.firstTime));
    }

    void staleLoadIsDropped()
    {
        // Two requests in a row: once the second is made, only its result may show,
        // whichever worker finishes first. (The first may show before the second is
        // made: a continuation on a finished future runs at once.)
        Views::OverviewView view;
        QSignalSpy shown(&view, &Views::OverviewView::snapshotShown);
        view.setWarehouse(m_larger);
        const auto shownBefore = shown.count();
        view.setWarehouse(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), shownBefore + 1, 30000);
        QTest::qWait(200); // give a stale result the chance to (wrongly) arrive
        QCOMPARE(shown.count(), shownBefore + 1);
        QCOMPARE(shown.constLast().at(0).value<Views::WarehouseSnapshot>().path, m_small);
        verifyFields(view, Test::readSummary(m_small));
    }

    void reloadShowsNewContent()
    {
        const QString path = m_dir.filePath(QStringLiteral("reload.opsight"));
        QVERIFY(QFile::copy(m_small, path));
        Views::OverviewView view;
        QSignalSpy shown(&view, &Views::OverviewView::snapshotShown);
        view.setWarehouse(path);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
            warehouse->recordDataSource({QStringLiteral("csv"), QStringLiteral("/x.csv"), 1795168800000, 5, {}});
        }
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
        QCOMPARE(view.fieldText(Field::DataSources), Views::Format::count(Test::readSummary(path).dataSources));
        const auto *table = view.findChild<QAbstractItemView *>(QStringLiteral("overview.dataSources"));
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() >= 1);
    }

    void emptyPageInvitesToOpen()
    {
        Views::OverviewView view;
        view.setWarehouse({});
        const auto *pages = view.findChild<QStackedWidget *>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("overview.emptyPage"));
        QSignalSpy open(&view, &Views::View::openWarehouseRequested);
        QSignalSpy import(&view, &Views::View::importRequested);
        QSignalSpy demo(&view, &Views::View::demoRequested);
        view.findChild<QPushButton *>(QStringLiteral("overview.openButton"))->click();
        view.findChild<QPushButton *>(QStringLiteral("overview.importButton"))->click();
        view.findChild<QPushButton *>(QStringLiteral("overview.demoButton"))->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(import.count(), 1);
        QCOMPARE(demo.count(), 1);
    }

    void unreadableFileShowsError()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.opsight"));
        Test::writeFile(garbage, QByteArrayLiteral("this is not a database, only some text"));
        Views::OverviewView view;
        QSignalSpy shown(&view, &Views::OverviewView::snapshotShown);
        view.setWarehouse(garbage);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        const auto snapshot = shown.at(0).at(0).value<Views::WarehouseSnapshot>();
        QVERIFY(!snapshot.ok);
        const QString state = view.findChild<QLabel *>(QStringLiteral("overview.state"))->text();
        QVERIFY2(state.contains(garbage), qPrintable(state));
        QCOMPARE(view.fieldText(Field::Hosts), QStringLiteral("–"));
    }

    void descriptorBuildsTheView()
    {
        const Views::ViewDescriptor descriptor = Views::OverviewView::descriptor();
        QCOMPARE(descriptor.id, QStringLiteral("overview"));
        QVERIFY(!descriptor.title.isEmpty());
        std::unique_ptr<Views::View> view(descriptor.factory(nullptr));
        QVERIFY(qobject_cast<Views::OverviewView *>(view.get()));
    }

private:
    static void verifyFields(const Views::OverviewView &view, const Core::WarehouseSummary &s)
    {
        const std::pair<Field, qint64> counts[] = {
            {Field::Clusters, s.clusters}, {Field::Racks, s.racks},       {Field::Hosts, s.hosts},
            {Field::Services, s.services}, {Field::Queues, s.queues},     {Field::Series, s.series},
            {Field::Samples, s.samples},   {Field::Events, s.events},     {Field::LogLines, s.logLines},
            {Field::LogTemplates, s.logTemplates}, {Field::Jobs, s.jobs}, {Field::Tasks, s.tasks},
            {Field::GroundTruth, s.groundTruth},   {Field::DataSources, s.dataSources},
        };
        for (const auto &[field, value] : counts)
            QCOMPARE(view.fieldText(field), Views::Format::count(value));
        QCOMPARE(view.fieldText(Field::FirstTime), Views::Format::timestamp(s.firstTime));
        QCOMPARE(view.fieldText(Field::LastTime), Views::Format::timestamp(s.lastTime));
        QCOMPARE(view.fieldText(Field::FileSize), Views::Format::bytes(s.fileBytes));
    }

    QTemporaryDir m_dir;
    QString m_small;
    QString m_larger;
};

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
