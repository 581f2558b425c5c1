// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog: imports on a worker, shows progress and the result or the error,
// cancels without changing the warehouse, and the overview refreshes afterwards.
#include "common/formatting.h"
#include "importer/importdialog.h"
#include "overview/overviewview.h"
#include "views/warehousefixture.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight;
using Field = Views::OverviewView::Field;


class tst_Importer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.opsight"));
        const Core::SimulationResult result = Test::generateWarehouse(m_base, Test::smallFleet(2, 5));
        QVERIFY2(result.ok, qPrintable(result.error));
    }

    void formatsOffered()
    {
        Views::ImportDialog dialog;
        const auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("importer.format"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), Core::importFormatNames().size() + 1); // + automatic
        QCOMPARE(dialog.format(), Core::ImportFormat::Auto);
        dialog.setFormat(Core::ImportFormat::Csv);
        QCOMPARE(dialog.format(), Core::ImportFormat::Csv);
    }

    void importRefreshesOverview()
    {
        const QString warehouse = copyOfBase(QStringLiteral("import.opsight"));
        const QString input = m_dir.filePath(QStringLiteral("up.prom"));
        Test::writeFile(input, QByteArrayLiteral("up{host=\"a\"} 1 1700000000000\n"));
        const Core::WarehouseSummary before = Test::readSummary(warehouse);

        Views::OverviewView overview;
        QSignalSpy shown(&overview, &Views::OverviewView::snapshotShown);
        overview.setWarehouse(warehouse);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QCOMPARE(overview.fieldText(Field::Series), Views::Format::count(before.series));

        Views::ImportDialog dialog;
        // The main window does this wiring; here the test stands in for it.
        connect(&dialog, &Views::ImportDialog::importFinished, &overview, [&overview](const Core::ImportResult &r) {
            if (r.ok)
                overview.reload();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setWarehouse(warehouse);
        dialog.setInputFiles({input});
        QSignalSpy finished(&dialog, &Views::ImportDialog::importFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("importer.importButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.at(0).at(0).value<Core::ImportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.samplesAdded, 1);
        QCOMPARE(result.seriesCreated, 1);
        QCOMPARE(finished.at(0).at(1).toString(), warehouse);
        QVERIFY(!dialog.isImporting());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("1 new samples")), qPrintable(dialog.messageText()));

        QTRY_COMPARE_WITH_TIMEOUT(overview.fieldText(Field::Series), Views::Format::count(before.series + 1), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(overview.fieldText(Field::Samples), Views::Format::count(before.samples + 1), 30000);
        QCOMPARE(overview.fieldText(Field::DataSources), Views::Format::count(before.dataSources + 1));
        const auto sources = Test::readDataSources(warehouse);
        QVERIFY(std::any_of(sources.begin(), sources.end(),
                            [&input](const Core::DataSourceInfo &s) { return s.location == input; }));
    }

    void cancelLeavesWarehouseUnchanged()
    {
        const QString warehouse = copyOfBase(QStringLiteral("cancel.opsight"));
        // Big enough that the import is still parsing when Cancel arrives; core also
        // asks once more right before its commit, so a cancel can never be too late.
        const QString input = m_dir.filePath(QStringLiteral("big.prom"));
        QByteArray content;
        for (int i = 0; i < 200000; ++i)
            content += "load{host=\"h" + QByteArray::number(i % 500) + "\"} " + QByteArray::number(i % 97) + ' '
                + QByteArray::number(1700000000000LL + qint64(i / 500) * 60000) + '\n';
        Test::writeFile(input, content);
        const QByteArray before = digestOf(warehouse);
        const Core::WarehouseSummary summaryBefore = Test::readSummary(warehouse);

        Views::ImportDialog dialog;
        dialog.setWarehouse(warehouse);
        dialog.setInputFiles({input});
        QSignalSpy finished(&dialog, &Views::ImportDialog::importFinished);
        QVERIFY(dialog.startImport());
        dialog.reject(); // Cancel while importing: stops the job, keeps the dialog
        QVERIFY(dialog.isImporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto result = finished.at(0).at(0).value<Core::ImportResult>();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("cancelled")), qPrintable(dialog.messageText()));

        QCOMPARE(digestOf(warehouse), before);
        const Core::WarehouseSummary summaryAfter = Test::readSummary(warehouse);
        QCOMPARE(summaryAfter.series, summaryBefore.series);
        QCOMPARE(summaryAfter.samples, summaryBefore.samples);
        QCOMPARE(summaryAfter.dataSources, summaryBefore.dataSources);
    }

    void errorNamesFileLineAndColumn()
    {
        const QString warehouse = copyOfBase(QStringLiteral("error.opsight"));
        const QString input = m_dir.filePath(QStringLiteral("bad.prom"));
        Test::writeFile(input, QByteArrayLiteral("up{host=\"a\"} 1 1700000000000\nup{host=\"b\" 1 1700000000000\n"));
        const QByteArray before = digestOf(warehouse);

        Views::ImportDialog dialog;
        dialog.setWarehouse(warehouse);
        dialog.setInputFiles({input});
        dialog.setFormat(Core::ImportFormat::OpenMetrics);
        QSignalSpy finished(&dialog, &Views::ImportDialog::importFinished);
        QVERIFY(dialog.startImport());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.at(0).at(0).value<Core::ImportResult>();
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        // "…/bad.prom:2:<column>: …", shown in the dialog as it came.
        QVERIFY2(result.error.contains(QStringLiteral("bad.prom:2:")), qPrintable(result.error));
        QVERIFY2(dialog.messageText().contains(result.error), qPrintable(dialog.messageText()));
        QCOMPARE(digestOf(warehouse), before);
    }

    void validatesBeforeStarting()
    {
        Views::ImportDialog dialog;
        dialog.setWarehouse(m_base);
        QVERIFY(!dialog.startImport());
        QVERIFY(!dialog.isImporting());
        QVERIFY(!dialog.messageText().isEmpty());

        // Raw logs need their header format before anything starts.
        const QString log = m_dir.filePath(QStringLiteral("app.log"));
        Test::writeFile(log, QByteArrayLiteral("2024-01-02 03:04:05 INFO main: started\n"));
        dialog.setInputFiles({log});
        dialog.setFormat(Core::ImportFormat::Log);
        QVERIFY(!dialog.startImport());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("header format")), qPrintable(dialog.messageText()));
        dialog.setFormat(Core::ImportFormat::Auto);

        const QString missing = m_dir.filePath(QStringLiteral("missing.prom"));
        dialog.setInputFiles({missing});
        QVERIFY(!dialog.startImport());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("missing.prom")), qPrintable(dialog.messageText()));
    }

    void importCreatesNewWarehouse()
    {
        const QString warehouse = m_dir.filePath(QStringLiteral("new/fresh.opsight"));
        QVERIFY(QDir().mkpath(QFileInfo(warehouse).absolutePath()));
        const QString input = m_dir.filePath(QStringLiteral("fresh.prom"));
        Test::writeFile(input, QByteArrayLiteral("up{host=\"a\"} 1 1700000000000\nup{host=\"b\"} 0 1700000000000\n"));
        Views::ImportDialog dialog;
        dialog.setWarehouse(warehouse);
        dialog.setInputFiles({input});
        QSignalSpy finished(&dialog, &Views::ImportDialog::importFinished);
        QVERIFY(dialog.startImport());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.at(0).at(0).value<Core::ImportResult>().ok,
                 qPrintable(finished.at(0).at(0).value<Core::ImportResult>().error));
        QCOMPARE(Test::readSummary(warehouse).series, 2);
    }

private:
    QString copyOfBase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            qFatal("cannot copy the base warehouse");
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static QByteArray digestOf(const QString &path)
    {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
        return Core::contentDigest(warehouse->db());
    }

    QTemporaryDir m_dir;
    QString m_base;
};

QTEST_MAIN(tst_Importer)
#include "tst_importer.moc"
