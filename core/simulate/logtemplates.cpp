// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtemplates.h"

#include "hardwareevents.h"
#include "simtime.h"
#include "topology.h"

#include <cstdarg>
#include <cstdio>

namespace Opsight::Core::Sim {

namespace {

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
std::string
format(const char *pattern, ...)
{
    char buffer[768];
    va_list args;
    va_start(args, pattern);
    const int n = std::vsnprintf(buffer, sizeof buffer, pattern, args);
    va_end(args);
    return std::string(buffer, size_t(std::clamp(n, 0, int(sizeof buffer) - 1)));
}

constexpr const char *kUsers[]
    = { "etl_pipeline", "dw_batch", "alice.wang", "bob.zhao", "carol.li", "ml_train", "bi_report", "dave.chen", "ops" };
constexpr const char *kAdmins[] = { "ops", "alice.wang", "sre-oncall", "deploy" };
constexpr const char *kInvalidUsers[]
    = { "admin", "test", "oracle", "postgres", "ubuntu", "git", "user", "support", "hadoop", "guest", "ftpuser", "pi" };
constexpr const char *kContainerStates[][2] = { { "NEW", "LOCALIZING" }, { "LOCALIZING", "SCHEDULED" },
    { "SCHEDULED", "RUNNING" }, { "RUNNING", "EXITED_WITH_SUCCESS" }, { "EXITED_WITH_SUCCESS", "DONE" } };

constexpr const char *kDataNode = "org.apache.hadoop.hdfs.server.datanode.DataNode";
constexpr const char *kClientTrace = "org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace";
constexpr const char *kAsyncDisk = "org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetAsyncDiskService";
constexpr const char *kContainerManager
    = "org.apache.hadoop.yarn.server.nodemanager.containermanager.ContainerManagerImpl";
constexpr const char *kContainerImpl
    = "org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl";
constexpr const char *kMonitor
    = "org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl";
constexpr const char *kLaunch = "org.apache.hadoop.yarn.server.nodemanager.containermanager.launcher.ContainerLaunch";
constexpr const char *kAggregator
    = "org.apache.hadoop.yarn.server.nodemanager.containermanager.logaggregation.AppLogAggregatorImpl";
constexpr const char *kStateChange = "org.apache.hadoop.hdfs.StateChange";
constexpr const char *kBlockState = "BlockStateChange";
constexpr const char *kFsNamesystem = "org.apache.hadoop.hdfs.server.namenode.FSNamesystem";
constexpr const char *kRmApp = "org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppImpl";
constexpr const char *kRmScheduler
    = "org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler";
constexpr const char *kRmContainer = "org.apache.hadoop.yarn.server.resourcemanager.rmcontainer.RMContainerImpl";

std::string peerIp(LogContext &c)
{
    // Another host of the same cluster, in the 10.<cluster>.<rack>.<slot> plan.
    const int racks = std::max(1, (c.clusterHosts + 9) / 10);
    return format("10.%d.%d.%d", c.host.cluster + 1, int(c.rng.uniformInt(1, racks)), int(c.rng.uniformInt(11, 30)));
}

std::string block(LogContext &c, bool advance)
{
    if (advance)
        c.nextBlock += c.rng.uniformInt(1, 40);
    const qint64 id = advance ? c.nextBlock : c.nextBlock - c.rng.uniformInt(0, 5000);
    return format("%s:blk_%lld_%lld", c.blockPool.c_str(), id, id - 1073741825LL + 1001);
}

std::string container(LogContext &c, bool fresh)
{
    if (fresh) {
        if (c.rng.chance(0.2))
            ++c.nextApp;
        ++c.nextContainer;
    }
    return format("container_e%02d_%s_%04d_01_%06d", 7, c.clusterTimestamp.c_str(), c.nextApp, c.nextContainer);
}

qint64 blockSize(LogContext &c)
{
    return c.rng.chance(0.7) ? 134217728 : c.rng.uniformInt(1024, 134217727);
}

void line(std::vector<RenderedLine> &out, const char *level, const char *component, std::string content)
{
    out.push_back({ level, component, std::move(content) });
}

} // namespace

const char *logSourceName(LogSource source)
{
    switch (source) {
    case LogSource::DataNode:
        return "hdfs-datanode";
    case LogSource::NodeManager:
        return "yarn-nodemanager";
    case LogSource::NameNode:
        return "hdfs-namenode";
    case LogSource::ResourceManager:
        return "yarn-resourcemanager";
    case LogSource::Kernel:
        return "kernel";
    case LogSource::Sshd:
        return "sshd";
    case LogSource::Count:
        break;
    }
    return "";
}

bool isSyslog(LogSource source)
{
    return source == LogSource::Kernel || source == LogSource::Sshd;
}

LogSource templateSource(Tpl tpl)
{
    if (tpl <= Tpl::DnSlowWrite)
        return LogSource::DataNode;
    if (tpl <= Tpl::NmMemoryKill)
        return LogSource::NodeManager;
    if (tpl <= Tpl::NnRollEditLog)
        return LogSource::NameNode;
    if (tpl <= Tpl::RmContainerCompleted)
        return LogSource::ResourceManager;
    if (tpl <= Tpl::KOomKill)
        return LogSource::Kernel;
    return LogSource::Sshd;
}

LogContext::LogContext(const SimHost &h, quint64 seed, int hostsInCluster, Timestamp clusterStart)
    : host(h)
    , rng(subSeed(seed, "logs", quint64(h.index)))
    , myIp(h.ip.toStdString())
    , clusterHosts(hostsInCluster)
{
    Rng clusterRng(subSeed(seed, "block-pool", quint64(h.cluster)));
    blockPool = format("BP-%lld-10.%d.1.11-%lld", clusterRng.uniformInt(100000000, 2000000000), h.cluster + 1,
        (long long)(clusterStart));
    clusterTimestamp = format("%lld", (long long)clusterStart);
    nextBlock = 1073741825LL + rng.uniformInt(1000000, 50000000);
    nextApp = int(rng.uniformInt(1, 3000));
    nextContainer = int(rng.uniformInt(1, 100000));
}

void renderTemplate(Tpl tpl, LogContext &c, std::vector<RenderedLine> &out)
{
    Rng &r = c.rng;
    switch (tpl) {
    case Tpl::DnReceiving:
        line(out, "INFO", kDataNode,
            format("Receiving %s src: /%s:%d dest: /%s:9866", block(c, true).c_str(), peerIp(c).c_str(),
                int(r.uniformInt(30000, 60999)), c.myIp.c_str()));
        break;
    case Tpl::DnReceived:
        line(out, "INFO", kDataNode,
            format("Received %s size %lld from /%s:%d", block(c, false).c_str(), blockSize(c), peerIp(c).c_str(),
                int(r.uniformInt(30000, 60999))));
        break;
    case Tpl::DnClientTrace:
        line(out, "INFO", kClientTrace,
            format("src: /%s:9866, dest: /%s:%d, bytes: %lld, op: HDFS_READ, cliID: DFSClient_NONMAPREDUCE_%d_1, "
                   "offset: 0, srvID: %08x-%04x-4%03x-a%03x-%012llx, blockid: %s, duration(ns): %lld",
                c.myIp.c_str(), peerIp(c).c_str(), int(r.uniformInt(30000, 60999)), blockSize(c),
                int(r.uniformInt(-2000000000, 2000000000)), unsigned(c.host.index * 2654435761u),
                unsigned(c.host.index & 0xffff), unsigned(c.host.cluster & 0xfff), 0x9e3u,
                (unsigned long long)(c.host.index) * 1000003ULL, block(c, false).c_str(),
                qint64(r.logNormal(4.0e7, 0.8))));
        break;
    case Tpl::DnPacketResponder:
        line(out, "INFO", kDataNode,
            format("PacketResponder: %s, type=LAST_IN_PIPELINE terminating", block(c, false).c_str()));
        break;
    case Tpl::DnDeleted: {
        const qint64 id = c.nextBlock - r.uniformInt(10000, 900000);
        line(out, "INFO", kAsyncDisk,
            format("Deleted %s blk_%lld_%lld URI "
                   "file:/data/%d/dfs/dn/current/%s/current/finalized/subdir%d/subdir%d/blk_%lld",
                c.blockPool.c_str(), id, id - 1073741825LL + 1001, int(r.uniformInt(1, std::max(1, c.host.dataDisks))),
                c.blockPool.c_str(), int(r.uniformInt(0, 31)), int(r.uniformInt(0, 31)), id));
        break;
    }
    case Tpl::DnBlockReport: {
        const int disks = std::max(1, c.host.dataDisks);
        line(out, "INFO", kDataNode,
            format("Successfully sent block report 0x%llx,  containing %d storage report(s), of which we sent %d. "
                   "The reports had %d total blocks and used 1 RPC(s). This took %d msec to generate and %d msecs "
                   "for RPC and NN processing. Got back one command: FinalizeCommand/5.",
                (unsigned long long)(r.next() & 0xffffffffffffULL), disks, disks, int(r.uniformInt(200000, 900000)),
                int(r.uniformInt(20, 90)), int(r.uniformInt(80, 400))));
        break;
    }
    case Tpl::DnSlowWrite:
        line(out, "WARN", kDataNode,
            format("Slow BlockReceiver write data to disk cost:%dms (threshold=300ms), volume=/data/%d/dfs/dn",
                int(c.slowWriteMs * r.uniform(0.7, 1.3)), c.dataDisk));
        break;
    case Tpl::NmStartRequest:
        line(out, "INFO", kContainerManager,
            format("Start request for %s by user %s", container(c, true).c_str(), r.pick(kUsers)));
        break;
    case Tpl::NmTransition: {
        const auto &states = r.pick(kContainerStates);
        line(out, "INFO", kContainerImpl,
            format("Container %s transitioned from %s to %s", container(c, false).c_str(), states[0], states[1]));
        break;
    }
    case Tpl::NmMemoryUsage: {
        const double limit = double(r.uniformInt(2, 8));
        const double used = limit * r.uniform(0.2, 0.9);
        line(out, "INFO", kMonitor,
            format("Memory usage of ProcessTree %d for container-id %s: %.1f GB of %.0f GB physical memory used; "
                   "%.1f GB of %.1f GB virtual memory used",
                int(r.uniformInt(2000, 65000)), container(c, false).c_str(), used, limit, used * 1.6, limit * 2.1));
        break;
    }
    case Tpl::NmCleanup:
        line(out, "INFO", kLaunch, format("Cleaning up container %s", container(c, false).c_str()));
        break;
    case Tpl::NmLogUpload:
        line(out, "INFO", kAggregator,
            format("Uploading logs for container %s. Current good log dirs are /data/%d/yarn/logs",
                container(c, false).c_str(), int(r.uniformInt(1, std::max(1, c.host.dataDisks)))));
        break;
    case Tpl::NmMemoryKill: {
        const double limit = double(r.uniformInt(4, 8));
        const double used = limit + r.uniform(0.1, 1.5);
        line(out, "WARN", kMonitor,
            format("Container [pid=%d,containerID=%s] is running %lldB beyond the 'PHYSICAL' memory limit. "
                   "Current usage: %.1f GB of %.0f GB physical memory used; %.1f GB of %.1f GB virtual memory used. "
                   "Killing container.",
                int(r.uniformInt(2000, 65000)), container(c, true).c_str(), qint64((used - limit) * 1073741824.0), used,
                limit, used * 1.7, limit * 2.1));
        break;
    }
    case Tpl::NnAllocate:
        line(out, "INFO", kStateChange,
            format("BLOCK* allocate %s, replicas=%s:9866, %s:9866, %s:9866 for /user/%s/warehouse/part-%05d",
                block(c, true).c_str(), peerIp(c).c_str(), peerIp(c).c_str(), peerIp(c).c_str(), r.pick(kUsers),
                int(r.uniformInt(0, 99999))));
        break;
    case Tpl::NnCompleteFile:
        line(out, "INFO", kStateChange,
            format("DIR* completeFile: /user/%s/warehouse/part-%05d is closed by DFSClient_NONMAPREDUCE_%d_1",
                r.pick(kUsers), int(r.uniformInt(0, 99999)), int(r.uniformInt(-2000000000, 2000000000))));
        break;
    case Tpl::NnAddStored:
        line(out, "INFO", kBlockState,
            format("BLOCK* addStoredBlock: %s:9866 is added to %s (size=%lld)", peerIp(c).c_str(),
                block(c, false).c_str(), blockSize(c)));
        break;
    case Tpl::NnRollEditLog:
        line(out, "INFO", kFsNamesystem, format("Roll Edit Log from %s", peerIp(c).c_str()));
        break;
    case Tpl::RmStateChange:
        line(out, "INFO", kRmApp,
            format("application_%s_%04d State change from ACCEPTED to RUNNING on event = ATTEMPT_REGISTERED",
                c.clusterTimestamp.c_str(), ++c.nextApp));
        break;
    case Tpl::RmAttempt:
        line(out, "INFO", kRmScheduler,
            format("Added Application Attempt appattempt_%s_%04d_000001 to scheduler from user: %s",
                c.clusterTimestamp.c_str(), c.nextApp, r.pick(kUsers)));
        break;
    case Tpl::RmContainerCompleted:
        line(out, "INFO", kRmContainer,
            format("%s Container Transitioned from RUNNING to COMPLETED", container(c, true).c_str()));
        break;
    case Tpl::KSynFlood:
        line(out, "WARN", "kernel",
            "TCP: request_sock_TCP: Possible SYN flooding on port 9866. Sending cookies.  Check SNMP counters.");
        break;
    case Tpl::KPerfInterrupt: {
        const int took = int(r.uniformInt(2501, 9000));
        line(out, "INFO", "kernel",
            format("perf: interrupt took too long (%d > %d), lowering kernel.perf_event_max_sample_rate to %d", took,
                took - int(r.uniformInt(1, 500)), int(r.uniformInt(20000, 80000))));
        break;
    }
    case Tpl::KMediumError: {
        // The burst a failing SCSI disk prints for one unreadable sector.
        const std::string dev = dataDiskDevice(c.dataDisk).toStdString();
        const int tag = int(r.uniformInt(0, 31));
        const qint64 sector = r.uniformInt(100000000, 15000000000LL);
        const std::string prefix = format("sd 0:0:%d:0: [%s] tag#%d ", c.dataDisk, dev.c_str(), tag);
        line(out, "ERROR", "kernel", prefix + "FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_SENSE");
        line(out, "ERROR", "kernel", prefix + "Sense Key : Medium Error [current]");
        line(out, "ERROR", "kernel", prefix + "Add. Sense: Unrecovered read error");
        line(out, "ERROR", "kernel",
            format("blk_update_request: critical medium error, dev %s, sector %lld op 0x0:(READ) flags 0x0 "
                   "phys_seg 1 prio class 0",
                dev.c_str(), sector));
        line(out, "ERROR", "kernel",
            format("Buffer I/O error on dev %s1, logical block %lld, async page read", dev.c_str(), sector / 8));
        break;
    }
    case Tpl::KEdacCorrected: {
        const int slot = c.dimmSlot;
        line(out, "WARN", "kernel",
            format("EDAC MC%d: 1 CE memory read error on CPU_SrcID#%d_Ha#0_Chan#%d_DIMM#%d (channel:%d slot:%d "
                   "page:0x%llx offset:0x%x grain:32 syndrome:0x0 - area:DRAM err_code:0101:0090 socket:%d ha:0 "
                   "channel_mask:%d rank:%d)",
                slot / 6, slot / 6, slot % 6 / 2, slot % 2, slot % 6 / 2, slot % 2,
                (unsigned long long)r.uniformInt(0x100000, 0xffffff), unsigned(r.uniformInt(0, 0xfff)) & ~0x3fu,
                slot / 6, 1 << (slot % 6 / 2), int(r.uniformInt(0, 1))));
        break;
    }
    case Tpl::KMachineCheck: {
        const int slot = c.dimmSlot;
        line(out, "ERROR", "kernel",
            format("mce: [Hardware Error]: CPU %d: Machine Check Exception: 5 Bank 7: be00000000800090",
                int(r.uniformInt(0, c.host.cores - 1))));
        line(out, "ERROR", "kernel",
            format("EDAC MC%d: 1 UE memory read error on CPU_SrcID#%d_Ha#0_Chan#%d_DIMM#%d (channel:%d slot:%d "
                   "page:0x%llx offset:0x0 grain:32 - area:DRAM err_code:0101:0090 socket:%d ha:0)",
                slot / 6, slot / 6, slot % 6 / 2, slot % 2, slot % 6 / 2, slot % 2,
                (unsigned long long)r.uniformInt(0x100000, 0xffffff), slot / 6));
        line(out, "ERROR", "kernel", "Kernel panic - not syncing: Fatal machine check");
        break;
    }
    case Tpl::KBoot:
        line(out, "INFO", "kernel",
            "Linux version 5.10.0-26-amd64 (debian-kernel@lists.debian.org) (gcc-10 (Debian 10.2.1-6) 10.2.1 "
            "20210110, GNU ld (GNU Binutils for Debian) 2.35.2) #1 SMP Debian 5.10.197-1 (2023-09-29)");
        break;
    case Tpl::KThrottle:
        line(out, "WARN", "kernel",
            format("CPU%d: Core temperature above threshold, cpu clock throttled (total events = %d)",
                int(r.uniformInt(0, c.host.cores - 1)), c.throttleEvents += int(r.uniformInt(5, 400))));
        break;
    case Tpl::KThrottleNormal:
        line(out, "INFO", "kernel",
            format("CPU%d: Core temperature/speed normal", int(r.uniformInt(0, c.host.cores - 1))));
        break;
    case Tpl::KLinkDown:
        line(out, "WARN", "kernel", "ixgbe 0000:3b:00.0 eth0: NIC Link is Down");
        line(out, "WARN", "kernel", "bond0: link status definitely down for interface eth0, disabling it");
        break;
    case Tpl::KLinkUp:
        line(out, "INFO", "kernel", "ixgbe 0000:3b:00.0 eth0: NIC Link is Up 10 Gbps, Flow Control: RX/TX");
        line(out, "INFO", "kernel", "bond0: link status definitely up for interface eth0, 10000 Mbps full duplex");
        break;
    case Tpl::KOomKill: {
        const int pid = int(r.uniformInt(2000, 65000));
        const qint64 rss = qint64(c.host.memoryGiB * 0.9 * 1048576);
        line(out, "ERROR", "kernel",
            format("Out of memory: Killed process %d (java) total-vm:%lldkB, anon-rss:%lldkB, file-rss:0kB, "
                   "shmem-rss:0kB, UID:%d pgtables:%lldkB oom_score_adj:0",
                pid, rss + rss / 3, rss, int(r.uniformInt(1000, 1100)), rss / 500));
        break;
    }
    case Tpl::SshAccepted:
        line(out, "INFO", "sshd",
            format("Accepted publickey for %s from 10.0.%d.%d port %d ssh2: RSA SHA256:%016llx", r.pick(kAdmins),
                int(r.uniformInt(0, 3)), int(r.uniformInt(2, 254)), int(r.uniformInt(30000, 60999)),
                (unsigned long long)r.next()));
        break;
    case Tpl::SshSessionOpened:
        line(out, "INFO", "sshd",
            format("pam_unix(sshd:session): session opened for user %s by (uid=0)", r.pick(kAdmins)));
        break;
    case Tpl::SshSessionClosed:
        line(out, "INFO", "sshd", format("pam_unix(sshd:session): session closed for user %s", r.pick(kAdmins)));
        break;
    case Tpl::SshFailedPassword:
        line(out, "WARN", "sshd",
            format("Failed password for invalid user %s from %d.%d.%d.%d port %d ssh2", r.pick(kInvalidUsers),
                int(r.uniformInt(45, 220)), int(r.uniformInt(0, 255)), int(r.uniformInt(0, 255)),
                int(r.uniformInt(1, 254)), int(r.uniformInt(30000, 60999))));
        break;
    case Tpl::SshDisconnected:
        line(out, "INFO", "sshd",
            format("Disconnected from user %s 10.0.%d.%d port %d", r.pick(kAdmins), int(r.uniformInt(0, 3)),
                int(r.uniformInt(2, 254)), int(r.uniformInt(30000, 60999))));
        break;
    }
}

} // namespace Opsight::Core::Sim
