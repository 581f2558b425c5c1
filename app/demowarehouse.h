// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulate/simulator.h"

#include <QString>

namespace Opsight::App {

// The demo fleet: the same spec `opsight-cli simulate --hosts 50 --days 14 --seed 42`
// builds into the build tree (target demo_warehouse).
Core::SimulationSpec demoSpec();

// The build tree's demo when this build has one and it exists, else the per-user copy
// in the application data directory (which may not have been generated yet).
QString demoWarehousePath();
QString userDemoWarehousePath();

// Worker side: simulates into `<path>.part` and renames it into place only when
// complete, so a cancel or a crash never leaves a half demo behind. Never throws.
Core::SimulationResult generateDemoWarehouse(const QString &path, const Core::SimulationSpec &spec,
                                             const Core::ProgressCallback &progress);

} // namespace Opsight::App
