// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <string_view>
#include <vector>

namespace Opsight::Core {

// A log header format in the loghub convention, e.g.
// `<Date> <Time> <Pid> <Level> <Component>: <Content>`:
// `<Name>` is a field (`Content` is the message to mine); other text matches
// literally, except that a run of spaces matches one or more whitespace
// characters and regular-expression syntax is honoured: `\[` is a literal
// bracket and `(...)?` an optional part. Fields match lazily, as in loghub's
// generated regexes, and the last field takes the rest of the line.
//
// Compiled once into a small backtracking matcher over bytes: no regex engine
// and no allocation per line.
class LogFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::LogFormat)
public:
    // Throws Error naming the column of a problem ("format:1:12: ...").
    static LogFormat compile(const QString &format);

    // Fills `fields` (one view per field, in order) and returns true when the
    // line matches. Views point into `line`.
    bool match(std::string_view line, std::vector<std::string_view> &fields) const;

    const QStringList &fieldNames() const { return m_fieldNames; }
    int fieldIndex(const QString &name) const { return int(m_fieldNames.indexOf(name)); }
    int contentField() const { return m_contentField; }

    struct Element
    {
        enum Kind { Field, Literal, Space, Optional } kind = Literal;
        int id = 0;                 // position in a depth-first numbering, for memoisation
        int field = -1;             // Field: its index
        std::string text;           // Literal: the bytes
        std::vector<Element> group; // Optional: its elements
    };

private:
    std::vector<Element> m_elements;
    int m_elementCount = 0;
    QStringList m_fieldNames;
    int m_contentField = -1;
};

} // namespace Opsight::Core
