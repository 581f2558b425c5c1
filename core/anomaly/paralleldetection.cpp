// SPDX-License-Identifier: GPL-3.0-or-later
#include "paralleldetection.h"

#include "warehouse/metricreader.h"
#include "warehouse/warehouse.h"

#include <QThread>

#include <algorithm>

namespace Opsight::Core {

namespace {
// Jobs queued per worker: enough that a worker never waits for the caller, few
// enough that long series do not pile up in memory.
constexpr int kQueuedPerWorker = 4;

int workerCount(int threads)
{
    return threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
}
} // namespace

ParallelDetection::ParallelDetection(const QString &warehousePath, size_t seriesCount, int threads)
    : m_path(warehousePath)
    , m_found(seriesCount)
    , m_waiting(kQueuedPerWorker * workerCount(threads))
{
    m_pool.setMaxThreadCount(workerCount(threads));
}

ParallelDetection::~ParallelDetection()
{
    m_pool.clear();
    m_pool.waitForDone();
    // The connections close here, on this thread, after their workers are done.
}

void ParallelDetection::add(size_t index, Job job)
{
    m_waiting.acquire();
    m_pool.start([this, index, job = std::move(job)] {
        run(index, job);
        m_waiting.release();
    });
}

void ParallelDetection::run(size_t index, const Job &job)
{
    try {
        std::unique_ptr<Warehouse> connection;
        {
            const std::lock_guard<std::mutex> lock(m_lock);
            if (m_failure)
                return; // the scan fails anyway: do not pile up work
            if (!m_idleConnections.empty()) {
                connection = std::move(m_idleConnections.back());
                m_idleConnections.pop_back();
            }
        }
        if (!connection) // at most one per worker: a worker holds one at a time
            connection = Warehouse::open(m_path, Warehouse::Mode::ReadOnly);
        MetricReader reader(connection->db());
        m_found[index] = job(reader);
        const std::lock_guard<std::mutex> lock(m_lock);
        m_idleConnections.push_back(std::move(connection));
    } catch (...) {
        const std::lock_guard<std::mutex> lock(m_lock);
        if (!m_failure)
            m_failure = std::current_exception();
    }
}

std::vector<SeriesFindings> ParallelDetection::finish()
{
    m_pool.waitForDone();
    if (m_failure)
        std::rethrow_exception(m_failure);
    return std::move(m_found);
}

} // namespace Opsight::Core
