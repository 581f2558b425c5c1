// SPDX-License-Identifier: GPL-3.0-or-later
#include "digest.h"

#include "chunkcodec.h"
#include "database.h"

#include <QCryptographicHash>

#include <bit>

namespace Opsight::Core {

namespace {

// Hashes every column of every row of `sql` (which must order its rows by a
// natural key), tagging each value so that ("ab","c") and ("a","bc") differ.
void hashQuery(Database &db, QCryptographicHash &hash, std::string_view sql)
{
    hash.addData(QByteArrayView(sql.data(), qsizetype(sql.size())));
    Statement stmt = db.prepare(sql);
    while (stmt.step()) {
        for (int column = 0; column < stmt.columnCount(); ++column) {
            const std::string_view text = stmt.columnText(column);
            const quint64 length = text.size();
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
            hash.addData(QByteArrayView(text.data(), qsizetype(text.size())));
        }
    }
}

} // namespace

QByteArray contentDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Dimensions, by name; foreign keys resolved to names so row ids don't matter.
    hashQuery(db, hash, "SELECT name FROM cluster ORDER BY name");
    hashQuery(db, hash, "SELECT r.name, coalesce(c.name, '') FROM rack r "
                        "LEFT JOIN cluster c ON c.id = r.cluster_id ORDER BY r.name");
    hashQuery(db, hash, "SELECT name FROM service ORDER BY name");
    hashQuery(db, hash,
              "SELECT h.name, coalesce(c.name, ''), coalesce(r.name, ''), h.role, coalesce(s.name, ''), "
              "h.hardware_model, h.cores, h.memory_gib, h.ip FROM host h "
              "LEFT JOIN cluster c ON c.id = h.cluster_id LEFT JOIN rack r ON r.id = h.rack_id "
              "LEFT JOIN service s ON s.id = h.service_id ORDER BY h.name");

    // Metric series and their decoded samples (not the chunk bytes).
    Statement series = db.prepare("SELECT id, metric, labels FROM series ORDER BY metric, labels");
    Statement chunks = db.prepare("SELECT data FROM chunk WHERE series_id=?1 ORDER BY block");
    std::vector<Sample> samples;
    while (series.step()) {
        const std::string key = std::string(series.columnText(1)) + '{' + std::string(series.columnText(2)) + '}';
        samples.clear();
        chunks.bind(1, series.columnInt64(0));
        while (chunks.step())
            ChunkCodec::decodeSamples(chunks.columnBlob(0), samples);
        chunks.reset();
        if (samples.empty())
            continue; // a series with no samples holds no data
        hash.addData(QByteArrayView(key.data(), qsizetype(key.size() + 1)));
        const quint64 count = samples.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&count), sizeof count));
        for (const Sample &s : samples) {
            const quint64 bits[2] = {quint64(s.time), std::bit_cast<quint64>(s.value)};
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(bits), sizeof bits));
        }
    }

    hashQuery(db, hash,
              "SELECT time, end_time, kind, severity, entity_kind, entity, title, source, payload "
              "FROM event ORDER BY time, kind, entity_kind, entity, title, payload, severity, end_time, source");
    hashQuery(db, hash,
              "SELECT s.name, l.host, l.time, l.line_number, l.level, l.component, l.content, l.raw, "
              "coalesce(t.template, ''), coalesce(l.parameters, '') FROM log_line l "
              "JOIN log_source s ON s.id = l.source_id LEFT JOIN log_template t ON t.id = l.template_id "
              "ORDER BY s.name, l.host, l.time, l.line_number, l.raw");
    hashQuery(db, hash,
              "SELECT s.name, t.template, t.first_seen, t.last_seen, t.count, t.pinned FROM log_template t "
              "JOIN log_source s ON s.id = t.source_id ORDER BY s.name, t.template");
    hashQuery(db, hash,
              "SELECT q.name, coalesce(c.name, ''), coalesce(p.name, ''), q.quota_cpu, q.quota_memory_gib, "
              "q.max_cpu FROM queue q LEFT JOIN cluster c ON c.id = q.cluster_id "
              "LEFT JOIN queue p ON p.id = q.parent_id ORDER BY q.name");
    hashQuery(db, hash,
              "SELECT j.name, coalesce(q.name, ''), j.user, coalesce(c.name, ''), j.submit_time, j.start_time, "
              "j.end_time, j.status, j.cpu_request, j.memory_request_gib, j.config FROM job j "
              "LEFT JOIN queue q ON q.id = j.queue_id LEFT JOIN cluster c ON c.id = j.cluster_id ORDER BY j.name");
    hashQuery(db, hash,
              "SELECT j.name, t.name, t.depends_on, t.start_time, t.end_time, t.status, t.instance_count, "
              "t.cpu_request, t.memory_request_gib FROM task t JOIN job j ON j.id = t.job_id "
              "ORDER BY j.name, t.name");
    hashQuery(db, hash,
              "SELECT j.name, t.name, i.idx, coalesce(h.name, ''), i.start_time, i.end_time, i.status, "
              "i.cpu_average, i.memory_average_gib FROM instance i JOIN task t ON t.id = i.task_id "
              "JOIN job j ON j.id = t.job_id LEFT JOIN host h ON h.id = i.host_id ORDER BY j.name, t.name, i.idx");
    hashQuery(db, hash,
              "SELECT kind, entity_kind, entity, start_time, end_time, metric, details FROM ground_truth "
              "ORDER BY kind, entity_kind, entity, start_time, metric");
    return hash.result().toHex();
}

} // namespace Opsight::Core
