// SPDX-License-Identifier: GPL-3.0-or-later
#include "logformat.h"

#include "common/error.h"

namespace Opsight::Core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

class FormatCompiler
{
public:
    FormatCompiler(const QString &format, QStringList &names)
        : m_format(format.toUtf8())
        , m_names(names)
    {
    }

    std::vector<LogFormat::Element> parse(bool inGroup)
    {
        std::vector<LogFormat::Element> elements;
        while (m_pos < m_format.size()) {
            const char c = m_format.at(m_pos);
            if (c == ')') {
                if (!inGroup)
                    fail(LogFormat::tr("an opening '(' before ')'"));
                return elements;
            }
            if (c == '<') {
                const qsizetype end = m_format.indexOf('>', m_pos);
                if (end < 0)
                    fail(LogFormat::tr("'>' closing the field name"));
                const QString name = QString::fromUtf8(m_format.mid(m_pos + 1, end - m_pos - 1));
                if (name.isEmpty())
                    fail(LogFormat::tr("a field name inside '<>'"));
                for (const QChar ch : name)
                    if (!ch.isLetterOrNumber() && ch != QLatin1Char('_'))
                        fail(LogFormat::tr("a field name of letters, digits and '_' (found '%1')").arg(name));
                if (m_names.contains(name))
                    fail(LogFormat::tr("a field name not used before ('%1' is)").arg(name));
                LogFormat::Element e;
                e.kind = LogFormat::Element::Field;
                e.field = int(m_names.size());
                m_names << name;
                elements.push_back(std::move(e));
                m_pos = end + 1;
            } else if (c == ' ') {
                while (m_pos < m_format.size() && m_format.at(m_pos) == ' ')
                    ++m_pos;
                elements.push_back({LogFormat::Element::Space, 0, -1, {}, {}});
            } else if (c == '(') {
                ++m_pos;
                LogFormat::Element e;
                e.kind = LogFormat::Element::Optional;
                e.group = parse(true);
                if (m_pos >= m_format.size() || m_format.at(m_pos) != ')')
                    fail(LogFormat::tr("')' closing the group"));
                ++m_pos;
                if (m_pos >= m_format.size() || m_format.at(m_pos) != '?')
                    fail(LogFormat::tr("'?' after the group (only optional groups are supported)"));
                ++m_pos;
                elements.push_back(std::move(e));
            } else {
                std::string literal;
                while (m_pos < m_format.size()) {
                    char d = m_format.at(m_pos);
                    if (d == '<' || d == ' ' || d == '(' || d == ')')
                        break;
                    if (d == '\\') {
                        if (m_pos + 1 >= m_format.size())
                            fail(LogFormat::tr("a character after '\\'"));
                        d = m_format.at(++m_pos);
                    }
                    literal += d;
                    ++m_pos;
                }
                elements.push_back({LogFormat::Element::Literal, 0, -1, std::move(literal), {}});
            }
        }
        if (inGroup)
            fail(LogFormat::tr("')' closing the group"));
        return elements;
    }

private:
    [[noreturn]] void fail(const QString &expected)
    {
        throw Error(LogFormat::tr("format:1:%1: expected %2").arg(m_pos + 1).arg(expected));
    }

    QByteArray m_format;
    QStringList &m_names;
    qsizetype m_pos = 0;
};

// Backtracking match of elements[i..] followed by `rest` (the continuation after an
// optional group) against line[pos..]; fields are lazy, the final field takes all.
int numberElements(std::vector<LogFormat::Element> &elements, int next)
{
    for (LogFormat::Element &e : elements) {
        e.id = next++;
        next = numberElements(e.group, next);
    }
    return next;
}

// Failed (element, position) pairs are remembered: without that, a line that does
// not match a format of many lazy fields backtracks through every split of it.
struct Matcher
{
    std::string_view line;
    std::vector<std::string_view> &fields;
    // Failed pairs carry the generation of the line that failed them, so the table
    // is never cleared between lines.
    std::vector<quint32> &failed; // elementCount x (line.size() + 1)
    quint32 generation;

    using Elements = std::vector<LogFormat::Element>;
    struct Continuation
    {
        const Elements *elements;
        size_t index;
        const Continuation *next;
    };

    bool run(const Continuation *k, size_t pos)
    {
        while (k && k->index >= k->elements->size())
            k = k->next;
        if (!k)
            return pos == line.size();
        const LogFormat::Element &e = (*k->elements)[k->index];
        quint32 &memo = failed[size_t(e.id) * (line.size() + 1) + pos];
        if (memo == generation)
            return false;
        const bool matched = step(e, k, pos);
        if (!matched)
            memo = generation;
        return matched;
    }

    bool step(const LogFormat::Element &e, const Continuation *k, size_t pos)
    {
        const Continuation after{k->elements, k->index + 1, k->next};
        switch (e.kind) {
        case LogFormat::Element::Literal:
            if (line.substr(pos, e.text.size()) != e.text)
                return false;
            return run(&after, pos + e.text.size());
        case LogFormat::Element::Space: {
            size_t end = pos;
            while (end < line.size() && isSpace(line[end]))
                ++end;
            if (end == pos)
                return false;
            // \s+ is greedy in the loghub regexes; give back only if the rest needs it.
            for (size_t stop = end; stop > pos; --stop)
                if (run(&after, stop))
                    return true;
            return false;
        }
        case LogFormat::Element::Optional: {
            const Continuation inside{&e.group, 0, &after};
            if (run(&inside, pos))
                return true;
            for (const LogFormat::Element &g : e.group)
                if (g.kind == LogFormat::Element::Field)
                    fields[size_t(g.field)] = {};
            return run(&after, pos);
        }
        case LogFormat::Element::Field: {
            const bool last = !nextElement(&after);
            if (last) {
                fields[size_t(e.field)] = line.substr(pos);
                return true;
            }
            // Lazy: the shortest field for which the rest matches. Only ends where the
            // next element can begin are worth trying.
            const LogFormat::Element *next = nextElement(&after);
            for (size_t end = pos; end <= line.size(); ++end) {
                if (next->kind == LogFormat::Element::Space) {
                    while (end < line.size() && !isSpace(line[end]))
                        ++end;
                } else if (next->kind == LogFormat::Element::Literal && !next->text.empty()) {
                    const size_t found = line.find(next->text[0], end);
                    end = found == std::string_view::npos ? line.size() : found;
                } else if (next->kind == LogFormat::Element::Optional && end < line.size() && !mayStart(&after, end)) {
                    continue; // `<Component>(\[<PID>\])?:` ends only before a '[' or a ':'
                }
                if (end >= line.size() && next->kind != LogFormat::Element::Optional
                    && next->kind != LogFormat::Element::Field)
                    return false;
                fields[size_t(e.field)] = line.substr(pos, end - pos);
                if (run(&after, end))
                    return true;
            }
            return false;
        }
        }
        return false;
    }

    // Whether the rest can begin at line[pos], judged by its first byte; true
    // when a field (which may be empty) makes that unknowable.
    bool mayStart(const Continuation *k, size_t pos) const
    {
        while (k && k->index >= k->elements->size())
            k = k->next;
        if (!k)
            return pos == line.size();
        const LogFormat::Element &e = (*k->elements)[k->index];
        const Continuation after{k->elements, k->index + 1, k->next};
        switch (e.kind) {
        case LogFormat::Element::Literal: return e.text.empty() || (pos < line.size() && line[pos] == e.text[0]);
        case LogFormat::Element::Space: return pos < line.size() && isSpace(line[pos]);
        case LogFormat::Element::Optional: {
            const Continuation inside{&e.group, 0, &after};
            return mayStart(&inside, pos) || mayStart(&after, pos);
        }
        case LogFormat::Element::Field: return true;
        }
        return true;
    }

    static const LogFormat::Element *nextElement(const Continuation *k)
    {
        while (k && k->index >= k->elements->size())
            k = k->next;
        return k ? &(*k->elements)[k->index] : nullptr;
    }
};

} // namespace

LogFormat LogFormat::compile(const QString &format)
{
    LogFormat f;
    FormatCompiler compiler(format, f.m_fieldNames);
    f.m_elements = compiler.parse(false);
    f.m_elementCount = numberElements(f.m_elements, 0);
    f.m_contentField = int(f.m_fieldNames.indexOf(QStringLiteral("Content")));
    if (f.m_contentField < 0)
        throw Error(tr("format: expected a <Content> field (the message to mine) in '%1'").arg(format));
    return f;
}

bool LogFormat::match(std::string_view line, std::vector<std::string_view> &fields) const
{
    fields.assign(size_t(m_fieldNames.size()), std::string_view());
    // Surrounding whitespace (and the CR of CRLF files) is not part of any field,
    // as loghub strips lines before matching.
    while (!line.empty() && isSpace(line.back()))
        line.remove_suffix(1);
    while (!line.empty() && isSpace(line.front()))
        line.remove_prefix(1);
    thread_local std::vector<quint32> failed;
    thread_local quint32 generation = 0;
    const size_t cells = size_t(m_elementCount) * (line.size() + 1);
    if (failed.size() < cells)
        failed.resize(cells, 0);
    if (++generation == 0) { // wrapped: start over with a clean table
        std::fill(failed.begin(), failed.end(), 0);
        generation = 1;
    }
    Matcher matcher{line, fields, failed, generation};
    const Matcher::Continuation start{&m_elements, 0, nullptr};
    return matcher.run(&start, 0);
}

} // namespace Opsight::Core
