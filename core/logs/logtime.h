// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

namespace Opsight::Core {

// Reads a line's time from the header fields a LogFormat extracted, whatever the
// field names: `Timestamp` or `Time` as epoch seconds; `Date` + `Time` in the usual
// shapes (2015-10-18 18:01:47,978 / 081109 203615 / 17/06/09 20:10:40 /
// 2005.06.03 + 2005-06-03-15.42.50.675872); `Month` + `Date`/`Day` + `Time` with
// no year (syslog), which takes `defaultYear`. Times without a zone are UTC.
class LogTimeReader final
{
public:
    LogTimeReader(const QStringList &fieldNames, int defaultYear);
    std::optional<Timestamp> read(const std::vector<std::string_view> &fields) const;

private:
    int m_timestamp = -1, m_date = -1, m_time = -1, m_month = -1, m_day = -1;
    int m_defaultYear;
};

} // namespace Opsight::Core
