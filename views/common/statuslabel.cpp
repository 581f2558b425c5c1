// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslabel.h"

#include "severity.h"

namespace Opsight::Views {

StatusLabel::StatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse); // errors get copied into tickets
}

void StatusLabel::showStatus(const QString &text, bool error)
{
    m_error = error;
    setText(text);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     error ? Severity::color(QStringLiteral("critical")) : parentWidget() ? parentWidget()->palette().color(QPalette::WindowText)
                                                                        : colours.color(QPalette::WindowText));
    setPalette(colours);
}

} // namespace Opsight::Views
