// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QString>

// Locale-aware formatting shared by the views, so every page writes numbers, sizes,
// times and spans the same way. Times are always shown in UTC: fleets span zones and
// the warehouse stores UTC.
namespace Opsight::Views::Format {

QString count(qint64 value);                // "1,234,567" in the current QLocale
QString bytes(qint64 value);                // "12.3 MiB"
QString timestamp(Core::Timestamp time);    // "2026-11-20 10:00 UTC", "–" for 0
QString duration(Core::Timestamp span);     // "14 days 3 hours", "5 minutes"
QString compactDuration(Core::Timestamp span); // "14 d 3 h", "6 h 30 min": for a table's column

} // namespace Opsight::Views::Format
