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
// A unit in words ("3 days") or, for narrow columns, short ("3 d").
QString unit(int n, const char *words, const char *abbreviated, bool compact)
{
    return compact ? QCoreApplication::translate("Opsight::Views::Format", abbreviated).arg(n)
                   : QCoreApplication::translate("Opsight::Views::Format", words, nullptr, n);
}

QString days(int n, bool compact)
{
    return unit(n, QT_TRANSLATE_N_NOOP("Opsight::Views::Format", "%n day(s)"), QT_TRANSLATE_NOOP("Opsight::Views::Format", "%1 d"), compact);
}

QString hours(int n, bool compact)
{
    return unit(n, QT_TRANSLATE_N_NOOP("Opsight::Views::Format", "%n hour(s)"), QT_TRANSLATE_NOOP("Opsight::Views::Format", "%1 h"), compact);
}

QString minutes(int n, bool compact)
{
    return unit(n, QT_TRANSLATE_N_NOOP("Opsight::Views::Format", "%n minute(s)"),
                QT_TRANSLATE_NOOP("Opsight::Views::Format", "%1 min"), compact);
}

QString seconds(int n, bool compact)
{
    return unit(n, QT_TRANSLATE_N_NOOP("Opsight::Views::Format", "%n second(s)"),
                QT_TRANSLATE_NOOP("Opsight::Views::Format", "%1 s"), compact);
}

QString joined(const QString &larger, const QString &smaller)
{
    //: Two parts of a duration, e.g. "3 days" and "4 hours"
    return QCoreApplication::translate("Opsight::Views::Format", "%1 %2").arg(larger, smaller);
}

QString span(Core::Timestamp span, bool compact)
{
    // Two units at most: an operator reads "14 days 3 hours", not the seconds.
    const auto dayCount = int(span / Core::kDay);
    const auto hourCount = int((span % Core::kDay) / Core::kHour);
    const auto minuteCount = int((span % Core::kHour) / Core::kMinute);
    if (span < Core::kMinute)
        return seconds(int(span / Core::kSecond), compact);
    if (dayCount > 0)
        return hourCount == 0 ? days(dayCount, compact) : joined(days(dayCount, compact), hours(hourCount, compact));
    if (hourCount > 0)
        return minuteCount == 0 ? hours(hourCount, compact) : joined(hours(hourCount, compact), minutes(minuteCount, compact));
    return minutes(minuteCount, compact);
}
} // namespace

QString duration(Core::Timestamp span)
{
    return Format::span(span, false);
}

QString compactDuration(Core::Timestamp span)
{
    return Format::span(span, true);
}

} // namespace Opsight::Views::Format
