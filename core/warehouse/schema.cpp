// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "common/error.h"
#include "database.h"

#include <QCoreApplication>

namespace Opsight::Core {

namespace {

// Version 1: dimensions, metric series in compressed chunks and their rollups,
// data sources. Chunks are keyed (series, 2-hour block) for per-series reads;
// rollups (resolution, block, series) so one block of a whole fleet is one range.
constexpr std::string_view kV1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cluster(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE rack(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                  cluster_id INTEGER REFERENCES cluster(id));
CREATE TABLE service(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE host(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                  cluster_id INTEGER REFERENCES cluster(id),
                  rack_id INTEGER REFERENCES rack(id),
                  role TEXT NOT NULL DEFAULT '',
                  service_id INTEGER REFERENCES service(id),
                  hardware_model TEXT NOT NULL DEFAULT '',
                  cores INTEGER NOT NULL DEFAULT 0,
                  memory_gib REAL NOT NULL DEFAULT 0,
                  ip TEXT NOT NULL DEFAULT '');
CREATE INDEX host_cluster ON host(cluster_id);
CREATE INDEX host_rack ON host(rack_id);
CREATE TABLE series(id INTEGER PRIMARY KEY,
                    metric TEXT NOT NULL,
                    labels TEXT NOT NULL,
                    host TEXT NOT NULL DEFAULT '',
                    sample_count INTEGER NOT NULL DEFAULT 0,
                    first_time INTEGER,
                    last_time INTEGER,
                    UNIQUE(metric, labels));
CREATE INDEX series_host ON series(host, metric);
CREATE TABLE chunk(series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                   block INTEGER NOT NULL,
                   first_time INTEGER NOT NULL,
                   last_time INTEGER NOT NULL,
                   count INTEGER NOT NULL,
                   data BLOB NOT NULL,
                   PRIMARY KEY(series_id, block)) WITHOUT ROWID;
CREATE TABLE rollup(resolution INTEGER NOT NULL,
                    block INTEGER NOT NULL,
                    series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
                    data BLOB NOT NULL,
                    PRIMARY KEY(resolution, block, series_id)) WITHOUT ROWID;
CREATE TABLE data_source(id INTEGER PRIMARY KEY,
                         kind TEXT NOT NULL,
                         location TEXT NOT NULL,
                         last_import INTEGER NOT NULL,
                         records INTEGER NOT NULL DEFAULT 0,
                         status TEXT NOT NULL DEFAULT 'ok',
                         UNIQUE(kind, location));
)SQL";

// Version 2: events (alerts, hardware, actions, annotations) and logs.
// Fingerprints (a hash of the record's content) make re-imports idempotent.
constexpr std::string_view kV2 = R"SQL(
CREATE TABLE event(id INTEGER PRIMARY KEY,
                   time INTEGER NOT NULL,
                   end_time INTEGER NOT NULL DEFAULT 0,
                   kind TEXT NOT NULL,
                   severity TEXT NOT NULL DEFAULT 'info',
                   entity_kind TEXT NOT NULL DEFAULT 'host',
                   entity TEXT NOT NULL,
                   title TEXT NOT NULL DEFAULT '',
                   source TEXT NOT NULL DEFAULT '',
                   payload TEXT NOT NULL DEFAULT '{}',
                   fingerprint BLOB NOT NULL UNIQUE);
CREATE INDEX event_time ON event(time);
CREATE INDEX event_entity ON event(entity_kind, entity, time);
CREATE TABLE log_source(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                        format TEXT NOT NULL DEFAULT '');
CREATE TABLE log_template(id INTEGER PRIMARY KEY,
                          source_id INTEGER NOT NULL REFERENCES log_source(id),
                          template TEXT NOT NULL,
                          first_seen INTEGER,
                          last_seen INTEGER,
                          count INTEGER NOT NULL DEFAULT 0,
                          parent_id INTEGER REFERENCES log_template(id),
                          pinned INTEGER NOT NULL DEFAULT 0);
CREATE INDEX log_template_source ON log_template(source_id);
CREATE TABLE log_line(id INTEGER PRIMARY KEY,
                      source_id INTEGER NOT NULL REFERENCES log_source(id),
                      host TEXT NOT NULL DEFAULT '',
                      time INTEGER NOT NULL DEFAULT 0,
                      line_number INTEGER NOT NULL DEFAULT 0,
                      level TEXT NOT NULL DEFAULT '',
                      component TEXT NOT NULL DEFAULT '',
                      content TEXT NOT NULL,
                      raw TEXT NOT NULL,
                      template_id INTEGER REFERENCES log_template(id),
                      parameters TEXT,
                      fingerprint BLOB NOT NULL UNIQUE);
CREATE INDEX log_line_time ON log_line(source_id, time);
CREATE INDEX log_line_host ON log_line(host, time);
CREATE INDEX log_line_template ON log_line(template_id, time);
)SQL";

// Version 3: the batch workload (queues, jobs, task DAGs, instances on hosts) and
// the ground truth of injected faults.
constexpr std::string_view kV3 = R"SQL(
CREATE TABLE queue(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                   cluster_id INTEGER REFERENCES cluster(id),
                   parent_id INTEGER REFERENCES queue(id),
                   quota_cpu REAL NOT NULL DEFAULT 0,
                   quota_memory_gib REAL NOT NULL DEFAULT 0,
                   max_cpu REAL NOT NULL DEFAULT 0);
CREATE TABLE job(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                 queue_id INTEGER REFERENCES queue(id),
                 user TEXT NOT NULL DEFAULT '',
                 cluster_id INTEGER REFERENCES cluster(id),
                 submit_time INTEGER NOT NULL,
                 start_time INTEGER NOT NULL DEFAULT 0,
                 end_time INTEGER NOT NULL DEFAULT 0,
                 status TEXT NOT NULL,
                 cpu_request REAL NOT NULL DEFAULT 0,
                 memory_request_gib REAL NOT NULL DEFAULT 0,
                 config TEXT NOT NULL DEFAULT '{}');
CREATE INDEX job_submit ON job(submit_time);
CREATE INDEX job_queue ON job(queue_id, submit_time);
CREATE TABLE task(id INTEGER PRIMARY KEY,
                  job_id INTEGER NOT NULL REFERENCES job(id) ON DELETE CASCADE,
                  name TEXT NOT NULL,
                  depends_on TEXT NOT NULL DEFAULT '',
                  start_time INTEGER NOT NULL DEFAULT 0,
                  end_time INTEGER NOT NULL DEFAULT 0,
                  status TEXT NOT NULL DEFAULT '',
                  instance_count INTEGER NOT NULL DEFAULT 0,
                  cpu_request REAL NOT NULL DEFAULT 0,
                  memory_request_gib REAL NOT NULL DEFAULT 0,
                  UNIQUE(job_id, name));
CREATE TABLE instance(id INTEGER PRIMARY KEY,
                      task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                      idx INTEGER NOT NULL,
                      host_id INTEGER REFERENCES host(id),
                      start_time INTEGER NOT NULL DEFAULT 0,
                      end_time INTEGER NOT NULL DEFAULT 0,
                      status TEXT NOT NULL DEFAULT '',
                      cpu_average REAL NOT NULL DEFAULT 0,
                      memory_average_gib REAL NOT NULL DEFAULT 0,
                      UNIQUE(task_id, idx));
CREATE INDEX instance_host ON instance(host_id, start_time);
CREATE TABLE ground_truth(id INTEGER PRIMARY KEY,
                          kind TEXT NOT NULL,
                          entity_kind TEXT NOT NULL,
                          entity TEXT NOT NULL,
                          start_time INTEGER NOT NULL,
                          end_time INTEGER NOT NULL,
                          metric TEXT NOT NULL DEFAULT '',
                          details TEXT NOT NULL DEFAULT '{}',
                          UNIQUE(kind, entity_kind, entity, start_time, metric));
CREATE INDEX ground_truth_time ON ground_truth(start_time);
)SQL";

// Version 4: log templates keep the miner's ids, families and lineage, and each
// source's miner state persists, so template ids survive restarts.
constexpr std::string_view kV4 = R"SQL(
ALTER TABLE log_template ADD COLUMN miner_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_template ADD COLUMN family INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_template ADD COLUMN successor_id INTEGER REFERENCES log_template(id);
CREATE UNIQUE INDEX log_template_miner ON log_template(source_id, miner_id) WHERE miner_id != 0;
CREATE TABLE log_miner(source_id INTEGER PRIMARY KEY REFERENCES log_source(id),
                       state BLOB NOT NULL);
)SQL";

// Version 5: operator controls over alerts: silences and maintenance windows
// (scoped by a series selector, with author, reason and expiry), "not an
// anomaly" feedback rules, and acknowledgements with comments.
constexpr std::string_view kV5 = R"SQL(
CREATE TABLE silence(id INTEGER PRIMARY KEY,
                     kind TEXT NOT NULL,
                     matcher TEXT NOT NULL,
                     author TEXT NOT NULL,
                     reason TEXT NOT NULL DEFAULT '',
                     created INTEGER NOT NULL,
                     starts_at INTEGER NOT NULL,
                     ends_at INTEGER NOT NULL,
                     max_score REAL,
                     alert_event INTEGER REFERENCES event(id));
CREATE INDEX silence_ends ON silence(ends_at);
CREATE TABLE alert_ack(id INTEGER PRIMARY KEY,
                       event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                       author TEXT NOT NULL,
                       comment TEXT NOT NULL DEFAULT '',
                       time INTEGER NOT NULL);
CREATE INDEX alert_ack_event ON alert_ack(event_id);
)SQL";

// Version 6: each series has its own chunk block length (chosen from its sample
// interval when first written); existing series keep the 2-hour blocks they have.
constexpr std::string_view kV6 = R"SQL(
ALTER TABLE series ADD COLUMN block INTEGER NOT NULL DEFAULT 7200000;
)SQL";

// A "not an anomaly" rule from an alert at the top of the score scale keeps
// quiet what is no stronger by its evidence (alertscan.h evidenceStrength).
constexpr std::string_view kV7 = R"SQL(
ALTER TABLE silence ADD COLUMN max_strength REAL;
)SQL";

} // namespace

const std::vector<std::string_view> &schemaMigrations()
{
    static const std::vector<std::string_view> migrations = {kV1, kV2, kV3, kV4, kV5, kV6, kV7};
    return migrations;
}

int currentSchemaVersion()
{
    return int(schemaMigrations().size());
}

int storedSchemaVersion(Database &db)
{
    if (db.queryInt("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'") == 0) {
        if (db.queryInt("SELECT count(*) FROM sqlite_master") != 0)
            throw Error(QCoreApplication::translate("Opsight::Core::Schema",
                                                    "'%1' is an SQLite file but not an Opsight warehouse "
                                                    "(it has no meta table).")
                            .arg(db.path()));
        return 0;
    }
    Statement stmt = db.prepare("SELECT value FROM meta WHERE key='schema_version'");
    if (!stmt.step())
        return 0;
    return stmt.columnString(0).toInt();
}

void migrate(Database &db, int target)
{
    if (target < 0)
        target = currentSchemaVersion();
    const int stored = storedSchemaVersion(db);
    if (stored > currentSchemaVersion())
        throw Error(QCoreApplication::translate("Opsight::Core::Schema",
                                                "Warehouse '%1' has schema version %2, newer than this "
                                                "Opsight understands (%3). Use a newer Opsight.")
                        .arg(db.path())
                        .arg(stored)
                        .arg(currentSchemaVersion()));
    for (int version = stored; version < target; ++version) {
        Transaction transaction(db);
        db.exec(schemaMigrations().at(size_t(version)));
        Statement set = db.prepare("INSERT INTO meta(key, value) VALUES('schema_version', ?1) "
                                   "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
        set.bind(1, QString::number(version + 1)).run();
        transaction.commit();
    }
}

} // namespace Opsight::Core
