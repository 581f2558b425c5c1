// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logformat.h"
#include "logs/logtime.h"

#include <QTest>

using namespace Opsight::Core;

class TestLogTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheShapesOfLoghub_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::addRow("HDFS") << "<Date> <Time> <Pid> <Level> <Component>: <Content>"
                              << "081109 203615 148 INFO dfs.X: m" << "2008-11-09T20:36:15Z";
        QTest::addRow("Hadoop") << "<Date> <Time> <Level> \\[<Process>\\] <Component>: <Content>"
                                << "2015-10-18 18:01:47,978 INFO [main] a.B: m" << "2015-10-18T18:01:47.978Z";
        QTest::addRow("Spark") << "<Date> <Time> <Level> <Component>: <Content>"
                               << "17/06/09 20:10:40 INFO x.Y: m" << "2017-06-09T20:10:40Z";
        QTest::addRow("BGL") << "<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>"
                             << "- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO m"
                             << "2005-06-03T22:42:50Z";
        QTest::addRow("HPC") << "<LogId> <Node> <Component> <State> <Time> <Flag> <Content>"
                             << "134681 node-246 unix.hw state_change.unavailable 1077804742 1 m"
                             << "2004-02-26T14:12:22Z";
        QTest::addRow("Linux, no year") << "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"
                                        << "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: m" << "2005-06-14T15:16:01Z";
    }
    void readsTheShapesOfLoghub()
    {
        QFETCH(QString, format);
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const LogFormat f = LogFormat::compile(format);
        const LogTimeReader reader(f.fieldNames(), 2005);
        const QByteArray utf8 = line.toUtf8();
        std::vector<std::string_view> fields;
        QVERIFY(f.match(std::string_view(utf8.constData(), size_t(utf8.size())), fields));
        const std::optional<Timestamp> t = reader.read(fields);
        QVERIFY(t);
        QCOMPARE(formatTimestamp(*t), expected);
    }

    void noTimeFieldsNoTime()
    {
        const LogFormat f = LogFormat::compile(QStringLiteral("<Level> <Content>"));
        const LogTimeReader reader(f.fieldNames(), 2005);
        std::vector<std::string_view> fields;
        QVERIFY(f.match("INFO hello world", fields));
        QCOMPARE(reader.read(fields), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestLogTime)
#include "tst_logtime.moc"
