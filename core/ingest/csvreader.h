// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace Opsight::Core {

// RFC 4180 records over a mapped file: fields are views into the data except
// quoted fields with doubled quotes, which are unescaped into the reader's own
// storage (valid until the next record). LF and CRLF line ends.
class CsvReader final
{
public:
    struct Field
    {
        std::string_view text;
        size_t offset = 0; // of the first text byte in the data (after an opening quote)
        bool escaped = false; // text differs from the raw bytes ("" pairs)
    };

    CsvReader(const QString &file, std::string_view data);

    // Lines starting with `marker` are comments: next() skips them whole, so a
    // quote in one is no error.
    void setCommentMarker(char marker) { m_commentMarker = marker; }

    // Reads the next record; false at the end of the data. Throws ParseError for a
    // quote that is never closed or text after a closing quote.
    bool next();
    const std::vector<Field> &fields() const { return m_fields; }
    size_t recordStart() const { return m_recordStart; }
    size_t recordEnd() const { return m_recordEnd; } // before the line end
    size_t position() const { return m_pos; }
    std::string_view data() const { return m_data; }
    // The record was an empty line.
    bool isBlank() const { return m_fields.size() == 1 && m_fields[0].text.empty() && !m_quoted; }

    // Byte offset in the data of character `index` of a field's text.
    size_t offsetOf(const Field &field, size_t index) const;
    // Throws ParseError pointing into a field.
    [[noreturn]] void fail(const Field &field, size_t index, const QString &expected) const;
    [[noreturn]] void failAt(size_t offset, const QString &expected) const;
    [[noreturn]] void failAt(size_t offset, const QString &expected, const QString &found) const;

    static std::string_view trimmed(std::string_view text);

private:
    QString m_file; // a copy: callers often pass a temporary
    std::string_view m_data;
    size_t m_pos = 0;
    size_t m_recordStart = 0;
    size_t m_recordEnd = 0;
    bool m_quoted = false;
    char m_commentMarker = 0; // 0: no comments
    std::vector<Field> m_fields;
    std::deque<std::string> m_unescaped;
};

} // namespace Opsight::Core
