// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anomaly/storedalert.h"

#include <QString>

#include <map>
#include <vector>

namespace Opsight::Core {
class Warehouse;
}

namespace Opsight::Views {

using AlertRecord = Core::StoredAlert;

struct AlertLoad
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    std::vector<AlertRecord> alerts; // by start time
    std::vector<Core::Silence> silences; // every rule, expired ones included
    // By rule id, for the rules in force (active or to come) at the time of the
    // read: how many series of the warehouse each matches (0: a ghost, muting nothing).
    std::map<qint64, qint64> matchedSeries;
    std::map<std::string, Core::Labels> placements; // each host's groups, for rules by group
};

// The stored alerts overlapping [from, to) and every rule, on its own read-only
// connection; safe on any thread, never throws.
AlertLoad loadAlerts(const QString &path, Core::Timestamp from, Core::Timestamp to);
// The same on a warehouse already open, for a read that wants more from it; throws Core::Error.
void readAlerts(Core::Warehouse &warehouse, Core::Timestamp from, Core::Timestamp to, AlertLoad &load);

} // namespace Opsight::Views
