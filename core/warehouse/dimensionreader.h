// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

namespace Opsight::Core {

class Database;

// Reads the dimension tables (hosts with their cluster, rack and service names).
class DimensionReader final
{
public:
    explicit DimensionReader(Database &db);
    std::vector<HostRecord> hosts(); // by name
    std::optional<HostRecord> host(const QString &name);

private:
    Database &m_db;
};

} // namespace Opsight::Core
