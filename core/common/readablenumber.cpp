// SPDX-License-Identifier: GPL-3.0-or-later
#include "readablenumber.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace Opsight::Core {

QString readableNumber(double value, const QLocale &locale, int digits, int scaledDigits)
{
    const double magnitude = std::abs(value);
    const std::pair<double, const char *> units[] = {{1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const auto &[scale, suffix] : units)
        if (magnitude >= scale)
            return locale.toString(value / scale, 'g', scaledDigits) + QLatin1String(suffix);
    return locale.toString(value, 'g', std::max(digits, 3));
}

QString readableQuantity(double value, std::string_view metric, const QLocale &locale, int digits, int scaledDigits)
{
    struct Unit
    {
        std::string_view ending;
        const char *symbol;
        bool takesPrefix; // 750M bytes/s reads 750 MB/s; 1.5k cores stays so
    };
    // Longest first: *_bytes_per_second before *_per_second and *_bytes.
    static const Unit units[] = {{"_bytes_per_second", "B/s", true}, {"_bytes", "B", true},
                                 {"_per_second", "/s", false},       {"_percent", "%", false},
                                 {"_celsius", " °C", false},         {"_seconds", " s", false},
                                 {"_cores", " cores", false}};
    const QString number = readableNumber(value, locale, digits, scaledDigits);
    for (const Unit &unit : units) {
        if (!metric.ends_with(unit.ending))
            continue;
        const QString symbol = QString::fromUtf8(unit.symbol);
        if (!unit.takesPrefix)
            return number + symbol;
        if (!number.isEmpty() && number.back().isLetter()) // the scale joins the unit
            return number.chopped(1) + QLatin1Char(' ') + number.back() + symbol;
        return number + QLatin1Char(' ') + symbol;
    }
    return number;
}

} // namespace Opsight::Core
