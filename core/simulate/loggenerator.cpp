// SPDX-License-Identifier: GPL-3.0-or-later
#include "loggenerator.h"

#include "logtemplates.h"
#include "metricmodel.h"
#include "simtime.h"
#include "simulator.h"
#include "topology.h"

#include <algorithm>
#include <array>

namespace Opsight::Core::Sim {

namespace {

struct Weighted
{
    Tpl tpl;
    double weight;
};

struct SourceMix
{
    LogSource source;
    double perHour; // at activity factor 1
    std::vector<Weighted> templates;
};

const SourceMix &dataNodeMix()
{
    static const SourceMix mix { LogSource::DataNode, 7.0,
        { { Tpl::DnReceiving, 3 }, { Tpl::DnReceived, 3 }, { Tpl::DnClientTrace, 2.5 }, { Tpl::DnPacketResponder, 3 },
            { Tpl::DnDeleted, 1 }, { Tpl::DnBlockReport, 0.05 }, { Tpl::DnSlowWrite, 0.03 } } };
    return mix;
}
const SourceMix &nodeManagerMix()
{
    static const SourceMix mix { LogSource::NodeManager, 5.0,
        { { Tpl::NmStartRequest, 1 }, { Tpl::NmTransition, 3 }, { Tpl::NmMemoryUsage, 2 }, { Tpl::NmCleanup, 1 },
            { Tpl::NmLogUpload, 1 } } };
    return mix;
}
const SourceMix &nameNodeMix()
{
    static const SourceMix mix { LogSource::NameNode, 20.0,
        { { Tpl::NnAllocate, 4 }, { Tpl::NnCompleteFile, 3 }, { Tpl::NnAddStored, 5 }, { Tpl::NnRollEditLog, 0.05 } } };
    return mix;
}
const SourceMix &resourceManagerMix()
{
    static const SourceMix mix { LogSource::ResourceManager, 8.0,
        { { Tpl::RmStateChange, 1 }, { Tpl::RmAttempt, 1 }, { Tpl::RmContainerCompleted, 4 } } };
    return mix;
}
const SourceMix &kernelMix()
{
    static const SourceMix mix { LogSource::Kernel, 0.08, { { Tpl::KSynFlood, 0.3 }, { Tpl::KPerfInterrupt, 1 } } };
    return mix;
}
const SourceMix &sshdMix(double perHour)
{
    static const std::vector<Weighted> templates { { Tpl::SshAccepted, 1 }, { Tpl::SshSessionOpened, 1 },
        { Tpl::SshSessionClosed, 1 }, { Tpl::SshDisconnected, 1 }, { Tpl::SshFailedPassword, 0.03 } };
    static const SourceMix gateway { LogSource::Sshd, 4.0, templates };
    static const SourceMix other { LogSource::Sshd, 0.3, templates };
    return perHour > 1 ? gateway : other;
}

struct Entry
{
    Timestamp time;
    Tpl tpl;
    double param; // per-line value a template needs (slow-write latency)
};

class HostLogs
{
public:
    HostLogs(const SimulationSpec &spec, const SimHost &host, bool loneMaster, const std::vector<const Fault *> &faults,
        Timestamp start, Timestamp end)
        : m_host(host)
        , m_loneMaster(loneMaster)
        , m_faults(faults)
        , m_start(start)
        , m_end(end)
        , m_rng(subSeed(spec.seed, "log-schedule", quint64(host.index)))
    { }

    std::vector<Entry> schedule()
    {
        std::vector<const SourceMix *> mixes;
        switch (m_host.role) {
        case Role::Worker:
            mixes = { &dataNodeMix(), &nodeManagerMix() };
            break;
        case Role::Master:
            // The first master runs the NameNode, the second the ResourceManager;
            // a lone master runs both.
            if (m_host.service == QLatin1String("hdfs"))
                mixes.push_back(&nameNodeMix());
            if (m_host.service == QLatin1String("yarn") || m_loneMaster)
                mixes.push_back(&resourceManagerMix());
            break;
        case Role::Gateway:
            break;
        }
        mixes.push_back(&kernelMix());
        mixes.push_back(&sshdMix(m_host.role == Role::Gateway ? 4.0 : 0.3));

        for (Timestamp hour = m_start; hour < m_end; hour += kHour) {
            const Activity a = activityAt(hour + 30 * kMinute, 0);
            for (const SourceMix *mix : mixes)
                emitHour(*mix, hour, a);
        }
        addFaultLines();
        // Nothing is logged while the machine is down after a machine check.
        std::erase_if(m_entries, [this](const Entry &e) {
            for (const Fault *f : m_faults)
                if (f->kind == FaultKind::EccUncorrectable && e.time > f->start && e.time < f->end)
                    return true;
            return e.time < m_start || e.time >= m_end;
        });
        std::stable_sort(
            m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.time < b.time; });
        return std::move(m_entries);
    }

private:
    double factor(LogSource source, const Activity &a) const
    {
        switch (source) {
        case LogSource::Kernel:
            return 1.0;
        case LogSource::Sshd:
            return m_host.role == Role::Gateway ? 0.1 + 1.5 * a.adhoc : 0.3 + a.adhoc;
        default:
            return 0.35 + 0.9 * (a.etl + a.adhoc);
        }
    }

    bool droppedOut(Tpl tpl, Timestamp t) const
    {
        for (const Fault *f : m_faults)
            if (f->kind == FaultKind::LogTemplateDropout && tpl == Tpl::DnReceived && f->active(t))
                return true;
        return false;
    }

    Timestamp at(Timestamp from, Timestamp span) { return from + Timestamp(m_rng.uniform() * double(span)); }

    void emitHour(const SourceMix &mix, Timestamp hour, const Activity &a)
    {
        std::vector<double> weights;
        for (const Weighted &w : mix.templates)
            weights.push_back(w.weight);
        const int n = m_rng.poisson(mix.perHour * factor(mix.source, a));
        for (int i = 0; i < n; ++i) {
            const Tpl tpl = mix.templates[m_rng.weighted(weights)].tpl;
            const Timestamp t = at(hour, kHour);
            if (!droppedOut(tpl, t))
                m_entries.push_back({ t, tpl, m_rng.uniform(320, 900) });
        }
    }

    // `perHour` occurrences of `tpl` spread over [from, to).
    void rate(Tpl tpl, Timestamp from, Timestamp to, double perHour, double param = 0)
    {
        for (Timestamp hour = from; hour < to; hour += kHour) {
            const Timestamp span = std::min(kHour, to - hour);
            const int n = m_rng.poisson(perHour * double(span) / double(kHour));
            for (int i = 0; i < n; ++i)
                m_entries.push_back({ at(hour, span), tpl, param });
        }
    }

    void addFaultLines()
    {
        for (const Fault *f : m_faults) {
            const Timestamp length = std::max<Timestamp>(1, f->end - f->start);
            switch (f->kind) {
            case FaultKind::DiskDegraded:
                // Medium errors become frequent, and every write to the volume is
                // slower than the last: the latency an operator sees rising.
                for (Timestamp hour = f->start; hour < f->end; hour += kHour) {
                    const double progress = double(hour - f->start) / double(length);
                    rate(Tpl::KMediumError, hour, std::min(f->end, hour + kHour), 1.5 + 5 * progress);
                    rate(Tpl::DnSlowWrite, hour, std::min(f->end, hour + kHour), 6, 600 + 6000 * progress * progress);
                }
                break;
            case FaultKind::EccCorrectable:
                for (Timestamp hour = f->start; hour < f->end; hour += kHour)
                    rate(Tpl::KEdacCorrected, hour, std::min(f->end, hour + kHour),
                        2 + 15 * double(hour - f->start) / double(length));
                break;
            case FaultKind::EccUncorrectable:
                m_entries.push_back({ f->start, Tpl::KMachineCheck, 0 });
                m_entries.push_back({ f->end + 5 * kSecond, Tpl::KBoot, 0 });
                break;
            case FaultKind::FanFailure:
                for (Timestamp t = f->start + 20 * kMinute; t < f->end; t += 10 * kMinute)
                    m_entries.push_back({ t + Timestamp(m_rng.uniformInt(0, 59)) * kSecond, Tpl::KThrottle, 0 });
                m_entries.push_back({ f->end + kMinute, Tpl::KThrottleNormal, 0 });
                break;
            case FaultKind::NicLinkFlap:
                for (const Interval &down : f->downs) {
                    m_entries.push_back({ down.start, Tpl::KLinkDown, 0 });
                    m_entries.push_back({ down.end, Tpl::KLinkUp, 0 });
                }
                break;
            case FaultKind::MemoryLeak:
                m_entries.push_back({ f->end - kMinute, Tpl::KOomKill, 0 });
                break;
            case FaultKind::LogBurst:
                rate(Tpl::SshFailedPassword, f->start, f->end, f->magnitude * 60);
                break;
            case FaultKind::LogNewTemplate:
                rate(Tpl::NmMemoryKill, f->start, f->end, 4);
                break;
            default:
                break;
            }
        }
    }

    const SimHost &m_host;
    bool m_loneMaster = false;
    const std::vector<const Fault *> &m_faults;
    Timestamp m_start;
    Timestamp m_end;
    Rng m_rng;
    std::vector<Entry> m_entries;
};

} // namespace

QString logFormat(const QString &source)
{
    if (source == QLatin1String(logSourceName(LogSource::Kernel))
        || source == QLatin1String(logSourceName(LogSource::Sshd)))
        return QStringLiteral("<Time> <Host> <Component>(\\[<Pid>\\])?: <Content>");
    return QStringLiteral("<Host> <Date> <Time> <Level> <Component>: <Content>");
}

LogGenerator::LogGenerator(const SimulationSpec &spec, const Topology &topology, Timestamp start, Timestamp end)
    : m_spec(spec)
    , m_topology(topology)
    , m_start(start)
    , m_end(end)
{ }

std::vector<LogLine> LogGenerator::hostLines(const SimHost &host, const std::vector<const Fault *> &faults) const
{
    const SimCluster &cluster = m_topology.clusters[size_t(host.cluster)];
    const std::vector<Entry> entries
        = HostLogs(m_spec, host, cluster.masters.size() == 1, faults, m_start, m_end).schedule();

    // The cluster's ResourceManager started a few weeks before the simulation.
    const Timestamp clusterStart = m_start - (17 + host.cluster % 9) * kDay - 3 * kHour;
    LogContext context(host, m_spec.seed, cluster.hostCount, clusterStart);
    for (const Fault *f : faults) {
        if (f->kind == FaultKind::DiskDegraded)
            context.dataDisk = f->device;
        else if (f->kind == FaultKind::EccCorrectable || f->kind == FaultKind::EccUncorrectable)
            context.dimmSlot = f->device;
    }

    std::array<qint64, size_t(LogSource::Count)> lineNumbers {};
    const QString hostName = host.name;
    const std::string hostText = host.name.toStdString();
    std::vector<RenderedLine> rendered;
    std::vector<LogLine> lines;
    lines.reserve(entries.size() + entries.size() / 8);
    std::string raw;
    for (const Entry &entry : entries) {
        const LogSource source = templateSource(entry.tpl);
        context.slowWriteMs = entry.param;
        rendered.clear();
        renderTemplate(entry.tpl, context, rendered);
        for (RenderedLine &r : rendered) {
            raw.clear();
            if (isSyslog(source)) {
                appendRfc3339(raw, entry.time);
                raw += ' ';
                raw += hostText;
                raw += ' ';
                if (source == LogSource::Sshd)
                    raw += "sshd[" + std::to_string(context.rng.uniformInt(1000, 65000)) + "]: ";
                else
                    raw += "kernel: ";
            } else {
                raw += hostText;
                raw += ' ';
                appendLog4jTime(raw, entry.time);
                raw += ' ';
                raw += r.level;
                raw += ' ';
                raw += r.component;
                raw += ": ";
            }
            raw += r.content;

            LogLine line;
            line.time = entry.time;
            line.source = QString::fromLatin1(logSourceName(source));
            line.host = hostName;
            line.lineNumber = ++lineNumbers[size_t(source)];
            line.level = QString::fromLatin1(r.level);
            line.component = QString::fromLatin1(r.component);
            line.content = QString::fromLatin1(r.content.data(), qsizetype(r.content.size()));
            line.raw = QString::fromLatin1(raw.data(), qsizetype(raw.size()));
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

} // namespace Opsight::Core::Sim
