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
    m_full = text;
    elide();
    updateGeometry();
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     error ? Severity::color(QStringLiteral("critical")) : parentWidget() ? parentWidget()->palette().color(QPalette::WindowText)
                                                                        : colours.color(QPalette::WindowText));
    setPalette(colours);
}

QSize StatusLabel::sizeHint() const
{
    // About 48 characters, whatever the message: a long one must not take the
    // room of the fields beside it (the selector shrank to "S…" after a
    // backtest), and a changing one must not move the buttons under the pointer.
    const QMargins margins = contentsMargins();
    const int text = 48 * fontMetrics().averageCharWidth();
    return {text + margins.left() + margins.right() + 2 * margin(), QLabel::sizeHint().height()};
}

QSize StatusLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, QLabel::minimumSizeHint().height()};
}

void StatusLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void StatusLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, contentsRect().width());
    QLabel::setText(shown);
    setToolTip(shown == m_full ? QString() : m_full);
}

} // namespace Opsight::Views
