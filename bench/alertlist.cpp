// SPDX-License-Identifier: GPL-3.0-or-later
// The alert list at fleet scale: how long the GUI thread is busy when the list is
// filled, regrouped, sorted, filtered keystroke by keystroke and narrowed by its
// check boxes, over tens of thousands of alerts (a 100,000-host fleet's scan at a
// low threshold). A 2 ms heartbeat timer records the longest gap of each step.
//   QT_QPA_PLATFORM=offscreen BUILD/bench/opsight-bench-alertlist [ALERTS]
#include "timeline/alertfilterproxy.h"
#include "timeline/alertpanel.h"

#include "heartbeat.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace Opsight;

namespace {

constexpr Core::Timestamp kStart = 1795132800000; // 2026-11-20T00:00:00Z

// Alerts over 10,000 hosts of 100 racks and 20 metrics, three days, a third of them
// in incidents of three, a fifth with the fleet, some silenced and acknowledged.
std::vector<Views::AlertRecord> fleetAlerts(int count)
{
    const char *severities[] = {"warning", "error", "critical"};
    std::vector<Views::AlertRecord> alerts;
    alerts.reserve(size_t(count));
    quint64 state = 42;
    auto next = [&state](quint64 n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % n;
    };
    for (int i = 0; i < count; ++i) {
        Views::AlertRecord a;
        a.eventId = i + 1;
        const int host = int(next(10000));
        a.host = QStringLiteral("c%1-r%2-h%3").arg(host / 5000 + 1).arg(host / 100 % 50, 2, 10, QLatin1Char('0')).arg(host, 5, 10, QLatin1Char('0'));
        a.metric = QStringLiteral("metric_%1").arg(next(20));
        a.series = QStringLiteral("%1{host=\"%2\"}").arg(a.metric, a.host);
        a.severity = QLatin1String(severities[next(3)]);
        a.start = kStart + Core::Timestamp(next(3 * 24 * 60)) * Core::kMinute;
        a.end = a.start + Core::Timestamp(5 + next(120)) * Core::kMinute;
        a.peak = 0.95 + 0.05 * double(next(1000)) / 1000.0;
        if (i % 3 == 0) {
            a.incident = QStringLiteral("%1@%2").arg(a.host).arg(i / 9);
            a.incidentTitle = QStringLiteral("3 related anomalies on %1").arg(a.host);
        }
        a.fleetWide = next(5) == 0;
        a.silencedBy = next(20) == 0 ? 1 : 0;
        alerts.push_back(std::move(a));
    }
    std::sort(alerts.begin(), alerts.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    return alerts;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // row by row, also into a pipe
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 50000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: opsight-bench-alertlist [ALERTS]\n");
        return 2;
    }
    Views::AlertPanel panel;
    panel.resize(1400, 500);
    panel.show();
    QTest::qWait(100);

    Heartbeat heartbeat;
    // Runs a step, lets the list settle and repaint, and reports the longest gap.
    auto step = [&](const char *name, const std::function<void()> &work) {
        QTest::qWait(20);
        heartbeat.start();
        QElapsedTimer timer;
        timer.start();
        work();
        QTest::qWait(60);
        const qint64 longest = heartbeat.stop();
        std::printf("| %s | %.0f | %lld |\n", name, double(timer.nsecsElapsed()) / 1e6 - 60, longest);
    };

    std::vector<Views::AlertRecord> alerts = fleetAlerts(count);
    std::printf("%d alerts\n\n| step | ms | longest GUI-thread gap, ms |\n|---|---:|---:|\n", count);
    step("fill (by incident)", [&] { panel.setAlerts(alerts); });
    auto *grouping = panel.findChild<QComboBox *>(QStringLiteral("timeline.grouping"));
    for (int i = 0; i < grouping->count(); ++i) {
        const QByteArray name = (QStringLiteral("group: ") + grouping->itemText(i)).toUtf8();
        step(name.constData(), [&] { grouping->setCurrentIndex(i); });
    }
    step("sort by peak", [&] { panel.tree()->sortByColumn(5, Qt::DescendingOrder); });
    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("timeline.alertFilter"));
    const QString typed = QStringLiteral("c1-r07-h");
    for (int i = 1; i <= typed.size(); ++i) {
        const QByteArray name = QStringLiteral("filter: type '%1'").arg(typed.left(i)).toUtf8();
        step(name.constData(), [&] { filter->setText(typed.left(i)); });
    }
    step("filter: clear", [&] { filter->clear(); });
    step("with the fleet: on", [&] { panel.findChild<QCheckBox *>(QStringLiteral("timeline.withTheFleet"))->setChecked(true); });
    step("refill (a reload)", [&] { panel.setAlerts(alerts); });
    return 0;
}
