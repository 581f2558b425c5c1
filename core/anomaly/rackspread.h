// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/types.h"

#include <map>
#include <string>

namespace Opsight::Core {

// The rack a host's series names, within its cluster when it names one (rack
// names may repeat across clusters); empty when it names none.
std::string rackOf(const SeriesKey &series);

// How a series' hosts sit in the fleet: hosts per rack (rackOf).
using RackSizes = std::map<std::string, int>;

// The hosts of a sliding window of alerts by rack, judged against how the
// fleet's hosts sit: many hosts moving at once are one rack's problem (a
// switch, a power feed) when one rack holds more than `maxShare` of the
// window's racked hosts and more than twice its own share of the fleet (a big
// rack holds more of an even wave). Judged only where the fleet's hosts span
// `minRacks` racks or more; hosts without a rack are counted but not judged.
class RackSpread final
{
public:
    RackSpread(const RackSizes *fleet, double maxShare, int minRacks);

    // An alert of `host` (in `rack`) enters or leaves the window.
    void enter(const std::string &host, const std::string &rack);
    void leave(const std::string &host);
    size_t hosts() const { return m_hosts.size(); } // distinct hosts in the window
    bool heldByOneRack() const; // one rack holds more of the window than it should (above)

private:
    struct Host
    {
        int alerts = 0;
        std::string rack; // as it entered: a relabelled host leaves the rack it joined
    };
    const RackSizes *m_fleet;
    int m_fleetHosts = 0;
    double m_maxShare;
    bool m_judged;
    std::map<std::string, Host> m_hosts;
    std::map<std::string, int> m_racks; // rack -> hosts in the window; racked hosts only
    int m_racked = 0;
};

} // namespace Opsight::Core
