// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinviews.h"

#include "fleet/fleetview.h"
#include "host/hostview.h"
#include "logs/logview.h"
#include "overview/overviewview.h"
#include "timeline/timelineview.h"

namespace Opsight::Views {

ViewRegistry builtinViews()
{
    ViewRegistry registry;
    registry.add(OverviewView::descriptor());
    registry.add(TimelineView::descriptor());
    registry.add(FleetView::descriptor());
    registry.add(HostView::descriptor());
    registry.add(LogView::descriptor());
    return registry;
}

} // namespace Opsight::Views
