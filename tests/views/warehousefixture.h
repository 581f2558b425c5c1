// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Warehouses for GUI tests, generated with the simulator (deterministic for a seed)
// and read back on the test's own connection, independent of the views under test.
#include "simulate/simulator.h"
#include "warehouse/digest.h"
#include "warehouse/warehouse.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace Opsight::Test {

inline Core::SimulationSpec smallFleet(int hosts = 4, quint64 seed = 7)
{
    Core::SimulationSpec spec;
    spec.hosts = hosts;
    spec.days = 1;
    spec.seed = seed;
    spec.interval = 5 * Core::kMinute;
    return spec;
}

inline Core::SimulationResult generateWarehouse(const QString &path, const Core::SimulationSpec &spec)
{
    const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
    return Core::simulateFleet(*warehouse, spec);
}

inline Core::WarehouseSummary readSummary(const QString &path)
{
    return Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly)->summary();
}

inline std::vector<Core::DataSourceInfo> readDataSources(const QString &path)
{
    return Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly)->dataSources();
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

} // namespace Opsight::Test
