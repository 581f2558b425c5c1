// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Opsight::Views {

// Makes a dialog tall enough for its text at its current width once the text
// has changed (a result or preview that wraps to more lines), never narrower or
// shorter than it is: a fixed layout constraint would override the dialog's
// minimum width and squeeze everything else.
void growToFit(QWidget *dialog);

} // namespace Opsight::Views
