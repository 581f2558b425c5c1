// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousesnapshot.h"

#include "common/error.h"
#include "formatting.h"

#include <algorithm>
#include <exception>

namespace Opsight::Views {

QString WarehouseSnapshot::dataSourceState() const
{
    if (dataSources.empty())
        return QCoreApplication::translate("Opsight::Views::WarehouseSnapshot", "No data sources yet");
    const auto latest = std::max_element(dataSources.begin(), dataSources.end(),
                                         [](const Core::DataSourceInfo &a, const Core::DataSourceInfo &b) {
                                             return a.lastImport < b.lastImport;
                                         });
    const QString sources = QCoreApplication::translate("Opsight::Views::WarehouseSnapshot",
                                                        "%n data source(s)", nullptr, int(dataSources.size()));
    //: %1 is "N data sources", %2 a date and time
    return QCoreApplication::translate("Opsight::Views::WarehouseSnapshot", "%1, last import %2")
        .arg(sources, Format::timestamp(latest->lastImport));
}

WarehouseSnapshot loadWarehouseSnapshot(const QString &path, SnapshotContent content)
{
    WarehouseSnapshot snapshot;
    snapshot.path = path;
    // Errors stop here: nothing may throw across the worker's boundary.
    try {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
        snapshot.schemaVersion = warehouse->schemaVersion();
        if (content == SnapshotContent::WithSummary)
            snapshot.summary = warehouse->summary();
        snapshot.dataSources = warehouse->dataSources();
        snapshot.ok = true;
    } catch (const Core::Error &error) {
        snapshot.error = error.message();
    } catch (const std::exception &error) {
        snapshot.error = QCoreApplication::translate("Opsight::Views::WarehouseSnapshot",
                                                     "Cannot read '%1': %2")
                             .arg(path, QString::fromLocal8Bit(error.what()));
    }
    return snapshot;
}

} // namespace Opsight::Views
