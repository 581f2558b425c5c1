// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobplan.h"

#include "simrandom.h"

#include <algorithm>

namespace Opsight::Core::Sim {

const std::vector<QueueDef> &queueDefs()
{
    static const std::vector<QueueDef> defs = {
        { "etl", 30, Pattern::Night, 20, 2, 6, 4, 30, 2, "odps-sql", { "etl_pipeline", "dw_batch" } },
        { "adhoc", 40, Pattern::Business, 4, 1, 3, 1, 12, 1, "spark",
            { "alice.wang", "bob.zhao", "carol.li", "dave.chen" } },
        { "report", 8, Pattern::Morning, 8, 2, 4, 2, 10, 1, "odps-sql", { "bi_report" } },
        { "ml", 4, Pattern::Uniform, 90, 1, 2, 2, 8, 4, "pytorch", { "ml_train" } },
        { "default", 10, Pattern::Uniform, 6, 1, 2, 1, 6, 1, "mapreduce", { "ops", "dave.chen" } },
    };
    return defs;
}

Job planJob(quint64 seed, int cluster, int seq, int q, Timestamp submit, bool surge, double minTaskFactor)
{
    const QueueDef &def = queueDefs()[size_t(q)];
    Job job;
    job.seq = seq;
    job.queue = q;
    job.surge = surge;
    // Alibaba-style numeric ids, unique fleet-wide: cluster x 10^8 + sequence.
    job.name = QStringLiteral("j_") + QString::number(qint64(cluster + 1) * 100000000 + job.seq);
    job.seed = subSeed(seed, "job", quint64(cluster), quint64(job.seq));
    Rng rng(job.seed);
    job.user = QString::fromLatin1(def.users[size_t(rng.uniformInt(0, qint64(def.users.size()) - 1))]);
    job.submit = submit / kSecond * kSecond;
    job.baselineFailure = rng.chance(0.01);
    const int count = int(rng.uniformInt(def.minTasks, def.maxTasks));
    std::vector<Timestamp> ends;
    for (int i = 1; i <= count; ++i) {
        PlannedTask task;
        if (i > 1 && !(i == 2 && count >= 3 && rng.chance(0.3))) {
            task.deps.push_back(i - 2);
            if (i > 2 && rng.chance(0.35))
                task.deps.push_back(int(rng.uniformInt(0, i - 3)));
            std::sort(task.deps.begin(), task.deps.end());
        }
        QString name = QString(task.deps.empty() ? QLatin1Char('M')
                                                 : (task.deps.size() > 1 ? QLatin1Char('J') : QLatin1Char('R')))
            + QString::number(i);
        for (const int d : task.deps) {
            name += QLatin1Char('_') + QString::number(d + 1);
            task.dependsOn.append(job.tasks[size_t(d)].name);
        }
        task.name = name;
        task.cores = def.cores;
        task.gap = Timestamp(rng.uniform(3, 30) * double(kSecond));
        const double median
            = std::max(minTaskFactor * def.taskMinutes, rng.logNormal(def.taskMinutes, 0.5)) * double(kMinute);
        const int instances = int(rng.uniformInt(def.minInstances, def.maxInstances));
        Timestamp start = 0;
        for (const int d : task.deps)
            start = std::max(start, ends[size_t(d)]);
        start += task.gap;
        Timestamp end = start;
        for (int k = 0; k < instances; ++k) {
            task.jitter.push_back(Timestamp(rng.uniform(0, 20) * double(kSecond)));
            task.duration.push_back(std::max<Timestamp>(10 * kSecond, Timestamp(rng.logNormal(median, 0.25))));
            end = std::max(end, start + task.jitter.back() + task.duration.back());
        }
        ends.push_back(end);
        job.cpuRequest = std::max(job.cpuRequest, instances * task.cores);
        job.tasks.push_back(std::move(task));
    }
    job.plannedDuration = *std::max_element(ends.begin(), ends.end());
    return job;
}

} // namespace Opsight::Core::Sim
