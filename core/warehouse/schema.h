// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace Opsight::Core {

class Database;

// Forward-only migrations: index i upgrades version i to version i+1.
// The schema is documented in docs/warehouse.md; keep both in step.
const std::vector<std::string_view> &schemaMigrations();
int currentSchemaVersion();

// Reads the version from `meta` (0 for an empty file) and applies the missing
// migrations, each in its own transaction that rolls back on error. `target`
// defaults to the current version (tests migrate to earlier ones).
void migrate(Database &db, int target = -1);
int storedSchemaVersion(Database &db);

} // namespace Opsight::Core
