// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace Opsight::Core {

// All timestamps in core are milliseconds since the Unix epoch, UTC.
using Timestamp = qint64;

constexpr Timestamp kSecond = 1000;
constexpr Timestamp kMinute = 60 * kSecond;
constexpr Timestamp kHour = 60 * kMinute;
constexpr Timestamp kDay = 24 * kHour;
// Bounds for open-ended ranges: far enough for any data, safe to do arithmetic on.
constexpr Timestamp kEarliest = -(Timestamp(1) << 53);
constexpr Timestamp kLatest = Timestamp(1) << 53;

// Accepts RFC 3339 ("2024-01-02T03:04:05.123Z", "+08:00" offsets, space instead of T),
// a date-time without zone (taken as UTC), and Unix epoch numbers in seconds (with
// fraction) or milliseconds (integers of 1e11 and more: later than year 5138 as
// seconds). Returns nullopt when none fits.
std::optional<Timestamp> parseTimestamp(std::string_view text);
std::optional<Timestamp> parseTimestamp(const QString &text);

// "2024-01-02T03:04:05Z" (milliseconds only when not zero).
QString formatTimestamp(Timestamp t);

} // namespace Opsight::Core
