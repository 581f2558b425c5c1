// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertscan.h"
#include "countnovelty.h"

#include <QSemaphore>
#include <QString>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace Opsight::Core {

class MetricReader;
class Warehouse;

// What a scan learns from one series.
struct SeriesFindings
{
    qint64 samples = 0;
    std::vector<SeriesAlert> alerts;
    std::optional<CountSeries> counts; // a count series' steps with events, for novelty
};

// Runs one job per series of a scan on worker threads: reading its samples and
// judging them. Each worker reads through a connection of its own to the
// warehouse file (a connection belongs to one thread; WAL lets readers run side
// by side), so reading and detection both spread over the cores. Only a few jobs
// per worker wait at a time: adding blocks while the workers are behind. The
// findings come back in series order, so a scan finds the same alerts on any
// number of cores.
class ParallelDetection final
{
public:
    using Job = std::function<SeriesFindings(MetricReader &reader)>;

    // `threads`: workers; 0: one per core.
    ParallelDetection(const QString &warehousePath, size_t seriesCount, int threads = 0);
    ~ParallelDetection(); // drops the jobs not started and waits for the rest

    // Queues the job of series number `index` (below seriesCount).
    void add(size_t index, Job job);
    // Waits for every job; their findings in index order. Rethrows what a job
    // threw (the first of them), e.g. a connection that could not be opened.
    std::vector<SeriesFindings> finish();

private:
    void run(size_t index, const Job &job);

    QString m_path;
    std::vector<SeriesFindings> m_found; // per series; each written by one job
    std::mutex m_lock;                   // guards the two below
    std::vector<std::unique_ptr<Warehouse>> m_idleConnections;
    std::exception_ptr m_failure;
    QSemaphore m_waiting; // jobs that may be queued or running at once
    QThreadPool m_pool;   // last: destroyed (and waited for) first
};

} // namespace Opsight::Core
