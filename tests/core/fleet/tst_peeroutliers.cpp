// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/peeroutliers.h"

#include <QTest>

#include <random>

using namespace Opsight::Core;

namespace {

// `n` hosts of a group around `centre` (one value per metric) with 5% noise.
std::vector<HostProfile> group(const std::string &name, const std::string &prefix, int n,
                               const std::vector<double> &centre, unsigned seed, bool named = true)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 0.05);
    std::vector<HostProfile> out;
    for (int i = 0; i < n; ++i) {
        HostProfile p{prefix + std::to_string(i), named ? name : std::string(), {}};
        for (double c : centre)
            p.values.push_back(c * (1 + noise(rng)));
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

class TestPeerOutliers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheHostThatDeviatesFromItsPeers()
    {
        // metrics: cpu, io util, read bytes
        auto fleet = group("datanode/gen2", "dn", 40, {40, 30, 5e7}, 1);
        auto masters = group("namenode/gen3", "nn", 6, {10, 5, 1e6}, 2);
        fleet.insert(fleet.end(), masters.begin(), masters.end());
        fleet[7].values = {40, 95, 1e6};  // degraded disk: io util pinned, reads collapsed
        fleet[12].values = {99, 31, 5e7}; // runaway process
        const auto outliers = findPeerOutliers(fleet, 3);
        QCOMPARE(outliers.size(), size_t(2));
        QCOMPARE(outliers[0].host, std::string("dn7")); // two metrics off beat one
        QCOMPARE(outliers[0].group, std::string("datanode/gen2"));
        QCOMPARE(outliers[0].drivers.size(), size_t(2));
        QVERIFY(outliers[0].drivers[0].metric == 1 || outliers[0].drivers[0].metric == 2);
        QCOMPARE(outliers[1].host, std::string("dn12"));
        QCOMPARE(outliers[1].drivers.front().metric, 0);
        QVERIFY(outliers[1].drivers.front().z > 0);
        // The masters are not outliers for behaving unlike the datanodes.
        for (const PeerOutlier &o : outliers)
            QVERIFY(o.group != "namenode/gen3");
    }

    void quietFleetHasNoOutliers()
    {
        const auto fleet = group("worker", "w", 200, {50, 20, 3e6, 70}, 3);
        QVERIFY(findPeerOutliers(fleet, 4).empty());
    }

    void groupsUnlabelledHostsByBehaviour()
    {
        auto fleet = group("", "a", 60, {80, 10}, 4, false);
        auto other = group("", "b", 60, {10, 80}, 5, false);
        fleet.insert(fleet.end(), other.begin(), other.end());
        assignProfileGroups(fleet, 2, 60);
        for (int i = 1; i < 60; ++i) {
            QCOMPARE(fleet[size_t(i)].group, fleet[0].group);
            QCOMPARE(fleet[size_t(60 + i)].group, fleet[60].group);
        }
        QVERIFY(fleet[0].group != fleet[60].group);
        // And an outlier within a found group is still found.
        fleet[5].values = {80, 60};
        for (HostProfile &p : fleet)
            p.group.clear();
        const auto outliers = findPeerOutliers(fleet, 2, {3.0, 5, 60});
        QVERIFY(!outliers.empty());
        QCOMPARE(outliers[0].host, std::string("a5"));
    }

    void missingValuesAndTinyGroups()
    {
        auto fleet = group("g", "h", 10, {5, 5}, 6);
        fleet[2].values = {std::nan(""), 50}; // one metric missing, the other far out
        fleet.push_back({"lonely", "solo", {1000, 1000}});
        const auto outliers = findPeerOutliers(fleet, 2);
        QCOMPARE(outliers.size(), size_t(1));
        QCOMPARE(outliers[0].host, std::string("h2"));
        QCOMPARE(outliers[0].drivers.size(), size_t(1));
        QCOMPARE(outliers[0].drivers[0].metric, 1);
    }

    void identicalPeersDoNotExplode()
    {
        auto fleet = group("g", "h", 20, {10, 10}, 7);
        for (HostProfile &p : fleet)
            p.values = {10, 10};
        fleet[3].values = {10.01, 10}; // a rounding difference is not an incident
        QVERIFY(findPeerOutliers(fleet, 2).empty());
    }
};

QTEST_GUILESS_MAIN(TestPeerOutliers)
#include "tst_peeroutliers.moc"
