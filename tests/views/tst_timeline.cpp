// SPDX-License-Identifier: GPL-3.0-or-later
// The anomaly timeline and its alert list, offscreen, on a warehouse with known
// anomalies (timelinefixture.h).
#include "common/severity.h"
#include "common/statuslabel.h"
#include "timeline/alertactiondialog.h"
#include "timeline/alertfilterproxy.h"
#include "timeline/alertlistmodel.h"
#include "timeline/alertpanel.h"
#include "timeline/incidentpanels.h"
#include "timeline/scandialog.h"
#include "timeline/silencepanel.h"
#include "timeline/timelineexport.h"
#include "timeline/timelineplot.h"
#include "timeline/timelineview.h"
#include "saturateddisk.h"
#include "simulate/simulator.h"
#include "views/timelinefixture.h"
#include "warehouse/alertstore.h"
#include "warehouse/logreader.h"
#include "warehouse/metricreader.h"
#include "warehouse/recordwriter.h"
#include "warehouse/selector.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <qcustomplot.h>

using namespace Opsight;

namespace {
Views::AlertRecord alert(qint64 id, const QString &host, const QString &metric, const QString &severity,
                         Core::Timestamp start, const QString &incident = {})
{
    Views::AlertRecord a;
    a.eventId = id;
    a.host = host;
    a.metric = metric;
    a.series = QStringLiteral("%1{host=\"%2\"}").arg(metric, host);
    a.severity = severity;
    a.start = start;
    a.end = start + 10 * Core::kMinute;
    a.peak = 0.95 + 0.01 * double(id % 5);
    a.incident = incident;
    return a;
}

std::vector<Views::AlertRecord> sampleAlerts()
{
    const Core::Timestamp t = Test::kTimelineStart;
    return {alert(1, QStringLiteral("h1"), QStringLiteral("cpu"), QStringLiteral("critical"), t, QStringLiteral("i1")),
            alert(2, QStringLiteral("h1"), QStringLiteral("disk"), QStringLiteral("warning"), t + 60000, QStringLiteral("i1")),
            alert(3, QStringLiteral("h2"), QStringLiteral("cpu"), QStringLiteral("error"), t + 2 * Core::kHour),
            alert(4, QStringLiteral("h3"), QStringLiteral("net"), QStringLiteral("warning"), t + 3 * Core::kHour)};
}

QCPRange timeRange(const Views::TimelinePlot &plot, int panel)
{
    return plot.panel(panel)->axis(QCPAxis::atBottom)->range();
}
} // namespace

class tst_Timeline final : public QObject
{
    Q_OBJECT

private:
    // A copy of the fixture for a test that writes (empty if it cannot be made).
    QString writableCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_path, path) ? path : QString();
    }

    // A shown view on the fixture with its first look (alerts, panels) loaded.
    std::unique_ptr<Views::TimelineView> openView(const QString &path)
    {
        auto view = std::make_unique<Views::TimelineView>();
        view->resize(1200, 800);
        view->show();
        QSignalSpy panels(view.get(), &Views::TimelineView::panelsShown);
        view->setWarehouse(path);
        if (!panels.count() && !panels.wait(20000))
            qWarning("no panels shown: %s", qPrintable(view->statusText()));
        return view;
    }

    std::vector<Views::AlertRecord> storedAlerts()
    {
        return Views::loadAlerts(m_path, Core::kEarliest, Core::kLatest).alerts;
    }

    const Views::AlertRecord *findAlert(const std::vector<Views::AlertRecord> &alerts, const QString &series)
    {
        for (const Views::AlertRecord &a : alerts)
            if (a.series == series)
                return &a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("timeline.opsight"));
        const Core::ScanResult scan = Test::writeTimelineWarehouse(m_path);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        const auto alerts = storedAlerts();
        // The fixture's two anomalies are found where they were put.
        const Views::AlertRecord *cpu = findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        QVERIFY(cpu);
        QVERIFY(cpu->start <= Test::kSpikeAt + 10 * Core::kMinute && cpu->end >= Test::kSpikeAt);
        const Views::AlertRecord *log = findAlert(alerts, Test::kLogSeries);
        QVERIFY(log);
        // The spike and the log burst just after it are one incident of h1, with its stored title.
        QVERIFY(!cpu->incident.isEmpty());
        QCOMPARE(log->incident, cpu->incident);
        QCOMPARE(cpu->incidentTitle, QStringLiteral("2 related anomalies on h1"));
    }

    void anIncidentAcrossHostsSharesItsSeriesPanels()
    {
        // A rack's incident: net_out on three hosts and a log burst on one of
        // them. The hosts' net_out shares one panel; the alert's series leads.
        auto record = [](const QString &series, const QString &host) {
            Views::AlertRecord a;
            a.series = series;
            a.host = host;
            return a;
        };
        const Views::AlertRecord h2 = record(QStringLiteral(R"(net_out{host="h2",rack="r1",role="worker"})"), QStringLiteral("h2"));
        const Views::AlertRecord h1 = record(QStringLiteral(R"(net_out{host="h1",rack="r1",role="worker"})"), QStringLiteral("h1"));
        const Views::AlertRecord log = record(QStringLiteral(R"(log_lines{host="h1",template="T7"})"), QStringLiteral("h1"));
        const Views::AlertRecord dotted = record(QStringLiteral(R"(net_out{host="db.3",rack="r1",role="gateway"})"), QStringLiteral("db.3"));
        const Views::AlertRecord queue = record(QStringLiteral(R"(queue_used{queue="q1"})"), QString());
        const QStringList selectors = Views::incidentSelectors({&h2, &log, &h1, &dotted, &h2, &queue}, 6, 8);
        QCOMPARE(selectors, (QStringList{QStringLiteral(R"(net_out{host=~"h2|h1|db\\.3"})"), log.series, queue.series}));
        // The merged selector parses and matches those hosts alone.
        const Core::Selector selector = Core::Selector::parse(selectors.front());
        QVERIFY(selector.matches(*Core::SeriesKey::fromCanonical(dotted.series.toStdString())));
        QVERIFY(!selector.matches(*Core::SeriesKey::fromCanonical(R"(net_out{host="dbx3",rack="r1"})")));
        QVERIFY(!selector.matches(*Core::SeriesKey::fromCanonical(R"(net_out{host="h22",rack="r1"})")));
        QCOMPARE(Views::incidentSelectors({&h2, &log, &queue}, 2, 8), (QStringList{h2.series, log.series}));

        // Hosts named by `instance` keep a panel each (a host=~ selector would match nothing),
        // and so do two series of one host.
        const Views::AlertRecord i1 = record(QStringLiteral(R"(net_out{instance="10.0.0.1:9100",rack="r1"})"), QStringLiteral("10.0.0.1"));
        const Views::AlertRecord i2 = record(QStringLiteral(R"(net_out{instance="10.0.0.2:9100",rack="r1"})"), QStringLiteral("10.0.0.2"));
        QCOMPARE(Views::incidentSelectors({&i1, &i2}, 6, 8), (QStringList{i1.series, i2.series}));
        const Views::AlertRecord eth0 = record(QStringLiteral(R"(net_out{device="eth0",host="h1"})"), QStringLiteral("h1"));
        const Views::AlertRecord eth1 = record(QStringLiteral(R"(net_out{device="eth1",host="h1"})"), QStringLiteral("h1"));
        QCOMPARE(Views::incidentSelectors({&eth0, &eth1}, 6, 8), (QStringList{eth0.series, eth1.series}));

        // A whole rack: the panel holds the alert's host and the next ones, as many
        // as a panel reads.
        std::vector<Views::AlertRecord> rack;
        for (int i = 0; i < 12; ++i)
            rack.push_back(record(QStringLiteral(R"(net_out{host="h%1",rack="r1"})").arg(i), QStringLiteral("h%1").arg(i)));
        std::vector<const Views::AlertRecord *> related{&rack[11]};
        for (int i = 0; i < 11; ++i)
            related.push_back(&rack[size_t(i)]);
        QCOMPARE(Views::incidentSelectors(related, 6, 8),
                 QStringList{QStringLiteral(R"(net_out{host=~"h11|h0|h1|h2|h3|h4|h5|h6"})")});
    }

    void decimateKeepsExtremes()
    {
        std::vector<Core::RangePoint> points;
        for (int i = 0; i < 100000; ++i) {
            const double v = i == 54321 ? 1000.0 : double(i % 7);
            points.push_back({Core::Timestamp(i) * 1000, v, v, v, 1});
        }
        const auto out = Views::decimate(points, 0, 100000 * 1000, 500);
        QVERIFY(out.size() <= 500);
        QCOMPARE(out.size(), size_t(500));
        qint64 count = 0;
        double maximum = 0;
        for (const auto &p : out) {
            count += p.count;
            maximum = std::max(maximum, p.max);
        }
        QCOMPARE(count, qint64(100000));
        QCOMPARE(maximum, 1000.0); // a one-sample spike survives 200:1 merging
        QCOMPARE(out.front().min, 0.0);
        QCOMPARE(out.front().max, 6.0);
        // Fewer points than buckets pass through untouched.
        QCOMPARE(Views::decimate({points.begin(), points.begin() + 10}, 0, 10000, 500).size(), size_t(10));
        // A merged point stands at its first sample's time, not at the pixel's edge
        // (600 samples 1000 s apart over 500 pixels of 1200 s).
        std::vector<Core::RangePoint> sparse;
        for (int i = 0; i < 600; ++i)
            sparse.push_back({Core::Timestamp(i) * 1000000 + 123, 1, 1, 1, 1});
        for (const auto &p : Views::decimate(sparse, 0, 600 * 1000000, 500))
            QCOMPARE(p.time % 1000000, Core::Timestamp(123));
    }

    void countsBecomeRates()
    {
        // Per-minute counts, sparse: minutes without lines have no sample.
        const Core::Timestamp t = Test::kTimelineStart;
        const std::vector<Core::RangePoint> points = {{t + Core::kMinute, 4, 4, 4, 1}, {t + 2 * Core::kMinute, 6, 6, 6, 1},
                                                      {t + 7 * Core::kMinute, 10, 10, 10, 1}};
        const auto rates = Views::countsPerMinute(points, t, t + 10 * Core::kMinute, 5 * Core::kMinute);
        QCOMPARE(rates.size(), size_t(2));
        QCOMPARE(rates[0].mean, 2.0); // 10 lines in 5 minutes
        QCOMPARE(rates[1].mean, 2.0);
        // A window with no lines at all is a flat zero, not an empty plot.
        const auto quiet = Views::countsPerMinute({}, t, t + 10 * Core::kMinute, Core::kMinute);
        QCOMPARE(quiet.size(), size_t(10));
        QCOMPARE(quiet.back().mean, 0.0);
    }

    void countersBecomeRatesPerSecond()
    {
        // A counter is drawn as its rate, as the scan judges it; a restart (the
        // fall to 30) gives no point rather than a plunge.
        // 40 minutes at 10 requests a second, restarting after 20.
        const Core::Timestamp t = Test::kTimelineStart;
        std::vector<Core::RangePoint> points;
        for (int i = 0; i < 40; ++i) {
            const double count = 600.0 * (i < 20 ? i + 1 : i - 19);
            points.push_back({t + i * Core::kMinute, count, count, count, 1});
        }
        const auto rates = Views::counterRatePoints(Core::SeriesKey{"requests_total", {}}, points);
        QVERIFY(rates);
        QCOMPARE(rates->size(), size_t(38)); // no rate at the first point nor at the restart
        QVERIFY(std::all_of(rates->begin(), rates->end(), [](const Core::RangePoint &p) { return p.mean == 10.0; }));
        QCOMPARE(rates->back().time, t + 39 * Core::kMinute);
        // A gauge stays as it is, whatever its values; so does a "counter" that often falls.
        QVERIFY(!Views::counterRatePoints(Core::SeriesKey{"node_load1", {}}, points));
        const std::vector<Core::RangePoint> wavy = {{t, 5, 5, 5, 1}, {t + 1, 3, 3, 3, 1}, {t + 2, 6, 6, 6, 1},
                                                    {t + 3, 2, 2, 2, 1}};
        QVERIFY(!Views::counterRatePoints(Core::SeriesKey{"misnamed_total", {}}, wavy));
    }

    void alertModelGroups()
    {
        Views::AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto alerts = sampleAlerts();
        alerts[0].end = alerts[0].start + 6 * Core::kHour + 30 * Core::kMinute;
        model.setAlerts(alerts);
        QCOMPARE(model.rowCount(), 4);
        // Short units: the column is narrow ("6 hours 30 minu…" before).
        QCOMPARE(model.index(0, Views::AlertListModel::DurationColumn).data().toString(), QStringLiteral("6 h 30 min"));
        model.setGrouping(Views::AlertListModel::Grouping::Host);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex h1 = model.index(0, 0);
        QVERIFY(h1.data(Views::AlertListModel::IsGroupRole).toBool());
        QCOMPARE(model.rowCount(h1), 2);
        QCOMPARE(h1.data(Views::AlertListModel::SeverityRankRole).toInt(), 3); // the worst of its alerts
        QVERIFY(model.index(0, Views::AlertListModel::SeriesColumn).data().toString().startsWith(QStringLiteral("h1 (2 alert")));
        QCOMPARE(h1.data().toString(), Views::Severity::label(QStringLiteral("critical"))); // the worst, in its column
        const QModelIndex second = model.indexOfAlert(2);
        QCOMPARE(second.parent(), h1);
        QCOMPARE(model.alertAt(second)->eventId, qint64(2));

        model.setGrouping(Views::AlertListModel::Grouping::Incident);
        QCOMPARE(model.rowCount(), 3); // i1 holds two; the others stand alone
        QCOMPARE(model.related(*model.alertById(1)).size(), size_t(2));
        QCOMPARE(model.related(*model.alertById(3)).size(), size_t(1));
        // Alerts outside an incident are rows of their own, not groups of one.
        const QModelIndex lone = model.indexOfAlert(3);
        QVERIFY(!lone.parent().isValid());
        QCOMPARE(model.rowCount(lone), 0);
        QCOMPARE(lone.data(Views::AlertListModel::IsGroupRole).toBool(), false);
        QCOMPARE(model.alertAt(lone)->eventId, qint64(3));
        QCOMPARE(model.indexOfAlert(1).parent().row(), 0);
        const QModelIndex incident = model.index(0, Views::AlertListModel::SeriesColumn);
        QVERIFY(incident.data().toString().startsWith(QStringLiteral("i1 (2 alert"))); // plural by the translation
        // With its stored title, an incident's group reads as the title.
        auto titled = sampleAlerts();
        titled[0].incidentTitle = titled[1].incidentTitle = QStringLiteral("2 related anomalies on h1");
        model.setAlerts(titled);
        QVERIFY(model.index(0, Views::AlertListModel::SeriesColumn).data().toString().startsWith(
            QStringLiteral("2 related anomalies on h1 (2 alert")));
    }

    void alertProxyFilters()
    {
        Views::AlertListModel model;
        Views::AlertFilterProxy proxy;
        proxy.setSourceModel(&model);
        auto alerts = sampleAlerts();
        alerts[3].silencedBy = 9;
        model.setAlerts(alerts);
        QCOMPARE(proxy.rowCount(), 4);
        // A silenced alert steps back: its severity's colour is faded, its text grey.
        const QModelIndex quiet = model.indexOfAlert(alerts[3].eventId).siblingAtColumn(Views::AlertListModel::SeverityColumn);
        QVERIFY(quiet.data(Qt::DecorationRole).value<QColor>().alpha() < 128);
        QCOMPARE(quiet.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        const QModelIndex loud = model.indexOfAlert(alerts[0].eventId).siblingAtColumn(Views::AlertListModel::SeverityColumn);
        QCOMPARE(loud.data(Qt::DecorationRole).value<QColor>().alpha(), 255);
        proxy.setText(QStringLiteral("h2"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText({});
        proxy.setMinimumSeverity(2);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumSeverity(0);
        proxy.setShowSilenced(false);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setShowSilenced(true);
        // A host's part of a fleet-wide episode is listed only on request.
        alerts[0].fleetWide = true;
        model.setAlerts(alerts);
        proxy.setShowWithTheFleet(false);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setShowWithTheFleet(true);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setShowSilenced(false);
        // Grouped: a group stays while one of its alerts passes.
        model.setGrouping(Views::AlertListModel::Grouping::Host);
        proxy.setText(QStringLiteral("disk"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        // The group says how many of its alerts it shows.
        const QString group = proxy.index(0, Views::AlertListModel::SeriesColumn).data().toString();
        QVERIFY2(group.startsWith(QStringLiteral("h1 (1 of 2 alert")), qPrintable(group)); // plural by the translation
    }

    void firstLookShowsTheMostPressingAlert()
    {
        const auto view = openView(m_path);
        QVERIFY(view->alertModel()->rowCount() > 0);
        const qint64 current = view->currentAlert();
        QVERIFY(current != 0);
        const Views::AlertRecord *alert = view->alertModel()->alertById(current);
        QVERIFY(alert);
        // Its series is on the plot and the window holds it.
        QVERIFY(std::any_of(view->panelData().panels.begin(), view->panelData().panels.end(),
                            [&](const Views::PlotPanel &p) { return p.selector == alert->series; }));
        QVERIFY(view->plot()->visibleFrom() <= alert->start);
        QVERIFY(view->plot()->visibleTo() >= alert->end);
        // Scores arrive for every series shown.
        QTRY_VERIFY_WITH_TIMEOUT(view->scores().size() >= view->plot()->shownSeries().size(), 20000);
    }

    // Another warehouse opens on its own first look, not on the series and
    // times of the one before.
    void anotherWarehouseStartsAfresh()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.opsight"));
        QFile::remove(other);
        QVERIFY(QFile::copy(m_path, other));
        {
            const auto w = Core::Warehouse::open(other, Core::Warehouse::Mode::ReadWrite);
            Core::Transaction tx(w->db());
            w->db().exec("DELETE FROM event WHERE kind IN ('alert', 'incident')");
            tx.commit();
        }
        const auto view = openView(m_path);
        view->showSeries({Test::kLogSeries}, Test::kTimelineStart, Test::kTimelineStart + Core::kHour);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty()
                                     && view->panelData().panels.front().selector == Test::kLogSeries, 20000);
        view->startScan(); // left open: it must not go on scanning the first warehouse
        QPointer<Views::ScanDialog> dialog = view->scanDialog();
        QVERIFY(dialog && dialog->warehousePath() == m_path);
        QSignalSpy panels(view.get(), &Views::TimelineView::panelsShown);
        view->setWarehouse(other);
        QTRY_VERIFY(!dialog);
        view->startScan();
        QCOMPARE(view->scanDialog()->warehousePath(), other);
        QTRY_VERIFY_WITH_TIMEOUT(!panels.isEmpty(), 20000);
        // No alerts there: the first look is the CPU over the last day of data.
        QCOMPARE(view->alertModel()->alerts().size(), size_t(0));
        QCOMPARE(view->panelData().panels.size(), size_t(1));
        QCOMPARE(view->panelData().panels.front().selector, QStringLiteral("cpu_util_percent"));
        QVERIFY(view->panelData().from > Test::kTimelineStart + Core::kHour);
    }

    // The first look passes over an alert someone has acknowledged: of two
    // critical ones, the later was the pick until it was acknowledged.
    void firstLookPassesOverAcknowledged()
    {
        const QString path = writableCopy(QStringLiteral("seen.opsight"));
        QVERIFY(!path.isEmpty());
        const auto alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        const Views::AlertRecord cpu = *findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        const Views::AlertRecord log = *findAlert(alerts, Test::kLogSeries);
        QCOMPARE(cpu.severity, log.severity);
        QVERIFY(log.start > cpu.start);
        QCOMPARE(openView(path)->currentAlert(), log.eventId);
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
            Core::Transaction transaction(warehouse->db());
            Core::AlertStore(warehouse->db()).acknowledge({log.eventId, QStringLiteral("ana"), QStringLiteral("seen"), 1});
            transaction.commit();
        }
        QCOMPARE(openView(path)->currentAlert(), cpu.eventId);
    }

    void linkedZoomMovesAllPanels()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent"), Test::kLogSeries}, Test::kTimelineStart,
                         Test::kTimelineStart + 4 * Core::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(int(view->panelData().panels.size()), 2, 20000);
        Views::TimelinePlot *plot = view->plot();
        QCOMPARE(plot->panelCount(), 3); // two data panels and the score
        QCOMPARE(plot->scorePanel()->axis(QCPAxis::atBottom)->label(), QStringLiteral("Time (UTC)")); // one time axis, labelled
        // Zoom the first panel to one hour: all panels follow, and the data is re-read.
        const double from = double(Test::kSpikeAt) / 1000, to = from + 3600;
        plot->panel(0)->axis(QCPAxis::atBottom)->setRange(from, to);
        for (int i = 0; i < plot->panelCount(); ++i) {
            QCOMPARE(timeRange(*plot, i).lower, from);
            QCOMPARE(timeRange(*plot, i).upper, to);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view->panelData().from, Test::kSpikeAt, 20000);
        // An hour at one-minute samples: the raw samples now, 60 of them per series.
        const auto &series = view->panelData().panels.front().series.front();
        QCOMPARE(series.points.size(), size_t(60));
        QVERIFY(std::all_of(series.points.begin(), series.points.end(), [](const auto &p) { return p.count == 1; }));
        // Dragging the score panel moves the data panels too.
        plot->panel(2)->axis(QCPAxis::atBottom)->moveRange(600);
        QCOMPARE(timeRange(*plot, 0).lower, from + 600);
    }

    // The score panel marks each shown series' first day, which the detector
    // learns from and fires nothing in, and says so under the pointer.
    void theLearningDayIsMarked()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h1\"}")}, Test::kTimelineStart,
                         Test::kTimelineStart + 4 * Core::kDay);
        QTRY_VERIFY_WITH_TIMEOUT(!view->scores().empty() && view->panelData().from == Test::kTimelineStart, 20000);
        Views::TimelinePlot *plot = view->plot();
        plot->customPlot()->replot();
        QCPAxisRect *scores = plot->scorePanel();
        auto pointAt = [&](Core::Timestamp t) {
            return QPoint(int(scores->axis(QCPAxis::atBottom)->coordToPixel(double(t) / 1000)), scores->center().y());
        };
        QTRY_VERIFY_WITH_TIMEOUT(plot->toolTipAt(pointAt(Test::kTimelineStart + 6 * Core::kHour)).contains(QStringLiteral("Learning")),
                                 20000);
        QVERIFY(!plot->toolTipAt(pointAt(Test::kTimelineStart + 2 * Core::kDay)).contains(QStringLiteral("Learning")));
    }

    // Zoomed in until a pixel is finer than the samples, the series' own spacing
    // says what a gap is: ten minutes of one-minute samples over a thousand
    // pixels are ten points joined by a line, not ten dots between NaNs.
    void zoomedInLinesStayDrawn()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h1\"}")}, Test::kSpikeAt,
                         Test::kSpikeAt + 10 * Core::kMinute);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty() && view->panelData().from == Test::kSpikeAt, 20000);
        QCPAxisRect *panel = view->plot()->panel(0);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->graphs().isEmpty() && !panel->graphs().front()->data()->isEmpty(), 20000);
        QCPGraph *graph = panel->graphs().front();
        int drawn = 0, gaps = 0;
        for (const QCPGraphData &point : *graph->data())
            ++(qIsNaN(point.value) ? gaps : drawn);
        QVERIFY2(drawn >= 9, qPrintable(QString::number(drawn)));
        QCOMPARE(gaps, 0);
    }

    // Read while hidden (the page not yet shown), a panel holds a hundred points;
    // shown wide, it is read again at about one point per pixel.
    void readsAgainWhenThePlotGrows()
    {
        Views::TimelineView view;
        QSignalSpy panels(&view, &Views::TimelineView::panelsShown);
        view.setWarehouse(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(!panels.isEmpty(), 20000);
        view.showSeries({QStringLiteral("cpu_util_percent{host=\"h1\"}")}, Test::kTimelineStart,
                        Test::kTimelineStart + 4 * Core::kDay);
        auto points = [&view] {
            const auto &data = view.panelData();
            return data.panels.empty() || data.panels.front().series.empty()
                ? size_t(0) : data.panels.front().series.front().points.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(view.panelData().from == Test::kTimelineStart && points() > 0, 20000);
        const size_t hidden = points();
        QVERIFY2(hidden <= 110, qPrintable(QString::number(hidden)));
        view.resize(1600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(points() > 5 * hidden, 20000);
        QVERIFY(int(points()) <= view.plot()->plotAreaWidth());
    }

    void readsNoMorePointsThanPixels()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent")}, Test::kTimelineStart, Test::kTimelineStart + 4 * Core::kDay);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty()
                                     && view->panelData().from == Test::kTimelineStart, 20000);
        for (const auto &series : view->panelData().panels.front().series) {
            QVERIFY(series.step > 0);
            QVERIFY2(int(series.points.size()) <= view->plot()->plotAreaWidth(),
                     qPrintable(QString::number(series.points.size())));
        }
    }

    // Where a point merges samples, a band spans their min to max: drawn as one
    // stroke per point from the one to the other (a filled polygon took up to
    // 210 ms to paint), so the visible graphs are the band and the mean.
    void theBandStrokesEachPointsRange()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h1\"}")}, Test::kTimelineStart,
                         Test::kTimelineStart + 4 * Core::kDay);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty() && view->panelData().from == Test::kTimelineStart
                                     && !view->panelData().panels.front().series.empty(), 20000);
        const std::vector<Core::RangePoint> &points = view->panelData().panels.front().series.front().points;
        QVERIFY(points.size() > 50);
        QCPGraph *band = nullptr;
        int visible = 0;
        for (QCPGraph *graph : view->plot()->panel(0)->graphs()) {
            QVERIFY(!graph->channelFillGraph());
            if (!graph->visible())
                continue;
            ++visible;
            if (graph->data()->size() >= 2 * int(points.size()))
                band = graph;
        }
        QCOMPARE(visible, 2);
        QVERIFY(band);
        // Opaque, under every line: a translucent pen drew the zigzag's crossings darker.
        QCOMPARE(band->pen().color().alpha(), 255);
        QCOMPARE(band->layer()->name(), QStringLiteral("bands"));
        QVERIFY(band->layer()->index() < view->plot()->customPlot()->layer(QStringLiteral("main"))->index());
        int strokes = 0;
        auto it = band->data()->constBegin();
        for (const Core::RangePoint &point : points) {
            while (it != band->data()->constEnd() && qIsNaN(it->value)) // a gap's break
                ++it;
            QVERIFY(it + 1 < band->data()->constEnd() && it->key == (it + 1)->key);
            QCOMPARE(std::min(it->value, (it + 1)->value), point.min);
            QCOMPARE(std::max(it->value, (it + 1)->value), point.max);
            strokes += point.max > point.min;
            it += 2;
        }
        QVERIFY(strokes > 10); // points do merge samples here
    }

    void clickingAnAlertSelectsIt()
    {
        const auto view = openView(m_path);
        const auto alerts = storedAlerts();
        const Views::AlertRecord *log = findAlert(alerts, Test::kLogSeries);
        QVERIFY(log);
        view->showSeries({Test::kLogSeries}, log->start - Core::kHour, log->end + Core::kHour);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty()
                                     && view->panelData().panels.front().selector == Test::kLogSeries, 20000);
        view->plot()->customPlot()->replot();
        const QPoint at = view->plot()->alertPosition(log->eventId);
        QVERIFY(!at.isNull());
        QCOMPARE(view->plot()->alertAt(at), log->eventId);
        QVERIFY(view->plot()->toolTipAt(at).contains(Test::kLogSeries));
        QTest::mouseClick(view->plot()->customPlot(), Qt::LeftButton, {}, at);
        QCOMPARE(view->currentAlert(), log->eventId);
        QCOMPARE(view->plot()->selectedAlert(), log->eventId);
        // Its box on the scores, while its series is on a panel; none once another
        // series takes the plot (the scores drawn are that series').
        auto boxesOnScores = [&view] {
            int boxes = 0;
            for (int i = 0; i < view->plot()->customPlot()->itemCount(); ++i)
                if (auto *box = qobject_cast<QCPItemRect *>(view->plot()->customPlot()->item(i)))
                    boxes += box->clipAxisRect() == view->plot()->scorePanel() && box->brush().style() == Qt::SolidPattern;
            return boxes;
        };
        QCOMPARE(boxesOnScores(), 1);
        // Its peak is marked on the scores, whichever detector fired it (a log
        // template's novelty is not the count score drawn there).
        bool peakMarked = false;
        for (int i = 0; i < view->plot()->customPlot()->itemCount(); ++i)
            if (auto *peak = qobject_cast<QCPItemTracer *>(view->plot()->customPlot()->item(i)))
                peakMarked = peakMarked
                    || (peak->clipAxisRect() == view->plot()->scorePanel()
                        && peak->position->coords() == QPointF(double(log->peakTime) / 1000, log->peak));
        QVERIFY(peakMarked);
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h1\"}")}, log->start - Core::kHour, log->end + Core::kHour);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty()
                                     && view->panelData().panels.front().selector != Test::kLogSeries, 20000);
        QCOMPARE(view->plot()->selectedAlert(), log->eventId);
        QCOMPARE(boxesOnScores(), 0);
    }

    // A stall fires hours after the value stood still: its alert opens from where
    // the value stood still, with what came before it, not from where it fired.
    void aStallOpensFromWhereTheValueStoodStill()
    {
        const QString path = m_dir.filePath(QStringLiteral("stall.opsight"));
        const Core::Timestamp frozen = Test::kTimelineStart + 2 * Core::kDay + 10 * Core::kHour;
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
            Core::Transaction transaction(warehouse->db());
            Core::MetricWriter metrics(warehouse->db());
            const Core::SeriesId id = metrics.intern(Test::seriesKey("exporter_gauge", {{"host", "h1"}}));
            quint64 state = 5;
            double last = 0;
            for (Core::Timestamp t = Test::kTimelineStart; t < Test::kTimelineStart + 4 * Core::kDay; t += 5 * Core::kMinute) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                if (t < frozen || t >= frozen + 8 * Core::kHour)
                    last = 40 + double(state >> 11) / double(1ULL << 53);
                metrics.append(id, t, last);
            }
            metrics.flush();
            transaction.commit();
            QVERIFY(Core::scanWarehouse(*warehouse, Core::ScanRequest{}).ok);
        }
        const std::vector<Views::AlertRecord> alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        QCOMPARE(alerts.size(), size_t(1));
        const Views::AlertRecord &stall = alerts.front();
        QCOMPARE(stall.anomalySince, frozen - 5 * Core::kMinute);
        QVERIFY(stall.start > stall.anomalySince + 3 * Core::kHour);
        const auto view = openView(path); // the first look: the one alert
        QTRY_VERIFY_WITH_TIMEOUT(view->currentAlert() == stall.eventId && !view->panelData().panels.empty(), 20000);
        // Before it, what normal looked like: twice the stall's length at least.
        QVERIFY2(view->panelData().from <= stall.anomalySince - 2 * (stall.end - stall.anomalySince),
                 qPrintable(Core::formatTimestamp(view->panelData().from)));
    }

    // A saturated disk's alert is held open for days after its scores fell:
    // selected, its panel draws the line its level stood above, from where it
    // fired to where it closed, and says what the line is.
    void aHeldAlertShowsTheLineItsLevelStoodBeyond()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.opsight"));
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
            Test::appendDisk(*warehouse, Test::kDiskStart, Test::kDiskStart + 11 * Core::kDay);
            QVERIFY(Core::scanWarehouse(*warehouse, Core::ScanRequest{}).ok);
        }
        const std::vector<Views::AlertRecord> alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        const auto held = std::find_if(alerts.begin(), alerts.end(), [](const Views::AlertRecord &a) { return a.heldSince; });
        QVERIFY(held != alerts.end());
        QVERIFY(held->heldAbove && held->heldEdge > 60 && held->heldEdge < 95);
        const auto view = openView(path);
        view->selectAlert(held->eventId);
        QTRY_VERIFY_WITH_TIMEOUT(view->currentAlert() == held->eventId && !view->panelData().panels.empty()
                                     && view->panelData().panels.front().selector == Test::kDiskSeries, 20000);
        QCustomPlot *plot = view->plot()->customPlot();
        auto edges = [&] {
            std::vector<QCPItemLine *> found;
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto *line = qobject_cast<QCPItemLine *>(plot->item(i)); line && line->pen().style() == Qt::DashLine)
                    found.push_back(line);
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(edges().size(), size_t(1), 20000);
        QCPItemLine *edge = edges().front();
        QCOMPARE(edge->clipAxisRect(), view->plot()->panel(0));
        QCOMPARE(edge->start->coords(), QPointF(double(held->start) / 1000, held->heldEdge));
        QCOMPARE(edge->end->coords(), QPointF(double(held->end) / 1000, held->heldEdge));
        bool labelled = false;
        plot->replot();
        const QRect panelRect = view->plot()->panel(0)->rect();
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i));
                text && text->text().contains(QStringLiteral("the week before's 99th percentile"))) {
                labelled = true;
                // Whole, wherever the alert starts (it ran off the right edge).
                QVERIFY(text->topLeft->pixelPosition().x() >= panelRect.left());
                QVERIFY(text->bottomRight->pixelPosition().x() <= panelRect.right() + 1);
            }
        QVERIFY(labelled);
        // Another alert selected (the dropped reading, not held): no line.
        const auto dip = std::find_if(alerts.begin(), alerts.end(), [](const Views::AlertRecord &a) { return !a.heldSince; });
        QVERIFY(dip != alerts.end());
        view->selectAlert(dip->eventId);
        QTRY_COMPARE_WITH_TIMEOUT(view->currentAlert(), dip->eventId, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(edges().empty(), 20000);
    }

    // A rack's maintenance window shades the panels of its hosts' series, those
    // without a rack label too (a log template's count, this disk here): the
    // host table places h1 in rack r1.
    void aRackRuleShadesItsHostsPanels()
    {
        const QString path = m_dir.filePath(QStringLiteral("rack.opsight"));
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
            Test::appendDisk(*warehouse, Test::kDiskStart, Test::kDiskStart + 11 * Core::kDay);
            Core::Transaction transaction(warehouse->db());
            Core::HostRecord host;
            host.name = QStringLiteral("h1");
            host.rack = QStringLiteral("r1");
            Core::RecordWriter(warehouse->db()).upsertHost(host);
            Core::Silence rule;
            rule.kind = Core::Silence::Kind::Maintenance;
            rule.matcher = QStringLiteral("{rack=\"r1\"}");
            rule.author = QStringLiteral("ana");
            rule.reason = QStringLiteral("CHG-7 firmware");
            rule.startsAt = Test::kDiskStart + 2 * Core::kDay;
            rule.endsAt = Test::kDiskStart + 3 * Core::kDay;
            Core::AlertStore(warehouse->db()).addSilence(rule);
            transaction.commit();
        }
        const auto view = openView(path);
        view->showSeries({Test::kDiskSeries}, Test::kDiskStart, Test::kDiskStart + 4 * Core::kDay);
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty() && view->panelData().panels.front().selector == Test::kDiskSeries,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view->silencePanel()->model()->rowCount() > 0, 20000);
        int hatched = 0;
        QCustomPlot *plot = view->plot()->customPlot();
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *box = qobject_cast<QCPItemRect *>(plot->item(i)))
                hatched += box->clipAxisRect() == view->plot()->panel(0) && box->brush().style() == Qt::BDiagPattern;
        QCOMPARE(hatched, 1);
    }

    void hardwareEventIsAMarker()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h1\"}")}, Test::kHardwareAt - Core::kHour,
                         Test::kHardwareAt + Core::kHour);
        QTRY_VERIFY_WITH_TIMEOUT(view->panelData().from == Test::kHardwareAt - Core::kHour, 20000);
        QCOMPARE(int(view->panelData().events.size()), 1);
        view->plot()->customPlot()->replot();
        QCPAxis *axis = view->plot()->panel(0)->axis(QCPAxis::atBottom);
        const QPoint at(int(axis->coordToPixel(double(Test::kHardwareAt) / 1000)), view->plot()->panel(0)->center().y());
        QVERIFY2(view->plot()->toolTipAt(at).contains(QStringLiteral("ECC corrected errors")),
                 qPrintable(view->plot()->toolTipAt(at)));
        // The tooltip also reads out the series' value under the pointer.
        QVERIFY2(view->plot()->toolTipAt(at).contains(QStringLiteral("cpu_util_percent{host=\"h1\"}: ")),
                 qPrintable(view->plot()->toolTipAt(at)));
    }

    void logAlertLinksToItsLines()
    {
        const auto view = openView(m_path);
        const std::vector<Views::AlertRecord> alerts = storedAlerts(); // findAlert points into it
        const Views::AlertRecord *log = findAlert(alerts, Test::kLogSeries);
        QVERIFY(log);
        view->selectAlert(log->eventId);
        QSignalSpy links(view.get(), &Views::View::linkActivated);
        auto *button = view->findChild<QPushButton *>(QStringLiteral("timeline.showLogs"));
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(links.count(), 1);
        const auto link = links.front().front().value<Views::ViewLink>();
        QCOMPARE(link.view, QStringLiteral("logs"));
        QCOMPARE(link.entity, Test::kLogSeries);
        QCOMPARE(link.host, QStringLiteral("h1"));
        QCOMPARE(link.eventId, log->eventId);
        QVERIFY(link.from < log->start && link.to > log->end);
        // A metric alert has no lines behind it, but a host.
        const qint64 cpu = findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"))->eventId;
        view->selectAlert(cpu);
        QVERIFY(!button->isEnabled());
        links.clear();
        view->findChild<QPushButton *>(QStringLiteral("timeline.openHost"))->click();
        QCOMPARE(links.count(), 1);
        const auto hostLink = links.front().front().value<Views::ViewLink>();
        QCOMPARE(hostLink.view, QStringLiteral("host"));
        QCOMPARE(hostLink.host, QStringLiteral("h1"));
        QVERIFY(hostLink.hasWindow());
    }

    void annotationsBecomeMarkers()
    {
        const QString path = writableCopy(QStringLiteral("notes.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        const Core::Timestamp at = Test::kSpikeAt - 30 * Core::kMinute;
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h2\"}")}, at - Core::kHour, at + Core::kHour);
        QTRY_COMPARE_WITH_TIMEOUT(view->panelData().from, at - Core::kHour, 20000);
        QCOMPARE(int(view->panelData().events.size()), 0); // the hardware event is on h1
        QSignalSpy finished(view.get(), &Views::TimelineView::actionFinished);
        view->annotate(at, QStringLiteral("h2"), QStringLiteral("kernel 6.1 rolled out"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.front().front().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(int(view->panelData().events.size()), 1, 20000);
        QCOMPARE(view->panelData().events.front().event.kind, QStringLiteral("annotation"));
        // A fleet-wide note shows on every panel, whatever its hosts.
        finished.clear();
        view->annotate(at + 10 * Core::kMinute, QString(), QStringLiteral("change freeze starts"));
        QTRY_COMPARE_WITH_TIMEOUT(int(view->panelData().events.size()), 2, 20000);
        view->plot()->customPlot()->replot();
        QCPAxis *axis = view->plot()->panel(0)->axis(QCPAxis::atBottom);
        const QPoint on(int(axis->coordToPixel(double(at + 10 * Core::kMinute) / 1000)), view->plot()->panel(0)->center().y());
        QVERIFY2(view->plot()->toolTipAt(on).contains(QStringLiteral("change freeze starts")), qPrintable(view->plot()->toolTipAt(on)));
        // An empty note is refused, not stored.
        finished.clear();
        view->annotate(at, QStringLiteral("h2"), QStringLiteral("  "));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.front().front().toBool(), false);
    }

    void listFollowsThePlot()
    {
        const auto view = openView(m_path);
        view->showSeries({QStringLiteral("cpu_util_percent")}, Test::kTimelineStart, Test::kTimelineStart + 4 * Core::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(view->panelData().from, Test::kTimelineStart, 20000);
        // The list opens by incident: the CPU spike and the log burst are one row.
        QCOMPARE(view->alertProxy()->rowCount(), 1);
        auto *grouping = view->findChild<QComboBox *>(QStringLiteral("timeline.grouping"));
        grouping->setCurrentIndex(grouping->findData(int(Views::AlertListModel::Grouping::None)));
        const int all = view->alertProxy()->rowCount();
        QVERIFY(all >= 2); // the CPU alert and the log alert
        view->findChild<QCheckBox *>(QStringLiteral("timeline.onPlotOnly"))->setChecked(true);
        QCOMPARE(view->alertProxy()->rowCount(), 1); // only the CPU alert is on the plot
        // Zoomed to a quiet day: none.
        view->showSeries({QStringLiteral("cpu_util_percent")}, Test::kTimelineStart, Test::kTimelineStart + Core::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(view->panelData().to, Test::kTimelineStart + Core::kDay, 20000);
        QCOMPARE(view->alertProxy()->rowCount(), 0);
    }

    // Tab order: the toolbar (selector ... Export), then the plot, then the list.
    void tabGoesFromTheToolbarToThePlotToTheList()
    {
        const auto view = openView(m_path);
        QWidget *selector = view->findChild<QLineEdit *>(QStringLiteral("timeline.selector"));
        QWidget *plot = view->plot()->customPlot();
        QWidget *list = view->findChild<QTreeView *>(QStringLiteral("timeline.alerts"));
        QVERIFY(selector && plot && list);
        // The page's focus chain from its start, as Tab walks it.
        int selectorAt = -1, plotAt = -1, listAt = -1;
        QWidget *w = view.get();
        for (int i = 1; i < 300; ++i) {
            w = w->nextInFocusChain();
            if (w == view.get())
                break;
            if (w == selector && selectorAt < 0)
                selectorAt = i;
            if (w == plot && plotAt < 0)
                plotAt = i;
            if (w == list && listAt < 0)
                listAt = i;
        }
        QVERIFY2(selectorAt > 0 && plotAt > selectorAt && listAt > plotAt,
                 qPrintable(QStringLiteral("selector %1, plot %2, list %3").arg(selectorAt).arg(plotAt).arg(listAt)));
    }

    void keyboardPansAndZooms()
    {
        const auto view = openView(m_path);
        Views::TimelinePlot *plot = view->plot();
        view->showSeries({QStringLiteral("cpu_util_percent")}, Test::kTimelineStart, Test::kTimelineStart + Core::kDay);
        const Core::Timestamp span = plot->visibleTo() - plot->visibleFrom();
        QTest::keyClick(plot->customPlot(), Qt::Key_Plus);
        QVERIFY(plot->visibleTo() - plot->visibleFrom() < span);
        const Core::Timestamp from = plot->visibleFrom();
        QTest::keyClick(plot->customPlot(), Qt::Key_Right);
        QVERIFY(plot->visibleFrom() > from);
        // Every panel followed the keyboard too.
        QCOMPARE(timeRange(*plot, 0).lower, timeRange(*plot, plot->panelCount() - 1).lower);
        // Reached by Tab, the plot shows that it has the keys; left, it does not.
        view->activateWindow();
        auto *selector = view->findChild<QLineEdit *>(QStringLiteral("timeline.selector"));
        selector->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(selector->hasFocus());
        plot->customPlot()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(plot->customPlot()->hasFocus());
        QVERIFY(plot->showsKeyboardFocus());
        selector->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!plot->customPlot()->hasFocus());
        QVERIFY(!plot->showsKeyboardFocus());
    }

    void openLinkShowsTheSelector()
    {
        const auto view = openView(m_path);
        Views::ViewLink link;
        link.view = QStringLiteral("timeline");
        link.host = QStringLiteral("h2");
        link.from = Test::kTimelineStart;
        link.to = Test::kTimelineStart + Core::kDay;
        QVERIFY(view->openLink(link));
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty()
                                     && view->panelData().panels.front().selector == QStringLiteral("{host=\"h2\"}"), 20000);
        QCOMPARE(view->panelData().panels.front().series.size(), size_t(1));
        QCOMPARE(view->plot()->visibleFrom(), Test::kTimelineStart);
    }

    void silenceDialogPreviewsItsReach()
    {
        const auto alerts = storedAlerts();
        const Views::AlertRecord *cpu = findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        QVERIFY(cpu);
        Views::AlertActionDialog dialog(Views::AlertAction::Kind::Silence, *cpu, alerts);
        QVERIFY(!dialog.isValid()); // no reason yet
        dialog.setComment(QStringLiteral("load test on h1"));
        QVERIFY(dialog.isValid());
        QVERIFY2(dialog.preview().startsWith(QStringLiteral("Would have kept 1 of")), qPrintable(dialog.preview()));
        dialog.setMatcher(QStringLiteral("{host=\"h1\"}"));
        QVERIFY2(dialog.preview().startsWith(QStringLiteral("Would have kept 2 of")), qPrintable(dialog.preview()));
        dialog.setMatcher(QStringLiteral("cpu{host=")); // broken selector
        QVERIFY(!dialog.isValid());
        QVERIFY(dialog.preview().contains(QStringLiteral("Selector:")));
        dialog.setAuthor({});
        QVERIFY(!dialog.isValid());
        // Tab follows the form: author, kind, scope, selector, start, length, reason.
        const QList<QComboBox *> boxes = dialog.findChildren<QComboBox *>();
        QCOMPARE(boxes.size(), 3); // kind, scope and length, in that order
        QCOMPARE(boxes.at(0)->objectName(), QStringLiteral("timeline.actionRuleKind"));
        QCOMPARE(boxes.at(0)->currentText(), QStringLiteral("Silence")); // from an alert: a silence
        const QList<QWidget *> form{dialog.findChild<QLineEdit *>(QStringLiteral("timeline.actionAuthor")),
                                    boxes.at(0),
                                    boxes.at(1),
                                    dialog.findChild<QLineEdit *>(QStringLiteral("timeline.actionMatcher")),
                                    dialog.findChild<QDateTimeEdit *>(QStringLiteral("timeline.actionStart")),
                                    boxes.at(2),
                                    dialog.findChild<QLineEdit *>(QStringLiteral("timeline.actionComment"))};
        QList<QWidget *> walked;
        for (QWidget *w = form.front(); walked.size() < form.size(); w = w->nextInFocusChain())
            if (form.contains(w) && !walked.contains(w))
                walked << w;
        QCOMPARE(walked, form);
        // ...and Tab leaves the start as it leaves any field, not into its month.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *starts = dialog.findChild<QDateTimeEdit *>(QStringLiteral("timeline.actionStart"));
        const QDateTime startedAt = starts->dateTime();
        starts->setFocus();
        QTRY_VERIFY(starts->hasFocus());
        QTest::keyClick(starts, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), boxes.at(2));
        QTest::keyClick(boxes.at(2), Qt::Key_Backtab);
        QTRY_COMPARE(QApplication::focusWidget(), starts);
        QCOMPARE(starts->dateTime(), startedAt);
        dialog.hide();

        // From the incident's later alert, the silence still starts with the
        // incident, and the preview says it is over already (the fixture is past).
        const Views::AlertRecord *log = findAlert(alerts, Test::kLogSeries);
        QVERIFY(log && log->incident == cpu->incident && log->start > cpu->start);
        Views::AlertActionDialog later(Views::AlertAction::Kind::Silence, *log, alerts);
        later.setComment(QStringLiteral("load test on h1"));
        later.setMatcher(QStringLiteral("{host=\"h1\"}"));
        QVERIFY2(later.preview().startsWith(QStringLiteral("Would have kept 2 of")), qPrintable(later.preview()));
        QVERIFY2(later.preview().contains(QStringLiteral("keeps only past alerts quiet")), qPrintable(later.preview()));

        // "Not an anomaly" backtests too: this series' alerts no stronger than this one.
        Views::AlertActionDialog feedback(Views::AlertAction::Kind::NotAnAnomaly, *cpu, alerts);
        QVERIFY2(feedback.preview().endsWith(QStringLiteral("Would have kept 1 of the %1 loaded alerts quiet.").arg(alerts.size())),
                 qPrintable(feedback.preview()));
    }

    // An incident's row shows the incident and acknowledges its alerts together;
    // silences and feedback stay with each alert's own row.
    void anIncidentRowActsOnItsAlerts()
    {
        const QString path = writableCopy(QStringLiteral("incident.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        const auto alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        const Views::AlertRecord cpu = *findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        const Views::AlertRecord log = *findAlert(alerts, Test::kLogSeries);
        view->showSeries({QStringLiteral("cpu_util_percent{host=\"h3\"}")}, Test::kTimelineStart,
                         Test::kTimelineStart + Core::kHour);
        QTRY_VERIFY_WITH_TIMEOUT(view->panelData().from == Test::kTimelineStart, 20000);

        auto *tree = view->findChild<QTreeView *>(QStringLiteral("timeline.alerts"));
        QVERIFY(tree);
        QModelIndex group;
        for (int row = 0; row < tree->model()->rowCount() && !group.isValid(); ++row) {
            const QModelIndex index = tree->model()->index(row, 0);
            if (index.data(Views::AlertListModel::IsGroupRole).toBool() && tree->model()->rowCount(index) == 2
                && tree->model()->index(0, 0, index).data(Views::AlertListModel::EventIdRole).toLongLong() != 0) {
                const qint64 first = tree->model()->index(0, 0, index).data(Views::AlertListModel::EventIdRole).toLongLong();
                if (first == cpu.eventId || first == log.eventId)
                    group = index;
            }
        }
        QVERIFY2(group.isValid(), "no incident row for h1's two alerts");
        tree->setCurrentIndex(group);
        QCOMPARE(view->currentAlert(), qint64(0));
        // The plot moves to the incident: its series around its earliest alert.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(view->panelData().panels.begin(), view->panelData().panels.end(),
                                             [](const Views::PlotPanel &p) {
                                                 return p.selector == QStringLiteral("cpu_util_percent{host=\"h1\"}");
                                             }),
                                 20000);
        auto *acknowledge = view->findChild<QPushButton *>(QStringLiteral("timeline.acknowledge"));
        QVERIFY(acknowledge->isEnabled());
        QVERIFY2(acknowledge->text().contains(QLatin1Char('2')), qPrintable(acknowledge->text()));
        QCOMPARE(QKeySequence::mnemonic(acknowledge->text()), QKeySequence(Qt::ALT | Qt::Key_A)); // from the keyboard
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("timeline.silence"))->isEnabled());

        const Views::AlertRecord &earliest = cpu.start <= log.start ? cpu : log;
        const Views::AlertRecord &other = cpu.start <= log.start ? log : cpu;
        Views::AlertActionDialog dialog(Views::AlertAction::Kind::Acknowledge, earliest, alerts);
        dialog.acknowledgeTogether({other.eventId});
        QVERIFY(dialog.windowTitle().contains(QLatin1Char('2')));
        dialog.setComment(QStringLiteral("one cause: the batch"));
        QSignalSpy shown(view.get(), &Views::TimelineView::alertsShown);
        view->applyAction(dialog.action());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        for (const qint64 id : {cpu.eventId, log.eventId}) {
            QVERIFY(view->alertModel()->alertById(id)->isAcknowledged());
            QCOMPARE(view->alertModel()->alertById(id)->acknowledgement->comment, QStringLiteral("one cause: the batch"));
        }
        // Collapsed, the incident's row says so.
        auto incidentRow = [&] {
            for (int row = 0; row < tree->model()->rowCount(); ++row) {
                const QModelIndex index = tree->model()->index(row, 0);
                const qint64 first = tree->model()->index(0, 0, index).data(Views::AlertListModel::EventIdRole).toLongLong();
                if (index.data(Views::AlertListModel::IsGroupRole).toBool() && (first == cpu.eventId || first == log.eventId))
                    return index;
            }
            return QModelIndex();
        };
        QVERIFY(incidentRow().isValid());
        QCOMPARE(incidentRow().siblingAtColumn(Views::AlertListModel::StateColumn).data().toString(),
                 QStringLiteral("Acknowledged"));
        // With a filter that hides one of its alerts, the row still acts on both:
        // it stands for the whole incident.
        view->setAlertFilterText(QStringLiteral("cpu_util"));
        QTRY_VERIFY(incidentRow().isValid() && tree->model()->rowCount(incidentRow()) == 1);
        tree->setCurrentIndex(incidentRow());
        QVERIFY2(acknowledge->text().contains(QLatin1Char('2')), qPrintable(acknowledge->text()));
        // Acknowledged from there, the list keeps the operator's filter (reselecting
        // the hidden earliest alert cleared every filter).
        Views::AlertActionDialog filtered(Views::AlertAction::Kind::Acknowledge, log, alerts);
        filtered.acknowledgeTogether({cpu.eventId});
        filtered.setComment(QStringLiteral("still the batch"));
        shown.clear();
        view->applyAction(filtered.action());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(view->findChild<QLineEdit *>(QStringLiteral("timeline.alertFilter"))->text(), QStringLiteral("cpu_util"));
        view->setAlertFilterText(QString());
    }

    void actionsAreStoredAndShown()
    {
        // A copy: these write.
        const QString path = writableCopy(QStringLiteral("actions.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        const auto alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        const Views::AlertRecord cpu = *findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        const Views::AlertRecord log = *findAlert(alerts, Test::kLogSeries);
        QSignalSpy finished(view.get(), &Views::TimelineView::actionFinished);
        QSignalSpy shown(view.get(), &Views::TimelineView::alertsShown);

        Views::AlertAction ack;
        ack.kind = Views::AlertAction::Kind::Acknowledge;
        ack.eventId = cpu.eventId;
        ack.acknowledgement = {cpu.eventId, QStringLiteral("ana"), QStringLiteral("load test"), Test::kSpikeAt};
        view->applyAction(ack);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(view->alertModel()->alertById(cpu.eventId)->isAcknowledged());
        QCOMPARE(view->alertModel()->alertById(cpu.eventId)->acknowledgement->comment, QStringLiteral("load test"));
        QCOMPARE(view->currentAlert(), cpu.eventId); // the selection stays on the alert acted on
        // Said, and not wiped by the reload and the panels' reread after it.
        QTRY_VERIFY_WITH_TIMEOUT(!view->statusText().contains(QStringLiteral("Loading")), 20000);
        QVERIFY2(view->statusText().startsWith(QStringLiteral("Acknowledged 1 alert")), qPrintable(view->statusText()));

        Views::AlertAction feedback;
        feedback.kind = Views::AlertAction::Kind::NotAnAnomaly;
        feedback.eventId = log.eventId;
        feedback.rule = Views::notAnAnomalyRule(log, QStringLiteral("ana"), QStringLiteral("batch job"),
                                                QDateTime::currentMSecsSinceEpoch(), 30);
        shown.clear();
        view->applyAction(feedback);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY(view->alertModel()->alertById(log.eventId)->isSilenced());
        QVERIFY(!view->alertModel()->alertById(cpu.eventId)->isSilenced());
        const auto rules = Core::AlertStore(Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly)->db())
                               .silences(true, 0);
        QCOMPARE(rules.size(), size_t(1));
        QCOMPARE(rules.front().kind, Core::Silence::Kind::Feedback);
        QCOMPARE(rules.front().alertEvent, log.eventId);

        // A bad rule is refused with the field named, and nothing is stored.
        Views::AlertAction bad;
        bad.kind = Views::AlertAction::Kind::Silence;
        bad.rule.matcher = QStringLiteral("cpu{");
        bad.rule.author = QStringLiteral("ana");
        bad.rule.startsAt = 1;
        bad.rule.endsAt = 2;
        finished.clear();
        view->applyAction(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY(!finished.front().at(1).toString().isEmpty());

        // A refusal and a saved action started together: both are reported.
        finished.clear();
        view->applyAction(bad);
        view->applyAction(ack);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.at(0).front().toBool() + finished.at(1).front().toBool(), 1);
    }

    // Planned work (a rack's firmware tonight) needs no alert: the Silences tab's
    // New Rule opens the dialog with no scope, a maintenance window from the next
    // quarter hour; saved, it is listed as one, and muted alerts say so.
    void aMaintenanceWindowIsPlannedAhead()
    {
        const QString path = writableCopy(QStringLiteral("planned.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        QTRY_VERIFY_WITH_TIMEOUT(view->alertModel()->alerts().size() > 0, 20000);
        Views::AlertActionDialog dialog(Views::AlertAction::Kind::Silence, Views::AlertRecord{}, view->alertModel()->alerts());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Silence or Maintenance Window"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("timeline.actionMatcher"))->text().size());
        QCOMPARE(dialog.findChildren<QComboBox *>().size(), 2); // kind and length: no alert, no scope
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("timeline.actionRuleKind"))->currentText(),
                 QStringLiteral("Maintenance window"));
        const Core::Timestamp start = dialog.findChild<QDateTimeEdit *>(QStringLiteral("timeline.actionStart"))->dateTime().toMSecsSinceEpoch();
        const Core::Timestamp now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(start > now && start <= now + 15 * Core::kMinute && start % (15 * Core::kMinute) == 0);
        dialog.setComment(QStringLiteral("CHG-1042 BMC firmware"));
        QVERIFY(!dialog.isValid()); // no selector yet: it would mute everything
        QVERIFY2(dialog.preview().contains(QStringLiteral("empty selector")), qPrintable(dialog.preview()));
        dialog.setMatcher(QStringLiteral("{host=\"h2\"}"));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.preview()));
        // Ahead of time: when it starts and ends, no backtest of alerts before it.
        QVERIFY2(dialog.preview().startsWith(QStringLiteral("It starts ")), qPrintable(dialog.preview()));
        const Views::AlertAction action = dialog.action();
        QCOMPARE(action.eventId, qint64(0));
        QCOMPARE(action.rule.kind, Core::Silence::Kind::Maintenance);
        QCOMPARE(action.rule.endsAt - action.rule.startsAt, 4 * Core::kHour);

        QSignalSpy shown(view.get(), &Views::TimelineView::alertsShown);
        view->applyAction(action);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        Views::SilenceListModel *rules = view->silencePanel()->model();
        QCOMPARE(rules->rowCount(), 1);
        QCOMPARE(rules->index(0, Views::SilenceListModel::KindColumn).data().toString(), QStringLiteral("Maintenance"));
        QCOMPARE(rules->state(*rules->silenceById(rules->data(rules->index(0, 0), Views::SilenceListModel::SilenceIdRole).toLongLong())),
                 Views::SilenceListModel::State::Scheduled);
        // Said, and said again after the panels' reread that may follow (a slow
        // machine shows "Loading series…" in between).
        QTRY_VERIFY2_WITH_TIMEOUT(view->statusText().startsWith(QStringLiteral("Maintenance window saved for {host=\"h2\"}")),
                                  qPrintable(view->statusText()), 20000);
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("timeline.newSilence")));
    }

    // The Silences tab lists every rule with its reach; ending one now keeps what it
    // muted before muted, withdrawing it brings those alerts back. Both stay on record.
    void silencesCanBeEndedOrWithdrawn()
    {
        const QString path = writableCopy(QStringLiteral("silences.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        const auto alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        const Views::AlertRecord cpu = *findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("timeline.lists"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Silences (0 in force)"));
        QSignalSpy shown(view.get(), &Views::TimelineView::alertsShown);

        Views::AlertAction silence;
        silence.kind = Views::AlertAction::Kind::Silence;
        silence.rule.matcher = QStringLiteral("{host=\"h1\"}");
        silence.rule.author = QStringLiteral("ana");
        silence.rule.reason = QStringLiteral("disk swap");
        silence.rule.startsAt = cpu.start - Core::kHour;
        silence.rule.endsAt = QDateTime::currentMSecsSinceEpoch() + Core::kDay;
        view->applyAction(silence);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY(view->alertModel()->alertById(cpu.eventId)->isSilenced());
        Views::SilenceListModel *rules = view->silencePanel()->model();
        QCOMPARE(rules->rowCount(), 1);
        const qint64 id = rules->data(rules->index(0, 0), Views::SilenceListModel::SilenceIdRole).toLongLong();
        QCOMPARE(rules->state(*rules->silenceById(id)), Views::SilenceListModel::State::Active);
        QCOMPARE(view->silencePanel()->currentSilence(), id); // the rule just saved
        int mutedOnH1 = 0;
        for (const Views::AlertRecord &a : view->alertModel()->alerts())
            mutedOnH1 += a.host == QLatin1String("h1");
        QVERIFY(mutedOnH1 >= 2); // the spike and the log burst
        QCOMPARE(rules->data(rules->index(0, Views::SilenceListModel::MutedColumn)).toString(), QString::number(mutedOnH1));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Silences (1 in force)"));
        QVERIFY(!view->findChild<QMessageBox *>(QStringLiteral("timeline.ghostSilence")));
        const qint64 h1Series = qint64(Core::MetricReader(Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly)->db())
                                           .select(Core::Selector::parse(silence.rule.matcher))
                                           .size());
        QVERIFY(h1Series >= 2);
        QCOMPARE(rules->data(rules->index(0, Views::SilenceListModel::SeriesColumn)).toString(), QString::number(h1Series));

        // A rule that matches no series (a host that is not there) mutes nothing and says so.
        Views::AlertAction ghost = silence;
        ghost.rule.matcher = QStringLiteral("{host=\"h9\"}");
        shown.clear();
        view->applyAction(ghost);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(rules->rowCount(), 2);
        QCOMPARE(rules->ghostCount(), 1);
        // Said at once, not only in the tab (and not for the rule that matches).
        auto *ghostBox = view->findChild<QMessageBox *>(QStringLiteral("timeline.ghostSilence"));
        QVERIFY(ghostBox);
        QVERIFY2(ghostBox->text().contains(QStringLiteral("no series matches {host=\"h9\"}")), qPrintable(ghostBox->text()));
        ghostBox->close();
        const QModelIndex ghostRow = rules->index(rules->indexOfSilence(id).row() == 0 ? 1 : 0, 0);
        QVERIFY2(ghostRow.data().toString().startsWith(QStringLiteral("active, "))
                     && ghostRow.data().toString().endsWith(QStringLiteral("; matches no series")),
                 qPrintable(ghostRow.data().toString()));
        QCOMPARE(rules->index(ghostRow.row(), Views::SilenceListModel::SeriesColumn).data().toString(), QStringLiteral("0"));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("timeline.silenceCount"))->text().contains(QStringLiteral("1 match no series")));
        view->endSilence(ghostRow.data(Views::SilenceListModel::SilenceIdRole).toLongLong(), true);
        QTRY_COMPARE_WITH_TIMEOUT(rules->ghostCount(), 0, 20000);

        // Its series over its time.
        QSignalSpy panels(view.get(), &Views::TimelineView::panelsShown);
        view->showSilence(id);
        QTRY_VERIFY_WITH_TIMEOUT(!panels.isEmpty(), 20000);
        QVERIFY(view->plot()->visibleFrom() <= silence.rule.startsAt);
        bool plotsH1 = false;
        for (const Views::PlotPanel &panel : view->panelData().panels)
            for (const Views::PlotSeries &series : panel.series)
                plotsH1 = plotsH1 || series.name == cpu.series;
        QVERIFY(plotsH1);
        // Collapsed, the incident of the muted alerts says so.
        Views::AlertListModel *listed = view->alertModel();
        bool incidentSaysSilenced = false;
        for (int row = 0; row < listed->rowCount(); ++row) {
            const QModelIndex group = listed->index(row, Views::AlertListModel::StateColumn);
            if (group.data(Views::AlertListModel::IsGroupRole).toBool() && listed->rowCount(listed->index(row, 0)) >= 2
                && listed->index(0, 0, listed->index(row, 0)).data(Views::AlertListModel::EventIdRole).toLongLong()
                    == cpu.eventId)
                incidentSaysSilenced = group.data().toString() == QLatin1String("Silenced");
        }
        QVERIFY(incidentSaysSilenced);

        // Ended now: the past alerts it muted stay muted; it leaves the default list;
        // the reload leaves the plot where the operator put it (not on the selected alert).
        QVERIFY(view->currentAlert() != 0);
        panels.clear();
        view->showSeries({QStringLiteral("cpu_util_percent")}, Test::kTimelineStart, Test::kTimelineStart + Core::kDay);
        QTRY_VERIFY_WITH_TIMEOUT(!panels.isEmpty(), 20000);
        const double shownFrom = view->plot()->visibleFrom();
        shown.clear();
        view->endSilence(id, false);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(view->plot()->visibleFrom(), shownFrom);
        QCOMPARE(rules->state(*rules->silenceById(id)), Views::SilenceListModel::State::Ended);
        QVERIFY(view->alertModel()->alertById(cpu.eventId)->isSilenced());
        QCOMPARE(view->silencePanel()->tree()->model()->rowCount(), 0);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Silences (0 in force)"));
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().startsWith(QStringLiteral("Rule %1 ended").arg(id)), 20000);

        // Withdrawn: the alerts come back; the rule is still on record.
        view->silencePanel()->setShowEnded(true);
        QCOMPARE(view->silencePanel()->tree()->model()->rowCount(), 2); // with the withdrawn ghost
        shown.clear();
        view->endSilence(id, true);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QCOMPARE(rules->state(*rules->silenceById(id)), Views::SilenceListModel::State::Withdrawn);
        QVERIFY(!view->alertModel()->alertById(cpu.eventId)->isSilenced());
        QCOMPARE(rules->index(rules->indexOfSilence(id).row(), Views::SilenceListModel::MutedColumn).data().toString(),
                 QStringLiteral("0"));
        const auto stored = Core::AlertStore(Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly)->db()).silences(true, 0);
        QCOMPARE(stored.size(), size_t(2));
        QVERIFY(std::all_of(stored.begin(), stored.end(), [](const Core::Silence &s) { return s.reason == QLatin1String("disk swap"); }));

        // Selecting an alert (a click on the plot) brings the alert list forward.
        tabs->setCurrentIndex(1);
        view->selectAlert(cpu.eventId);
        QCOMPARE(tabs->currentIndex(), 0);
    }

    // A silence started at an old alert may be over when it is saved: the tab shows
    // it all the same, selected, rather than hide it as ended (rev14).
    void aRuleSavedAlreadyEndedIsShown()
    {
        const QString path = writableCopy(QStringLiteral("ended.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        const auto alerts = Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts;
        const Views::AlertRecord cpu = *findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"));
        QSignalSpy shown(view.get(), &Views::TimelineView::alertsShown);
        Views::AlertAction silence;
        silence.kind = Views::AlertAction::Kind::Silence;
        silence.rule.matcher = QStringLiteral("{host=\"h1\"}");
        silence.rule.author = QStringLiteral("ana");
        silence.rule.reason = QStringLiteral("load test");
        silence.rule.startsAt = cpu.start;
        silence.rule.endsAt = cpu.start + 2 * Core::kHour;
        view->applyAction(silence);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        Views::SilenceListModel *rules = view->silencePanel()->model();
        QCOMPARE(rules->rowCount(), 1);
        const qint64 id = rules->data(rules->index(0, 0), Views::SilenceListModel::SilenceIdRole).toLongLong();
        QCOMPARE(rules->state(*rules->silenceById(id)), Views::SilenceListModel::State::Ended);
        QCOMPARE(view->silencePanel()->tree()->model()->rowCount(), 1);
        QCOMPARE(view->silencePanel()->currentSilence(), id);
    }

    // States move with the clock: an active rule whose end passes becomes ended.
    // A log template's series are numbered ("template=\"3\""): their panel says
    // which template it is, as the Logs page words it.
    void aTemplatesPanelSaysItsText()
    {
        const QString path = m_dir.filePath(QStringLiteral("logs.opsight"));
        Core::SimulationSpec spec;
        spec.hosts = 4;
        spec.days = 2;
        spec.workload = false;
        QString series, text;
        {
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
            Core::simulateFleet(*warehouse, spec);
            for (const Core::SeriesInfo &info :
                 Core::MetricReader(warehouse->db()).select(Core::Selector::parse(QStringLiteral("log_template_lines")))) {
                const std::string *source = info.key.label("source");
                const std::string *family = info.key.label("template");
                if (!source || !family)
                    continue;
                text = Core::LogReader(warehouse->db())
                           .familyText(QString::fromStdString(*source), QString::fromStdString(*family).toLongLong());
                series = QString::fromStdString(info.key.canonical());
                if (!text.isEmpty())
                    break;
            }
        }
        QVERIFY(!text.isEmpty());
        const auto view = openView(path);
        view->showSeries({series}, view->plot()->visibleFrom(), view->plot()->visibleTo());
        QTRY_VERIFY_WITH_TIMEOUT(!view->panelData().panels.empty() && view->panelData().panels.front().selector == series, 20000);
        QCOMPARE(view->panelData().panels.front().note, text);
        const QString title = view->plot()->panel(0)->axis(QCPAxis::atTop)->label();
        QVERIFY2(title.startsWith(series + QStringLiteral(": ")) && title.contains(text.left(40)), qPrintable(title));
    }

    // A silence stored from elsewhere (the CLI, another console) shows in the open
    // view within seconds, without an F5; the plot stays where it was.
    void aRuleStoredElsewhereShowsWithoutAReload()
    {
        const QString path = writableCopy(QStringLiteral("elsewhere.opsight"));
        QVERIFY(!path.isEmpty());
        const auto view = openView(path);
        auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("timeline.lists"));
        QVERIFY(tabs);
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(1), QStringLiteral("Silences (0 in force)"), 20000);
        const Core::Timestamp from = view->plot()->visibleFrom();
        auto silenceElsewhere = [&path](const QString &host, const QString &reason) { // as opsight-cli would
            const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
            Core::Silence rule;
            rule.matcher = QStringLiteral("{host=\"%1\"}").arg(host);
            rule.author = QStringLiteral("cli");
            rule.reason = reason;
            rule.startsAt = QDateTime::currentMSecsSinceEpoch();
            rule.endsAt = rule.startsAt + Core::kHour;
            Core::AlertStore(warehouse->db()).addSilence(rule);
        };
        silenceElsewhere(QStringLiteral("h2"), QStringLiteral("kernel upgrade"));
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(1), QStringLiteral("Silences (1 in force)"), 10000);
        QCOMPARE(view->plot()->visibleFrom(), from);
        // Its own reads (and the plot's) are no change: no reading again and again.
        QSignalSpy shown(view.get(), &Views::TimelineView::alertsShown);
        QTest::qWait(6500);
        QCOMPARE(shown.count(), 0);
        // Hidden, it waits to be shown before it reads what changed.
        view->hide();
        silenceElsewhere(QStringLiteral("h0"), QStringLiteral("rack move"));
        QTest::qWait(4000);
        QCOMPARE(shown.count(), 0);
        view->show();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(1), QStringLiteral("Silences (2 in force)"), 10000);
    }

    // A host's maintenance window over a series' "not an anomaly" rule: the alert
    // names the first as what silenced it, and each rule counts it as muted; a
    // stronger alert than the feedback rule allows counts for the window only.
    void overlappingRulesEachCountWhatTheyMute()
    {
        Core::Silence window;
        window.id = 3;
        window.matcher = QStringLiteral("{host=\"h1\"}");
        window.startsAt = 1000;
        window.endsAt = 9000;
        Core::Silence feedback = window;
        feedback.id = 4;
        feedback.kind = Core::Silence::Kind::Feedback;
        feedback.matcher = QStringLiteral("cpu_util_percent{host=\"h1\"}");
        feedback.maxScore = 0.97;
        Views::AlertRecord weak;
        weak.eventId = 1;
        weak.series = feedback.matcher;
        weak.start = 2000;
        weak.peak = 0.96;
        weak.silencedBy = window.id;
        Views::AlertRecord strong = weak;
        strong.eventId = 2;
        strong.start = 3000;
        strong.peak = 1.0;
        Views::SilenceListModel model;
        model.setSilences({window, feedback}, {weak, strong}, 5000, {});
        QCOMPARE(model.mutedCount(window.id), 2);
        QCOMPARE(model.mutedCount(feedback.id), 1);
    }

    void silenceStatesFollowTheClock()
    {
        Views::SilenceListModel model;
        QAbstractItemModelTester tester(&model);
        Core::Silence rule;
        rule.id = 7;
        rule.matcher = QStringLiteral("{host=\"h1\"}");
        rule.startsAt = 1000;
        rule.endsAt = 2000;
        Core::Silence later = rule;
        later.id = 8;
        later.startsAt = 5000;
        later.endsAt = 6000;
        model.setSilences({rule, later}, {}, 1500, {{7, 3}, {8, 0}});
        QCOMPARE(model.state(rule), Views::SilenceListModel::State::Active);
        QCOMPARE(model.state(later), Views::SilenceListModel::State::Scheduled);
        QCOMPARE(model.inForceCount(), 2);
        QCOMPARE(model.ghostCount(), 1);
        QCOMPARE(model.index(0, Views::SilenceListModel::SeriesColumn).data().toString(), QStringLiteral("3"));
        model.setNow(2500);
        QCOMPARE(model.state(rule), Views::SilenceListModel::State::Ended);
        QCOMPARE(model.index(0, Views::SilenceListModel::StateColumn).data().toString(), QStringLiteral("ended"));
        QCOMPARE(model.index(0, Views::SilenceListModel::SeriesColumn).data().toString(), QString()); // history now
        QCOMPARE(model.inForceCount(), 1);
    }

    // A filter that hides the selected alert leaves nothing selected and its
    // actions off (they acted on nothing); cleared, the alert is selected again.
    void filtersHidingTheSelectionTurnItsActionsOff()
    {
        const auto view = openView(m_path);
        const auto alerts = storedAlerts();
        const qint64 cpu = findAlert(alerts, QStringLiteral("cpu_util_percent{host=\"h1\"}"))->eventId;
        view->selectAlert(cpu);
        auto *acknowledge = view->findChild<QPushButton *>(QStringLiteral("timeline.acknowledge"));
        QVERIFY(acknowledge->isEnabled());
        QSignalSpy changed(view->alertPanel(), &Views::AlertPanel::currentAlertChanged);
        view->setAlertFilterText(QStringLiteral("no such host"));
        QCOMPARE(view->currentAlert(), qint64(0));
        QVERIFY(!acknowledge->isEnabled());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.back().front().toLongLong(), qint64(0));
        view->setAlertFilterText(QString());
        QCOMPARE(view->currentAlert(), cpu);
        QVERIFY(acknowledge->isEnabled());
    }

    void exportsPlotAndData()
    {
        const auto view = openView(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(!view->scores().empty(), 20000);
        const QString png = m_dir.filePath(QStringLiteral("t.png"));
        const QString pdf = m_dir.filePath(QStringLiteral("t.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(view->exportPng(png));
        QVERIFY(view->exportPdf(pdf));
        QString error;
        QVERIFY2(view->exportCsv(csv, &error), qPrintable(error));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.front(), QByteArray("panel,series,time,mean,min,max,samples,anomaly_score"));
        qsizetype points = 0;
        for (const auto &panel : view->panelData().panels)
            for (const auto &series : panel.series)
                points += qsizetype(series.points.size());
        QCOMPARE(lines.size(), points + 2); // header and the final newline
        // Scores were computed for the shown series, so rows carry one.
        QVERIFY(!lines.at(lines.size() / 2).endsWith(','));
        // A folder that does not exist: an error that names the file, no crash.
        QVERIFY(!view->exportCsv(m_dir.filePath(QStringLiteral("missing/t.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/t.csv")));
        // The same for the images: the file named, and the reason (they said only
        // "cannot write", and a full disk left a truncated file behind).
        for (const QString &format : {QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString target = m_dir.filePath(QStringLiteral("missing/t.") + format);
            error.clear();
            QVERIFY(!(format == QLatin1String("png") ? view->exportPng(target, &error) : view->exportPdf(target, &error)));
            QVERIFY2(error.contains(QStringLiteral("missing/t.") + format) && error.contains(QStringLiteral(": ")),
                     qPrintable(error));
            QVERIFY(!QFile::exists(target));
        }
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().trimmed().endsWith("%%EOF"));
    }

    void csvQuotesSelectors()
    {
        Views::PanelData data;
        Views::PlotPanel panel;
        panel.selector = QStringLiteral("cpu{host=\"a\",rack=\"r\"}");
        Views::PlotSeries series;
        series.id = 1;
        series.name = panel.selector;
        series.points = {{Test::kTimelineStart, 1, 3, 2, 4}};
        panel.series.push_back(series);
        data.panels.push_back(panel);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(Views::writeTimelineCsv(buffer, data, {}));
        QCOMPARE(buffer.data().split('\n').at(1),
                 QByteArray(R"("cpu{host=""a"",rack=""r""}","cpu{host=""a"",rack=""r""}",2026-11-20T00:00:00Z,2,1,3,4,)"));
    }

    // A row that stands for an hour of samples (a rollup read) carries the highest
    // score of that hour, not the score of the sample before it.
    void csvRowsCarryTheirSpansScore()
    {
        const Core::Timestamp t = Test::kTimelineStart;
        Views::PanelData data;
        Views::PlotPanel panel;
        panel.selector = QStringLiteral("cpu");
        Views::PlotSeries series;
        series.id = 7;
        series.name = QStringLiteral("cpu");
        series.step = Core::kHour;
        series.points = {{t, 1, 1, 1, 12}, {t + Core::kHour, 1, 1, 1, 12}};
        panel.series.push_back(series);
        data.panels.push_back(panel);
        Views::SeriesScores scores;
        scores.id = 7;
        for (int i = 0; i < 24; ++i) {
            scores.times.push_back(t + i * 5 * Core::kMinute);
            scores.scores.push_back(i == 20 ? 0.97 : 0.1);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(Views::writeTimelineCsv(buffer, data, {{7, scores}}));
        const QList<QByteArray> rows = buffer.data().split('\n');
        // The shortest text that reads back as the same double (not 0.10000000000000001).
        QVERIFY2(rows.at(1).endsWith(",12,0.1"), rows.at(1).constData());
        QVERIFY2(rows.at(2).endsWith(",12,0.97"), rows.at(2).constData());
        QCOMPARE(rows.at(2).split(',').last().toDouble(), 0.97);
    }

    void backtestThenStore()
    {
        const QString path = writableCopy(QStringLiteral("scan.opsight"));
        QVERIFY(!path.isEmpty());
        const qint64 before = qint64(Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts.size());
        Views::ScanDialog dialog(path, Test::kTimelineStart, Test::kTimelineStart + 4 * Core::kDay - 1);
        QSignalSpy finished(&dialog, &Views::ScanDialog::finished);
        dialog.setSelector(QStringLiteral("cpu_util_percent"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing runs yet, so there is nothing to cancel; Enter in the selector
        // backtests (storing takes a click of its own).
        const auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("scan.cancel"));
        QVERIFY(cancel);
        QVERIFY(!cancel->isVisible());
        auto *selector = dialog.findChild<QLineEdit *>(QStringLiteral("scan.selector"));
        selector->setFocus();
        QTest::keyClick(selector, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.front().at(0).toBool(), true);
        QCOMPARE(finished.front().at(1).toBool(), false); // a backtest stores nothing
        // Named by its threshold and when it ran: the dialog keeps it when reopened.
        QVERIFY2(dialog.resultText().contains(
                     QRegularExpression(QStringLiteral("^At 0\\.[0-9]{3} \\([0-9-]+ [0-9:]+ UTC\\): Would fire 1 alerts on 1 of 3 series"))),
                 qPrintable(dialog.resultText()));
        // Wide enough for its text, and as tall as the wrapped result needs.
        QVERIFY2(dialog.width() >= 560, qPrintable(QString::number(dialog.width())));
        QTRY_VERIFY(dialog.height() >= dialog.layout()->totalHeightForWidth(dialog.width()));
        // A stricter threshold fires no more often.
        dialog.setFireThreshold(1.0);
        finished.clear();
        dialog.backtest();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("of 3 series")), qPrintable(dialog.resultText()));
        QCOMPARE(qint64(Views::loadAlerts(path, Core::kEarliest, Core::kLatest).alerts.size()), before);
        // The CLI's range: a warehouse stored at 0.9 is not clamped to the dialog's.
        dialog.setFireThreshold(0.9);
        QCOMPARE(dialog.request(false)->policy.fireThreshold, 0.9);
        // A selector that matches nothing fails the run, and says why (it came
        // back marked done: the dialog's own boundary overwrote the scan's failure).
        dialog.setSelector(QStringLiteral("{host=\"nope\"}"));
        finished.clear();
        dialog.backtest();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(finished.front().at(0).toBool(), false);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("No series match")), qPrintable(dialog.resultText()));
        // A broken selector is refused before anything runs.
        dialog.setSelector(QStringLiteral("cpu{"));
        QVERIFY(!dialog.request(false));
        QVERIFY(dialog.resultText().startsWith(QStringLiteral("Series:")));
        // Storing into a fresh copy without alerts adds them.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.opsight"));
        {
            const auto w = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
            Core::Transaction tx(w->db());
            w->db().exec("DELETE FROM event WHERE kind IN ('alert', 'incident')");
            tx.commit();
        }
        QVERIFY(QFile::copy(path, fresh));
        Views::ScanDialog store(fresh, Test::kTimelineStart, Test::kTimelineStart + 4 * Core::kDay - 1);
        QSignalSpy stored(&store, &Views::ScanDialog::finished);
        store.setFireThreshold(0.96);
        store.scanAndStore();
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 60000);
        QCOMPARE(stored.front().at(1).toBool(), true);
        QCOMPARE(qint64(Views::loadAlerts(fresh, Core::kEarliest, Core::kLatest).alerts.size()), before);
        // The threshold is saved with the alerts: the timeline draws it, and its
        // next scan starts from it.
        const auto view = openView(fresh);
        QCOMPARE(view->plot()->fireThreshold(), 0.96);
    }

    // A long message (a scan's result) is elided to the room there is, whole in
    // the tooltip; it grew the window past the screen and pushed buttons off it.
    void aLongStatusDoesNotWidenTheWindow()
    {
        QWidget window; // as the toolbar lays them out
        auto *layout = new QHBoxLayout(&window);
        auto *selector = new QLineEdit(&window);
        auto *status = new Views::StatusLabel(&window);
        layout->addWidget(selector, 1);
        auto *scan = new QPushButton(QStringLiteral("Scan…"), &window);
        layout->addWidget(scan);
        layout->addWidget(status);
        window.resize(1000, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        status->showStatus(QStringLiteral("Saved."));
        QCoreApplication::processEvents();
        const int scanAt = scan->x();
        const QString message = QStringLiteral("Found 1,627 alerts on 400 of 2,100 series. ").repeated(10);
        status->showStatus(message);
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), 1000);
        QCOMPARE(scan->x(), scanAt); // the buttons stay under the pointer
        QVERIFY2(selector->width() >= 400, qPrintable(QString::number(selector->width()))); // not squeezed to "S…"
        QCOMPARE(status->fullText(), message);
        QCOMPARE(status->toolTip(), message);
        QVERIFY2(status->text().size() < message.size() && status->text().endsWith(QChar(0x2026)),
                 qPrintable(status->text()));
        status->showStatus(QStringLiteral("2 series"));
        QCOMPARE(status->text(), QStringLiteral("2 series"));
        QVERIFY(status->toolTip().isEmpty());
    }

    void emptyWarehouseIsCalm()
    {
        Views::TimelineView view;
        view.setWarehouse(QString());
        QCOMPARE(view.alertModel()->rowCount(), 0);
        QVERIFY(!view.statusText().isEmpty());
        // A file that is not a warehouse: an error naming it, no crash.
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.opsight"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not sqlite");
        file.close();
        QSignalSpy shown(&view, &Views::TimelineView::alertsShown);
        view.setWarehouse(bogus);
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QStringLiteral("bogus.opsight")), 20000);
        QCOMPARE(shown.count(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
