// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pendingfutures.h"
#include "common/workerpool.h"

#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Opsight::Views {

// Runs a view's reads on the thread pool where only the newest result counts: a
// zoom that starts a read while the previous one is still running drops the older
// result when it arrives. The result comes back by value on the context's thread.
// Declare it after the widgets it reports to: its destructor waits for workers.
class LatestLoad final
{
public:
    LatestLoad() = default;
    // Drops every result before waiting: waiting on a load the pool has not
    // started runs it right here (Qt steals the task), and what it posts must
    // not reach an owner half destroyed.
    ~LatestLoad()
    {
        cancel();
        m_pending.waitForAll();
    }
    Q_DISABLE_COPY_MOVE(LatestLoad)

    // Which results a load delivers: only the newest start()'s, or every one
    // (loads of distinct things, e.g. one per series) until cancel().
    enum class Deliver { Newest, All };

    // `work()` runs on a worker and must not throw; `done(result)` runs on the
    // context's thread unless cancel() (or, for Newest, a newer start()) came first.
    template<typename Work, typename Done>
    void start(QObject *context, Work work, Done done, Deliver deliver = Deliver::Newest)
    {
        const quint64 id = ++m_latest;
        const quint64 epoch = m_epoch;
        ++m_running;
        // The worker posts its result itself, before its future finishes: once a
        // destructor's wait returns, nothing is still on its way to the context,
        // and a posted result the context does not live to see goes with it.
        // (QFuture::then(context) runs its continuation after the future has
        // finished, so an owner could be gone by then; Qt 6.4 asserts on that.)
        m_pending.add(QtConcurrent::run(workerPool(), [this, context, id, epoch, deliver, work = std::move(work),
                                                       done = std::move(done)]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(
                context,
                [this, id, epoch, deliver, done = std::move(done), result = std::move(result)]() mutable {
                    --m_running;
                    if (epoch == m_epoch && (deliver == Deliver::All || id == m_latest))
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        }));
    }

    // Drops the results of every load in flight.
    void cancel() { ++m_epoch; }
    bool isRunning() const { return m_running > 0; }
    void waitForAll() { m_pending.waitForAll(); }

private:
    quint64 m_latest = 0;
    quint64 m_epoch = 0;
    int m_running = 0;
    PendingFutures m_pending;
};

} // namespace Opsight::Views
