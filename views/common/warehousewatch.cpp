// SPDX-License-Identifier: GPL-3.0-or-later
#include "warehousewatch.h"

#include <QFileInfo>
#include <QTimer>

namespace Opsight::Views {

WarehouseWatch::WarehouseWatch(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &WarehouseWatch::check);
}

void WarehouseWatch::setPath(const QString &path)
{
    m_path = path;
    markSeen();
    if (path.isEmpty())
        m_timer->stop();
    else
        m_timer->start();
}

void WarehouseWatch::markSeen()
{
    m_seen = stampNow();
}

WarehouseWatch::Stamp WarehouseWatch::stampNow() const
{
    Stamp stamp;
    if (m_path.isEmpty())
        return stamp;
    // Stat afresh: QFileInfo caches what it read.
    const QFileInfo file(m_path), wal(m_path + QStringLiteral("-wal"));
    if (file.exists()) {
        stamp.size = file.size();
        stamp.modified = file.lastModified();
    }
    // An empty log is no change: every reader's connection makes one (and the
    // last to close deletes it), which would read as a write at every look.
    if (wal.exists() && wal.size() > 0) {
        stamp.walSize = wal.size();
        stamp.walModified = wal.lastModified();
    }
    return stamp;
}

void WarehouseWatch::check()
{
    const Stamp now = stampNow();
    if (now == m_seen)
        return;
    m_seen = now;
    Q_EMIT changed();
}

} // namespace Opsight::Views
