// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <string_view>

namespace Opsight::Core {

// A value as operators read it: 750M rather than 7.5E+08, 96.2 rather than
// 96.2134: `digits` significant digits (at least 3) below a thousand,
// `scaledDigits` for thousands and up, with their suffix (k, M, G, T).
QString readableNumber(double value, const QLocale &locale = QLocale(), int digits = 3, int scaledDigits = 3);

// ...with the unit its metric's name ends in, by Prometheus' naming: 87.5% for
// *_percent, 750 MB/s for *_bytes_per_second, 71 °C for *_celsius; the number
// alone for a name with no known unit.
QString readableQuantity(double value, std::string_view metric, const QLocale &locale = QLocale(), int digits = 3,
                         int scaledDigits = 3);

} // namespace Opsight::Core
