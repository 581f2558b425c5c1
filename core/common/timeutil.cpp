// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeutil.h"

#include <charconv>
#include <cmath>

namespace Opsight::Core {

namespace {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct Cursor
{
    std::string_view s;
    size_t i = 0;
    bool atEnd() const { return i >= s.size(); }
    bool take(char c)
    {
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    // Exactly n digits.
    bool digits(int n, int &out)
    {
        if (i + size_t(n) > s.size())
            return false;
        int v = 0;
        for (int k = 0; k < n; ++k) {
            const char c = s[i + size_t(k)];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        i += size_t(n);
        out = v;
        return true;
    }
};

std::optional<Timestamp> parseDateTime(std::string_view text)
{
    Cursor c{text};
    int year, month, day, hour = 0, minute = 0, second = 0;
    if (!c.digits(4, year) || !c.take('-') || !c.digits(2, month) || !c.take('-') || !c.digits(2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    qint64 millis = 0;
    if (!c.atEnd()) {
        if (!c.take('T') && !c.take('t') && !c.take(' '))
            return std::nullopt;
        if (!c.digits(2, hour) || !c.take(':') || !c.digits(2, minute))
            return std::nullopt;
        if (c.take(':') && !c.digits(2, second))
            return std::nullopt;
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        if (c.take('.') || c.take(',')) {
            int scale = 100, n = 0;
            while (!c.atEnd() && c.s[c.i] >= '0' && c.s[c.i] <= '9') {
                millis += (c.s[c.i] - '0') * scale;
                scale /= 10;
                ++c.i;
                ++n;
            }
            if (n == 0)
                return std::nullopt;
        }
        if (!c.atEnd()) {
            if (c.take('Z') || c.take('z')) {
            } else if (c.s[c.i] == '+' || c.s[c.i] == '-') {
                const int sign = c.s[c.i] == '-' ? -1 : 1;
                ++c.i;
                int oh, om = 0;
                if (!c.digits(2, oh))
                    return std::nullopt;
                if (c.take(':') ? !c.digits(2, om) : !c.atEnd() && !c.digits(2, om))
                    return std::nullopt;
                millis -= sign * (qint64(oh) * kHour + qint64(om) * kMinute);
            } else {
                return std::nullopt;
            }
        }
        if (!c.atEnd())
            return std::nullopt;
    }
    return daysFromCivil(year, unsigned(month), unsigned(day)) * kDay + hour * kHour + minute * kMinute
        + second * kSecond + millis;
}

std::optional<Timestamp> parseEpoch(std::string_view text)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (text.find_first_of(".eE") == std::string_view::npos) {
        qint64 v = 0;
        const auto [ptr, ec] = std::from_chars(begin, end, v);
        if (ec != std::errc() || ptr != end)
            return std::nullopt;
        return std::llabs(v) >= 100000000000LL ? v : v * kSecond;
    }
    double seconds = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, seconds);
    if (ec != std::errc() || ptr != end || !std::isfinite(seconds))
        return std::nullopt;
    return Timestamp(std::llround(seconds * 1000.0));
}

} // namespace

std::optional<Timestamp> parseTimestamp(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    if (text.size() >= 10 && text[4] == '-')
        return parseDateTime(text);
    return parseEpoch(text);
}

std::optional<Timestamp> parseTimestamp(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseTimestamp(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QString formatTimestamp(Timestamp t)
{
    const qint64 days = (t >= 0 ? t : t - kDay + 1) / kDay;
    const qint64 msOfDay = t - days * kDay;
    // civil_from_days (Hinnant).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2);
    QString out = QStringLiteral("%1-%2-%3T%4:%5:%6")
                      .arg(y, 4, 10, QLatin1Char('0'))
                      .arg(m, 2, 10, QLatin1Char('0'))
                      .arg(d, 2, 10, QLatin1Char('0'))
                      .arg(msOfDay / kHour, 2, 10, QLatin1Char('0'))
                      .arg(msOfDay / kMinute % 60, 2, 10, QLatin1Char('0'))
                      .arg(msOfDay / kSecond % 60, 2, 10, QLatin1Char('0'));
    if (const qint64 ms = msOfDay % kSecond)
        out += QStringLiteral(".%1").arg(ms, 3, 10, QLatin1Char('0'));
    return out + QLatin1Char('Z');
}

} // namespace Opsight::Core
