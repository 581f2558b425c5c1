// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include <QStringList>

#include <vector>

namespace Opsight::Views {

// The panels that show an alert (the first of `related`) with the rest of its
// incident: one per series, the alert's first, but the same series on several
// hosts (a rack's incident) shares one panel, `metric{host=~"h1|h2"}`, so the
// hosts compare line by line: the alert's host and the next ones, up to the
// series a panel reads. At most `maxPanels`.
QStringList incidentSelectors(const std::vector<const AlertRecord *> &related, int maxPanels, int maxSeriesPerPanel);

} // namespace Opsight::Views
