// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"
#include "common/workerpool.h"

#include <QFuture>
#include <QObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>

namespace Opsight::Views {

// Runs one long core job (import, simulate) on the global thread pool with progress
// and cooperative cancel. The job gets a Core::ProgressCallback: core throttles it to
// about 100 calls per stage, we forward each call to the GUI thread as a queued
// progressChanged() and answer "keep going" unless cancel() was called.
//
// The owner attaches its result handler with `.then(owner, ...)` on the returned
// future, so the result comes back by value on the GUI thread. Destroying the job
// cancels it and waits, so the worker never outlives the objects it reports to.
class CancellableJob final : public QObject
{
    Q_OBJECT
public:
    explicit CancellableJob(QObject *parent = nullptr);
    ~CancellableJob() override;
    Q_DISABLE_COPY_MOVE(CancellableJob)

    // `work` is called on a worker thread as work(const Core::ProgressCallback &) and
    // must not throw (core jobs catch at their boundary and return a result).
    template<typename Work>
    auto start(Work work)
    {
        using Result = std::invoke_result_t<Work, const Core::ProgressCallback &>;
        Q_ASSERT(QThread::currentThread() == thread());
        Q_ASSERT(!isRunning());
        auto cancelRequested = std::make_shared<std::atomic_bool>(false);
        m_cancelRequested = cancelRequested;
        Core::ProgressCallback callback = [this, cancelRequested](const Core::Progress &progress) {
            // Called on the worker thread: only post to the GUI thread, never touch it.
            QMetaObject::invokeMethod(
                this, [this, progress] { Q_EMIT progressChanged(progress); }, Qt::QueuedConnection);
            return !cancelRequested->load();
        };
        QFuture<Result> future = QtConcurrent::run(
            workerPool(),
            [work = std::move(work), callback = std::move(callback)]() mutable { return work(callback); });
        m_future = QFuture<void>(future);
        return future;
    }

    // Asks the running job to stop at its next progress tick; it then rolls back and
    // returns a "cancelled" result through the future as usual.
    void cancel();
    bool isRunning() const { return m_future.isRunning(); }
    bool isCancelRequested() const { return m_cancelRequested && m_cancelRequested->load(); }
    // Blocks until the worker returned; for shutdown paths and tests only.
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(const Opsight::Core::Progress &progress);

private:
    std::shared_ptr<std::atomic_bool> m_cancelRequested;
    QFuture<void> m_future;
};

} // namespace Opsight::Views
