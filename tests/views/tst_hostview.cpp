// SPDX-License-Identifier: GPL-3.0-or-later
// The host page, offscreen, on a simulated fleet that was scanned for anomalies.
#include "common/rowtablemodel.h"
#include "fleet/fleetscan.h"
#include "host/hostview.h"
#include "timeline/timelineview.h"
#include "views/warehousefixture.h"
#include "anomaly/alertscan.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Opsight;

class tst_HostView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Views::HostView> openView()
    {
        auto view = std::make_unique<Views::HostView>();
        view->resize(1200, 800);
        view->show();
        QSignalSpy shown(view.get(), &Views::HostView::hostShown);
        view->setWarehouse(m_path);
        if (!shown.count() && !shown.wait(60000))
            qWarning("no host shown: %s", qPrintable(view->statusText()));
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fleet.opsight"));
        Core::SimulationSpec spec = Test::smallFleet(12, 5);
        spec.days = 2;
        const Core::SimulationResult simulated = Test::generateWarehouse(m_path, spec);
        QVERIFY2(simulated.ok, qPrintable(simulated.error));
        const auto warehouse = Core::Warehouse::open(m_path, Core::Warehouse::Mode::ReadWrite);
        const Core::ScanResult scan = Core::scanWarehouse(*warehouse, Core::ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        m_fleet = Core::readFleetAt(*warehouse, 0);
        QVERIFY(!m_fleet.health.empty());
    }

    void opensOnTheLeastHealthyHost()
    {
        const auto view = openView();
        QCOMPARE(view->currentHost().toStdString(), m_fleet.health.front().host);
        const QString header = view->headerText();
        QVERIFY2(header.contains(QStringLiteral("Health ")), qPrintable(header));
        QVERIFY2(header.contains(view->currentHost()), qPrintable(header));
        // The same score as the fleet read gives for this host.
        QCOMPARE(view->detail().health.score, m_fleet.health.front().score);
    }

    void tablesHoldTheHostsRecords()
    {
        const auto view = openView();
        Views::ViewLink link;
        link.view = QStringLiteral("host");
        link.host = QString::fromStdString(m_fleet.health.back().host); // the healthiest
        QSignalSpy shown(view.get(), &Views::HostView::hostShown);
        QVERIFY(view->openLink(link));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QCOMPARE(view->currentHost(), link.host);
        const Core::HostDetail &detail = view->detail();
        QVERIFY(!detail.metrics.empty());
        QCOMPARE(view->runsModel()->rowCount(), int(detail.runs.size()));
        QCOMPARE(view->templatesModel()->rowCount(), int(detail.templates.size()));
        QVERIFY2(!detail.templates.empty(), "the simulator writes logs for every host");
        // Every run row is one of this host's task instances.
        for (const Core::HostRun &run : detail.runs)
            QVERIFY(run.start < detail.to);
        // The timeline tab shows this host's metrics, one panel each. Every host has
        // the same metrics, so the count alone is already right while the panels
        // of the host shown before are still up: wait for this host's panels.
        const auto showsThisHost = [&] {
            const auto &panels = view->timeline()->panelData().panels;
            return !panels.empty() && std::all_of(panels.begin(), panels.end(), [&](const Views::PlotPanel &panel) {
                return panel.selector.contains(QStringLiteral("host=\"%1\"").arg(link.host));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsThisHost(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(int(view->timeline()->panelData().panels.size()), int(detail.metrics.size()), 30000);
        for (const Views::PlotPanel &panel : view->timeline()->panelData().panels)
            QVERIFY(panel.selector.contains(QStringLiteral("host=\"%1\"").arg(link.host)));
    }

    void templateRowLinksToItsLines()
    {
        const auto view = openView();
        QVERIFY(view->templatesModel()->rowCount() > 0);
        auto *table = view->findChild<QTableView *>(QStringLiteral("host.templates"));
        QVERIFY(table);
        QSignalSpy links(view.get(), &Views::View::linkActivated);
        Q_EMIT table->activated(table->model()->index(0, 0));
        QCOMPARE(links.count(), 1);
        const auto link = links.front().front().value<Views::ViewLink>();
        QCOMPARE(link.view, QStringLiteral("logs"));
        QCOMPARE(link.host, view->currentHost());
        QVERIFY(std::any_of(view->detail().templates.begin(), view->detail().templates.end(), [&](const auto &t) {
            return link.entity == QStringLiteral("template:%1").arg(t.templateId);
        }));
        QVERIFY(link.hasWindow());
    }

    void peersAreCompared()
    {
        const auto view = openView();
        const Core::PeerComparison &peers = view->detail().peers;
        if (peers.group.empty()) {
            QCOMPARE(view->peersModel()->rowCount(), 0);
            QVERIFY(view->headerText().contains(QStringLiteral("No peer group")));
        } else {
            QVERIFY(peers.peers >= 5);
            QCOMPARE(view->peersModel()->rowCount(), int(peers.deviations.size()));
            QVERIFY(view->headerText().contains(QStringLiteral("peers")));
        }
    }

    void unknownHostSaysSo()
    {
        const auto view = openView();
        view->showHost(QStringLiteral("no-such-host"));
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(QStringLiteral("has no host 'no-such-host'")), 30000);
        QVERIFY(!view->isLoading());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Core::FleetSnapshot m_fleet;
};

QTEST_MAIN(tst_HostView)
#include "tst_hostview.moc"
