// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <string_view>

class QJsonValue;

namespace Opsight::Core {

// A malformed input record: `file:line:column: expected X, found Y`. Lines and
// columns are 1-based; columns count characters (UTF-8 code points), not bytes.
class ParseError final : public Error
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::ParseError)
public:
    ParseError(const QString &file, qint64 line, qint64 column, const QString &expected, const QString &found);
    // Locates `offset` in `data` (only done on failure, so the hot path never
    // counts lines).
    static ParseError at(
        const QString &file, std::string_view data, size_t offset, const QString &expected, const QString &found);
    // As at(), describing what is at `offset` as the thing found.
    static ParseError at(const QString &file, std::string_view data, size_t offset, const QString &expected);
    // A message that is not "expected/found" shaped, still located.
    static ParseError custom(const QString &file, std::string_view data, size_t offset, const QString &what);

    qint64 line() const { return m_line; }
    qint64 column() const { return m_column; }

    // "end of file", "end of line" or the token at `offset` in quotes.
    static QString describe(std::string_view data, size_t offset);
    // A JSON value as a message shows what was found: null, true, 3, "text", an array...
    static QString describe(const QJsonValue &value);
    static void locate(std::string_view data, size_t offset, qint64 &line, qint64 &column);

private:
    ParseError(const QString &message, qint64 line, qint64 column);
    qint64 m_line = 0;
    qint64 m_column = 0;
};

} // namespace Opsight::Core
