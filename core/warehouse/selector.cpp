// SPDX-License-Identifier: GPL-3.0-or-later
#include "selector.h"

#include "common/error.h"

#include <algorithm>
#include <vector>

namespace Opsight::Core {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char(':');
}
bool isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit();
}

class SelectorParser
{
public:
    explicit SelectorParser(const QString &text) : m_text(text) {}

    [[noreturn]] void fail(const QString &expected)
    {
        const QString found = m_pos < m_text.size() ? QStringLiteral("'%1'").arg(m_text.mid(m_pos, 12))
                                                    : QCoreApplication::translate("Opsight::Core::Selector", "the end");
        throw Error(QCoreApplication::translate("Opsight::Core::Selector", "selector:1:%1: expected %2, found %3")
                        .arg(m_pos + 1)
                        .arg(expected, found));
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString name()
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (m_pos < m_text.size() && isNameStart(m_text.at(m_pos)))
            while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
                ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    QString quoted()
    {
        skipSpace();
        if (m_pos >= m_text.size() || (m_text.at(m_pos) != QLatin1Char('"') && m_text.at(m_pos) != QLatin1Char('\'')))
            fail(QCoreApplication::translate("Opsight::Core::Selector", "a quoted label value"));
        const QChar quote = m_text.at(m_pos++);
        QString value;
        m_valuePositions.clear();
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            m_valuePositions.push_back(m_pos);
            QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
                c = m_text.at(m_pos++);
                if (c == QLatin1Char('n'))
                    c = QLatin1Char('\n');
                else if (c == QLatin1Char('t'))
                    c = QLatin1Char('\t');
            }
            value += c;
        }
        if (m_pos >= m_text.size())
            fail(QCoreApplication::translate("Opsight::Core::Selector", "a closing quote"));
        m_valuePositions.push_back(m_pos);
        ++m_pos;
        return value;
    }

    qsizetype position() const { return m_pos; }
    // The column (1-based) of character `index` of the last quoted value (its
    // length: the closing quote), past escapes.
    qsizetype valueColumn(qsizetype index) const
    {
        return m_valuePositions.at(size_t(std::clamp(index, qsizetype(0), qsizetype(m_valuePositions.size()) - 1))) + 1;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    std::vector<qsizetype> m_valuePositions;
};

} // namespace

Selector Selector::parse(const QString &text)
{
    Selector selector;
    SelectorParser p(text);
    auto addMatcher = [&](const QString &label, Op op, const QString &value) {
        Matcher m{label.toStdString(), op, value.toStdString(), {}};
        if (op == Op::Match || op == Op::NotMatch) {
            m.regex = QRegularExpression(QRegularExpression::anchoredPattern(value));
            if (!m.regex.isValid()) {
                // Said of the pattern as written: anchoring wraps it in \A(?:...)\z, and
                // an error in the wrapper ("[" reads on into it) says nothing useful.
                // Compiled only here: rules are parsed for every alert they are tried on.
                const QRegularExpression written(value);
                const QRegularExpression &invalid = written.isValid() ? m.regex : written;
                throw Error(tr("selector:1:%1: invalid regular expression '%2' for label '%3': %4")
                                .arg(p.valueColumn(written.isValid() ? 0 : invalid.patternErrorOffset()))
                                .arg(value, label, invalid.errorString()));
            }
        }
        selector.m_matchers.push_back(std::move(m));
    };

    const QString metric = p.name();
    if (!metric.isEmpty())
        addMatcher(QStringLiteral("__name__"), Op::Equal, metric);
    if (p.take(QLatin1Char('{'))) {
        while (!p.take(QLatin1Char('}'))) {
            const QString label = p.name();
            if (label.isEmpty())
                p.fail(tr("a label name or '}'"));
            Op op;
            if (p.take(QLatin1Char('='))) {
                op = p.take(QLatin1Char('~')) ? Op::Match : Op::Equal;
            } else if (p.take(QLatin1Char('!'))) {
                if (p.take(QLatin1Char('=')))
                    op = Op::NotEqual;
                else if (p.take(QLatin1Char('~')))
                    op = Op::NotMatch;
                else
                    p.fail(tr("'!=' or '!~'"));
            } else {
                p.fail(tr("'=', '!=', '=~' or '!~'"));
            }
            addMatcher(label, op, p.quoted());
            if (!p.take(QLatin1Char(','))) {
                if (!p.take(QLatin1Char('}')))
                    p.fail(tr("',' or '}'"));
                break;
            }
        }
    }
    p.skipSpace();
    if (!p.atEnd())
        p.fail(tr("the end of the selector"));
    return selector;
}

bool Selector::matches(const SeriesKey &key) const
{
    for (const Matcher &m : m_matchers) {
        const std::string *value = nullptr;
        std::string empty;
        if (m.label == "__name__")
            value = &key.metric;
        else if (!(value = key.label(m.label)))
            value = &empty; // an absent label matches as the empty string, as in PromQL
        switch (m.op) {
        case Op::Equal:
            if (*value != m.value)
                return false;
            break;
        case Op::NotEqual:
            if (*value == m.value)
                return false;
            break;
        case Op::Match:
        case Op::NotMatch: {
            const bool hit = m.regex.match(QString::fromStdString(*value)).hasMatch();
            if (hit != (m.op == Op::Match))
                return false;
            break;
        }
        }
    }
    return true;
}

std::optional<std::string> Selector::metricName() const
{
    for (const Matcher &m : m_matchers)
        if (m.label == "__name__" && m.op == Op::Equal)
            return m.value;
    return std::nullopt;
}

} // namespace Opsight::Core
