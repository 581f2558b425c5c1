// SPDX-License-Identifier: GPL-3.0-or-later
// Operator controls over a warehouse's templates: a merge and a split change
// how later imports mine the source, and bad requests say what is wrong.
#include "common/error.h"
#include "logfixture.h"
#include "logs/templatecontrols.h"
#include "warehouse/digest.h"
#include "warehouse/logreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Opsight::Core;
using namespace Opsight::Test;

namespace {

constexpr Timestamp kLater = kLogStart + 4 * kDay;

qint64 familyWith(Warehouse &w, const QString &text)
{
    LogReader logs(w.db());
    for (const LogTemplateFamily &f : logs.families(logs.sourceOrFirst({}).id))
        if (f.current().text == text)
            return f.family;
    return 0;
}

// The family each stored line of `content` was mined as, after `from`.
QList<qint64> familiesOfLines(Warehouse &w, const QString &content, Timestamp from)
{
    Statement stmt = w.db().prepare(
        "SELECT t.family FROM log_line l JOIN log_template t ON t.id = l.template_id "
        "WHERE l.content = ?1 AND l.time >= ?2 ORDER BY l.time");
    stmt.bind(1, content).bind(2, from);
    QList<qint64> out;
    while (stmt.step())
        out << stmt.columnInt64(0);
    return out;
}

} // namespace

class TestTemplateControls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_warehouses = 0;

    std::unique_ptr<Warehouse> freshWarehouse()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.opsight").arg(++m_warehouses));
        auto w = Warehouse::open(path, Warehouse::Mode::Create);
        const ImportResult imported = importAppLog(*w, appLog());
        if (!imported.ok)
            qFatal("%s", qPrintable(imported.error));
        return w;
    }

private Q_SLOTS:
    void mergedTemplateCountsAsTheOtherFromNowOn()
    {
        const auto w = freshWarehouse();
        const qint64 heartbeat = familyWith(*w, QStringLiteral("Worker <*> heartbeat ok"));
        const qint64 served = familyWith(*w, QStringLiteral("Served request <*> in <*> ms"));
        QVERIFY(heartbeat && served);
        mergeTemplates(*w, QStringLiteral("app"), heartbeat, served);
        {
            LogReader logs(w->db());
            for (const LogTemplateFamily &f : logs.families(logs.sourceOrFirst({}).id))
                QCOMPARE(f.mergedInto, f.family == heartbeat ? served : 0);
        }
        // Lines stored before keep their template; new ones count as the other.
        QCOMPARE(familiesOfLines(*w, QStringLiteral("Worker 3 heartbeat ok"), kLogStart).constFirst(), heartbeat);
        const ImportResult more = importAppLog(*w, logLine(kLater, "h1", "INFO", "pool", QStringLiteral("Worker 5 heartbeat ok")));
        QVERIFY2(more.ok, qPrintable(more.error));
        QCOMPARE(familiesOfLines(*w, QStringLiteral("Worker 5 heartbeat ok"), kLater), QList<qint64>{served});
        // Merged away, it can be merged no more.
        QVERIFY_THROWS_EXCEPTION(Error, mergeTemplates(*w, QStringLiteral("app"), heartbeat, served));
    }

    void splitTemplateGivesEachValueItsOwn()
    {
        const auto w = freshWarehouse();
        const qint64 reload = familyWith(*w, kConfigReload);
        QVERIFY(reload);
        // Split by who reloaded: names are constants to the miner (a digit would make a variable).
        pinTemplateSplit(*w, QStringLiteral("app"), reload, 0);
        QByteArray log;
        for (const char *user : {"alice", "bob", "alice"})
            log += logLine(kLater + log.size(), "h2", "WARN", "config",
                           QStringLiteral("Configuration reloaded by operator %1").arg(QLatin1String(user)));
        QVERIFY(importAppLog(*w, log).ok);
        const QList<qint64> u7 = familiesOfLines(*w, QStringLiteral("Configuration reloaded by operator alice"), kLater);
        const QList<qint64> u9 = familiesOfLines(*w, QStringLiteral("Configuration reloaded by operator bob"), kLater);
        QCOMPARE(u7.size(), 2);
        QCOMPARE(u7[0], u7[1]);
        QCOMPARE(u9.size(), 1);
        QVERIFY(u7[0] != u9[0] && u7[0] != reload && u9[0] != reload);
        LogReader logs(w->db());
        for (const LogTemplateFamily &f : logs.families(logs.sourceOrFirst({}).id))
            if (f.family == u7[0] || f.family == u9[0])
                QVERIFY(f.pinned());
    }

    void badRequestsSayWhatIsWrongAndChangeNothing()
    {
        const auto w = freshWarehouse();
        const QByteArray before = contentDigest(w->db());
        const qint64 reload = familyWith(*w, kConfigReload);
        auto expectError = [&](const std::function<void()> &change, const QString &needle) {
            try {
                change();
                QFAIL("expected an error");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(needle), qPrintable(e.message()));
            }
        };
        expectError([&] { mergeTemplates(*w, QStringLiteral("app"), reload, reload); }, QStringLiteral("itself"));
        expectError([&] { mergeTemplates(*w, QStringLiteral("app"), reload, 4242); }, QStringLiteral("#4242"));
        expectError([&] { mergeTemplates(*w, QStringLiteral("web"), reload, 1); }, QStringLiteral("\"web\""));
        expectError([&] { pinTemplateSplit(*w, QStringLiteral("app"), reload, 1); }, QStringLiteral("wildcard 2"));
        expectError([&] { pinTemplateSplit(*w, QStringLiteral("app"), 4242, 0); }, QStringLiteral("#4242"));
        QCOMPARE(contentDigest(w->db()), before);
    }
};

QTEST_GUILESS_MAIN(TestTemplateControls)
#include "tst_templatecontrols.moc"
