// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackspread.h"

#include <algorithm>

namespace Opsight::Core {

std::string rackOf(const SeriesKey &series)
{
    const std::string *rack = series.label("rack");
    if (!rack)
        return {};
    const std::string *cluster = series.label("cluster");
    return cluster ? *cluster + '/' + *rack : *rack;
}

RackSpread::RackSpread(const RackSizes *fleet, double maxShare, int minRacks)
    : m_fleet(fleet)
    , m_maxShare(maxShare)
    , m_judged(fleet && int(fleet->size()) >= minRacks)
{
    if (m_fleet)
        for (const auto &[rack, hosts] : *m_fleet)
            m_fleetHosts += hosts;
}

void RackSpread::enter(const std::string &host, const std::string &rack)
{
    Host &h = m_hosts[host];
    if (h.alerts++ > 0)
        return;
    h.rack = rack;
    if (!rack.empty()) {
        ++m_racks[rack];
        ++m_racked;
    }
}

void RackSpread::leave(const std::string &host)
{
    const auto it = m_hosts.find(host);
    if (it == m_hosts.end() || --it->second.alerts > 0)
        return;
    if (const std::string &rack = it->second.rack; !rack.empty()) {
        if (--m_racks[rack] == 0)
            m_racks.erase(rack);
        --m_racked;
    }
    m_hosts.erase(it);
}

bool RackSpread::heldByOneRack() const
{
    if (!m_judged || m_racked == 0 || m_fleetHosts == 0)
        return false;
    for (const auto &[rack, hosts] : m_racks) {
        const auto size = m_fleet->find(rack);
        const double fleetShare = size == m_fleet->end() ? 0.0 : double(size->second) / double(m_fleetHosts);
        if (double(hosts) > std::max(m_maxShare, 2.0 * fleetShare) * double(m_racked))
            return true;
    }
    return false;
}

} // namespace Opsight::Core
