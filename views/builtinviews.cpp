// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinviews.h"

#include "overview/overviewview.h"

namespace Opsight::Views {

ViewRegistry builtinViews()
{
    ViewRegistry registry;
    registry.add(OverviewView::descriptor());
    return registry;
}

} // namespace Opsight::Views
