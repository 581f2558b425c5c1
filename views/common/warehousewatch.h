// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QTimer;

namespace Opsight::Views {

// Notices when another process (opsight-cli, a second console) writes to the
// warehouse a view shows, so the view can read it again without an F5. It
// compares the size and modification time of the file and of its write-ahead
// log every few seconds: a stat of two files, no connection kept open.
class WarehouseWatch final : public QObject
{
    Q_OBJECT

public:
    explicit WarehouseWatch(QObject *parent = nullptr, int intervalMs = 3000);

    // Watches `path` (empty: nothing), taking what it holds now as seen.
    void setPath(const QString &path);
    const QString &path() const { return m_path; }
    // Takes what the warehouse holds now as seen: after the view's own read.
    void markSeen();

Q_SIGNALS:
    // The warehouse changed since it was last seen; emitted once per change.
    void changed();

private:
    struct Stamp
    {
        qint64 size = -1, walSize = -1;
        QDateTime modified, walModified;
        bool operator==(const Stamp &) const = default;
    };
    Stamp stampNow() const;
    void check();

    QTimer *m_timer = nullptr;
    QString m_path;
    Stamp m_seen;
};

} // namespace Opsight::Views
