// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/types.h"

#include <QString>
#include <string>
#include <vector>

namespace Opsight::Core {
struct SimulationSpec;
}

namespace Opsight::Core::Sim {

enum class Role { Master, Worker, Gateway };

struct SimHost
{
    int index = 0; // fleet-wide, 0-based: the stable id that seeds its streams
    int cluster = 0; // 0-based
    int rack = 0; // 0-based within the cluster
    int slot = 0; // 1-based within the rack
    int number = 0; // 1-based within the cluster (the hNNN of the name)
    Role role = Role::Worker;
    QString name; // c1-r03-h017
    QString clusterName;
    QString rackName;
    QString service; // hdfs, yarn, zookeeper (masters), yarn (workers), spark (gateways)
    QString hardwareModel;
    QString diskModel; // model of the data disks, for SMART records
    QString ip;
    int cores = 0; // logical CPUs
    double memoryGiB = 0;
    int dataDisks = 0; // /data/1 .. /data/N
    double ambientCelsius = 22; // inlet temperature of the rack
    std::string labelHost, labelCluster, labelRack, labelRole; // UTF-8 for series labels
};

struct SimCluster
{
    QString name;
    int firstHost = 0; // index into Topology::hosts
    int hostCount = 0;
    int racks = 0;
    std::vector<int> workers; // host indices, in host order
    std::vector<int> masters;
    std::vector<int> gateways;
};

struct Topology
{
    std::vector<SimCluster> clusters;
    std::vector<SimHost> hosts;
    int rackSize = 20;
};

QString roleName(Role role);

// Clusters of up to 2000 hosts (at least two once the fleet has 24 hosts, so
// there is a cross-cluster comparison), racks of ~20 hosts (~10 in small fleets),
// a few masters and gateways per cluster, the rest workers.
Topology buildTopology(const SimulationSpec &spec);
HostRecord hostRecord(const SimHost &host);

} // namespace Opsight::Core::Sim
