// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrecord.h"

#include "common/jobboundary.h"
#include "warehouse/warehouse.h"

#include <QDateTime>

namespace Opsight::Views {

AlertLoad loadAlerts(const QString &path, Core::Timestamp from, Core::Timestamp to)
{
    AlertLoad load;
    Core::runAtJobBoundary(load, [&] {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
        readAlerts(*warehouse, from, to, load);
    });
    return load;
}

void readAlerts(Core::Warehouse &warehouse, Core::Timestamp from, Core::Timestamp to, AlertLoad &load)
{
    Core::AlertStore store(warehouse.db());
    load.silences = store.silences(true, 0);
    load.alerts = Core::readStoredAlerts(warehouse.db(), from, to, load.silences);
    // A rule in force that matches no series mutes nothing: the list says so.
    load.matchedSeries = store.matchedSeries(load.silences, QDateTime::currentMSecsSinceEpoch());
    load.placements = Core::hostPlacements(warehouse.db());
}

} // namespace Opsight::Views
