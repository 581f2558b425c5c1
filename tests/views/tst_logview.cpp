// SPDX-License-Identifier: GPL-3.0-or-later
// The log view, offscreen, on a warehouse with a new and a rare template: the
// templates and their marks, filters, the lines of a template with their
// parameters, links in (from an alert's count series, from a host's template)
// and out (to the timeline, to a host).
#include "logfixture.h"
#include "logs/loglinemodel.h"
#include "logs/logtemplatefilter.h"
#include "logs/logtemplatemodel.h"
#include "logs/logview.h"
#include "logs/textspans.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#include <memory>

using namespace Opsight;
using Views::LogTemplateModel;

class tst_LogView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = m_dir.filePath(QStringLiteral("logs.opsight"));
        const Core::ScanResult scan = Test::writeLogWarehouse(m_path);
        QVERIFY2(scan.ok, qPrintable(scan.error));
    }

    void showsTheTemplatesOfTheSource()
    {
        const auto view = openView();
        auto *templates = view->templateModel();
        QAbstractItemModelTester templateTester(templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester lineTester(view->lineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && templates->rowCount() == 4, 20000);
        QCOMPARE(view->currentSource(), QStringLiteral("app"));
        auto *hosts = view->findChild<QComboBox *>(QStringLiteral("logs.host"));
        QCOMPARE(hosts->count(), 3); // every host, h1, h2
        QVERIFY2(view->statusText().contains(QStringLiteral("in 4 template")) && view->statusText().contains(QStringLiteral("1 new")),
                 qPrintable(view->statusText()));

        const QModelIndex disk = templates->indexOfFamily(familyOf(*templates, Test::kDiskError));
        QVERIFY(disk.isValid());
        const QString status = disk.siblingAtColumn(LogTemplateModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QStringLiteral("New")) && status.contains(QStringLiteral("1 alert")) && disk.siblingAtColumn(LogTemplateModel::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("new template")),
                 qPrintable(status));
        QCOMPARE(disk.siblingAtColumn(LogTemplateModel::LinesColumn).data().toString(), QStringLiteral("20"));
        const auto buckets = disk.data(LogTemplateModel::BucketsRole).value<QList<double>>();
        QCOMPARE(std::accumulate(buckets.begin(), buckets.end(), 0.0), 20.0);
        // The wildcard of the template is highlighted.
        QCOMPARE(disk.data(LogTemplateModel::SpansRole).value<Views::TextSpans>(),
                 Views::TextSpans{QPoint(int(Test::kDiskError.indexOf(QStringLiteral("<*>"))), 3)});
        const QModelIndex reload = templates->indexOfFamily(familyOf(*templates, Test::kConfigReload));
        QVERIFY(reload.siblingAtColumn(LogTemplateModel::StatusColumn).data().toString().contains(QStringLiteral("Rare")));

        // The busiest template is selected and its lines are shown.
        QTRY_VERIFY_WITH_TIMEOUT(view->lineModel()->rowCount() > 0, 20000);
        QVERIFY2(view->linesText().contains(QStringLiteral("the first 2,000 of")), qPrintable(view->linesText()));
        // It paints, delegates included.
        view->resize(1200, 700);
        QVERIFY(!view->grab().isNull());
    }

    void filtersKeepMarkedOrMatchingTemplates()
    {
        const auto view = openView();
        view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->templateModel()->rowCount() == 4, 20000);
        auto *filter = view->templateFilter();
        view->findChild<QCheckBox *>(QStringLiteral("logs.markedOnly"))->setChecked(true);
        QCOMPARE(filter->rowCount(), 2); // the new disk error and the rare reload
        view->findChild<QCheckBox *>(QStringLiteral("logs.markedOnly"))->setChecked(false);
        view->findChild<QLineEdit *>(QStringLiteral("logs.filter"))->setText(QStringLiteral("HEARTBEAT"));
        QCOMPARE(filter->rowCount(), 1);
        // Sorting by status puts the alerting templates first.
        view->findChild<QLineEdit *>(QStringLiteral("logs.filter"))->clear();
        view->templateTable()->sortByColumn(LogTemplateModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(filter->index(0, LogTemplateModel::TemplateColumn).data().toString(), Test::kDiskError);
    }

    void alertLinkOpensTheLinesBehindIt()
    {
        const auto view = openView();
        view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->templateModel()->rowCount() == 4, 20000);
        const qint64 disk = familyOf(*view->templateModel(), Test::kDiskError);
        // What the timeline sends for an alert on a template's count series.
        Views::ViewLink link;
        link.view = QStringLiteral("logs");
        link.entity = QStringLiteral("log_template_lines{host=\"h1\",source=\"app\",template=\"%1\"}").arg(disk);
        link.host = QStringLiteral("h1");
        link.from = Test::kNewAt - 5 * Core::kMinute;
        link.to = Test::kNewAt + 10 * Core::kMinute;
        QSignalSpy shown(view.get(), &Views::LogView::linesShown);
        QVERIFY(view->openLink(link));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().front().toLongLong() == disk, 20000);
        QCOMPARE(view->currentHost(), QStringLiteral("h1"));
        QCOMPARE(view->currentFamily(), disk);
        QCOMPARE(view->windowFrom(), link.from);
        QCOMPARE(view->windowTo(), link.to);
        QCOMPARE(view->lineModel()->rowCount(), 20);
        QVERIFY2(view->linesText().contains(QStringLiteral("on h1: 20 lines")), qPrintable(view->linesText()));
        // The sector number, the line's parameter, is highlighted in the message.
        const QModelIndex message = view->lineModel()->index(0, Views::LogLineModel::MessageColumn);
        const QString content = message.data().toString();
        const auto spans = message.data(Views::LogLineModel::SpansRole).value<Views::TextSpans>();
        QCOMPARE(spans.size(), 1);
        QVERIFY(content.mid(spans[0].x(), spans[0].y()).toInt() >= 88000);
        QCOMPARE(content.left(spans[0].x()), QStringLiteral("Disk /dev/sdb medium error at sector "));

        // A search runs in the warehouse: one sector number, one line.
        const QString sector = content.mid(spans[0].x(), spans[0].y());
        shown.clear();
        view->findChild<QLineEdit *>(QStringLiteral("logs.lineFilter"))->setText(sector);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view->isLoading(), 20000);
        QCOMPARE(view->lineModel()->rowCount(), 1);
        QVERIFY2(view->linesText().contains(sector), qPrintable(view->linesText()));
        view->findChild<QLineEdit *>(QStringLiteral("logs.lineFilter"))->clear();
        QTRY_COMPARE_WITH_TIMEOUT(view->lineModel()->rowCount(), 20, 20000);

        // Activating a line opens its host.
        QSignalSpy links(view.get(), &Views::View::linkActivated);
        Q_EMIT view->findChild<QTableView *>(QStringLiteral("logs.lines"))->activated(message);
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.front().front().value<Views::ViewLink>().view, QStringLiteral("host"));
        QCOMPARE(links.front().front().value<Views::ViewLink>().host, QStringLiteral("h1"));
    }

    void hostTemplateLinkResolvesItsFamily()
    {
        const auto view = openView();
        const qint64 templateId = firstLineTemplateId();
        Views::ViewLink link;
        link.view = QStringLiteral("logs");
        link.entity = QStringLiteral("template:%1").arg(templateId);
        link.host = QStringLiteral("h1");
        QSignalSpy shown(view.get(), &Views::LogView::linesShown);
        QVERIFY(view->openLink(link));
        // The page's first load may show its busiest template before the link's
        // load arrives: wait for the template the link names.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().front().toLongLong() != 0
                                     && shown.last().front().toLongLong() == familyOf(*view->templateModel(), Test::kDiskError),
                                 20000);
        QCOMPARE(view->currentFamily(), familyOf(*view->templateModel(), Test::kDiskError));

        // A template that is not there says so; a metric series is not a view's business here.
        link.entity = QStringLiteral("template:987654");
        QVERIFY(view->openLink(link));
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(QStringLiteral("987654")), 20000);
        link.entity = QStringLiteral("cpu_util_percent{host=\"h1\"}");
        QVERIFY(!view->openLink(link));
    }

    void templateCountsOpenOnTheTimeline()
    {
        const auto view = openView();
        view->showSource(QStringLiteral("app"), QStringLiteral("h2"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->templateModel()->rowCount() == 4, 20000);
        const qint64 reload = familyOf(*view->templateModel(), Test::kConfigReload);
        QSignalSpy links(view.get(), &Views::View::linkActivated);
        view->showOnTimeline(reload);
        QCOMPARE(links.count(), 1);
        const auto link = links.front().front().value<Views::ViewLink>();
        QCOMPARE(link.view, QStringLiteral("timeline"));
        QCOMPARE(link.entity, QStringLiteral("log_template_lines{source=\"app\",template=\"%1\",host=\"h2\"}").arg(reload));
        QVERIFY(link.hasWindow());
    }

    void mergeFromTheViewChangesLaterImports()
    {
        // On a copy: the other tests read the fixture as it was written.
        const QString copy = m_dir.filePath(QStringLiteral("merge.opsight"));
        QVERIFY(QFile::copy(m_path, copy));
        auto view = std::make_unique<Views::LogView>();
        view->setWarehouse(copy);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->templateModel()->rowCount() == 4, 20000);
        const qint64 heartbeat = familyOf(*view->templateModel(), QStringLiteral("Worker <*> heartbeat ok"));
        const qint64 served = familyOf(*view->templateModel(), QStringLiteral("Served request <*> in <*> ms"));
        QSignalSpy changed(view.get(), &Views::LogView::templatesChanged);
        QSignalSpy shown(view.get(), &Views::LogView::templatesShown);
        view->mergeTemplate(heartbeat, served);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        QVERIFY2(changed.front().at(0).toBool(), qPrintable(changed.front().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view->isLoading(), 20000);
        const QModelIndex merged = view->templateModel()->indexOfFamily(heartbeat, LogTemplateModel::StatusColumn);
        QVERIFY2(merged.data().toString().contains(QStringLiteral("Merged into #%1").arg(served)),
                 qPrintable(merged.data().toString()));
        QVERIFY2(view->statusText().contains(QStringLiteral("from the next import on")), qPrintable(view->statusText()));
        // Twice is an error the operator reads, and nothing changes.
        view->mergeTemplate(heartbeat, served);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20000);
        QVERIFY(!changed.at(1).at(0).toBool());
        QVERIFY2(view->statusText().contains(QStringLiteral("already merged")), qPrintable(view->statusText()));
    }

    void noWarehouseNoTemplates()
    {
        const auto view = std::make_unique<Views::LogView>();
        view->setWarehouse({});
        QCOMPARE(view->templateModel()->rowCount(), 0);
        QVERIFY(view->statusText().contains(QStringLiteral("No warehouse")));
    }

private:
    std::unique_ptr<Views::LogView> openView()
    {
        auto view = std::make_unique<Views::LogView>();
        view->setWarehouse(m_path);
        return view;
    }

    static qint64 familyOf(const LogTemplateModel &model, const QString &text)
    {
        for (const Core::TemplateActivity &a : model.templates())
            if (a.family.current().text == text)
                return a.family.family;
        return 0;
    }

    // A template id as the host page links to it: the version of a stored disk-error line.
    qint64 firstLineTemplateId() const
    {
        const auto warehouse = Core::Warehouse::open(m_path, Core::Warehouse::Mode::ReadOnly);
        Core::Statement stmt = warehouse->db().prepare(
            "SELECT template_id FROM log_line WHERE content LIKE 'Disk /dev/sdb%' ORDER BY id LIMIT 1");
        return stmt.step() ? stmt.columnInt64(0) : 0;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
