// SPDX-License-Identifier: GPL-3.0-or-later
#include "parseerror.h"

#include <QJsonValue>

#include <algorithm>

namespace Opsight::Core {

ParseError::ParseError(const QString &message, qint64 line, qint64 column)
    : Error(message)
    , m_line(line)
    , m_column(column)
{ }

ParseError::ParseError(const QString &file, qint64 line, qint64 column, const QString &expected, const QString &found)
    : ParseError(
        tr("%1:%2:%3: expected %4, found %5").arg(file).arg(line).arg(column).arg(expected, found), line, column)
{ }

ParseError ParseError::at(
    const QString &file, std::string_view data, size_t offset, const QString &expected, const QString &found)
{
    qint64 line = 0, column = 0;
    locate(data, offset, line, column);
    return ParseError(file, line, column, expected, found);
}

ParseError ParseError::at(const QString &file, std::string_view data, size_t offset, const QString &expected)
{
    return at(file, data, offset, expected, describe(data, offset));
}

ParseError ParseError::custom(const QString &file, std::string_view data, size_t offset, const QString &what)
{
    qint64 line = 0, column = 0;
    locate(data, offset, line, column);
    return ParseError(QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(what), line, column);
}

void ParseError::locate(std::string_view data, size_t offset, qint64 &line, qint64 &column)
{
    offset = std::min(offset, data.size());
    const std::string_view before = data.substr(0, offset);
    line = 1 + std::count(before.begin(), before.end(), '\n');
    const size_t lineStart = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    // Count code points: every byte that is not a UTF-8 continuation byte.
    column = 1;
    for (size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column;
}

QString ParseError::describe(std::string_view data, size_t offset)
{
    if (offset >= data.size())
        return tr("end of file");
    if (data[offset] == '\n' || data[offset] == '\r')
        return tr("end of line");
    size_t end = offset + 1;
    // One token: up to whitespace or a delimiter, at most 24 bytes.
    const auto isDelimiter = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == '{' || c == '}' || c == '='
            || c == '"';
    };
    if (!isDelimiter(data[offset]))
        while (end < data.size() && end - offset < 24 && !isDelimiter(data[end]))
            ++end;
    // Don't cut a UTF-8 sequence in half.
    while (end < data.size() && (static_cast<unsigned char>(data[end]) & 0xC0) == 0x80)
        ++end;
    const QString token = QString::fromUtf8(data.data() + offset, qsizetype(end - offset));
    return QStringLiteral("'%1'").arg(token);
}

QString ParseError::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace Opsight::Core
