// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <QtGlobal>
#include <functional>

namespace Opsight::Core {

struct Progress
{
    qint64 done = 0;  // units of work finished (bytes, rows, hosts: see stage)
    qint64 total = 0; // 0 when unknown
    QString stage;    // translated, e.g. "Reading metrics.om"
};

// One callback serves the CLI (progress bar) and the GUI (progress dialog).
// It returns false to ask the job to stop; the job then rolls back and reports
// that it was cancelled. It is called on the worker's thread.
using ProgressCallback = std::function<bool(const Progress &)>;

// Throttles a ProgressCallback to about 100 calls per stage. Cancellation is
// checked at each of those calls (the callback's return value), so a stage
// notices a cancel within about 1% of its work.
class ProgressReporter final
{
public:
    explicit ProgressReporter(ProgressCallback callback);

    void beginStage(const QString &stage, qint64 total);
    // Advances to `done`; throws Cancelled when the callback asked to stop.
    void update(qint64 done);
    void finishStage();
    bool hasCallback() const { return bool(m_callback); }

private:
    void emitNow();

    ProgressCallback m_callback;
    Progress m_progress;
    qint64 m_nextEmit = 0;
    qint64 m_step = 1;
};

} // namespace Opsight::Core
