// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "logs/logformat.h"

#include "testutil.h"

#include <QTest>

using namespace Opsight::Core;

class TestLogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("fields");
        QTest::addRow("HDFS") << "<Date> <Time> <Pid> <Level> <Component>: <Content>"
                              << "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block"
                              << Opsight::Test::strings({"081109", "203615", "148", "INFO", "dfs.DataNode$PacketResponder",
                                             "PacketResponder 1 for block"});
        QTest::addRow("escaped brackets") << "<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>"
                                          << "2015-10-18 18:01:47,978 INFO [main] org.Foo: Created MRAppMaster"
                                          << Opsight::Test::strings({"2015-10-18", "18:01:47,978", "INFO", "main", "org.Foo",
                                                         "Created MRAppMaster"});
        QTest::addRow("runs of spaces, CR") << "<Date> <Time> - <Level>  \\[<Node>:<Component>@<Id>\\] - <Content>"
                                            << "2015-07-29 17:41:44,747 - INFO  [QuorumPeer:FastLeaderElection@774] - Notification time out: 3200\r"
                                            << Opsight::Test::strings({"2015-07-29", "17:41:44,747", "INFO", "QuorumPeer",
                                                           "FastLeaderElection", "774", "Notification time out: 3200"});
        QTest::addRow("optional present") << "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"
                                          << "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown"
                                          << Opsight::Test::strings({"Jun", "14", "15:16:01", "combo", "sshd(pam_unix)", "19939",
                                                         "check pass; user unknown"});
        QTest::addRow("optional absent") << "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"
                                         << "Jun 14 15:16:01 combo kernel: Linux version 2.6.5"
                                         << Opsight::Test::strings({"Jun", "14", "15:16:01", "combo", "kernel", "",
                                                        "Linux version 2.6.5"});
        QTest::addRow("optional absent, brackets later") << "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"
                                                         << "Jun 14 15:16:01 combo kernel: [12.3] usb 1-1: new device"
                                                         << Opsight::Test::strings({"Jun", "14", "15:16:01", "combo", "kernel", "",
                                                                        "[12.3] usb 1-1: new device"});
        QTest::addRow("lazy field before colon") << "<Component>: <Content>"
                                                 << "a: b: c" << Opsight::Test::strings({"a", "b: c"});
    }
    void matches()
    {
        QFETCH(QString, format);
        QFETCH(QString, line);
        QFETCH(QStringList, fields);
        const LogFormat f = LogFormat::compile(format);
        const QByteArray utf8 = line.toUtf8();
        std::vector<std::string_view> got;
        QVERIFY(f.match(std::string_view(utf8.constData(), size_t(utf8.size())), got));
        QStringList gotFields;
        for (std::string_view v : got)
            gotFields << QString::fromUtf8(v.data(), qsizetype(v.size()));
        QCOMPARE(gotFields, fields);
    }

    void rejectsLinesThatDoNotFit()
    {
        const LogFormat f = LogFormat::compile(QStringLiteral("<Date> <Time> <Pid> <Level> <Component>: <Content>"));
        std::vector<std::string_view> fields;
        QVERIFY(!f.match("only three tokens", fields));
        QVERIFY(!f.match("", fields));
        // Lines are stripped first, as loghub does: nothing is left for the separator.
        QVERIFY(!LogFormat::compile(QStringLiteral("<Level> <Content>")).match("INFO  ", fields));
        // Many lazy fields against a long line that does not fit: must stay fast.
        const LogFormat many = LogFormat::compile(
            QStringLiteral("<A> <B> <C> <D> <E> <F> <G> <H> <I> <J> \\[<K>\\] <Content>"));
        const std::string line(4000, 'x');
        std::string spaced;
        for (int i = 0; i < 400; ++i)
            spaced += "ab ";
        QVERIFY(!many.match(line, fields));
        QVERIFY(!many.match(spaced, fields));
    }

    void compileErrorsNameTheColumn_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        QTest::addRow("no content") << "<Date> <Time>" << "expected a <Content> field";
        QTest::addRow("unclosed field") << "<Date <Content>" << "format:1:1: expected a field name of letters, digits";
        QTest::addRow("no closing bracket") << "<Date" << "format:1:1: expected '>' closing the field name";
        QTest::addRow("empty name") << "<> <Content>" << "format:1:1: expected a field name";
        QTest::addRow("duplicate") << "<A> <A> <Content>" << "format:1:5: expected a field name not used before";
        QTest::addRow("unclosed group") << "<A>(\\[<B>\\] <Content>" << "expected ')' closing the group";
        QTest::addRow("group not optional") << "<A>(x) <Content>" << "expected '?' after the group";
        QTest::addRow("stray paren") << "<A>) <Content>" << "format:1:4: expected an opening '('";
    }
    void compileErrorsNameTheColumn()
    {
        QFETCH(QString, format);
        QFETCH(QString, message);
        try {
            LogFormat::compile(format);
            QFAIL("compiled");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogFormat)
#include "tst_logformat.moc"
