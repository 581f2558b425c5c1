// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A warehouse with known anomalies for the timeline tests: three hosts with a
// daily CPU rhythm over four days, a 20-minute CPU spike on h1, a burst of one
// log template on h1 just after it, and a hardware event on h1 an hour before.
// `anomaly scan` then stores the alerts the view shows.
#include "anomaly/alertscan.h"
#include "warehouse/metricwriter.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"

#include <QString>
#include <QTest>

#include <cmath>

namespace Opsight::Test {

constexpr Core::Timestamp kTimelineStart = 1795132800000; // 2026-11-20T00:00:00Z
constexpr Core::Timestamp kSpikeAt = kTimelineStart + 3 * Core::kDay + 12 * Core::kHour;
constexpr Core::Timestamp kHardwareAt = kSpikeAt - Core::kHour;
const QString kLogSeries = QStringLiteral("log_template_lines{host=\"h1\",source=\"app\",template=\"T7\"}");

inline Core::SeriesKey seriesKey(const std::string &metric, Core::Labels labels)
{
    Core::SeriesKey key{metric, std::move(labels)};
    key.sortLabels();
    return key;
}

inline Core::ScanResult writeTimelineWarehouse(const QString &path)
{
    const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
    {
        Core::Transaction transaction(warehouse->db());
        Core::MetricWriter metrics(warehouse->db());
        Core::RecordWriter records(warehouse->db());
        quint64 state = 42;
        auto noise = [&state] { // a fixed LCG: the same warehouse on every run
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return double(state >> 11) / double(1ULL << 53) - 0.5;
        };
        for (int h = 0; h < 3; ++h) {
            const std::string host = "h" + std::to_string(h);
            const Core::SeriesId cpu = metrics.intern(seriesKey("cpu_util_percent", {{"host", host}}));
            for (Core::Timestamp t = kTimelineStart; t < kTimelineStart + 4 * Core::kDay; t += Core::kMinute) {
                const double phase = 2 * M_PI * double(t % Core::kDay) / double(Core::kDay);
                double value = 40 + 15 * std::sin(phase) + 2 * noise();
                if (h == 1 && t >= kSpikeAt && t < kSpikeAt + 20 * Core::kMinute)
                    value += 45;
                metrics.append(cpu, t, value);
            }
        }
        const Core::SeriesId log = metrics.intern(
            seriesKey("log_template_lines", {{"host", "h1"}, {"source", "app"}, {"template", "T7"}}));
        for (Core::Timestamp t = kTimelineStart; t < kTimelineStart + 4 * Core::kDay; t += Core::kMinute) {
            const bool burst = t >= kSpikeAt + 5 * Core::kMinute && t < kSpikeAt + 20 * Core::kMinute;
            const double count = burst ? 60 : std::floor(3 * (noise() + 0.5)); // 0, 1 or 2
            if (count > 0)
                metrics.append(log, t, count);
        }
        metrics.flush();
        Core::Event hardware;
        hardware.time = kHardwareAt;
        hardware.kind = QStringLiteral("hardware");
        hardware.severity = QStringLiteral("warning");
        hardware.entity = QStringLiteral("h1");
        hardware.title = QStringLiteral("ECC corrected errors above threshold");
        hardware.source = QStringLiteral("test");
        records.addEvent(hardware);
        transaction.commit();
    }
    return Core::scanWarehouse(*warehouse, Core::ScanRequest{});
}

} // namespace Opsight::Test
