// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtask.h"

#include "common/error.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <exception>

namespace Opsight::Views {

Core::ImportResult importIntoWarehouse(const QString &warehousePath, const Core::ImportRequest &request,
                                       const Core::ProgressCallback &progress)
{
    Core::ImportResult result;
    try {
        const auto mode = QFileInfo::exists(warehousePath) ? Core::Warehouse::Mode::ReadWrite
                                                           : Core::Warehouse::Mode::Create;
        const auto warehouse = Core::Warehouse::open(warehousePath, mode);
        result = Core::runImport(*warehouse, request, progress);
    } catch (const Core::Cancelled &) {
        result.cancelled = true;
        result.error = Core::Cancelled().message();
    } catch (const Core::Error &error) {
        result.error = error.message();
    } catch (const std::exception &error) {
        result.error = QCoreApplication::translate("Opsight::Views::ImportTask", "Cannot import into '%1': %2")
                           .arg(warehousePath, QString::fromLocal8Bit(error.what()));
    }
    if (!result.ok)
        result.samplesAdded = result.samplesChanged = result.seriesCreated = result.recordsAdded = result.recordsUpdated = 0;
    return result;
}

} // namespace Opsight::Views
