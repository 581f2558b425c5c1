// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet map: grouping, level of detail, hit tests and colours on synthetic
// fleets (no widgets), then the view offscreen on a simulated, scanned warehouse.
#include "anomaly/alertscan.h"
#include "common/rowtablemodel.h"
#include "fleet/fleetmapcolouring.h"
#include "fleet/fleetmaplayout.h"
#include "fleet/fleetmaprenderer.h"
#include "fleet/fleetmapwidget.h"
#include "fleet/fleetscan.h"
#include "fleet/fleetview.h"
#include "views/warehousefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight;
using Views::Detail;
using Views::FleetHierarchy;
using Views::FleetMapLayout;
using Views::FleetScope;
using Views::Grouping;

namespace {
// clusters x racks x hosts, named as the simulator names them; roles alternate.
std::vector<Core::HostRecord> syntheticFleet(int clusters, int racks, int hosts)
{
    std::vector<Core::HostRecord> fleet;
    for (int c = 1; c <= clusters; ++c)
        for (int r = 1; r <= racks; ++r)
            for (int h = 1; h <= hosts; ++h) {
                Core::HostRecord host;
                host.cluster = QStringLiteral("c%1").arg(c);
                host.rack = QStringLiteral("c%1-r%2").arg(c).arg(r, 3, 10, QLatin1Char('0'));
                host.name = QStringLiteral("%1-h%2").arg(host.rack).arg(h, 3, 10, QLatin1Char('0'));
                host.role = h % 4 == 0 ? QStringLiteral("master") : QStringLiteral("worker");
                host.hardwareModel = r % 2 ? QStringLiteral("gen1") : QStringLiteral("gen2");
                fleet.push_back(host);
            }
    return fleet;
}

QPoint centre(const QRect &r)
{
    return r.topLeft() + QPoint(r.width() / 2, r.height() / 2);
}
} // namespace

class tst_FleetMap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fleet.opsight"));
        Core::SimulationSpec spec = Test::smallFleet(40, 3);
        spec.days = 2;
        spec.logs = false;
        const Core::SimulationResult simulated = Test::generateWarehouse(m_path, spec);
        QVERIFY2(simulated.ok, qPrintable(simulated.error));
        const auto warehouse = Core::Warehouse::open(m_path, Core::Warehouse::Mode::ReadWrite);
        const Core::ScanResult scan = Core::scanWarehouse(*warehouse, Core::ScanRequest{});
        QVERIFY2(scan.ok, qPrintable(scan.error));
        m_fleet = Core::readFleetAt(*warehouse, 0, Core::kDay);
        QVERIFY(!m_fleet.health.empty());
    }

    void groupsHostsTwoLevelsDeep()
    {
        std::vector<Core::HostRecord> hosts = syntheticFleet(10, 3, 4);
        hosts.push_back({QStringLiteral("loose"), {}, {}, QStringLiteral("worker"), {}, {}, 0, 0, {}});
        const FleetHierarchy h = FleetHierarchy::build(hosts, Grouping::ClusterRack);
        QCOMPARE(h.hostCount, 121);
        QCOMPARE(h.outers.size(), size_t(11)); // ten clusters and "(none)"
        // Natural order: c2 before c10.
        QCOMPARE(h.outers[0].name, QStringLiteral("c1"));
        QCOMPARE(h.outers[1].name, QStringLiteral("c2"));
        QCOMPARE(h.outers[9].name, QStringLiteral("c10"));
        QCOMPARE(h.outers[10].name, FleetHierarchy::tr("(none)"));
        for (size_t o = 0; o < 10; ++o) {
            QCOMPARE(h.outers[o].hosts, 12);
            for (const int i : h.outers[o].inners) {
                QCOMPARE(h.inners[size_t(i)].outer, int(o));
                for (const int host : h.inners[size_t(i)].hosts) {
                    QCOMPARE(hosts[size_t(host)].rack, h.inners[size_t(i)].name);
                    QCOMPARE(h.innerOf[size_t(host)], i);
                }
            }
        }
        // By role and hardware: the peer groups.
        const FleetHierarchy roles = FleetHierarchy::build(hosts, Grouping::RoleHardware);
        QCOMPARE(roles.outers.size(), size_t(2));
        QCOMPARE(roles.outers[0].name, QStringLiteral("master"));
        QCOMPARE(roles.outers[1].hosts, 10 * 3 * 3 + 1);
        // The label filter leaves hosts out of every group.
        std::vector<bool> keep(hosts.size());
        for (size_t i = 0; i < hosts.size(); ++i)
            keep[i] = hosts[i].cluster == QLatin1String("c3");
        const FleetHierarchy filtered = FleetHierarchy::build(hosts, Grouping::ClusterRack, keep);
        QCOMPARE(filtered.hostCount, 12);
        QCOMPARE(filtered.outers.size(), size_t(1));
        QCOMPARE(filtered.innerOf[0], -1);
    }

    void levelOfDetailFollowsTheScope()
    {
        // 100,000 hosts: 50 clusters of 100 racks of 20.
        const std::vector<Core::HostRecord> hosts = syntheticFleet(50, 100, 20);
        const FleetHierarchy h = FleetHierarchy::build(hosts, Grouping::ClusterRack);
        const QSize size(1600, 900);
        FleetMapLayout layout;
        layout.build(h, {}, size);
        // Too many hosts to point at: the fleet shows racks, one cell each.
        QCOMPARE(layout.detail(), Detail::Inner);
        QCOMPARE(layout.units().size(), size_t(5000));
        QVERIFY(layout.pitch() >= FleetMapLayout::kMinGroupPitch);
        QVERIFY(layout.fits());
        QCOMPARE(layout.sections().size(), size_t(50)); // a section per cluster
        // One cluster: its 2,000 hosts, a section per rack.
        layout.build(h, {7, -1}, size);
        QCOMPARE(layout.detail(), Detail::Host);
        QCOMPARE(layout.units().size(), size_t(2000));
        QCOMPARE(layout.sections().size(), size_t(100));
        QVERIFY(layout.pitch() >= FleetMapLayout::kMinHostPitch);
        // One rack: big cells.
        layout.build(h, {7, h.outers[7].inners[3]}, size);
        QCOMPARE(layout.detail(), Detail::Host);
        QCOMPARE(layout.units().size(), size_t(20));
        QCOMPARE(layout.pitch(), FleetMapLayout::kMaxPitch);
        // A small window falls back to clusters at fleet scope.
        layout.build(h, {}, QSize(300, 200));
        QCOMPARE(layout.detail(), Detail::Outer);
        QCOMPARE(layout.units().size(), size_t(50));
        // A small fleet shows every host even at fleet scope.
        const FleetHierarchy small = FleetHierarchy::build(syntheticFleet(2, 3, 8), Grouping::ClusterRack);
        layout.build(small, {}, size);
        QCOMPARE(layout.detail(), Detail::Host);
        QCOMPARE(layout.units().size(), size_t(48));
    }

    void hitTestsAreArithmeticOnTheGrid_data()
    {
        QTest::addColumn<int>("clusters");
        QTest::addColumn<int>("outer");
        QTest::addRow("fleet of racks") << 50 << -1;
        QTest::addRow("cluster of hosts") << 50 << 4;
        QTest::addRow("small fleet of hosts") << 2 << -1;
    }

    void hitTestsAreArithmeticOnTheGrid()
    {
        QFETCH(int, clusters);
        QFETCH(int, outer);
        const std::vector<Core::HostRecord> hosts = syntheticFleet(clusters, clusters > 2 ? 100 : 3, clusters > 2 ? 20 : 8);
        const FleetHierarchy h = FleetHierarchy::build(hosts, Grouping::ClusterRack);
        FleetMapLayout layout;
        layout.build(h, {outer, -1}, QSize(1600, 900));
        for (size_t u = 0; u < layout.units().size(); ++u) {
            const QRect r = layout.unitRect(int(u));
            QVERIFY(QRect(0, 0, 1600, 900).contains(r));
            QCOMPARE(layout.unitAt(centre(r)), int(u));
            QCOMPARE(layout.unitAt(r.topLeft()), int(u));
            QCOMPARE(layout.unitAt(r.bottomRight()), int(u));
            // The 1-px gap after a cell belongs to it: the pointer never falls between.
            QCOMPARE(layout.unitAt(r.topLeft() + QPoint(layout.pitch() - 1, layout.pitch() - 1)), int(u));
            QCOMPARE(layout.sectionOfUnit(int(u)), layout.sectionAt(centre(r)));
        }
        // Titles and margins hold no cell.
        const FleetMapLayout::Section &first = layout.sections().front();
        QCOMPARE(layout.unitAt(first.frame.topLeft() + QPoint(2, 2)), -1);
        QCOMPARE(layout.sectionAt(first.frame.topLeft() + QPoint(2, 2)), 0);
        QCOMPARE(layout.unitAt(QPoint(1, 1)), -1);
        QCOMPARE(layout.unitAt(QPoint(1599, 899)), -1);
        // Every kept host is shown by exactly the unit that stands for it.
        for (size_t host = 0; host < hosts.size(); host += 97) {
            const int unit = layout.unitOfHost(int(host));
            if (outer >= 0 && h.outerOfHost(int(host)) != outer) {
                QCOMPARE(unit, -1);
                continue;
            }
            QVERIFY(unit >= 0);
            const FleetMapLayout::Unit &u = layout.units()[size_t(unit)];
            if (u.kind == Detail::Host)
                QCOMPARE(u.index, int(host));
            else
                QCOMPARE(u.index, h.innerOf[host]);
        }
    }

    void zoomsInAndOut()
    {
        const FleetHierarchy h = FleetHierarchy::build(syntheticFleet(50, 100, 20), Grouping::ClusterRack);
        FleetMapLayout layout;
        layout.build(h, {}, QSize(1600, 900));
        const int rackUnit = 123;
        const FleetMapLayout::Unit rack = layout.units()[rackUnit];
        QCOMPARE(rack.kind, Detail::Inner);
        const FleetScope into = layout.zoomedInto(rackUnit);
        QCOMPARE(into.inner, rack.index);
        QCOMPARE(into.outer, h.inners[size_t(rack.index)].outer);
        QCOMPARE(layout.zoomedIntoSection(2), (FleetScope{2, -1}));
        QVERIFY(layout.zoomedOut().isFleet());
        layout.build(h, into, QSize(1600, 900));
        QCOMPARE(layout.zoomedInto(0), into); // a host: nothing further in
        QCOMPARE(layout.zoomedOut(), (FleetScope{into.outer, -1}));
        // A scope the hierarchy does not have falls back to the fleet.
        layout.build(h, {9999, -1}, QSize(1600, 900));
        QVERIFY(layout.scope().isFleet());
    }

    void coloursByHealthAndByMetric()
    {
        const std::vector<Core::HostRecord> hosts = syntheticFleet(2, 2, 50);
        const FleetHierarchy h = FleetHierarchy::build(hosts, Grouping::ClusterRack);
        Views::FleetMapColouring colouring;
        std::vector<double> values(hosts.size());
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = double(i % 100);
        values[3] = std::nan("");
        colouring.setValues(Views::ColourBy::Metric, values);
        colouring.aggregate(h);
        QCOMPARE(colouring.low(), 1.0);  // 2nd percentile of 0..99 (one NaN left out)
        QCOMPARE(colouring.high(), 97.0);
        // A group by metric: its hosts' mean; the extreme in the tooltip.
        QCOMPARE(colouring.inner(0).withData, 49);
        QVERIFY(qFuzzyCompare(colouring.inner(0).value, (1225.0 - 3) / 49));
        QCOMPARE(colouring.inner(0).worst, 49.0);
        QCOMPARE(colouring.colour(std::nan("")), Views::FleetMapColouring::noDataColour());
        QVERIFY(colouring.colour(0) == colouring.colour(1));   // clamped at the low end
        QVERIFY(colouring.colour(20) != colouring.colour(80));
        // By health: a group takes its worst host.
        std::vector<double> scores(hosts.size(), 100.0);
        scores[60] = 35;
        colouring.setValues(Views::ColourBy::Health, scores);
        colouring.aggregate(h);
        QCOMPARE(colouring.inner(1).value, 35.0);
        QCOMPARE(colouring.inner(1).worstHost, 60);
        QCOMPARE(colouring.inner(1).unhealthy, 1);
        QCOMPARE(colouring.inner(0).value, 100.0);
        QVERIFY(Views::FleetMapColouring::healthColour(35) != Views::FleetMapColouring::healthColour(100));

        // The rendered image has each cell in its colour, search matches outlined.
        FleetMapLayout layout;
        layout.build(h, {}, QSize(800, 600));
        QCOMPARE(layout.detail(), Detail::Host);
        std::vector<char> marked(layout.units().size(), 0);
        const int markedUnit = layout.unitOfHost(10);
        marked[size_t(markedUnit)] = 1;
        const QImage image = Views::FleetMapRenderer::render(layout, colouring, marked, QPalette(), QFont());
        const QRect sick = layout.unitRect(layout.unitOfHost(60));
        QCOMPARE(image.pixel(centre(sick)), Views::FleetMapColouring::healthColour(35).rgb());
        const QRect well = layout.unitRect(layout.unitOfHost(0));
        QCOMPARE(image.pixel(centre(well)), Views::FleetMapColouring::healthColour(100).rgb());
        const QRect match = layout.unitRect(markedUnit);
        QCOMPARE(image.pixel(match.topLeft()), QPalette().color(QPalette::Text).rgb());
    }

    void widgetRepaintsNewColoursOffTheGuiThread()
    {
        Views::FleetMapWidget map;
        map.resize(900, 600);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.setHosts(syntheticFleet(3, 4, 10));
        std::vector<double> scores(120, 100.0);
        map.setValues(Views::ColourBy::Health, scores, {});
        const QImage before = map.renderedImage();
        const QRect cell = map.layout().unitRect(map.layout().unitOfHost(17));
        QCOMPARE(before.pixel(centre(cell)), Views::FleetMapColouring::healthColour(100).rgb());
        // A new time step: the old image stays up until the worker's arrives.
        scores[17] = 20;
        map.setValues(Views::ColourBy::Health, scores, {});
        QTRY_VERIFY(!map.isRendering());
        QCOMPARE(map.currentImage().pixel(centre(cell)), Views::FleetMapColouring::healthColour(20).rgb());
        // Zooming into a cluster and back out brings the fleet's image back as it was.
        const QImage fleet = map.renderedImage();
        map.setScope({1, -1});
        QCOMPARE(map.layout().detail(), Detail::Host);
        QVERIFY(map.renderedImage() != fleet);
        map.setScope({});
        QVERIFY(map.scope().isFleet());
        QCOMPARE(map.currentImage(), fleet);
        // A change of colours is not served from that cache.
        scores[17] = 100;
        map.setValues(Views::ColourBy::Health, scores, {});
        map.setScope({1, -1});
        map.setScope({});
        QCOMPARE(map.renderedImage().pixel(centre(cell)), Views::FleetMapColouring::healthColour(100).rgb());
    }

    void viewShowsTheFleetAndItsRankings()
    {
        Views::FleetView view;
        // Testers first, so they see every reset.
        QAbstractItemModelTester hostsTester(view.hostsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester racksTester(view.racksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester clustersTester(view.clustersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy shown(&view, &Views::FleetView::stateShown);
        view.setWarehouse(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QVERIFY2(!view.statusText().isEmpty(), "a status line");
        Views::FleetMapWidget *map = view.map();
        QCOMPARE(map->hosts().size(), size_t(40));
        QCOMPARE(view.state().at, m_fleet.at);
        // The map's colour is each host's health, as readFleetAt judges it.
        for (const Core::HostHealth &h : m_fleet.health) {
            const auto it = std::find_if(map->hosts().begin(), map->hosts().end(),
                                         [&h](const Core::HostRecord &r) { return r.name.toStdString() == h.host; });
            QVERIFY(it != map->hosts().end());
            QCOMPARE(map->colouring().hostValue(int(it - map->hosts().begin())), h.score);
        }

        // Ranked hosts: worst first, each linking to the host view over the window.
        Views::RowTableModel *ranked = view.hostsModel();
        QVERIFY(ranked->rowCount() > 0);
        QCOMPARE(ranked->index(0, 0).data().toString().toStdString(), m_fleet.health.front().host);
        for (int r = 1; r < ranked->rowCount(); ++r)
            QVERIFY(ranked->index(r - 1, 1).data(Views::RowTableModel::SortRole).toDouble()
                    <= ranked->index(r, 1).data(Views::RowTableModel::SortRole).toDouble());
        const Views::RowTableModel::Row *top = ranked->row(ranked->index(0, 0));
        QVERIFY(top && top->link);
        QCOMPARE(top->link->view, QStringLiteral("host"));
        QCOMPARE(top->link->to, m_fleet.at);
        QCOMPARE(top->link->from, m_fleet.at - Core::kDay);
        QVERIFY(view.racksModel()->rowCount() > 0);
        QCOMPARE(view.clustersModel()->rowCount(), 2);

        // A rack row zooms the map into the rack.
        const Views::RowTableModel::Row *rack = view.racksModel()->row(view.racksModel()->index(0, 0));
        QVERIFY(rack && rack->link);
        QVERIFY(view.openLink(*rack->link));
        QVERIFY(map->scope().isInner());
        QCOMPARE(QStringLiteral("rack:") + map->hierarchy().inners[size_t(map->scope().inner)].name, rack->link->entity);
        QCOMPARE(map->layout().detail(), Detail::Host);

        // Hovering a host says why it has its colour; clicking it opens the host.
        const FleetMapLayout &layout = map->layout();
        const int worstHost = map->colouring().inner(map->scope().inner).worstHost;
        const int unit = layout.unitOfHost(worstHost);
        QVERIFY(unit >= 0);
        const QString tip = map->toolTipFor(unit);
        QVERIFY2(tip.contains(map->hosts()[size_t(worstHost)].name), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("health ")), qPrintable(tip));
        const Core::HostHealth &health = *std::find_if(m_fleet.health.begin(), m_fleet.health.end(), [&](const Core::HostHealth &h) {
            return h.host == map->hosts()[size_t(worstHost)].name.toStdString();
        });
        if (!health.contributors.empty() && health.contributors.front().penalty >= 0.5)
            QVERIFY2(tip.contains(health.contributors.front().title.toHtmlEscaped()), qPrintable(tip));
        QTest::mouseMove(map, centre(layout.unitRect(unit)));
        QTRY_COMPARE(map->hoveredUnit(), unit);
        QSignalSpy links(&view, &Views::View::linkActivated);
        QTest::mouseClick(map, Qt::LeftButton, {}, centre(layout.unitRect(unit)));
        QCOMPARE(links.count(), 1);
        const auto link = links.front().front().value<Views::ViewLink>();
        QCOMPARE(link.view, QStringLiteral("host"));
        QCOMPARE(link.host, map->hosts()[size_t(worstHost)].name);
        // Backspace goes back out, a level at a time.
        QTest::keyClick(map, Qt::Key_Backspace);
        QVERIFY(!map->scope().isInner() && !map->scope().isFleet());
        QTest::keyClick(map, Qt::Key_Backspace);
        QVERIFY(map->scope().isFleet());

        // Search highlights the matching hosts.
        view.setSearch(QStringLiteral("-h003"));
        QCOMPARE(map->matchCount(), int(std::count_if(map->hosts().begin(), map->hosts().end(), [](const Core::HostRecord &h) {
                     return h.name.contains(QLatin1String("-h003"));
                 })));
        QVERIFY(map->matchCount() > 0);
        view.setSearch({});

        // The label filter keeps one role.
        view.setLabelFilter(QStringLiteral("role"), QStringLiteral("worker"));
        const int workers = int(std::count_if(map->hosts().begin(), map->hosts().end(),
                                              [](const Core::HostRecord &h) { return h.role == QLatin1String("worker"); }));
        QCOMPARE(map->hierarchy().hostCount, workers);
        QVERIFY(workers < 40);
        view.setLabelFilter({}, {});
        QCOMPARE(map->hierarchy().hostCount, 40);
    }

    void viewColoursByAMetricAndReplays()
    {
        Views::FleetView view;
        view.resize(1400, 800);
        view.show();
        QSignalSpy shown(&view, &Views::FleetView::stateShown);
        view.setWarehouse(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        shown.clear();
        view.setColourBy(QStringLiteral("cpu_util_percent"));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        Views::FleetMapWidget *map = view.map();
        QCOMPARE(map->colouring().mode(), Views::ColourBy::Metric);
        const auto warehouse = Core::Warehouse::open(m_path, Core::Warehouse::Mode::ReadOnly);
        const auto expected = Core::readMetricAt(*warehouse, "cpu_util_percent", m_fleet.at - Core::kHour, m_fleet.at);
        for (size_t i = 0; i < map->hosts().size(); ++i)
            QCOMPARE(map->colouring().hostValue(int(i)), expected.at(map->hosts()[i].name.toStdString()));
        QVERIFY(map->toolTipFor(0).contains(QStringLiteral("cpu_util_percent")));

        // The slider steps back an hour at a time; each step is judged anew.
        QSlider *slider = view.timeSlider();
        QVERIFY(slider->isEnabled());
        QCOMPARE(slider->value(), slider->maximum());
        QCOMPARE(slider->maximum(), int((m_fleet.at - warehouse->summary().firstTime) / Core::kHour));
        shown.clear();
        slider->setValue(slider->maximum() - 30);
        QTRY_VERIFY_WITH_TIMEOUT(view.state().at == m_fleet.at - 30 * Core::kHour && !view.isLoading(), 60000);
        const auto earlier = Core::readMetricAt(*warehouse, "cpu_util_percent", view.state().at - Core::kHour, view.state().at);
        QCOMPARE(map->colouring().hostValue(0), earlier.at(map->hosts()[0].name.toStdString()));
        QVERIFY(earlier.at(map->hosts()[0].name.toStdString()) != expected.at(map->hosts()[0].name.toStdString()));

        // A metric the warehouse lacks is an error that names it.
        shown.clear();
        view.setColourBy(QStringLiteral("no_such_metric"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading() && view.statusText().contains(QStringLiteral("no_such_metric")), 60000);
    }

    void viewWithoutWarehouse()
    {
        Views::FleetView view;
        view.setWarehouse({});
        QVERIFY(view.statusText().contains(QStringLiteral("No warehouse")));
        QCOMPARE(view.hostsModel()->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Core::FleetSnapshot m_fleet;
};

QTEST_MAIN(tst_FleetMap)
#include "tst_fleetmap.moc"
