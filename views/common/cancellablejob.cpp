// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancellablejob.h"

namespace Opsight::Views {

CancellableJob::CancellableJob(QObject *parent)
    : QObject(parent)
{
}

CancellableJob::~CancellableJob()
{
    // The worker's callback posts to `this`: it must be done before we go.
    cancel();
    waitForFinished();
}

void CancellableJob::cancel()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_cancelRequested)
        m_cancelRequested->store(true);
}

void CancellableJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace Opsight::Views
