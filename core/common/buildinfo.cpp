// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <boost/version.hpp>
#include <sqlite3.h>

namespace Opsight::Core {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString boostVersion()
{
    return QStringLiteral("%1.%2.%3").arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000).arg(BOOST_VERSION % 100);
}

} // namespace Opsight::Core
