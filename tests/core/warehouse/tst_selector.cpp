// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"
#include "warehouse/selector.h"

#include <QTest>

using namespace Opsight::Core;

class TestSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matchesA"); // cpu{host="a",rack="r1"}
        QTest::addColumn<bool>("matchesB"); // mem{host="b"}
        QTest::addRow("empty") << "" << true << true;
        QTest::addRow("metric") << "cpu" << true << false;
        QTest::addRow("equal") << "{host=\"b\"}" << false << true;
        QTest::addRow("not equal") << "cpu{host!=\"b\"}" << true << false;
        QTest::addRow("regex anchored") << "{host=~\"a|b\"}" << true << true;
        QTest::addRow("regex is anchored") << "{host=~\"x?a.+\"}" << false << false;
        QTest::addRow("not regex") << "{__name__!~\"c.*\"}" << false << true;
        QTest::addRow("absent label is empty") << "{rack=\"\"}" << false << true;
        QTest::addRow("spaces and trailing comma") << " cpu { host = 'a' , } " << true << false;
        QTest::addRow("name matcher") << "{__name__=\"mem\"}" << false << true;
    }
    void matches()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matchesA);
        QFETCH(bool, matchesB);
        SeriesKey a{"cpu", {{"host", "a"}, {"rack", "r1"}}};
        SeriesKey b{"mem", {{"host", "b"}}};
        const Selector s = Selector::parse(selector);
        QCOMPARE(s.matches(a), matchesA);
        QCOMPARE(s.matches(b), matchesB);
    }

    void metricNameUsesTheIndex()
    {
        QCOMPARE(Selector::parse(QStringLiteral("cpu{a=\"b\"}")).metricName(), std::optional<std::string>("cpu"));
        QCOMPARE(Selector::parse(QStringLiteral("{__name__=\"x\"}")).metricName(), std::optional<std::string>("x"));
        QCOMPARE(Selector::parse(QStringLiteral("{__name__=~\"x\"}")).metricName(), std::nullopt);
    }

    void errorsNameTheColumn_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("message");
        QTest::addRow("unclosed") << "cpu{host=\"a\"" << "selector:1:13: expected ',' or '}'";
        QTest::addRow("no quote") << "cpu{host=a}" << "selector:1:10: expected a quoted label value";
        QTest::addRow("bad op") << "cpu{host<\"a\"}" << "selector:1:9: expected '=', '!=', '=~' or '!~'";
        QTest::addRow("open string") << "cpu{host=\"a}" << "expected a closing quote";
        QTest::addRow("junk after") << "cpu{} x" << "selector:1:7: expected the end of the selector";
        QTest::addRow("bad regex") << "{host=~\"(\"}" << "selector:1:10: invalid regular expression '(' for label 'host'";
        // The pattern's own error, where it is: not the anchoring wrapper's ("escape
        // sequence is invalid in character class" for the \z after an open class).
        QTest::addRow("open class") << "cpu{host=~\"[\"}"
                                    << "selector:1:13: invalid regular expression '[' for label 'host': missing terminating ]";
    }
    void errorsNameTheColumn()
    {
        QFETCH(QString, selector);
        QFETCH(QString, message);
        try {
            Selector::parse(selector);
            QFAIL("parsed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void canonicalRoundTrip()
    {
        SeriesKey k{"m", {{"b", "x\"y\\z\nw"}, {"a", "1"}}};
        k.sortLabels();
        const auto parsed = SeriesKey::fromCanonical(k.canonical());
        QVERIFY(parsed);
        QVERIFY(*parsed == k);
        QCOMPARE((SeriesKey{"up", {}}.canonical()), std::string("up"));
        QCOMPARE((SeriesKey{"up", {{"instance", "10.0.0.1:9100"}}}.hostName()), std::string("10.0.0.1"));
        QVERIFY(!SeriesKey::fromCanonical("m{a=1}"));
    }
};

QTEST_GUILESS_MAIN(TestSelector)
#include "tst_selector.moc"
