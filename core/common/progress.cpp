// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include "error.h"
#include "jobboundary.h"

#include <QCoreApplication>

namespace Opsight::Core {

Cancelled::Cancelled()
    : Error(QCoreApplication::translate("Opsight::Core::Cancelled", "Cancelled by the user."))
{
}

QString unexpectedFailure(const std::exception &e)
{
    return QCoreApplication::translate("Opsight::Core::Job", "Unexpected failure: %1").arg(QString::fromLocal8Bit(e.what()));
}

ProgressReporter::ProgressReporter(ProgressCallback callback)
    : m_callback(std::move(callback))
{
}

void ProgressReporter::beginStage(const QString &stage, qint64 total)
{
    m_progress = Progress{0, total, stage};
    // Don't spam the receiver: about 100 updates per stage are plenty for a bar.
    m_step = total > 0 ? std::max<qint64>(1, total / 100) : 1;
    m_nextEmit = 0;
    emitNow();
}

void ProgressReporter::update(qint64 done)
{
    m_progress.done = done;
    if (done >= m_nextEmit)
        emitNow();
}

void ProgressReporter::finishStage()
{
    if (m_progress.total > 0)
        m_progress.done = m_progress.total;
    emitNow();
}

void ProgressReporter::emitNow()
{
    m_nextEmit = m_progress.done + m_step;
    if (m_callback && !m_callback(m_progress))
        throw Cancelled();
}

} // namespace Opsight::Core
