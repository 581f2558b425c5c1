// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Opsight::Core {

// Versions of what core is built on, for the About box and `opsight-cli --version`.
QString sqliteVersion();
QString boostVersion();

} // namespace Opsight::Core
