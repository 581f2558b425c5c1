// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"
#include "simrandom.h"

#include <string>
#include <vector>

namespace Opsight::Core::Sim {

struct SimHost;

// The daemons whose logs the simulator writes, and their header formats:
// Hadoop daemons log through log4j ("2026-11-02 00:00:01,234 INFO Class: msg"),
// the kernel and sshd through syslog ("Nov  2 00:00:01 host sshd[123]: msg").
enum class LogSource { DataNode, NodeManager, NameNode, ResourceManager, Kernel, Sshd, Count };
const char *logSourceName(LogSource source);
bool isSyslog(LogSource source);

// One kind of line (or a burst of lines the kernel prints together). Normal
// templates come first; the rest are written only by injected faults.
enum class Tpl {
    // hdfs-datanode
    DnReceiving,
    DnReceived,
    DnClientTrace,
    DnPacketResponder,
    DnDeleted,
    DnBlockReport,
    DnSlowWrite,
    // yarn-nodemanager
    NmStartRequest,
    NmTransition,
    NmMemoryUsage,
    NmCleanup,
    NmLogUpload,
    NmMemoryKill,
    // hdfs-namenode
    NnAllocate,
    NnCompleteFile,
    NnAddStored,
    NnRollEditLog,
    // yarn-resourcemanager
    RmStateChange,
    RmAttempt,
    RmContainerCompleted,
    // kernel
    KSynFlood,
    KPerfInterrupt,
    KMediumError,
    KEdacCorrected,
    KMachineCheck,
    KBoot,
    KThrottle,
    KThrottleNormal,
    KLinkDown,
    KLinkUp,
    KOomKill,
    // sshd
    SshAccepted,
    SshSessionOpened,
    SshSessionClosed,
    SshFailedPassword,
    SshDisconnected,
};
LogSource templateSource(Tpl tpl);

struct RenderedLine
{
    const char *level = "INFO";
    const char *component = "";
    std::string content;
};

// Variable parts that stay consistent within a host: block ids grow, container
// ids belong to applications, peers are hosts of the same cluster.
struct LogContext
{
    LogContext(const SimHost &host, quint64 seed, int clusterHosts, Timestamp clusterStart);

    const SimHost &host;
    Rng rng;
    std::string myIp;
    std::string blockPool;
    std::string clusterTimestamp;
    int clusterHosts = 1;
    qint64 nextBlock = 0;
    int nextApp = 1;
    int nextContainer = 1;
    int throttleEvents = 0;
    int dataDisk = 1; // the disk a fault concerns
    int dimmSlot = 0; // the DIMM a memory fault concerns
    double slowWriteMs = 500; // set per line: grows while a disk degrades
};

// Appends the line(s) of one occurrence of `tpl`.
void renderTemplate(Tpl tpl, LogContext &context, std::vector<RenderedLine> &out);

} // namespace Opsight::Core::Sim
