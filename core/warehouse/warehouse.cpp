// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehouse.h"

#include "common/error.h"
#include "schema.h"

#include <QDateTime>
#include <QFileInfo>

#include <sqlite3.h>

namespace Opsight::Core {

std::unique_ptr<Warehouse> Warehouse::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::Create && !info.exists())
        throw Error(tr("Warehouse '%1' does not exist.").arg(path));
    if (info.exists() && !info.isFile())
        throw Error(tr("Warehouse '%1' is not a file.").arg(path));

    std::unique_ptr<Warehouse> warehouse(new Warehouse);
    warehouse->m_readOnly = mode == Mode::ReadOnly;
    Database &db = warehouse->m_db;
    db.open(path, warehouse->m_readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    try {
        // Fails early with a clear message on a file that is not SQLite at all.
        db.queryInt("SELECT count(*) FROM sqlite_master");
    } catch (const Error &) {
        // Only SQLite's own verdict means "not a database": a folder the account
        // cannot write (no room for the write-ahead log's index) or a locked file
        // is something else, and says so.
        if (db.errorCode() == SQLITE_NOTADB)
            throw Error(tr("'%1' is not an Opsight warehouse (not an SQLite database).").arg(path));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isWritable())
            throw Error(tr("Cannot read warehouse '%1': %2. The folder '%3' is not writable for this account, and "
                           "a warehouse keeps its -wal and -shm files beside it: copy it to a folder you can write.")
                            .arg(path, db.errorMessage(), folder.absoluteFilePath()));
        throw;
    }
    db.exec("PRAGMA foreign_keys=ON");
    if (!warehouse->m_readOnly) {
        storedSchemaVersion(db); // refuses another tool's database before anything here changes it
        {
            Statement wal = db.prepare("PRAGMA journal_mode=WAL");
            if (!wal.step() || wal.columnText(0) != "wal")
                throw Error(tr("Warehouse '%1': cannot switch to write-ahead logging (journal mode stays '%2').")
                                .arg(path, wal.columnString(0)));
        } // finalised here: an open statement would block the migrations' COMMIT
        db.exec("PRAGMA synchronous=NORMAL");
        migrate(db);
    } else {
        const int version = storedSchemaVersion(db);
        if (version == 0)
            throw Error(tr("'%1' is an empty file, not an Opsight warehouse.").arg(path));
        if (version != currentSchemaVersion())
            throw Error(tr("Warehouse '%1' has schema version %2; open it for writing once to upgrade it to %3.")
                            .arg(path)
                            .arg(version)
                            .arg(currentSchemaVersion()));
    }
    db.exec("PRAGMA cache_size=-65536"); // 64 MiB page cache per connection
    return warehouse;
}

Warehouse::~Warehouse() = default;

int Warehouse::schemaVersion()
{
    return storedSchemaVersion(m_db);
}

WarehouseSummary Warehouse::summary()
{
    WarehouseSummary s;
    s.clusters = m_db.queryInt("SELECT count(*) FROM cluster");
    s.racks = m_db.queryInt("SELECT count(*) FROM rack");
    s.hosts = m_db.queryInt("SELECT count(*) FROM host");
    s.services = m_db.queryInt("SELECT count(*) FROM service");
    s.queues = m_db.queryInt("SELECT count(*) FROM queue");
    s.jobs = m_db.queryInt("SELECT count(*) FROM job");
    s.tasks = m_db.queryInt("SELECT count(*) FROM task");
    s.series = m_db.queryInt("SELECT count(*) FROM series");
    s.samples = m_db.queryInt("SELECT coalesce(sum(sample_count), 0) FROM series");
    s.events = m_db.queryInt("SELECT count(*) FROM event");
    s.logLines = m_db.queryInt("SELECT count(*) FROM log_line");
    s.logTemplates = m_db.queryInt("SELECT count(*) FROM log_template");
    s.dataSources = m_db.queryInt("SELECT count(*) FROM data_source");
    s.groundTruth = m_db.queryInt("SELECT count(*) FROM ground_truth");

    Statement range = m_db.prepare(
        "SELECT min(t0), max(t1) FROM ("
        " SELECT min(first_time) AS t0, max(last_time) AS t1 FROM series"
        " UNION ALL SELECT min(time), max(max(time, end_time)) FROM event"
        " UNION ALL SELECT min(time), max(time) FROM log_line WHERE time != 0)");
    if (range.step() && !range.columnIsNull(0)) {
        s.firstTime = range.columnInt64(0);
        s.lastTime = range.columnInt64(1);
    }
    s.fileBytes = m_db.queryInt("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
    return s;
}

std::vector<DataSourceInfo> Warehouse::dataSources()
{
    std::vector<DataSourceInfo> sources;
    Statement stmt = m_db.prepare(
        "SELECT kind, location, last_import, records, status FROM data_source ORDER BY last_import DESC, id");
    while (stmt.step())
        sources.push_back({stmt.columnString(0), stmt.columnString(1), stmt.columnInt64(2), stmt.columnInt64(3),
                           stmt.columnString(4)});
    return sources;
}

void Warehouse::recordDataSource(const DataSourceInfo &info)
{
    Statement stmt = m_db.prepare(
        "INSERT INTO data_source(kind, location, last_import, records, status) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(kind, location) DO UPDATE SET last_import=excluded.last_import, "
        "records=excluded.records, status=excluded.status");
    const Timestamp when = info.lastImport ? info.lastImport : QDateTime::currentMSecsSinceEpoch();
    stmt.bind(1, info.kind).bind(2, info.location).bind(3, when).bind(4, info.records);
    stmt.bind(5, info.status.isEmpty() ? QStringLiteral("ok") : info.status).run();
}

} // namespace Opsight::Core
