// SPDX-License-Identifier: GPL-3.0-or-later
#include "dimensionreader.h"

#include "database.h"

namespace Opsight::Core {

namespace {

constexpr std::string_view kHostQuery =
    "SELECT h.name, coalesce(c.name, ''), coalesce(r.name, ''), h.role, coalesce(s.name, ''), h.hardware_model, "
    "h.cores, h.memory_gib, h.ip FROM host h LEFT JOIN cluster c ON c.id = h.cluster_id "
    "LEFT JOIN rack r ON r.id = h.rack_id LEFT JOIN service s ON s.id = h.service_id";

HostRecord hostFromRow(const Statement &row)
{
    return {row.columnString(0), row.columnString(1), row.columnString(2), row.columnString(3), row.columnString(4),
            row.columnString(5), int(row.columnInt64(6)), row.columnDouble(7), row.columnString(8)};
}

} // namespace

DimensionReader::DimensionReader(Database &db)
    : m_db(db)
{
}

std::vector<HostRecord> DimensionReader::hosts()
{
    std::vector<HostRecord> out;
    Statement stmt = m_db.prepare(std::string(kHostQuery) + " ORDER BY h.name");
    while (stmt.step())
        out.push_back(hostFromRow(stmt));
    return out;
}

std::optional<HostRecord> DimensionReader::host(const QString &name)
{
    Statement stmt = m_db.prepare(std::string(kHostQuery) + " WHERE h.name = ?1");
    stmt.bind(1, name);
    if (!stmt.step())
        return std::nullopt;
    return hostFromRow(stmt);
}

} // namespace Opsight::Core
