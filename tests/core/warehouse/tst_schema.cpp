// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "warehouse/database.h"
#include "warehouse/schema.h"
#include "warehouse/warehouse.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Opsight::Core;

class TestSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList schemaOf(Database &db)
    {
        QStringList sql;
        Statement stmt = db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                                    "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
        while (stmt.step())
            sql << stmt.columnString(0);
        return sql;
    }

    // Rows that are valid at `version`, to be found intact after migrating.
    static void fillVersion(Database &db, int version)
    {
        if (version >= 1) {
            db.exec("INSERT INTO cluster(name) VALUES('c1');"
                    "INSERT INTO host(name, cluster_id, role, cores) VALUES('h1', 1, 'datanode', 64);"
                    "INSERT INTO series(metric, labels, host, sample_count) VALUES('cpu', 'host=\"h1\"', 'h1', 3);");
        }
        if (version >= 2)
            db.exec("INSERT INTO event(time, kind, entity, fingerprint) VALUES(5, 'alert', 'h1', x'01');");
        if (version >= 3)
            db.exec("INSERT INTO job(name, submit_time, status) VALUES('j1', 7, 'succeeded');");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < currentSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString file = path(QStringLiteral("old-v%1.opsight").arg(from));
        {
            Database db;
            db.open(file, Database::Access::ReadWrite);
            migrate(db, from);
            QCOMPARE(storedSchemaVersion(db), from);
            fillVersion(db, from);
        }
        auto warehouse = Warehouse::open(file, Warehouse::Mode::ReadWrite);
        QCOMPARE(warehouse->schemaVersion(), currentSchemaVersion());

        // Same schema as a warehouse created fresh at the current version.
        auto fresh = Warehouse::open(path(QStringLiteral("fresh-%1.opsight").arg(from)), Warehouse::Mode::Create);
        QCOMPARE(schemaOf(warehouse->db()), schemaOf(fresh->db()));

        // Old rows survive, and new tables work.
        const WarehouseSummary s = warehouse->summary();
        QCOMPARE(s.hosts, from >= 1 ? 1 : 0);
        QCOMPARE(s.samples, from >= 1 ? 3 : 0);
        QCOMPARE(s.events, from >= 2 ? 1 : 0);
        QCOMPARE(s.jobs, from >= 3 ? 1 : 0);
        warehouse->db().exec("INSERT INTO ground_truth(kind, entity_kind, entity, start_time, end_time) "
                             "VALUES('x', 'host', 'h1', 1, 2)");
    }

    void walAndForeignKeysAreOn()
    {
        auto warehouse = Warehouse::open(path(QStringLiteral("wal.opsight")), Warehouse::Mode::Create);
        Statement mode = warehouse->db().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.columnString(0), QStringLiteral("wal"));
        QCOMPARE(warehouse->db().queryInt("PRAGMA foreign_keys"), 1);
        QVERIFY_THROWS_EXCEPTION(Error, warehouse->db().exec("INSERT INTO rack(name, cluster_id) VALUES('r', 99)"));
    }

    void failedMigrationRollsBack()
    {
        const QString file = path(QStringLiteral("half.opsight"));
        Database db;
        db.open(file, Database::Access::ReadWrite);
        migrate(db, 1);
        db.exec("CREATE TABLE event(x)"); // collides with what version 2 creates
        QVERIFY_THROWS_EXCEPTION(Error, migrate(db));
        QCOMPARE(storedSchemaVersion(db), 1);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name='log_line'"), 0);
    }

    void refusesWhatItCannotOpen_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << "missing.opsight" << QByteArray() << int(Warehouse::Mode::ReadWrite)
                                 << "does not exist";
        QTest::addRow("text file") << "notes.txt" << QByteArray("hello, not a database\n")
                                   << int(Warehouse::Mode::ReadWrite) << "not an Opsight warehouse";
        QTest::addRow("empty file read-only") << "empty.opsight" << QByteArray("") << int(Warehouse::Mode::ReadOnly)
                                              << "empty file";
    }
    void refusesWhatItCannotOpen()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, message);
        const QString file = path(name);
        if (!content.isNull()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        try {
            Warehouse::open(file, Warehouse::Mode(mode));
            QFAIL("opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(file), qPrintable(e.message()));
        }
    }

    void refusesForeignSqliteAndNewerSchema()
    {
        const QString foreign = path(QStringLiteral("foreign.db"));
        {
            Database db;
            db.open(foreign, Database::Access::ReadWrite);
            db.exec("CREATE TABLE customers(id)");
        }
        QVERIFY_THROWS_EXCEPTION(Error, Warehouse::open(foreign, Warehouse::Mode::ReadWrite));
        // Refused as it was: another tool's database keeps its journal mode.
        {
            Database db;
            db.open(foreign, Database::Access::ReadOnly);
            Statement mode = db.prepare("PRAGMA journal_mode");
            QVERIFY(mode.step());
            QCOMPARE(mode.columnString(0), QStringLiteral("delete"));
        }
        QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("-wal")));

        const QString newer = path(QStringLiteral("newer.opsight"));
        Warehouse::open(newer, Warehouse::Mode::Create)->db().exec("UPDATE meta SET value='999' WHERE key='schema_version'");
        try {
            Warehouse::open(newer, Warehouse::Mode::ReadWrite);
            QFAIL("opened a newer schema");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
