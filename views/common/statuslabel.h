// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Opsight::Views {

// A view's one-line state ("Loading…", "3 series, 1,500 points", an error that
// names the file) in the same place and colours on every page. A long message
// is elided to the room the toolbar has, whole in the tooltip: it never widens
// the window and pushes the page's buttons off screen.
class StatusLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLabel(QWidget *parent = nullptr);
    void showStatus(const QString &text, bool error = false);
    bool isError() const { return m_error; }
    QString fullText() const { return m_full; } // text() is what fits

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
    bool m_error = false;
};

} // namespace Opsight::Views
