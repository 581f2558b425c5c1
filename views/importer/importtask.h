// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/importjob.h"

#include <QString>

namespace Opsight::Views {

// The worker side of the import dialog, free of widgets: opens its own read-write
// connection to `warehousePath` (creating the warehouse when the file does not exist
// yet), runs the import and turns any failure into the result. Never throws.
Core::ImportResult importIntoWarehouse(const QString &warehousePath, const Core::ImportRequest &request,
                                       const Core::ProgressCallback &progress);

} // namespace Opsight::Views
