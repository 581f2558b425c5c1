// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace Opsight::Core {

// The one exception type core throws internally. It never crosses a thread or a
// public job boundary: jobs (import, simulate, export) catch it and return a result
// whose message is already translated and names the file, line or entity.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

// Raised when a progress callback asks to stop; jobs turn it into a "cancelled" result.
class Cancelled : public Error
{
public:
    Cancelled();
};

} // namespace Opsight::Core
