// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/viewregistry.h"

namespace Opsight::Views {

// The catalogue of views the console ships, in navigation order. Each view issue adds
// its one line here (Timeline, Logs, Fleet, Jobs, Healing, Quota, Search). Call it
// after the translators are installed: titles are translated on creation.
ViewRegistry builtinViews();

} // namespace Opsight::Views
