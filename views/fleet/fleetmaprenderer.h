// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleetmapcolouring.h"
#include "fleet/fleetmaplayout.h"

#include <QFont>
#include <QImage>
#include <QPalette>

#include <vector>

namespace Opsight::Views {

// Paints a laid-out map into an image: section titles with QPainter, cells as
// direct scanline fills (100,000 QPainter::fillRect calls would cost tens of
// milliseconds; writing the pixels costs about one). The widget paints this image
// and only draws the hover outline on top, so hovering never re-renders cells.
struct FleetMapRenderer
{
    // `marked`: per unit, outlined as a search match (empty: none).
    static QImage render(const FleetMapLayout &layout, const FleetMapColouring &colouring,
                         const std::vector<char> &marked, const QPalette &palette, const QFont &font,
                         qreal devicePixelRatio = 1.0);
};

} // namespace Opsight::Views
