// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "warehouse/alertstore.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Opsight::Core;

class TestAlertStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Warehouse> m_w;

    static Silence maintenance()
    {
        Silence s;
        s.kind = Silence::Kind::Maintenance;
        s.matcher = QStringLiteral("{rack=\"c1-r02\"}");
        s.author = QStringLiteral("alice");
        s.reason = QStringLiteral("PDU swap");
        s.created = 100;
        s.startsAt = 1000;
        s.endsAt = 5000;
        return s;
    }

private Q_SLOTS:
    void init() { m_w = Warehouse::open(m_dir.filePath(QStringLiteral("a.opsight")), Warehouse::Mode::Create); }
    void cleanup()
    {
        m_w.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("a.opsight")));
    }

    void storesAndListsSilences()
    {
        AlertStore store(m_w->db());
        const qint64 id = store.addSilence(maintenance());
        Silence feedback = maintenance();
        feedback.kind = Silence::Kind::Feedback;
        feedback.matcher = QStringLiteral("cpu_util_percent{host=\"h1\"}");
        feedback.maxScore = 0.93;
        store.addSilence(feedback);
        const auto active = store.silences(false, 2000);
        QCOMPARE(active.size(), size_t(2));
        QCOMPARE(active[0].id, id);
        QCOMPARE(active[0].reason, QStringLiteral("PDU swap"));
        QVERIFY(active[0].activeAt(1000));
        QVERIFY(!active[0].activeAt(5000));
        QCOMPARE(active[1].maxScore, std::optional<double>(0.93));

        store.expireSilence(id, 3000); // ended early, kept for the record
        QCOMPARE(store.silences(false, 4000).size(), size_t(1));
        const auto all = store.silences(true, 4000);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].endsAt, Timestamp(3000));
        QVERIFY_THROWS_EXCEPTION(Error, store.expireSilence(999, 1));
    }

    void validatesBeforeWriting_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::addRow("selector") << 0 << "selector:1:";
        QTest::addRow("author") << 1 << "needs an author";
        QTest::addRow("reason") << 2 << "needs a reason";
        QTest::addRow("times") << 3 << "must end after it starts";
    }
    void validatesBeforeWriting()
    {
        QFETCH(int, field);
        QFETCH(QString, message);
        Silence s = maintenance();
        switch (field) {
        case 0: s.matcher = QStringLiteral("{rack=}"); break;
        case 1: s.author = QStringLiteral("  "); break;
        case 2: s.reason.clear(); break;
        case 3: s.endsAt = s.startsAt; break;
        }
        AlertStore store(m_w->db());
        try {
            store.addSilence(s);
            QFAIL("stored");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QVERIFY(store.silences(true, 0).empty());
    }

    void acknowledgesAlerts()
    {
        RecordWriter records(m_w->db());
        records.addEvent({1000, 0, QStringLiteral("alert"), QStringLiteral("error"), QStringLiteral("host"),
                          QStringLiteral("h1"), QStringLiteral("Anomaly on cpu"), QStringLiteral("test"), "{}"});
        const qint64 event = m_w->db().queryInt("SELECT id FROM event");
        AlertStore store(m_w->db());
        store.acknowledge({event, QStringLiteral("bob"), QStringLiteral("looking at it"), 1100});
        store.acknowledge({event, QStringLiteral("carol"), QStringLiteral("disk replaced"), 1200});
        const auto acks = store.acknowledgements(event);
        QCOMPARE(acks.size(), size_t(2));
        QCOMPARE(acks[1].comment, QStringLiteral("disk replaced"));
        QVERIFY_THROWS_EXCEPTION(Error, store.acknowledge({event + 1, QStringLiteral("bob"), QString(), 1}));
        QVERIFY_THROWS_EXCEPTION(Error, store.acknowledge({event, QString(), QString(), 1}));
        // A write the file refuses says so; the alert is there.
        const auto readOnly = Warehouse::open(m_dir.filePath(QStringLiteral("a.opsight")), Warehouse::Mode::ReadOnly);
        try {
            AlertStore(readOnly->db()).acknowledge({event, QStringLiteral("bob"), QStringLiteral("again"), 1300});
            QFAIL("a read-only warehouse took an acknowledgement");
        } catch (const Error &e) {
            QVERIFY2(!e.message().contains(QStringLiteral("no alert")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
