// SPDX-License-Identifier: GPL-3.0-or-later
#include "severity.h"

#include <QCoreApplication>

namespace Opsight::Views::Severity {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Views::Severity)
};
} // namespace

int rank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 3;
    if (severity == QLatin1String("error"))
        return 2;
    if (severity == QLatin1String("warning"))
        return 1;
    return 0;
}

QString label(const QString &severity)
{
    switch (rank(severity)) {
    case 3: return Messages::tr("Critical");
    case 2: return Messages::tr("Error");
    case 1: return Messages::tr("Warning");
    default: return severity == QLatin1String("info") ? Messages::tr("Info") : severity;
    }
}

QColor color(const QString &severity)
{
    // Distinguishable for the common colour-vision deficiencies (no red/green pair).
    switch (rank(severity)) {
    case 3: return QColor(0xc0, 0x1f, 0x3a);
    case 2: return QColor(0xe0, 0x6c, 0x1b);
    case 1: return QColor(0xe3, 0xb0, 0x1c);
    default: return QColor(0x7f, 0x8c, 0x99);
    }
}

} // namespace Opsight::Views::Severity
