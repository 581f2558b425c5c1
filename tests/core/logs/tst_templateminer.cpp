// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "logs/templateminer.h"

#include "testutil.h"

#include <QTest>

using namespace Opsight::Core;

class TestTemplateMiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksVariables_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QStringList>("parameters");
        QTest::addRow("numbers and ids") << "Received block blk_-1608999687919862906 of size 91178 from /10.250.10.6"
                                         << "Received block <*> of size <*> from <*>"
                                         << Opsight::Test::strings({"blk_-1608999687919862906", "91178", "/10.250.10.6"});
        // A parameter is the text at the template's <*>, not the punctuation around it.
        QTest::addRow("key=value keeps the key") << "session opened for user root by (uid=0)"
                                                 << "session opened for user root by (uid=<*>)"
                                                 << Opsight::Test::strings({"0"});
        QTest::addRow("runs inside punctuation") << "perf: interrupt took too long (6335 > 6294), lowering"
                                                 << "perf: interrupt took too long (<*> > <*>), lowering"
                                                 << Opsight::Test::strings({"6335", "6294"});
        QTest::addRow("ip:port, hex, uuid") << "connect 10.0.0.1:8080 id 0x7f3a uuid 123e4567-e89b-12d3-a456-426614174000"
                                           << "connect <*> id <*> uuid <*>"
                                           << Opsight::Test::strings({"10.0.0.1:8080", "0x7f3a", "123e4567-e89b-12d3-a456-426614174000"});
        QTest::addRow("durations and sizes") << "took 35ms to write 64MB"
                                             << "took <*> to write <*>" << Opsight::Test::strings({"35ms", "64MB"});
        QTest::addRow("words stay") << "Starting in permissive mode" << "Starting in permissive mode" << QStringList{};
    }
    void masksVariables()
    {
        QFETCH(QString, line);
        QFETCH(QString, templateText);
        QFETCH(QStringList, parameters);
        TemplateMiner miner;
        std::vector<std::string> params;
        const MatchResult r = miner.add(line.toStdString(), &params);
        QVERIFY(r.created);
        QCOMPARE(QString::fromStdString(miner.templateOf(r.id).text), templateText);
        QStringList got;
        for (const std::string &p : params)
            got << QString::fromStdString(p);
        QCOMPARE(got, parameters);
    }

    void groupsAndGeneralisesWithLineage()
    {
        TemplateMiner miner;
        const MatchResult a = miner.add("Deleting block of user alice from rack one");
        const MatchResult b = miner.add("Deleting block of user alice from rack one");
        QCOMPARE(b.id, a.id);
        QVERIFY(!b.created);
        const MatchResult c = miner.add("Deleting block of user bob from rack one");
        QVERIFY(!c.created);
        QCOMPARE(c.generalisedFrom, a.id);
        QVERIFY(c.id != a.id); // a new version, never the old id with new text
        QCOMPARE(miner.templateOf(a.id).successor, c.id);
        QCOMPARE(miner.currentId(a.id), c.id);
        QCOMPARE(QString::fromStdString(miner.templateOf(c.id).text),
                 QStringLiteral("Deleting block of user <*> from rack one"));
        QCOMPARE(QString::fromStdString(miner.templateOf(a.id).text),
                 QStringLiteral("Deleting block of user alice from rack one"));
        QCOMPARE(miner.templateOf(a.id).count, 2);
        QCOMPARE(miner.templateOf(c.id).count, 1);
        QCOMPARE(miner.templateCount(), size_t(1));
        QCOMPARE(miner.templates().size(), size_t(2));
    }

    void keepsDifferentEventsApart()
    {
        TemplateMiner miner;
        const TemplateId open = miner.add("Opened connection to server alpha on port 80").id;
        const TemplateId closed = miner.add("Closed connection to server alpha after timeout expired").id;
        const TemplateId lost = miner.add("Lost heartbeat").id;
        QVERIFY(open != closed);
        QVERIFY(closed != lost);
        QCOMPARE(miner.add("Opened connection to server beta on port 443").generalisedFrom, open);
        QCOMPARE(miner.templateCount(), size_t(3));
    }

    void multiWordParametersJoinTheirTemplate()
    {
        TemplateMiner miner;
        miner.add("Warning: we failed to resolve data source name alpha beta gamma");
        const TemplateId id = miner.add("Warning: we failed to resolve data source name delta epsilon zeta").id;
        std::vector<std::string> params;
        const MatchResult longer = miner.add("Warning: we failed to resolve data source name a b c d e", &params);
        QCOMPARE(miner.currentId(longer.id), miner.currentId(id));
        QVERIFY(!longer.created);
        QCOMPARE(params, (std::vector<std::string>{"a b c d e"}));
        // A short template does not swallow a different, longer event.
        const TemplateId other = miner.add("Warning: we failed to resolve data source name because the cache was "
                                           "flushed by the operator during a long and tedious maintenance window today")
                                     .id;
        QVERIFY(miner.currentId(other) != miner.currentId(id));
    }

    void pinSplitSeparatesWhatTheMinerMerged()
    {
        TemplateMiner miner;
        miner.add("Instance state changed to Started for owner alpha");
        const TemplateId merged = miner.add("Instance state changed to Paused for owner alpha").id;
        QCOMPARE(QString::fromStdString(miner.templateOf(merged).text),
                 QStringLiteral("Instance state changed to <*> for owner alpha"));
        QVERIFY(!miner.pinSplit(merged, 0)); // "Instance" is no variable
        QVERIFY(!miner.pinSplit(merged, 9));
        QVERIFY(miner.pinSplit(merged, 4));
        const MatchResult started = miner.add("Instance state changed to Started for owner alpha");
        const MatchResult paused = miner.add("Instance state changed to Paused for owner alpha");
        const MatchResult startedAgain = miner.add("Instance state changed to Started for owner alpha");
        QVERIFY(started.created);
        QVERIFY(started.id != paused.id);
        QCOMPARE(startedAgain.id, started.id);
        QCOMPARE(QString::fromStdString(miner.templateOf(started.id).text),
                 QStringLiteral("Instance state changed to Started for owner alpha"));
        QCOMPARE(miner.templateOf(started.id).parent, merged);
        QVERIFY(miner.templateOf(paused.id).pinned);
        // Other positions still generalise inside a pinned child.
        const MatchResult beta = miner.add("Instance state changed to Started for owner beta");
        QCOMPARE(QString::fromStdString(miner.templateOf(beta.id).text),
                 QStringLiteral("Instance state changed to Started for owner <*>"));
        QCOMPARE(beta.generalisedFrom, started.id);
    }

    void mergeCountsOneAsTheOther()
    {
        TemplateMiner miner;
        const TemplateId disk = miner.add("disk failure detected on sda").id;
        const TemplateId ssd = miner.add("Drive error reported by controller").id;
        QVERIFY(disk != ssd);
        QVERIFY(miner.merge(ssd, disk));
        QVERIFY(!miner.merge(disk, disk));
        QCOMPARE(miner.add("Drive error reported by controller").id, disk);
        QCOMPARE(miner.currentId(ssd), disk);
        QCOMPARE(miner.templateOf(disk).count, 2);
        QCOMPARE(miner.templateCount(), size_t(2));
    }

    void explosionGuardWarns()
    {
        TemplateMiner calm, noisy;
        for (int i = 0; i < 3000; ++i) {
            calm.add("Received block " + std::to_string(i) + " from host " + std::to_string(i % 7));
            // Free text: a different sentence each line, no digits to mask.
            std::string words;
            for (int w = 0; w < 6; ++w)
                words += std::string(1, char('a' + (i * 7 + w * 13) % 26)) + char('a' + (i / 26 + w) % 26) + ' ';
            noisy.add(words + "happened");
        }
        QVERIFY(!calm.explosionStatus().exploding);
        const ExplosionStatus status = noisy.explosionStatus();
        QVERIFY2(status.exploding, qPrintable(QStringLiteral("%1 templates, %2 singletons, %3 new recently")
                                                  .arg(status.templates)
                                                  .arg(status.singletons)
                                                  .arg(status.recentNewTemplates)));
    }

    void stateSurvivesARestart()
    {
        QStringList lines;
        for (int i = 0; i < 400; ++i) {
            lines << QStringLiteral("PacketResponder %1 for block blk_%2 terminating").arg(i % 3).arg(i * 7919);
            lines << QStringLiteral("user u%1 logged in from room %2").arg(i % 5).arg(i % 2 ? QStringLiteral("red")
                                                                                              : QStringLiteral("blue"));
            if (i % 50 == 0)
                lines << QStringLiteral("VM %1 on node").arg(i % 100 ? QStringLiteral("Paused") : QStringLiteral("Started"));
        }
        auto mine = [&](TemplateMiner &miner, qsizetype from, qsizetype to, std::vector<TemplateId> &ids) {
            for (qsizetype i = from; i < to; ++i)
                ids.push_back(miner.add(lines.at(i).toStdString()).id);
        };
        std::vector<TemplateId> straight, resumed;
        TemplateMiner one;
        mine(one, 0, lines.size(), straight);

        TemplateMiner first;
        mine(first, 0, lines.size() / 2, resumed);
        first.pinSplit(first.currentId(resumed.back()), 1); // operator state survives too
        TemplateMiner second = TemplateMiner::loadState(first.saveState());
        mine(second, lines.size() / 2, lines.size(), resumed);

        TemplateMiner reference;
        std::vector<TemplateId> referenceIds;
        mine(reference, 0, lines.size() / 2, referenceIds);
        reference.pinSplit(reference.currentId(referenceIds.back()), 1);
        mine(reference, lines.size() / 2, lines.size(), referenceIds);
        QCOMPARE(resumed, referenceIds);
        QCOMPARE(second.templates().size(), reference.templates().size());
        for (size_t i = 0; i < reference.templates().size(); ++i) {
            QCOMPARE(second.templates()[i].text, reference.templates()[i].text);
            QCOMPARE(second.templates()[i].count, reference.templates()[i].count);
            QCOMPARE(second.templates()[i].successor, reference.templates()[i].successor);
        }
        QVERIFY(!straight.empty());
        QVERIFY_THROWS_EXCEPTION(Opsight::Core::Error, TemplateMiner::loadState("{\"format\":\"x\"}"));
        QVERIFY_THROWS_EXCEPTION(Opsight::Core::Error, TemplateMiner::loadState("not json"));
    }

    void deterministic()
    {
        const char *lines[] = {"a 1 b", "a 2 b", "c d", "a x b", "c e", "PacketResponder 1 for block blk_1 terminating"};
        std::vector<std::string> first, second;
        for (int run = 0; run < 2; ++run) {
            TemplateMiner miner;
            for (const char *line : lines)
                (run ? second : first).push_back(miner.templateOf(miner.add(line).id).text);
        }
        QCOMPARE(first, second);
    }
};

QTEST_GUILESS_MAIN(TestTemplateMiner)
#include "tst_templateminer.moc"
