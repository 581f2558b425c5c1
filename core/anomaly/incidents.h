// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertscan.h"

#include <vector>

namespace Opsight::Core {

// Related alerts become one incident, read once: alerts that are likely one
// problem seen several ways.
// - one entity: alerts of one host whose intervals overlap or lie within `gap`
//   of each other (a held level's tail left out: SeriesAlert::scoredEnd); for
//   series without a host, alerts of series with the same
//   labels (a queue's demand and usage, a service's latency and errors);
// - one rack: the same series (fleetWideKey) on several hosts of one rack (of
//   one cluster), each starting within `rackWindow` of another host's alert (a
//   switch, a power feed, or jobs placed together on the rack).
// The links chain: an incident is a connected group of two or more alerts.
struct IncidentPolicy
{
    Timestamp gap = 10 * kMinute;
    Timestamp rackWindow = 60 * kMinute;
};

struct Incident
{
    QString id;         // "<entity>@<first start>" (a rack's: "<cluster/rack>/<series>@<start>"), also in
                        // each member's SeriesAlert::incident
    QString entityKind; // host, rack, or labels
    QString entity;     // the host, the rack, or `{cluster="c1",queue="q1"}`
    std::vector<size_t> members; // indices into the alerts, by start
    int hosts = 0;      // distinct hosts among them
};

// Groups the alerts (silenced and fleet-wide ones stay apart), sets
// SeriesAlert::incident on the members and returns the incidents, by start.
std::vector<Incident> groupIncidents(std::vector<SeriesAlert> &alerts, const IncidentPolicy &policy = {});

// "5 related anomalies on 5 hosts of rack c1-r03", "2 related anomalies on h1", in
// the language of whoever reads it: stored with the incident, and made again
// from its alerts when they are read.
QString incidentTitle(const QString &entityKind, const QString &entity, int alerts, int hosts);

} // namespace Opsight::Core
