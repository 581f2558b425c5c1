// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricmodel.h"

#include "simtime.h"
#include "simulator.h"
#include "topology.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Opsight::Core::Sim {

namespace {

double smooth(double x)
{
    x = std::clamp(x, 0.0, 1.0);
    return 0.5 - 0.5 * std::cos(std::numbers::pi * x);
}

// 1 between `from` and `to` (minutes), with cosine ramps of `ramp` outside.
double plateau(double m, double from, double to, double ramp)
{
    return smooth((m - from + ramp) / ramp) * smooth((to + ramp - m) / ramp);
}

} // namespace

Activity activityAt(Timestamp t, double phaseMinutes)
{
    double m = std::fmod(
        minuteOfDay(t) + double((t % kMinute + kMinute) % kMinute) / double(kMinute) + phaseMinutes + 1440.0, 1440.0);
    const bool weekend = isWeekend(t);
    Activity a;
    // ETL runs 00:30-06:00 (ramping from 23:30 and down to 07:00); shift by an
    // hour so the window does not wrap around midnight.
    a.etl = plateau(std::fmod(m + 60.0, 1440.0), 90, 420, 60) * (weekend ? 0.85 : 1.0);
    // Ad hoc queries 09:30-18:00 with a lunch dip; weekends are quiet.
    a.adhoc = (plateau(m, 570, 1080, 60) - 0.15 * plateau(m, 720, 780, 30)) * (weekend ? 0.3 : 1.0);
    return a;
}

HostMetricModel::HostMetricModel(
    const SimulationSpec &spec, const SimHost &host, std::vector<const Fault *> faults, Timestamp start)
    : m_host(host)
    , m_faults(std::move(faults))
    , m_start(start)
    , m_interval(spec.interval)
    , m_rng(subSeed(spec.seed, "host-metrics", quint64(host.index)))
{
    m_scale = m_rng.uniform(0.85, 1.15);
    m_phase = m_rng.uniform(-25, 25);
    m_ioScale = m_rng.uniform(0.85, 1.2);
    m_netScale = m_rng.uniform(0.8, 1.2);
    m_tempOffset = m_rng.uniform(-2, 3);
    switch (host.role) {
    case Role::Worker:
        m_memBase = m_rng.uniform(42, 62);
        m_diskStart = m_rng.uniform(25, 70);
        m_diskTrendPerDay = m_rng.uniform(0.3, 1.2); // HDFS fills up
        m_bandwidth = 1.4e9;
        break;
    case Role::Master:
        m_memBase = m_rng.uniform(55, 70);
        m_diskStart = m_rng.uniform(20, 40);
        m_diskTrendPerDay = m_rng.uniform(0.05, 0.2); // edit logs, fsimage
        m_bandwidth = 4.0e8;
        break;
    case Role::Gateway:
        m_memBase = m_rng.uniform(30, 45);
        m_diskStart = m_rng.uniform(20, 45);
        m_diskTrendPerDay = m_rng.uniform(0.05, 0.3);
        m_bandwidth = 4.0e8;
        break;
    }
    m_cpuNoise = makeAr(0.85, host.role == Role::Master ? 2.0 : 4.0);
    m_memNoise = makeAr(0.97, 1.5);
    m_ioNoise = makeAr(0.8, host.role == Role::Worker ? 5.0 : 2.0);
    m_netInNoise = makeAr(0.8, 0.12);
    m_netOutNoise = makeAr(0.8, 0.12);
    m_mixNoise = makeAr(0.9, 0.08);
    // Thermal inertia: the package temperature follows CPU with ~10 min lag.
    m_emaAlpha = 1.0 - std::exp(-double(m_interval) / double(10 * kMinute));
}

HostMetricModel::Ar HostMetricModel::makeAr(double phiPerMinute, double sd)
{
    Ar ar;
    ar.phi = std::pow(phiPerMinute, double(m_interval) / double(kMinute));
    ar.sd = sd * std::sqrt(1.0 - ar.phi * ar.phi);
    ar.state = m_rng.normal(0, sd);
    return ar;
}

double HostMetricModel::step(Ar &ar)
{
    ar.state = ar.phi * ar.state + m_rng.normal(0, ar.sd);
    return ar.state;
}

bool HostMetricModel::isDown(Timestamp t) const
{
    for (const Fault *f : m_faults)
        if (f->kind == FaultKind::EccUncorrectable && f->active(t))
            return true;
    return false;
}

void HostMetricModel::applyFaults(int metric, Timestamp t, double &v)
{
    for (const Fault *f : m_faults) {
        if (!f->active(t))
            continue;
        const double progress = double(t - f->start) / double(std::max<Timestamp>(1, f->end - f->start));
        switch (f->kind) {
        case FaultKind::MetricSpike:
            if (f->metric == metric)
                v += f->magnitude; // percentage points, or bytes/s (see faultplan.cpp)
            break;
        case FaultKind::MetricDip:
            if (f->metric == metric)
                v *= f->magnitude;
            break;
        case FaultKind::LevelShift:
            if (f->metric == metric)
                v += f->magnitude;
            break;
        case FaultKind::MemoryLeak:
            if (metric == MemUtil) // creeps towards full until the process is killed at the end
                v += (97.0 - v) * std::pow(progress, 1.3);
            break;
        case FaultKind::RunawayProcess:
            if (metric == CpuUtil)
                v = m_rng.uniform(97.5, 99.9);
            break;
        case FaultKind::DiskDegraded:
            // Busy but slow: utilisation pinned above 90 % while IOPS and bytes
            // collapse, and processes pile up in D state.
            if (metric == DiskIoUtil)
                v = std::max(v, m_rng.uniform(92.0, 99.8));
            else if (metric == DiskReadBytes || metric == DiskWriteBytes)
                v = m_rng.uniform(2.0e5, 2.5e6);
            else if (metric == Load1)
                v += 12.0 + 8.0 * progress + m_rng.uniform(0, 4);
            break;
        case FaultKind::FanFailure:
            if (metric == Temperature)
                v += f->magnitude * std::min(1.0, double(t - f->start) / double(20 * kMinute));
            break;
        case FaultKind::NicLinkFlap:
            if (metric == NetInBytes || metric == NetOutBytes)
                for (const Interval &down : f->downs)
                    if (down.contains(t))
                        v = m_rng.uniform(0, 2000);
            break;
        default:
            break;
        }
    }
}

bool HostMetricModel::sample(Timestamp t, MetricValues &out)
{
    if (isDown(t))
        return false;
    const Activity a = activityAt(t, m_phase);
    const double days = double(t - m_start) / double(kDay);
    double cpu = 0, io = 0, netIn = 0, netOut = 0;
    switch (m_host.role) {
    case Role::Worker:
        cpu = m_scale * (18 + 55 * a.etl + 30 * a.adhoc);
        io = m_ioScale * (5 + 68 * a.etl + 25 * a.adhoc);
        netIn = m_netScale * (2.0e7 + 5.5e8 * a.etl + 2.0e8 * a.adhoc);
        netOut = m_netScale * (1.8e7 + 4.6e8 * a.etl + 1.6e8 * a.adhoc);
        break;
    case Role::Master:
        cpu = m_scale * (6 + 10 * a.etl + 18 * a.adhoc);
        io = m_ioScale * (3 + 6 * a.etl + 10 * a.adhoc);
        netIn = m_netScale * (1.5e7 + 4.0e7 * (a.etl + a.adhoc));
        netOut = m_netScale * (2.0e7 + 6.0e7 * (a.etl + a.adhoc));
        break;
    case Role::Gateway:
        cpu = m_scale * (4 + 5 * a.etl + 45 * a.adhoc);
        io = m_ioScale * (2 + 3 * a.etl + 8 * a.adhoc);
        netIn = m_netScale * (1.0e7 + 1.5e8 * a.adhoc);
        netOut = m_netScale * (3.0e7 + 4.0e8 * a.adhoc);
        break;
    }

    cpu = cpu + step(m_cpuNoise) + m_rng.normal(0, 1.0);
    applyFaults(CpuUtil, t, cpu);
    cpu = std::clamp(cpu, 0.3, 100.0);

    double mem = m_memBase + 0.18 * (cpu - 30) + step(m_memNoise);
    applyFaults(MemUtil, t, mem);
    mem = std::clamp(mem, 3.0, 99.5);

    // Disk space: a steady fill plus the ETL's temporary shuffle data.
    double disk = m_diskStart + m_diskTrendPerDay * days + 1.5 * a.etl;
    applyFaults(DiskUtil, t, disk);
    disk = std::clamp(disk, 1.0, 99.0);

    io = io + step(m_ioNoise);
    applyFaults(DiskIoUtil, t, io);
    io = std::clamp(io, 0.2, 100.0);

    const double mix = std::clamp(0.6 + step(m_mixNoise), 0.15, 0.9);
    double read = io / 100.0 * m_bandwidth * mix;
    double write = io / 100.0 * m_bandwidth * (1.0 - mix) * 0.8;
    applyFaults(DiskReadBytes, t, read);
    applyFaults(DiskWriteBytes, t, write);

    netIn *= std::max(0.05, 1.0 + step(m_netInNoise));
    netOut *= std::max(0.05, 1.0 + step(m_netOutNoise));
    applyFaults(NetInBytes, t, netIn);
    applyFaults(NetOutBytes, t, netOut);

    // Load follows CPU (run queue) plus I/O wait once the disks saturate.
    double load = m_host.cores * cpu / 100.0 * (1.0 + m_rng.normal(0, 0.04)) + (io > 80 ? (io - 80) * 0.1 : 0);
    if (cpu > 97)
        load *= 1.3; // a pinned CPU has a queue behind it
    applyFaults(Load1, t, load);
    load = std::max(0.0, load);

    m_cpuEma = m_cpuEma < 0 ? cpu : m_cpuEma + m_emaAlpha * (cpu - m_cpuEma);
    double temp = m_host.ambientCelsius + 16 + 0.32 * m_cpuEma + m_tempOffset + m_rng.normal(0, 0.4);
    applyFaults(Temperature, t, temp);

    out[CpuUtil] = round1(cpu);
    out[MemUtil] = round1(mem);
    out[DiskUtil] = round1(disk);
    out[DiskIoUtil] = round1(io);
    out[DiskReadBytes] = std::round(std::max(0.0, read));
    out[DiskWriteBytes] = std::round(std::max(0.0, write));
    out[NetInBytes] = std::round(std::max(0.0, netIn));
    out[NetOutBytes] = std::round(std::max(0.0, netOut));
    out[Load1] = round2(load);
    out[Temperature] = roundTo(temp, 0.5);
    // A stuck sensor repeats the reading it gave before it froze.
    for (const Fault *f : m_faults)
        if (f->kind == FaultKind::SensorStuck && f->active(t)) {
            if (m_frozenBy != f) {
                m_frozenBy = f;
                m_frozenReading = std::isnan(m_lastTemperature) ? out[Temperature] : m_lastTemperature;
            }
            out[Temperature] = m_frozenReading;
        }
    m_lastTemperature = out[Temperature];
    return true;
}

} // namespace Opsight::Core::Sim
