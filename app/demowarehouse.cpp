// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowarehouse.h"

#include "anomaly/alertscan.h"
#include "common/error.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <exception>

namespace Opsight::App {

namespace {
void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}
} // namespace

Core::SimulationSpec demoSpec()
{
    Core::SimulationSpec spec;
    spec.hosts = 50;
    spec.days = 14;
    spec.seed = 42;
    return spec;
}

QString demoWarehousePath()
{
#ifdef OPSIGHT_DEMO_WAREHOUSE
    const QString built = QStringLiteral(OPSIGHT_DEMO_WAREHOUSE);
    if (QFileInfo(built).isFile())
        return built;
#endif
    return userDemoWarehousePath();
}

QString userDemoWarehousePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.opsight");
}

Core::SimulationResult generateDemoWarehouse(const QString &path, const Core::SimulationSpec &spec,
                                             const Core::ProgressCallback &progress)
{
    Core::SimulationResult result;
    const QString partial = path + QStringLiteral(".part");
    try {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw Core::Error(QCoreApplication::translate("Opsight::App::DemoWarehouse",
                                                          "Cannot create the folder '%1'.")
                                  .arg(QFileInfo(path).absolutePath()));
        removeDatabaseFiles(partial);
        {
            const auto warehouse = Core::Warehouse::open(partial, Core::Warehouse::Mode::Create);
            result = Core::simulateFleet(*warehouse, spec, progress);
            if (result.ok) {
                // The alerts an operator would have had, as the build-time demo has them.
                const Core::ScanResult scan = Core::scanWarehouse(*warehouse, Core::ScanRequest{}, progress);
                result.ok = scan.ok;
                result.cancelled = scan.cancelled;
                result.error = scan.error;
            }
        } // closed here, so the file is complete before it is renamed
        if (result.ok) {
            removeDatabaseFiles(path);
            if (!QFile::rename(partial, path)) {
                result.ok = false;
                result.error = QCoreApplication::translate("Opsight::App::DemoWarehouse",
                                                           "Cannot move '%1' to '%2'.")
                                   .arg(partial, path);
            }
        }
    } catch (const Core::Cancelled &) {
        result.ok = false;
        result.cancelled = true;
    } catch (const Core::Error &error) {
        result.ok = false;
        result.error = error.message();
    } catch (const std::exception &error) {
        result.ok = false;
        result.error = QString::fromLocal8Bit(error.what());
    }
    if (!result.ok)
        removeDatabaseFiles(partial);
    return result;
}

} // namespace Opsight::App
