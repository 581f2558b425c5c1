// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmaprenderer.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace Opsight::Views {

namespace {
void fill(QImage &image, QRect r, QRgb rgb)
{
    r = r.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line + r.left(), line + r.right() + 1, rgb);
    }
}

void outline(QImage &image, QRect r, QRgb rgb)
{
    r = r.intersected(image.rect());
    if (r.isEmpty())
        return;
    fill(image, QRect(r.left(), r.top(), r.width(), 1), rgb);
    fill(image, QRect(r.left(), r.bottom(), r.width(), 1), rgb);
    fill(image, QRect(r.left(), r.top(), 1, r.height()), rgb);
    fill(image, QRect(r.right(), r.top(), 1, r.height()), rgb);
}

QRect scaled(QRect r, qreal dpr)
{
    if (dpr == 1.0)
        return r;
    return QRect(int(r.x() * dpr), int(r.y() * dpr), std::max(1, int(r.width() * dpr)), std::max(1, int(r.height() * dpr)));
}
} // namespace

QImage FleetMapRenderer::render(const FleetMapLayout &layout, const FleetMapColouring &colouring,
                                const std::vector<char> &marked, const QPalette &palette, const QFont &font,
                                qreal devicePixelRatio)
{
    const QSize size = layout.size();
    QImage image(size * devicePixelRatio, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));

    const QRgb mark = palette.color(QPalette::Text).rgb();
    const QRgb halo = palette.color(QPalette::Base).rgb();
    // Section by section: each unit's place is its index in the section's grid.
    const auto &units = layout.units();
    const int pitch = layout.pitch(), cell = layout.cellSize();
    for (const FleetMapLayout::Section &s : layout.sections()) {
        for (int i = 0; i < s.count; ++i) {
            const size_t u = size_t(s.first + i);
            const QRect r = scaled(QRect(s.origin.x() + (i % s.columns) * pitch, s.origin.y() + (i / s.columns) * pitch, cell, cell),
                                   devicePixelRatio);
            fill(image, r, colouring.rgb(colouring.unitValue(units[u])));
            if (!marked.empty() && marked[u]) {
                // Small cells cannot hold an outline: a match turns into the mark colour.
                if (r.width() < 5) {
                    fill(image, r, mark);
                } else {
                    outline(image, r, mark);
                    outline(image, r.adjusted(1, 1, -1, -1), halo);
                }
            }
        }
    }

    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Text));
    const QFontMetrics metrics(font);
    for (const FleetMapLayout::Section &s : layout.sections()) {
        if (s.title.isEmpty())
            continue;
        const QRect title(s.frame.left(), s.frame.top(), s.frame.width(), FleetMapLayout::kHeader);
        painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(s.title, Qt::ElideRight, title.width()));
    }
    return image;
}

} // namespace Opsight::Views
