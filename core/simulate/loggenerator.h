// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultplan.h"
#include "warehouse/types.h"

#include <vector>

namespace Opsight::Core {
struct SimulationSpec;
}

namespace Opsight::Core::Sim {

struct SimHost;
struct Topology;

// Log lines of one host: the daemons its role runs (DataNode and NodeManager on
// workers, NameNode or ResourceManager on masters), the kernel and sshd, with
// per-source hourly rates that follow the day's activity. Faults add what an
// operator would see in the logs: medium errors and slow writes of a failing
// disk, EDAC lines, a machine check and a reboot, thermal throttling, NIC link
// flaps, an OOM kill at the end of a leak, and the three log anomalies (a burst
// of one template, a brand-new template, a template dropping out).
//
// Lines look as a central collector stores them: rsyslog's high-precision file
// format for the kernel and sshd ("2026-11-02T00:00:01.234000+00:00 host sshd[42]:
// ..."), and the host name before each log4j line of the Hadoop daemons. So one
// log file per source holds the whole fleet, and its header format names the
// host (see logFormat).
//
// Rates are scaled down from real daemons (which print thousands of lines an
// hour) to keep the 50-host demo at a few hundred thousand lines.
// The loghub-style header format of a source's lines, for the log ingestor.
QString logFormat(const QString &source);

class LogGenerator final
{
public:
    LogGenerator(const SimulationSpec &spec, const Topology &topology, Timestamp start, Timestamp end);

    // The host's lines in time order, numbered per source file from 1.
    std::vector<LogLine> hostLines(const SimHost &host, const std::vector<const Fault *> &faults) const;

private:
    const SimulationSpec &m_spec;
    const Topology &m_topology;
    Timestamp m_start;
    Timestamp m_end;
};

} // namespace Opsight::Core::Sim
