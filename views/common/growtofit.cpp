// SPDX-License-Identifier: GPL-3.0-or-later
#include "growtofit.h"

#include <QLayout>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Opsight::Views {

void growToFit(QWidget *dialog)
{
    // After the labels have taken their new text into their layout.
    QTimer::singleShot(0, dialog, [dialog = QPointer<QWidget>(dialog)] {
        if (!dialog || !dialog->layout() || !dialog->isVisible())
            return;
        const int needed = dialog->layout()->totalHeightForWidth(dialog->width());
        if (needed > dialog->height())
            dialog->resize(dialog->width(), needed);
    });
}

} // namespace Opsight::Views
