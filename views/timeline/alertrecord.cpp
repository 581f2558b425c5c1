// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrecord.h"

#include "common/jobboundary.h"
#include "warehouse/warehouse.h"

namespace Opsight::Views {

AlertLoad loadAlerts(const QString &path, Core::Timestamp from, Core::Timestamp to)
{
    AlertLoad load;
    Core::runAtJobBoundary(load, [&] {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadOnly);
        load.silences = Core::AlertStore(warehouse->db()).silences(true, 0);
        load.alerts = Core::readStoredAlerts(warehouse->db(), from, to, load.silences);
    });
    return load;
}

} // namespace Opsight::Views
