// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology.h"

#include "simrandom.h"
#include "simulator.h"

#include <algorithm>

namespace Opsight::Core::Sim {

namespace {

struct Model
{
    const char *name;
    int cores;
    double memoryGiB;
    int dataDisks;
    const char *diskModel;
};

// Worker generations differ per rack, as fleets are bought rack by rack.
constexpr Model kWorkerModels[] = {
    { "Dell PowerEdge R730xd", 48, 256, 12, "ST4000NM0035" },
    { "Dell PowerEdge R740xd", 96, 384, 12, "ST8000NM0055" },
    { "Inspur NF5280M6", 128, 512, 12, "HGST HUH721008ALE600" },
};
constexpr double kWorkerModelWeights[] = { 0.25, 0.55, 0.20 };
constexpr Model kMasterModel = { "Dell PowerEdge R640", 64, 512, 2, "MZ7LH960HAJR" };
constexpr Model kGatewayModel = { "HPE ProLiant DL360 Gen10", 32, 192, 2, "MZ7LH480HAJR" };

int clusterCount(int hosts)
{
    const int byCapacity = (hosts + 1999) / 2000;
    return std::max(byCapacity, hosts >= 24 ? 2 : 1);
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Master:
        return QStringLiteral("master");
    case Role::Gateway:
        return QStringLiteral("gateway");
    case Role::Worker:
        break;
    }
    return QStringLiteral("worker");
}

Topology buildTopology(const SimulationSpec &spec)
{
    Topology topology;
    const int total = std::max(1, spec.hosts);
    topology.rackSize = total < 200 ? 10 : 20;
    const int clusters = clusterCount(total);
    topology.hosts.reserve(size_t(total));
    topology.clusters.reserve(size_t(clusters));

    int next = 0;
    for (int c = 0; c < clusters; ++c) {
        SimCluster cluster;
        cluster.name = QStringLiteral("c%1").arg(c + 1);
        cluster.firstHost = next;
        cluster.hostCount = total / clusters + (c < total % clusters ? 1 : 0);
        cluster.racks = (cluster.hostCount + topology.rackSize - 1) / topology.rackSize;
        const int n = cluster.hostCount;
        const int masters = n < 3 ? 0 : (n >= 200 ? 3 : (n >= 24 ? 2 : 1));
        const int gateways = n < 6 ? 0 : (n >= 200 ? 2 : 1);

        Rng rackRng(subSeed(spec.seed, "rack-models", quint64(c)));
        std::vector<const Model *> rackModel;
        std::vector<double> rackAmbient;
        const std::vector<double> weights(std::begin(kWorkerModelWeights), std::end(kWorkerModelWeights));
        for (int r = 0; r < cluster.racks; ++r) {
            rackModel.push_back(&kWorkerModels[rackRng.weighted(weights)]);
            rackAmbient.push_back(roundTo(rackRng.uniform(20.0, 27.0), 0.5));
        }

        std::vector<int> rackFill(size_t(cluster.racks), 0);
        for (int k = 0; k < n; ++k) {
            SimHost host;
            host.index = next;
            host.cluster = c;
            host.number = k + 1;
            // Contiguous racks, filled evenly: rack r gets hosts [r*n/racks, (r+1)*n/racks).
            host.rack = int(qint64(k) * cluster.racks / n);
            host.slot = ++rackFill[size_t(host.rack)];
            host.role = k < masters ? Role::Master : (k < masters + gateways ? Role::Gateway : Role::Worker);
            const Model &model = host.role == Role::Master
                ? kMasterModel
                : (host.role == Role::Gateway ? kGatewayModel : *rackModel[size_t(host.rack)]);
            host.clusterName = cluster.name;
            host.rackName = QStringLiteral("%1-r%2").arg(cluster.name).arg(host.rack + 1, 2, 10, QLatin1Char('0'));
            host.name = QStringLiteral("%1-h%2").arg(host.rackName).arg(host.number, 3, 10, QLatin1Char('0'));
            switch (host.role) {
            case Role::Master: {
                static const char *const services[] = { "hdfs", "yarn", "zookeeper" };
                host.service = QString::fromLatin1(services[k % 3]);
                cluster.masters.push_back(next);
                break;
            }
            case Role::Gateway:
                host.service = QStringLiteral("spark");
                cluster.gateways.push_back(next);
                break;
            case Role::Worker:
                host.service = QStringLiteral("yarn");
                cluster.workers.push_back(next);
                break;
            }
            host.hardwareModel = QString::fromLatin1(model.name);
            host.diskModel = QString::fromLatin1(model.diskModel);
            host.cores = model.cores;
            host.memoryGiB = model.memoryGiB;
            host.dataDisks = model.dataDisks;
            host.ambientCelsius = rackAmbient[size_t(host.rack)];
            host.ip = QStringLiteral("10.%1.%2.%3").arg(c + 1).arg(host.rack + 1).arg(host.slot + 10);
            host.labelHost = host.name.toStdString();
            host.labelCluster = host.clusterName.toStdString();
            host.labelRack = host.rackName.toStdString();
            host.labelRole = roleName(host.role).toStdString();
            topology.hosts.push_back(std::move(host));
            ++next;
        }
        topology.clusters.push_back(std::move(cluster));
    }
    return topology;
}

HostRecord hostRecord(const SimHost &host)
{
    HostRecord record;
    record.name = host.name;
    record.cluster = host.clusterName;
    record.rack = host.rackName;
    record.role = roleName(host.role);
    record.service = host.service;
    record.hardwareModel = host.hardwareModel;
    record.cores = host.cores;
    record.memoryGiB = host.memoryGiB;
    record.ip = host.ip;
    return record;
}

} // namespace Opsight::Core::Sim
