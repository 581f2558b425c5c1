// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Opsight::Views {

// A view's one-line state ("Loading…", "3 series, 1,500 points", an error that
// names the file) in the same place and colours on every page.
class StatusLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLabel(QWidget *parent = nullptr);
    void showStatus(const QString &text, bool error = false);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace Opsight::Views
