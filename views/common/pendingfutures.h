// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QList>

namespace Opsight::Views {

// The worker runs an owner started with `.then(owner, ...)`. Qt 6.4 needs the owner
// alive when such a worker finishes, so the owner keeps them here and its destructor
// waits for all of them (superseded ones included: their results are dropped, but
// they still post to the owner).
class PendingFutures final
{
public:
    PendingFutures() = default;
    ~PendingFutures() { waitForAll(); }
    Q_DISABLE_COPY_MOVE(PendingFutures)

    void add(const QFuture<void> &future)
    {
        m_futures.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
        m_futures.append(future);
    }

    void waitForAll()
    {
        for (QFuture<void> &future : m_futures)
            future.waitForFinished();
        m_futures.clear();
    }

private:
    QList<QFuture<void>> m_futures;
};

} // namespace Opsight::Views
