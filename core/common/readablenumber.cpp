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

} // namespace Opsight::Core
