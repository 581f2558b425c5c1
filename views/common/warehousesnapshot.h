// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Opsight::Views {

// What the overview and the main window's status bar show about one warehouse,
// read in one go on a worker thread and handed back by value.
struct WarehouseSnapshot
{
    QString path;
    bool ok = false;
    QString error; // translated, names the file
    int schemaVersion = 0;
    Core::WarehouseSummary summary; // only filled when asked for (it counts rows)
    std::vector<Core::DataSourceInfo> dataSources;

    // "3 data sources, last import 2026-11-20 10:00 UTC" or "No data sources yet".
    QString dataSourceState() const;
};

enum class SnapshotContent { DataSourcesOnly, WithSummary };

// Opens its own read-only connection, so it is safe on any thread; never throws.
WarehouseSnapshot loadWarehouseSnapshot(const QString &path, SnapshotContent content);

} // namespace Opsight::Views
