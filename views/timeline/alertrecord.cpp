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
        load.silences = Core::AlertStore(warehouse->db()).silences(true, 0);
        load.alerts = Core::readStoredAlerts(warehouse->db(), from, to, load.silences);
        // A rule in force that matches no series mutes nothing: the list says so.
        load.matchedSeries = Core::AlertStore(warehouse->db()).matchedSeries(load.silences, QDateTime::currentMSecsSinceEpoch());
    });
    return load;
}

} // namespace Opsight::Views
