// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtime.h"

#include <cstdio>

namespace Opsight::Core::Sim {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact, no time zone
// database, and much faster than QDateTime for hundreds of thousands of lines.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

CivilTime civilTime(Timestamp t)
{
    qint64 days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
    qint64 rest = t - days * kDay;
    CivilTime c;
    c.hour = int(rest / kHour);
    rest %= kHour;
    c.minute = int(rest / kMinute);
    rest %= kMinute;
    c.second = int(rest / kSecond);
    c.millis = int(rest % kSecond);

    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = int(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
    return c;
}

Timestamp fromCivil(int year, int month, int day)
{
    return daysFromCivil(year, month, day) * kDay;
}

void appendLog4jTime(std::string &out, Timestamp t)
{
    const CivilTime c = civilTime(t);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d,%03d", c.year, c.month, c.day,
        c.hour, c.minute, c.second, c.millis);
    out.append(buffer, size_t(n));
}

void appendRfc3339(std::string &out, Timestamp t)
{
    const CivilTime c = civilTime(t);
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03d000+00:00", c.year, c.month,
        c.day, c.hour, c.minute, c.second, c.millis);
    out.append(buffer, size_t(n));
}

} // namespace Opsight::Core::Sim
