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

// What shows the alerts a rule mutes: their panels, laid out as an incident's, the
// time around them, and how many of their series the panels hold (a host-wide or
// metric-wide rule can mute more than a plot shows).
struct MutedAlertsView
{
    QStringList selectors;
    Core::Timestamp from = 0, to = 0;
    qint64 series = 0; // muted series
    qint64 shown = 0;  // of them, in the panels
};
MutedAlertsView mutedAlertsView(std::vector<const AlertRecord *> muted, int maxPanels, int maxSeriesPerPanel);

} // namespace Opsight::Views
