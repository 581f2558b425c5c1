// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"
#include "workload.h"

#include <QCoreApplication>

#include <memory>

namespace Opsight::Core {

class Database;

// Writes every non-metric record: dimensions, events, workload, logs, ground truth.
// Each add/upsert is idempotent: records are keyed by their natural identity
// (host name, job name, an event's content fingerprint, ...), so the same record
// twice changes nothing and is counted unchanged. Use inside a Transaction.
class RecordWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::RecordWriter)
public:
    struct Stats
    {
        qint64 added = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
    };

    explicit RecordWriter(Database &db);
    ~RecordWriter();
    Q_DISABLE_COPY_MOVE(RecordWriter)

    // Dimensions. Clusters, racks and services named by a host are created as needed.
    void upsertHost(const HostRecord &host);
    void upsertCluster(const QString &name);
    void upsertQueue(const QueueRecord &queue);

    // Workload. A job's queue and an instance's host must exist (Error otherwise).
    void upsertJob(const JobRecord &job);
    void upsertTask(const TaskRecord &task);
    void upsertInstance(const InstanceRecord &instance);

    void addEvent(const Event &event);
    // Rewrites the stored event `id` (its id stays: acknowledgements name it);
    // counts as updated, or unchanged when it was the same.
    void replaceEvent(qint64 id, const Event &event);
    void addLogLine(const LogLine &line);
    // Whether this exact line (source, host, time, line number, text) is stored.
    bool hasLogLine(const LogLine &line);
    qint64 logSourceId(const QString &name); // created when new
    void addGroundTruth(const GroundTruth &truth);

    const Stats &stats() const;

private:
    static QByteArray logLineFingerprint(const LogLine &line);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Opsight::Core
