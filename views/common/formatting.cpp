// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Opsight::Views::Format {

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString bytes(qint64 value)
{
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeTraditionalFormat);
}

QString timestamp(Core::Timestamp time)
{
    if (time == 0)
        return QStringLiteral("–");
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC);
    //: A date and time in UTC; %1 is "yyyy-MM-dd HH:mm".
    return QCoreApplication::translate("Opsight::Views::Format", "%1 UTC")
        .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

namespace {
QString days(int n)
{
    return QCoreApplication::translate("Opsight::Views::Format", "%n day(s)", nullptr, n);
}

QString hours(int n)
{
    return QCoreApplication::translate("Opsight::Views::Format", "%n hour(s)", nullptr, n);
}

QString minutes(int n)
{
    return QCoreApplication::translate("Opsight::Views::Format", "%n minute(s)", nullptr, n);
}

QString seconds(int n)
{
    return QCoreApplication::translate("Opsight::Views::Format", "%n second(s)", nullptr, n);
}

QString joined(const QString &larger, const QString &smaller)
{
    //: Two parts of a duration, e.g. "3 days" and "4 hours"
    return QCoreApplication::translate("Opsight::Views::Format", "%1 %2").arg(larger, smaller);
}
} // namespace

QString duration(Core::Timestamp span)
{
    // Two units at most: an operator reads "14 days 3 hours", not the seconds.
    const auto dayCount = int(span / Core::kDay);
    const auto hourCount = int((span % Core::kDay) / Core::kHour);
    const auto minuteCount = int((span % Core::kHour) / Core::kMinute);
    if (span < Core::kMinute)
        return seconds(int(span / Core::kSecond));
    if (dayCount > 0)
        return hourCount == 0 ? days(dayCount) : joined(days(dayCount), hours(hourCount));
    if (hourCount > 0)
        return minuteCount == 0 ? hours(hourCount) : joined(hours(hourCount), minutes(minuteCount));
    return minutes(minuteCount);
}

} // namespace Opsight::Views::Format
