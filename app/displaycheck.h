// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Opsight::App {

// Checked before QApplication exists: without a display Qt would abort with a
// platform-plugin error. Returns the message to print (naming `program` in the
// headless commands it suggests), or nullopt when a display or platform is set.
std::optional<QString> missingDisplayMessage(const QString &program);

} // namespace Opsight::App
