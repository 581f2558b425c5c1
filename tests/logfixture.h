// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A warehouse with known log patterns, imported the way an operator would
// (opsight-cli import --format log) and scanned: source "app" on hosts h1 and
// h2 over three days, a line a minute per host of two routine templates; a
// template h1 has never written (a disk error) for five minutes on day 2; a
// template written once on day 0 that comes back on day 2 (rare); then
// `anomaly scan` stores the alerts.
#include "anomaly/alertscan.h"
#include "ingest/importjob.h"
#include "warehouse/warehouse.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTest>

namespace Opsight::Test {

constexpr Core::Timestamp kLogStart = 1795132800000; // 2026-11-20T00:00:00Z
constexpr Core::Timestamp kNewAt = kLogStart + 2 * Core::kDay + 12 * Core::kHour;
constexpr Core::Timestamp kRareFirst = kLogStart + 6 * Core::kHour;
constexpr Core::Timestamp kRareAgain = kLogStart + 2 * Core::kDay + 18 * Core::kHour;
const QString kLogFormat = QStringLiteral("<Date> <Time> <Host> <Level> <Component>: <Content>");
const QString kDiskError = QStringLiteral("Disk /dev/sdb medium error at sector <*>");
const QString kConfigReload = QStringLiteral("Configuration reloaded by operator <*>");

inline QByteArray logLine(Core::Timestamp t, const char *host, const char *level, const char *component,
                          const QString &content)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + ' ' + host + ' ' + level + ' ' + component
        + ": " + content.toUtf8() + '\n';
}

inline QByteArray appLog()
{
    QByteArray log;
    int request = 1000;
    for (Core::Timestamp t = kLogStart; t < kLogStart + 3 * Core::kDay; t += Core::kMinute) {
        for (const char *host : {"h1", "h2"}) {
            ++request;
            log += logLine(t, host, "INFO", "http",
                           QStringLiteral("Served request %1 in %2 ms").arg(request).arg(request % 97));
            log += logLine(t + 30 * Core::kSecond, host, "INFO", "pool",
                           QStringLiteral("Worker %1 heartbeat ok").arg(request % 8));
        }
        if (t == kRareFirst || t == kRareAgain)
            log += logLine(t + 10 * Core::kSecond, "h2", "WARN", "config",
                           QStringLiteral("Configuration reloaded by operator u%1").arg(t == kRareFirst ? 17 : 42));
        if (t >= kNewAt && t < kNewAt + 5 * Core::kMinute)
            for (int k = 0; k < 4; ++k)
                log += logLine(t + k * Core::kSecond, "h1", "ERROR", "disk",
                               QStringLiteral("Disk /dev/sdb medium error at sector %1").arg(88000 + 8 * k + 32 * ((t / Core::kMinute) % 1000)));
    }
    return log;
}

// Imports log text as source "app", as `opsight-cli import --format log` does.
inline Core::ImportResult importAppLog(Core::Warehouse &warehouse, const QByteArray &log)
{
    const QString logPath = warehouse.db().path() + QStringLiteral(".%1.log").arg(qHash(log));
    {
        QFile file(logPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(logPath));
        file.write(log);
    }
    Core::ImportRequest request{{logPath}, Core::ImportFormat::Log, {}};
    request.log.format = kLogFormat;
    request.log.source = QStringLiteral("app");
    return Core::runImport(warehouse, request);
}

// Imports the log into a new warehouse at `path` and scans it.
inline Core::ScanResult writeLogWarehouse(const QString &path)
{
    const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
    const Core::ImportResult imported = importAppLog(*warehouse, appLog());
    if (!imported.ok)
        qFatal("log import failed: %s", qPrintable(imported.error));
    return Core::scanWarehouse(*warehouse, Core::ScanRequest{});
}

} // namespace Opsight::Test
