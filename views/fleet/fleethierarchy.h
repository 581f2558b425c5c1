// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/types.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Opsight::Views {

// How the fleet map groups hosts: an outer level (the sections of the fleet) and
// an inner one (the blocks inside a section).
enum class Grouping { ClusterRack, RoleHardware, ClusterRole };

// Hosts grouped two levels deep, by index into the host list the map was given.
// Built once per host list, grouping and filter (not per time step), so that the
// map's layout and colouring are passes over plain index vectors.
struct FleetHierarchy
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Views::FleetHierarchy)
public:
    struct Inner
    {
        QString name;
        int outer = 0;
        std::vector<int> hosts; // in the order given (by name)
    };
    struct Outer
    {
        QString name;
        std::vector<int> inners;
        int hosts = 0;
    };

    Grouping grouping = Grouping::ClusterRack;
    std::vector<Outer> outers;  // in natural order of the names ("c2" before "c10")
    std::vector<Inner> inners;  // grouped by outer, each outer's in natural order
    std::vector<int> innerOf;   // per host; -1 when the filter left it out
    int hostCount = 0;          // hosts kept

    // `keep` (one flag per host, or empty for all) is the label filter.
    static FleetHierarchy build(const std::vector<Core::HostRecord> &hosts, Grouping grouping,
                                const std::vector<bool> &keep = {});

    int outerOfHost(int host) const { return innerOf[size_t(host)] < 0 ? -1 : inners[size_t(innerOf[size_t(host)])].outer; }
    int findOuter(const QString &name) const;
    int findInner(const QString &name) const;

    // The names of the levels, for titles and tooltips ("cluster", "rack").
    static QString outerLabel(Grouping grouping);
    static QString innerLabel(Grouping grouping);
};

} // namespace Opsight::Views
