// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Opsight::Views {

QThreadPool *workerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: workers may outlive views
        // At least two, so a long scan never holds up the reads of the page on screen.
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace Opsight::Views
