// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventreader.h"

#include "database.h"

namespace Opsight::Core {

namespace {

constexpr std::string_view kColumns =
    "id, time, end_time, kind, severity, entity_kind, entity, title, source, payload FROM event";

StoredEvent eventFromRow(const Statement &row)
{
    StoredEvent e;
    e.id = row.columnInt64(0);
    e.event.time = row.columnInt64(1);
    e.event.endTime = row.columnInt64(2);
    e.event.kind = row.columnString(3);
    e.event.severity = row.columnString(4);
    e.event.entityKind = row.columnString(5);
    e.event.entity = row.columnString(6);
    e.event.title = row.columnString(7);
    e.event.source = row.columnString(8);
    const std::string_view payload = row.columnText(9);
    e.event.payload = QByteArray(payload.data(), qsizetype(payload.size()));
    return e;
}

} // namespace

EventReader::EventReader(Database &db)
    : m_db(db)
{
}

std::vector<StoredEvent> EventReader::events(Timestamp from, Timestamp to, const QStringList &kinds,
                                             const QString &entity)
{
    // An interval event overlaps the range when it starts before its end and ends
    // (or, when instant, happens) at or after its start.
    std::string sql = "SELECT " + std::string(kColumns)
        + " WHERE time < ?1 AND max(time, end_time) >= ?2 AND (?3 = '' OR entity = ?3)";
    if (!kinds.isEmpty()) {
        sql += " AND kind IN (";
        for (qsizetype i = 0; i < kinds.size(); ++i)
            sql += (i ? ",?" : "?") + std::to_string(4 + i);
        sql += ')';
    }
    sql += " ORDER BY time, id";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, to).bind(2, from).bind(3, entity);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        stmt.bind(int(4 + i), kinds.at(i));
    std::vector<StoredEvent> out;
    while (stmt.step())
        out.push_back(eventFromRow(stmt));
    return out;
}

std::optional<StoredEvent> EventReader::event(qint64 id)
{
    Statement stmt = m_db.prepare("SELECT " + std::string(kColumns) + " WHERE id=?1");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return eventFromRow(stmt);
}

std::vector<GroundTruth> EventReader::groundTruth()
{
    std::vector<GroundTruth> out;
    Statement stmt = m_db.prepare("SELECT kind, entity_kind, entity, start_time, end_time, metric, details "
                                  "FROM ground_truth ORDER BY start_time, kind, entity");
    while (stmt.step()) {
        GroundTruth t;
        t.kind = stmt.columnString(0);
        t.entityKind = stmt.columnString(1);
        t.entity = stmt.columnString(2);
        t.startTime = stmt.columnInt64(3);
        t.endTime = stmt.columnInt64(4);
        t.metric = stmt.columnString(5);
        const std::string_view details = stmt.columnText(6);
        t.details = QByteArray(details.data(), qsizetype(details.size()));
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace Opsight::Core
