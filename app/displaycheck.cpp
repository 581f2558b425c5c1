// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaycheck.h"

#include <QCoreApplication>

namespace Opsight::App {

std::optional<QString> missingDisplayMessage(const QString &program)
{
    // An explicit platform (offscreen, vnc, wayland, xcb) is the user's choice: respect it.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return std::nullopt;
    // No translator is installed yet; translate() keeps lupdate aware of the text.
    return QCoreApplication::translate(
               "Opsight::App::DisplayCheck",
               "%1: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset), "
               "so the Opsight window cannot be shown.\n"
               "\n"
               "To run it on a virtual X display:\n"
               "    xvfb-run -a %1 --demo\n"
               "To run it without any display (nothing is shown; for tests and screenshots):\n"
               "    QT_QPA_PLATFORM=offscreen %1 --demo\n"
               "The command-line tool needs no display: opsight-cli --help\n")
        .arg(program);
}

} // namespace Opsight::App
