// SPDX-License-Identifier: GPL-3.0-or-later
#include "view.h"

#include <QThread>

namespace Opsight::Views {

View::View(QWidget *parent)
    : QWidget(parent)
{
}

View::~View() = default;

void View::setWarehouse(const QString &path)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_warehousePath = path;
    reload();
}

bool View::openLink(const ViewLink &link)
{
    Q_UNUSED(link);
    return false;
}

} // namespace Opsight::Views
