// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Opsight::App {

// The About box text: what Opsight is and the versions it runs on (Opsight, Qt,
// SQLite, Boost, QCustomPlot), as rich text.
QString aboutText();
void showAboutDialog(QWidget *parent);

} // namespace Opsight::App
