// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// How every view shows a severity (info, warning, error, critical), so a
// critical alert looks the same in a list, on the timeline and on the map.
namespace Opsight::Views::Severity {

int rank(const QString &severity);    // 0 info .. 3 critical; unknown: 0
QString label(const QString &severity); // translated
QColor color(const QString &severity);

} // namespace Opsight::Views::Severity
