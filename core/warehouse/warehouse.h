// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "types.h"

#include <QCoreApplication>

#include <memory>

namespace Opsight::Core {

struct WarehouseSummary
{
    qint64 clusters = 0;
    qint64 racks = 0;
    qint64 hosts = 0;
    qint64 services = 0;
    qint64 queues = 0;
    qint64 jobs = 0;
    qint64 tasks = 0;
    qint64 series = 0;
    qint64 samples = 0;
    qint64 events = 0;
    qint64 logLines = 0;
    qint64 logTemplates = 0;
    qint64 dataSources = 0;
    qint64 groundTruth = 0;
    Timestamp firstTime = 0; // earliest sample or event, 0 when empty
    Timestamp lastTime = 0;
    qint64 fileBytes = 0;
};

struct DataSourceInfo
{
    QString kind;   // file format or collector type
    QString location;
    Timestamp lastImport = 0;
    qint64 records = 0;
    QString status; // ok, failed: ...
};

// One SQLite file: dimensions, metric series in compressed chunks with rollups,
// events, logs and ground truth. Opening it for writing migrates it to the
// current schema. A Warehouse object is one connection: use it on one thread,
// open another for a reader on another thread (WAL lets them run side by side).
class Warehouse final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::Warehouse)
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Throws Error naming the file (missing, not a warehouse, newer schema, ...).
    static std::unique_ptr<Warehouse> open(const QString &path, Mode mode);
    ~Warehouse();
    Q_DISABLE_COPY_MOVE(Warehouse)

    Database &db() { return m_db; }
    const QString &path() const { return m_db.path(); }
    int schemaVersion();
    bool isReadOnly() const { return m_readOnly; }

    WarehouseSummary summary();
    std::vector<DataSourceInfo> dataSources();
    // Records (or refreshes) a data source after a successful import or scrape.
    void recordDataSource(const DataSourceInfo &info);

private:
    Warehouse() = default;
    Database m_db;
    bool m_readOnly = false;
};

} // namespace Opsight::Core
