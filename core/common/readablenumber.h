// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Opsight::Core {

// A value as operators read it: 750M rather than 7.5E+08, 96.2 rather than
// 96.2134: `digits` significant digits (at least 3) below a thousand,
// `scaledDigits` for thousands and up, with their suffix (k, M, G, T).
QString readableNumber(double value, const QLocale &locale = QLocale(), int digits = 3, int scaledDigits = 3);

} // namespace Opsight::Core
