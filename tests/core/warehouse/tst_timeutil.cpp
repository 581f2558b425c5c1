// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/timeutil.h"

#include <QTest>

using namespace Opsight::Core;

class TestTimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millis");
        QTest::addRow("rfc3339 Z") << "2026-11-02T00:00:00Z" << qint64(1793577600000);
        QTest::addRow("fraction") << "2026-11-02T00:00:00.250Z" << qint64(1793577600250);
        QTest::addRow("offset") << "2026-11-02T08:00:00+08:00" << qint64(1793577600000);
        QTest::addRow("space, no zone") << "2026-11-02 00:00:01" << qint64(1793577601000);
        QTest::addRow("date only") << "2026-11-02" << qint64(1793577600000);
        QTest::addRow("epoch seconds") << "1793577600" << qint64(1793577600000);
        QTest::addRow("epoch fraction") << "1793577600.5" << qint64(1793577600500);
        QTest::addRow("epoch millis") << "1793577600123" << qint64(1793577600123);
        QTest::addRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000);
        QTest::addRow("leap day") << "2024-02-29T12:00:00Z" << qint64(1709208000000);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millis);
        QCOMPARE(parseTimestamp(text), std::optional<Timestamp>(millis));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << "";
        QTest::addRow("words") << "yesterday";
        QTest::addRow("month 13") << "2026-13-01";
        QTest::addRow("trailing junk") << "2026-11-02T00:00:00Zx";
        QTest::addRow("half number") << "17935x";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QCOMPARE(parseTimestamp(text), std::nullopt);
    }

    void formatsAndRoundTrips()
    {
        QCOMPARE(formatTimestamp(1793577600000), QStringLiteral("2026-11-02T00:00:00Z"));
        QCOMPARE(formatTimestamp(1793577600250), QStringLiteral("2026-11-02T00:00:00.250Z"));
        QCOMPARE(formatTimestamp(-1000), QStringLiteral("1969-12-31T23:59:59Z"));
        for (qint64 t = -5 * kDay; t < 400 * kDay; t += 7 * kHour + 13 * kSecond + 7)
            QCOMPARE(parseTimestamp(formatTimestamp(t)), std::optional<Timestamp>(t));
    }
};

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
