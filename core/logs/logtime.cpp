// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtime.h"

#include <array>
#include <charconv>

namespace Opsight::Core {

namespace {

bool allDigits(std::string_view s)
{
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::optional<Timestamp> epoch(std::string_view s)
{
    if (!allDigits(s) || s.size() < 9 || s.size() > 13)
        return std::nullopt;
    return parseTimestamp(s);
}

int monthNumber(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (size_t i = 0; i < months.size(); ++i)
        if (name.substr(0, 3) == months[i])
            return int(i) + 1;
    return 0;
}

std::optional<Timestamp> iso(std::string text)
{
    // "18:01:47,978" -> "18:01:47.978"; "2005-06-03-15.42.50.675872" -> ISO.
    if (text.size() >= 26 && text[10] == '-' && text[13] == '.' && text[16] == '.') {
        text[10] = 'T';
        text[13] = ':';
        text[16] = ':';
    }
    for (char &c : text)
        if (c == ',')
            c = '.';
    return parseTimestamp(std::string_view(text));
}

} // namespace

LogTimeReader::LogTimeReader(const QStringList &fieldNames, int defaultYear)
    : m_defaultYear(defaultYear)
{
    for (int i = 0; i < fieldNames.size(); ++i) {
        const QString name = fieldNames.at(i).toLower();
        if (name == QLatin1String("timestamp"))
            m_timestamp = i;
        else if (name == QLatin1String("date"))
            m_date = i;
        else if (name == QLatin1String("time"))
            m_time = i;
        else if (name == QLatin1String("month"))
            m_month = i;
        else if (name == QLatin1String("day"))
            m_day = i;
    }
}

std::optional<Timestamp> LogTimeReader::read(const std::vector<std::string_view> &fields) const
{
    auto field = [&](int i) { return i >= 0 && size_t(i) < fields.size() ? fields[size_t(i)] : std::string_view(); };
    if (auto t = epoch(field(m_timestamp)))
        return t;
    const std::string_view date = field(m_date), time = field(m_time);
    if (auto t = epoch(time))
        return t;
    if (time.size() >= 19 && time[4] == '-') // a full date-time in the Time field (BGL)
        if (auto t = iso(std::string(time)))
            return t;
    if (m_month >= 0) {
        const int month = monthNumber(field(m_month));
        const std::string_view dayText = m_day >= 0 ? field(m_day) : date;
        int day = 0;
        std::from_chars(dayText.data(), dayText.data() + dayText.size(), day);
        if (month && day >= 1 && day <= 31 && time.size() >= 8) {
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT", m_defaultYear, month, day);
            return iso(std::string(buffer) + std::string(time));
        }
        return std::nullopt;
    }
    if (date.empty())
        return std::nullopt;
    if (date.size() == 6 && allDigits(date) && time.size() == 6 && allDigits(time)) { // 081109 203615
        const std::string t = "20" + std::string(date.substr(0, 2)) + '-' + std::string(date.substr(2, 2)) + '-'
            + std::string(date.substr(4, 2)) + 'T' + std::string(time.substr(0, 2)) + ':'
            + std::string(time.substr(2, 2)) + ':' + std::string(time.substr(4, 2));
        return parseTimestamp(std::string_view(t));
    }
    if (date.size() == 8 && date[2] == '/' && date[5] == '/') // 17/06/09
        return iso("20" + std::string(date.substr(0, 2)) + '-' + std::string(date.substr(3, 2)) + '-'
                   + std::string(date.substr(6, 2)) + 'T' + std::string(time));
    std::string d(date);
    for (char &c : d)
        if (c == '.' || c == '/')
            c = '-';
    return iso(time.empty() ? d : d + 'T' + std::string(time));
}

} // namespace Opsight::Core
