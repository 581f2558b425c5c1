// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Opsight::Core {

class Database;

// SHA-256 (hex) over the warehouse's logical content: dimensions, series with
// their decoded samples, events, workload, logs and ground truth, each in a
// canonical order. Independent of row ids, chunking and file layout, so two
// warehouses that hold the same data have the same digest (export/import round
// trips, simulator determinism).
QByteArray contentDigest(Database &db);

} // namespace Opsight::Core
