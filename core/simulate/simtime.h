// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <string>

namespace Opsight::Core::Sim {

// The simulated fleet lives in UTC: its "night" and "business hours" are UTC
// hours, so the demo reads the same on every operator's machine.
struct CivilTime
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1; // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
};

CivilTime civilTime(Timestamp t);
Timestamp fromCivil(int year, int month, int day);

inline int minuteOfDay(Timestamp t)
{
    const Timestamp inDay = ((t % kDay) + kDay) % kDay;
    return int(inDay / kMinute);
}

// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
inline int dayOfWeek(Timestamp t)
{
    const qint64 days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
    return int(((days + 3) % 7 + 7) % 7);
}
inline bool isWeekend(Timestamp t)
{
    return dayOfWeek(t) >= 5;
}

// "2026-11-02 00:00:01,234" (log4j, Hadoop daemons).
void appendLog4jTime(std::string &out, Timestamp t);
// "2026-11-02T00:00:01.234000+00:00" (rsyslog's high-precision file format).
void appendRfc3339(std::string &out, Timestamp t);

} // namespace Opsight::Core::Sim
