// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "parseerror.h"

#include <QCoreApplication>
#include <cstring>

namespace Opsight::Core {

namespace {
// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::CsvReader)
};
} // namespace

CsvReader::CsvReader(const QString &file, std::string_view data)
    : m_file(file)
    , m_data(data)
{ }

bool CsvReader::next()
{
    m_fields.clear();
    m_unescaped.clear();
    m_quoted = false;
    while (m_commentMarker && m_pos < m_data.size() && m_data[m_pos] == m_commentMarker) {
        const size_t lineEnd = m_data.find('\n', m_pos);
        m_pos = lineEnd == std::string_view::npos ? m_data.size() : lineEnd + 1;
    }
    if (m_pos >= m_data.size())
        return false;
    m_recordStart = m_pos;
    const size_t size = m_data.size();
    for (;;) {
        Field field;
        if (m_pos < size && m_data[m_pos] == '"') {
            m_quoted = true;
            const size_t start = ++m_pos;
            std::string *buffer = nullptr;
            size_t runStart = start;
            for (;;) {
                const void *q = m_pos < size ? std::memchr(m_data.data() + m_pos, '"', size - m_pos) : nullptr;
                if (!q)
                    failAt(start - 1, Messages::tr("a closing '\"' for this quoted field"));
                m_pos = size_t(static_cast<const char *>(q) - m_data.data());
                if (m_pos + 1 < size && m_data[m_pos + 1] == '"') {
                    if (!buffer)
                        buffer = &m_unescaped.emplace_back();
                    buffer->append(m_data.substr(runStart, m_pos + 1 - runStart));
                    m_pos += 2;
                    runStart = m_pos;
                    continue;
                }
                break;
            }
            if (buffer) {
                buffer->append(m_data.substr(runStart, m_pos - runStart));
                field.text = *buffer;
                field.escaped = true;
            } else {
                field.text = m_data.substr(start, m_pos - start);
            }
            field.offset = start;
            ++m_pos; // closing quote
            if (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n'
                && !(m_data[m_pos] == '\r' && m_pos + 1 < size && m_data[m_pos + 1] == '\n')
                && !(m_data[m_pos] == '\r' && m_pos + 1 == size))
                failAt(m_pos, Messages::tr("',' or the end of the line after a quoted field"));
        } else {
            const size_t start = m_pos;
            while (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n')
                ++m_pos;
            size_t end = m_pos;
            if (end > start && m_data[end - 1] == '\r' && (m_pos >= size || m_data[m_pos] == '\n'))
                --end;
            field.text = m_data.substr(start, end - start);
            field.offset = start;
        }
        m_fields.push_back(field);
        if (m_pos < size && m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        m_recordEnd = m_pos;
        if (m_pos < size && m_data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < size && m_data[m_pos] == '\n')
            ++m_pos;
        return true;
    }
}

size_t CsvReader::offsetOf(const Field &field, size_t index) const
{
    if (!field.escaped)
        return field.offset + index;
    // Walk the raw bytes: each "" pair is one character of the text.
    size_t raw = field.offset;
    for (size_t i = 0; i < index && raw < m_data.size(); ++i)
        raw += m_data[raw] == '"' ? 2 : 1;
    return raw;
}

void CsvReader::fail(const Field &field, size_t index, const QString &expected) const
{
    failAt(offsetOf(field, index), expected);
}

void CsvReader::failAt(size_t offset, const QString &expected) const
{
    throw ParseError::at(m_file, m_data, offset, expected);
}

void CsvReader::failAt(size_t offset, const QString &expected, const QString &found) const
{
    throw ParseError::at(m_file, m_data, offset, expected, found);
}

std::string_view CsvReader::trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace Opsight::Core
