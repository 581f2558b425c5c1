// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace Opsight::Core {

// Something that lowers a host's health: an alert, an incident, a hardware
// event, a peer-group deviation.
struct HealthItem
{
    QString kind;          // alert, incident, hardware, outlier
    QString severity;      // info, warning, error, critical
    Timestamp time = 0;
    Timestamp endTime = 0; // 0: still open
    QString title;
    double penalty = 0;    // filled by hostHealth: points taken off, after decay
    // Items with the same non-empty key are one problem reported repeatedly (SMART
    // readings of one disk): only the heaviest counts.
    QString key;
};

struct HealthPolicy
{
    // Points an open item of each severity takes off 100.
    double critical = 40, error = 20, warning = 8, info = 0;
    // Closed items fade: half their weight per half-life since they ended.
    Timestamp halfLife = 6 * kHour;
    // Items older than this (since they ended) no longer count.
    Timestamp horizon = 3 * kDay;
};

struct HostHealth
{
    std::string host;
    double score = 100;                  // 0..100
    std::vector<HealthItem> contributors; // by penalty, largest first
};

// score = 100 x prod(1 - penalty_i / 100) over distinct problems (see key): each takes its share of what the
// others left, so scores stay in (0, 100] and many small items add up without
// one critical item being drowned. penalty_i = weight(severity) while open,
// weight x 0.5^(time since it ended / half-life) after, 0 past the horizon.
HostHealth hostHealth(const std::string &host, std::vector<HealthItem> items, Timestamp now,
                      const HealthPolicy &policy = {});

struct GroupHealth
{
    std::string group;      // a rack, cluster or role
    int hosts = 0;
    double mean = 100;
    double worst = 100;
    int unhealthy = 0;      // hosts below 60
    std::string worstHost;
};

// Rolls host scores up to groups (host -> group); sorted worst mean first.
std::vector<GroupHealth> rollUp(const std::vector<HostHealth> &hosts, const std::map<std::string, std::string> &groupOf);

} // namespace Opsight::Core
