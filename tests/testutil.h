// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Opsight::Test {

inline QString fixture(const QString &relative)
{
    return QStringLiteral(OPSIGHT_TEST_DATA_DIR "/") + relative;
}

// Real datasets live in ../shared/datasets beside the checkout and are used in
// place. Missing data fails under CI (CI=true) and skips elsewhere.
inline QString sharedDataset(const QString &relative)
{
    return QStringLiteral(OPSIGHT_SHARED_DIR "/datasets/") + relative;
}

// QStringList from UTF-8 literals, for test tables (QT_NO_CAST_FROM_ASCII is on).
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace Opsight::Test

#define OPSIGHT_REQUIRE_DATASET(path)                                                             \
    do {                                                                                          \
        if (!QFileInfo::exists(path)) {                                                           \
            if (qEnvironmentVariableIsSet("CI"))                                                  \
                QFAIL(qPrintable(QStringLiteral("dataset missing under CI: ") + (path)));         \
            QSKIP(qPrintable(QStringLiteral("dataset not found, skipping: ") + (path)));          \
        }                                                                                         \
    } while (false)
