// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordwriter.h"

#include "common/error.h"
#include "database.h"

#include <QCryptographicHash>

#include <unordered_map>

namespace Opsight::Core {

namespace {

struct QStringHash
{
    size_t operator()(const QString &s) const noexcept { return qHash(s); }
};
using IdCache = std::unordered_map<QString, qint64, QStringHash>;

// Content fingerprint: fields joined with a separator that cannot occur in them.
QByteArray fingerprint(std::initializer_list<QByteArray> fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray &field : fields) {
        hash.addData(field);
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result();
}

QByteArray number(qint64 v)
{
    return QByteArray::number(v);
}

} // namespace

struct RecordWriter::Private
{
    explicit Private(Database &database) : db(database) {}

    Statement &statement(const char *sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end())
            it = statements.emplace(sql, db.prepare(sql)).first;
        return it->second;
    }

    // Returns the id of `name` in a table with (id, name UNIQUE), inserting it when
    // asked; 0 for an empty name.
    qint64 idOf(const char *table, const QString &name, bool create, IdCache &cache);
    void count(bool inserted, bool changed)
    {
        if (inserted)
            ++stats.added;
        else if (changed)
            ++stats.updated;
        else
            ++stats.unchanged;
    }
    // Runs `update` (which must only change a differing row) after `find` told
    // whether the row exists; else runs `insert`.
    void upsert(Statement &find, Statement &insert, Statement &update)
    {
        const bool exists = find.step();
        find.reset();
        if (exists) {
            update.run();
            count(false, db.changes() > 0);
            insert.reset();
        } else {
            insert.run();
            count(true, true);
            update.reset();
        }
    }

    Database &db;
    std::unordered_map<const char *, Statement> statements;
    IdCache clusters, racks, services, queues, jobs, hosts, logSources;
    Stats stats;
};

RecordWriter::RecordWriter(Database &db)
    : d(std::make_unique<Private>(db))
{
}

RecordWriter::~RecordWriter() = default;

const RecordWriter::Stats &RecordWriter::stats() const
{
    return d->stats;
}

qint64 RecordWriter::Private::idOf(const char *table, const QString &name, bool create, IdCache &cache)
{
    if (name.isEmpty())
        return 0;
    if (const auto it = cache.find(name); it != cache.end())
        return it->second;
    const std::string select = std::string("SELECT id FROM ") + table + " WHERE name=?1";
    Statement find = db.prepare(select);
    find.bind(1, name);
    qint64 id = 0;
    if (find.step()) {
        id = find.columnInt64(0);
    } else if (create) {
        Statement insert = db.prepare(std::string("INSERT INTO ") + table + "(name) VALUES(?1)");
        insert.bind(1, name).run();
        id = db.lastInsertRowId();
    } else {
        return 0;
    }
    cache.emplace(name, id);
    return id;
}

void RecordWriter::upsertCluster(const QString &name)
{
    d->idOf("cluster", name, true, d->clusters);
}

void RecordWriter::upsertHost(const HostRecord &host)
{
    if (host.name.isEmpty())
        throw Error(tr("A host record needs a name."));
    const qint64 cluster = d->idOf("cluster", host.cluster, true, d->clusters);
    const qint64 rack = d->idOf("rack", host.rack, true, d->racks);
    if (rack && cluster)
        d->statement("UPDATE rack SET cluster_id=?2 WHERE id=?1 AND cluster_id IS NOT ?2").bind(1, rack).bind(2, cluster).run();
    const qint64 service = d->idOf("service", host.service, true, d->services);
    auto bindAll = [&](Statement &s) -> Statement & {
        s.bind(1, host.name);
        cluster ? s.bind(2, cluster) : s.bindNull(2);
        rack ? s.bind(3, rack) : s.bindNull(3);
        s.bind(4, host.role);
        service ? s.bind(5, service) : s.bindNull(5);
        s.bind(6, host.hardwareModel).bind(7, host.cores).bind(8, host.memoryGiB).bind(9, host.ip);
        return s;
    };
    Statement &find = d->statement("SELECT 1 FROM host WHERE name=?1");
    find.bind(1, host.name);
    Statement &insert = bindAll(d->statement(
        "INSERT INTO host(name, cluster_id, rack_id, role, service_id, hardware_model, cores, memory_gib, ip) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    Statement &update = bindAll(d->statement(
        "UPDATE host SET cluster_id=?2, rack_id=?3, role=?4, service_id=?5, hardware_model=?6, cores=?7, "
        "memory_gib=?8, ip=?9 WHERE name=?1 AND (cluster_id IS NOT ?2 OR rack_id IS NOT ?3 OR role IS NOT ?4 "
        "OR service_id IS NOT ?5 OR hardware_model IS NOT ?6 OR cores IS NOT ?7 OR memory_gib IS NOT ?8 "
        "OR ip IS NOT ?9)"));
    d->upsert(find, insert, update);
    d->hosts.erase(host.name);
}

void RecordWriter::upsertQueue(const QueueRecord &queue)
{
    if (queue.name.isEmpty())
        throw Error(tr("A queue record needs a name."));
    const qint64 cluster = d->idOf("cluster", queue.cluster, true, d->clusters);
    const qint64 parent = d->idOf("queue", queue.parent, false, d->queues);
    if (!queue.parent.isEmpty() && !parent)
        throw Error(tr("Queue '%1' names parent queue '%2', which does not exist.").arg(queue.name, queue.parent));
    auto bindAll = [&](Statement &s) -> Statement & {
        s.bind(1, queue.name);
        cluster ? s.bind(2, cluster) : s.bindNull(2);
        parent ? s.bind(3, parent) : s.bindNull(3);
        s.bind(4, queue.quotaCpu).bind(5, queue.quotaMemoryGiB).bind(6, queue.maxCpu);
        return s;
    };
    Statement &find = d->statement("SELECT 1 FROM queue WHERE name=?1");
    find.bind(1, queue.name);
    Statement &insert = bindAll(d->statement("INSERT INTO queue(name, cluster_id, parent_id, quota_cpu, "
                                             "quota_memory_gib, max_cpu) VALUES(?1, ?2, ?3, ?4, ?5, ?6)"));
    Statement &update = bindAll(d->statement(
        "UPDATE queue SET cluster_id=?2, parent_id=?3, quota_cpu=?4, quota_memory_gib=?5, max_cpu=?6 "
        "WHERE name=?1 AND (cluster_id IS NOT ?2 OR parent_id IS NOT ?3 OR quota_cpu IS NOT ?4 "
        "OR quota_memory_gib IS NOT ?5 OR max_cpu IS NOT ?6)"));
    d->upsert(find, insert, update);
}

void RecordWriter::upsertJob(const JobRecord &job)
{
    if (job.name.isEmpty())
        throw Error(tr("A job record needs a name."));
    const qint64 queue = d->idOf("queue", job.queue, false, d->queues);
    if (!job.queue.isEmpty() && !queue)
        throw Error(tr("Job '%1' names queue '%2', which does not exist.").arg(job.name, job.queue));
    const qint64 cluster = d->idOf("cluster", job.cluster, true, d->clusters);
    auto bindAll = [&](Statement &s) -> Statement & {
        s.bind(1, job.name);
        queue ? s.bind(2, queue) : s.bindNull(2);
        s.bind(3, job.user);
        cluster ? s.bind(4, cluster) : s.bindNull(4);
        s.bind(5, job.submitTime).bind(6, job.startTime).bind(7, job.endTime).bind(8, job.status);
        s.bind(9, job.cpuRequest).bind(10, job.memoryRequestGiB);
        s.bind(11, std::string_view(job.config.constData(), size_t(job.config.size())));
        return s;
    };
    Statement &find = d->statement("SELECT 1 FROM job WHERE name=?1");
    find.bind(1, job.name);
    Statement &insert = bindAll(d->statement(
        "INSERT INTO job(name, queue_id, user, cluster_id, submit_time, start_time, end_time, status, "
        "cpu_request, memory_request_gib, config) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    Statement &update = bindAll(d->statement(
        "UPDATE job SET queue_id=?2, user=?3, cluster_id=?4, submit_time=?5, start_time=?6, end_time=?7, "
        "status=?8, cpu_request=?9, memory_request_gib=?10, config=?11 WHERE name=?1 AND (queue_id IS NOT ?2 "
        "OR user IS NOT ?3 OR cluster_id IS NOT ?4 OR submit_time IS NOT ?5 OR start_time IS NOT ?6 "
        "OR end_time IS NOT ?7 OR status IS NOT ?8 OR cpu_request IS NOT ?9 OR memory_request_gib IS NOT ?10 "
        "OR config IS NOT ?11)"));
    d->upsert(find, insert, update);
}

void RecordWriter::upsertTask(const TaskRecord &task)
{
    const qint64 job = d->idOf("job", task.job, false, d->jobs);
    if (!job)
        throw Error(tr("Task '%1' names job '%2', which does not exist.").arg(task.name, task.job));
    if (task.name.isEmpty())
        throw Error(tr("A task of job '%1' has no name.").arg(task.job));
    const QString dependsOn = task.dependsOn.join(QLatin1Char(' '));
    auto bindAll = [&](Statement &s) -> Statement & {
        s.bind(1, job).bind(2, task.name).bind(3, dependsOn).bind(4, task.startTime).bind(5, task.endTime);
        s.bind(6, task.status).bind(7, task.instanceCount).bind(8, task.cpuRequest).bind(9, task.memoryRequestGiB);
        return s;
    };
    Statement &find = d->statement("SELECT 1 FROM task WHERE job_id=?1 AND name=?2");
    find.bind(1, job).bind(2, task.name);
    Statement &insert = bindAll(d->statement(
        "INSERT INTO task(job_id, name, depends_on, start_time, end_time, status, instance_count, cpu_request, "
        "memory_request_gib) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    Statement &update = bindAll(d->statement(
        "UPDATE task SET depends_on=?3, start_time=?4, end_time=?5, status=?6, instance_count=?7, "
        "cpu_request=?8, memory_request_gib=?9 WHERE job_id=?1 AND name=?2 AND (depends_on IS NOT ?3 "
        "OR start_time IS NOT ?4 OR end_time IS NOT ?5 OR status IS NOT ?6 OR instance_count IS NOT ?7 "
        "OR cpu_request IS NOT ?8 OR memory_request_gib IS NOT ?9)"));
    d->upsert(find, insert, update);
}

void RecordWriter::upsertInstance(const InstanceRecord &instance)
{
    const qint64 job = d->idOf("job", instance.job, false, d->jobs);
    Statement &findTask = d->statement("SELECT id FROM task WHERE job_id=?1 AND name=?2");
    findTask.bind(1, job).bind(2, instance.task);
    const qint64 task = findTask.step() ? findTask.columnInt64(0) : 0;
    findTask.reset();
    if (!task)
        throw Error(tr("Instance %1 names task '%2' of job '%3', which does not exist.")
                        .arg(instance.index)
                        .arg(instance.task, instance.job));
    const qint64 host = d->idOf("host", instance.host, false, d->hosts);
    if (!instance.host.isEmpty() && !host)
        throw Error(tr("Instance %1 of task '%2' ran on host '%3', which does not exist.")
                        .arg(instance.index)
                        .arg(instance.task, instance.host));
    auto bindAll = [&](Statement &s) -> Statement & {
        s.bind(1, task).bind(2, instance.index);
        host ? s.bind(3, host) : s.bindNull(3);
        s.bind(4, instance.startTime).bind(5, instance.endTime).bind(6, instance.status);
        s.bind(7, instance.cpuAverage).bind(8, instance.memoryAverageGiB);
        return s;
    };
    Statement &find = d->statement("SELECT 1 FROM instance WHERE task_id=?1 AND idx=?2");
    find.bind(1, task).bind(2, instance.index);
    Statement &insert = bindAll(d->statement(
        "INSERT INTO instance(task_id, idx, host_id, start_time, end_time, status, cpu_average, "
        "memory_average_gib) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    Statement &update = bindAll(d->statement(
        "UPDATE instance SET host_id=?3, start_time=?4, end_time=?5, status=?6, cpu_average=?7, "
        "memory_average_gib=?8 WHERE task_id=?1 AND idx=?2 AND (host_id IS NOT ?3 OR start_time IS NOT ?4 "
        "OR end_time IS NOT ?5 OR status IS NOT ?6 OR cpu_average IS NOT ?7 OR memory_average_gib IS NOT ?8)"));
    d->upsert(find, insert, update);
}

namespace {
// Binds an event's columns to ?1..?10 in the order of the event table.
void bindEvent(Statement &statement, const Event &event)
{
    if (event.kind.isEmpty() || event.entity.isEmpty())
        throw Error(RecordWriter::tr("An event needs a kind and an entity."));
    const QByteArray payload = event.payload.isEmpty() ? QByteArray("{}") : event.payload;
    // The source is left out: the same event imported from two files is one event.
    const QByteArray print = fingerprint({number(event.time), number(event.endTime), event.kind.toUtf8(),
                                          event.severity.toUtf8(), event.entityKind.toUtf8(), event.entity.toUtf8(),
                                          event.title.toUtf8(), payload});
    statement.bind(1, event.time).bind(2, event.endTime).bind(3, event.kind);
    statement.bind(4, event.severity.isEmpty() ? QStringLiteral("info") : event.severity);
    statement.bind(5, event.entityKind.isEmpty() ? QStringLiteral("host") : event.entityKind);
    statement.bind(6, event.entity).bind(7, event.title).bind(8, event.source);
    statement.bind(9, std::string_view(payload.constData(), size_t(payload.size())));
    statement.bindBlob(10, print.constData(), int(print.size()));
}
} // namespace

void RecordWriter::addEvent(const Event &event)
{
    Statement &insert = d->statement(
        "INSERT OR IGNORE INTO event(time, end_time, kind, severity, entity_kind, entity, title, source, payload, "
        "fingerprint) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    bindEvent(insert, event);
    insert.run();
    d->count(d->db.changes() > 0, false);
}

void RecordWriter::replaceEvent(qint64 id, const Event &event)
{
    Statement &update = d->statement(
        "UPDATE event SET time=?1, end_time=?2, kind=?3, severity=?4, entity_kind=?5, entity=?6, title=?7, source=?8, "
        "payload=?9, fingerprint=?10 WHERE id=?11 AND fingerprint IS NOT ?10");
    bindEvent(update, event);
    update.bind(11, id).run();
    d->count(false, d->db.changes() > 0);
}

void RecordWriter::addLogLine(const LogLine &line)
{
    if (line.source.isEmpty())
        throw Error(tr("A log line needs a source (line %1).").arg(line.lineNumber));
    const qint64 source = d->idOf("log_source", line.source, true, d->logSources);
    const QByteArray raw = line.raw.toUtf8();
    const QByteArray print = logLineFingerprint(line);
    Statement &insert = d->statement(
        "INSERT OR IGNORE INTO log_line(source_id, host, time, line_number, level, component, content, raw, "
        "fingerprint, template_id, parameters) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    insert.bind(1, source).bind(2, line.host).bind(3, line.time).bind(4, line.lineNumber);
    insert.bind(5, line.level).bind(6, line.component).bind(7, line.content);
    insert.bind(8, std::string_view(raw.constData(), size_t(raw.size())));
    insert.bindBlob(9, print.constData(), int(print.size()));
    line.templateRow ? insert.bind(10, line.templateRow) : insert.bindNull(10);
    line.parameters.isEmpty() ? insert.bindNull(11)
                              : insert.bind(11, std::string_view(line.parameters.constData(), size_t(line.parameters.size())));
    insert.run();
    d->count(d->db.changes() > 0, false);
}

QByteArray RecordWriter::logLineFingerprint(const LogLine &line)
{
    return fingerprint({line.source.toUtf8(), line.host.toUtf8(), number(line.time), number(line.lineNumber),
                        line.raw.toUtf8()});
}

bool RecordWriter::hasLogLine(const LogLine &line)
{
    const QByteArray print = logLineFingerprint(line);
    Statement &find = d->statement("SELECT 1 FROM log_line WHERE fingerprint=?1");
    find.bindBlob(1, print.constData(), int(print.size()));
    const bool found = find.step();
    find.reset();
    return found;
}

qint64 RecordWriter::logSourceId(const QString &name)
{
    return d->idOf("log_source", name, true, d->logSources);
}

void RecordWriter::addGroundTruth(const GroundTruth &truth)
{
    Statement &insert = d->statement(
        "INSERT OR IGNORE INTO ground_truth(kind, entity_kind, entity, start_time, end_time, metric, details) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const QByteArray details = truth.details.isEmpty() ? QByteArray("{}") : truth.details;
    insert.bind(1, truth.kind).bind(2, truth.entityKind).bind(3, truth.entity).bind(4, truth.startTime);
    insert.bind(5, truth.endTime).bind(6, truth.metric);
    insert.bind(7, std::string_view(details.constData(), size_t(details.size()))).run();
    d->count(d->db.changes() > 0, false);
}

} // namespace Opsight::Core
