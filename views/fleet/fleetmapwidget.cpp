// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmapwidget.h"

#include "common/severity.h"
#include "fleet/fleetmaprenderer.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QThread>
#include <QToolTip>

namespace Opsight::Views {

FleetMapWidget::FleetMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fleet.map"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // the image covers every pixel
    setMinimumSize(200, 150);
}

void FleetMapWidget::setHosts(std::vector<Core::HostRecord> hosts)
{
    m_hosts = std::move(hosts);
    m_keep.clear();
    m_health.clear();
    m_colouring.setValues(ColourBy::Health, {});
    m_scope = {};
    setSearch(m_search); // recounts matches for the new hosts
    regroup();
}

void FleetMapWidget::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_scope = {};
    regroup();
}

void FleetMapWidget::setFilter(std::vector<bool> keep)
{
    m_keep = std::move(keep);
    m_scope = {};
    regroup();
}

void FleetMapWidget::regroup()
{
    ++m_generation;
    m_cache.clear();
    m_hierarchy = FleetHierarchy::build(m_hosts, m_grouping, m_keep);
    m_colouring.aggregate(m_hierarchy);
    m_hovered = -1;
    relayout();
    Q_EMIT scopeChanged(m_scope);
}

std::vector<Core::HostHealth> FleetMapWidget::setValues(ColourBy mode, std::vector<double> values,
                                                        std::vector<Core::HostHealth> health, const QString &metric)
{
    Q_ASSERT(QThread::currentThread() == thread());
    std::swap(m_health, health);
    m_metric = metric;
    m_colouring.setValues(mode, std::move(values));
    m_colouring.aggregate(m_hierarchy);
    ++m_generation;
    m_cache.clear();
    // A new time step keeps the layout: the old image stays up while a worker
    // paints the new colours (100,000 cells cost the GUI thread 8-20 ms).
    if (!m_layoutDirty && !m_imageDirty && !m_image.isNull())
        renderOnWorker();
    else
        invalidateImage();
    return health;
}

void FleetMapWidget::setSearch(const QString &text)
{
    m_search = text.trimmed();
    m_hostMatches.assign(m_hosts.size(), 0);
    m_matches = 0;
    if (!m_search.isEmpty()) {
        for (size_t i = 0; i < m_hosts.size(); ++i) {
            if (m_hosts[i].name.contains(m_search, Qt::CaseInsensitive)) {
                m_hostMatches[i] = 1;
                ++m_matches;
            }
        }
    }
    ++m_generation;
    m_cache.clear();
    invalidateImage();
}

void FleetMapWidget::setScope(FleetScope scope)
{
    zoomTo(scope);
}

void FleetMapWidget::zoomTo(FleetScope scope)
{
    if (scope == m_scope)
        return;
    // Keep the scope left (the fleet, a cluster) to come back to without
    // re-rendering its cells: zooming out of a rack is then one image swap.
    if (!m_layoutDirty && !m_imageDirty && !m_imageStale) {
        std::erase_if(m_cache, [&](const CachedScope &c) { return c.scope == m_scope; });
        m_cache.push_back({m_scope, m_generation, m_layout, m_image});
        if (m_cache.size() > 3)
            m_cache.erase(m_cache.begin());
    }
    m_scope = scope;
    m_hovered = -1;
    const auto cached = std::find_if(m_cache.begin(), m_cache.end(), [&](const CachedScope &c) {
        return c.scope == scope && c.generation == m_generation && c.layout.size() == size();
    });
    if (cached != m_cache.end()) {
        m_layout = cached->layout;
        m_image = cached->image;
        m_layoutDirty = m_imageDirty = m_imageStale = false;
        update();
    } else {
        relayout();
    }
    QToolTip::hideText();
    Q_EMIT scopeChanged(m_scope);
}

void FleetMapWidget::relayout()
{
    m_layoutDirty = true;
    invalidateImage();
}

void FleetMapWidget::invalidateImage()
{
    m_render.cancel();
    m_imageDirty = true;
    m_imageStale = false;
    update();
}

std::vector<char> FleetMapWidget::markedUnits() const
{
    std::vector<char> marked;
    if (m_matches > 0) {
        marked.assign(m_layout.units().size(), 0);
        for (size_t host = 0; host < m_hostMatches.size(); ++host)
            if (m_hostMatches[host])
                if (const int unit = m_layout.unitOfHost(int(host)); unit >= 0)
                    marked[size_t(unit)] = 1;
    }
    return marked;
}

QImage FleetMapWidget::render() const
{
    return FleetMapRenderer::render(m_layout, m_colouring, markedUnits(), palette(), font(), devicePixelRatioF());
}

void FleetMapWidget::renderOnWorker()
{
    // The worker gets its own copies (values, layout: a few MB at 100,000 hosts);
    // QImage and QPainter work on any thread.
    m_imageStale = true;
    std::vector<char> marked = markedUnits();
    const quint64 generation = m_generation;
    m_render.start(
        this,
        [layout = m_layout, colouring = m_colouring, marked = std::move(marked), palette = palette(), font = font(),
         dpr = devicePixelRatioF()] { return FleetMapRenderer::render(layout, colouring, marked, palette, font, dpr); },
        [this, generation](QImage image) {
            if (generation != m_generation || !m_imageStale)
                return; // something newer rendered or relaid it out meanwhile
            m_image = std::move(image);
            m_imageStale = false;
            update();
        });
}

const FleetMapLayout &FleetMapWidget::layout()
{
    if (m_layoutDirty) {
        m_layout.build(m_hierarchy, m_scope, size());
        m_scope = m_layout.scope(); // a scope the hierarchy no longer has falls back to the fleet
        m_layoutDirty = false;
    }
    return m_layout;
}

void FleetMapWidget::ensureImage()
{
    layout();
    if (!m_imageDirty && m_image.size() == size() * devicePixelRatioF())
        return; // current, or stale while a worker renders the new colours
    QElapsedTimer timer;
    timer.start();
    m_render.cancel();
    m_image = render();
    m_imageDirty = m_imageStale = false;
    m_lastRenderNs = timer.nsecsElapsed();
}

QImage FleetMapWidget::renderedImage()
{
    if (m_imageStale)
        m_imageDirty = true; // tests want the colours set last
    ensureImage();
    return m_image;
}

void FleetMapWidget::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    ensureImage();
    QPainter painter(this);
    painter.drawImage(0, 0, m_image);
    if (m_hovered >= 0) {
        const QRect r = m_layout.unitRect(m_hovered).adjusted(-1, -1, 0, 0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
    }
    if (m_hierarchy.hostCount == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         m_hosts.empty() ? tr("No hosts in this warehouse.") : tr("No host matches the filter."));
    }
    m_lastPaintNs = timer.nsecsElapsed();
}

void FleetMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    ++m_generation;
    m_hovered = -1;
    relayout();
}

void FleetMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int unit = layout().unitAt(event->position().toPoint());
    if (unit == m_hovered)
        return;
    // Only the outlines change: repaint the two cells, not the map.
    if (m_hovered >= 0)
        update(m_layout.unitRect(m_hovered).adjusted(-2, -2, 2, 2));
    m_hovered = unit;
    if (unit >= 0)
        update(m_layout.unitRect(unit).adjusted(-2, -2, 2, 2));
    // A tooltip already up follows the pointer from cell to cell; otherwise Qt's
    // ToolTip event (after the usual delay) shows it, see event().
    if (QToolTip::isVisible()) {
        if (unit >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(unit), this, m_layout.unitRect(unit));
        else
            QToolTip::hideText();
    }
}

void FleetMapWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::RightButton) {
        zoomTo(layout().zoomedOut());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    const int unit = layout().unitAt(event->position().toPoint());
    if (unit >= 0 && m_layout.units()[size_t(unit)].kind == Detail::Host) {
        Q_EMIT hostActivated(m_layout.units()[size_t(unit)].index);
        return;
    }
    if (unit >= 0)
        zoomTo(m_layout.zoomedInto(unit));
}

void FleetMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint p = event->position().toPoint();
    const int unit = layout().unitAt(p);
    if (unit >= 0 && m_layout.units()[size_t(unit)].kind == Detail::Host)
        return; // the press already opened it
    if (unit < 0)
        zoomTo(m_layout.zoomedIntoSection(m_layout.sectionAt(p))); // a section's title
}

void FleetMapWidget::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    const QPoint p = event->position().toPoint();
    if (delta < 0) {
        zoomTo(layout().zoomedOut());
    } else {
        const int unit = layout().unitAt(p);
        zoomTo(unit >= 0 ? m_layout.zoomedInto(unit) : m_layout.zoomedIntoSection(m_layout.sectionAt(p)));
    }
    event->accept();
}

void FleetMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape || event->key() == Qt::Key_Minus) {
        zoomTo(layout().zoomedOut());
        return;
    }
    QWidget::keyPressEvent(event);
}

void FleetMapWidget::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0)
        update(m_layout.unitRect(m_hovered).adjusted(-2, -2, 2, 2));
    m_hovered = -1;
    QWidget::leaveEvent(event);
}

bool FleetMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int unit = layout().unitAt(help->pos());
        if (unit >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(unit), this, m_layout.unitRect(unit));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString FleetMapWidget::valueText(double value) const
{
    if (!std::isfinite(value))
        return tr("no data");
    if (m_colouring.mode() == ColourBy::Health)
        return tr("health %1/100").arg(QLocale().toString(value, 'f', 0));
    return tr("%1 %2").arg(m_metric, QLocale().toString(value, 'g', 4));
}

QString FleetMapWidget::toolTipFor(int unit)
{
    const FleetMapLayout &l = layout();
    if (unit < 0 || unit >= int(l.units().size()))
        return {};
    const FleetMapLayout::Unit &u = l.units()[size_t(unit)];
    return u.kind == Detail::Host ? hostToolTip(u.index) : groupToolTip(u.kind, u.index);
}

QString FleetMapWidget::hostToolTip(int host) const
{
    const Core::HostRecord &h = m_hosts[size_t(host)];
    QStringList lines{QStringLiteral("<b>%1</b>").arg(h.name.toHtmlEscaped())};
    lines << tr("cluster %1 · rack %2 · role %3 · %4")
                 .arg(h.cluster.toHtmlEscaped(), h.rack.toHtmlEscaped(), h.role.toHtmlEscaped(), h.hardwareModel.toHtmlEscaped());
    lines << valueText(m_colouring.hostValue(host));
    if (m_colouring.mode() == ColourBy::Metric)
        lines << tr("scale %1 to %2 (2nd to 98th percentile of the fleet)")
                     .arg(QLocale().toString(m_colouring.low(), 'g', 4), QLocale().toString(m_colouring.high(), 'g', 4));
    if (size_t(host) < m_health.size()) {
        const Core::HostHealth &health = m_health[size_t(host)];
        if (m_colouring.mode() == ColourBy::Metric)
            lines << tr("health %1/100").arg(QLocale().toString(health.score, 'f', 0));
        int shown = 0;
        for (const Core::HealthItem &item : health.contributors) {
            if (shown == 4 || item.penalty < 0.5)
                break; // largest first: the rest take off nothing visible
            lines << tr("−%1: %2 (%3)").arg(QLocale().toString(item.penalty, 'f', 0), item.title.toHtmlEscaped(),
                                            Severity::label(item.severity));
            ++shown;
        }
        if (shown == 0)
            lines << tr("nothing lowers its health");
    }
    lines << tr("<i>Click to open the host</i>");
    return lines.join(QStringLiteral("<br>"));
}

QString FleetMapWidget::groupToolTip(Detail kind, int index) const
{
    const bool inner = kind == Detail::Inner;
    const QString name = inner ? m_hierarchy.inners[size_t(index)].name : m_hierarchy.outers[size_t(index)].name;
    const GroupValue &g = inner ? m_colouring.inner(index) : m_colouring.outer(index);
    QStringList lines{QStringLiteral("<b>%1 %2</b>")
                          .arg(inner ? FleetHierarchy::innerLabel(m_grouping) : FleetHierarchy::outerLabel(m_grouping),
                               name.toHtmlEscaped())};
    lines << tr("%n host(s)", nullptr, g.hosts);
    if (m_colouring.mode() == ColourBy::Health) {
        lines << tr("coloured by its worst host: %1").arg(valueText(g.worst));
        lines << tr("mean health %1, %n host(s) below 60", nullptr, g.unhealthy).arg(QLocale().toString(g.mean, 'f', 1));
    } else {
        lines << tr("coloured by the mean: %1").arg(valueText(g.mean));
        lines << tr("highest: %1").arg(valueText(g.worst));
    }
    if (g.worstHost >= 0) {
        lines << tr("worst host: %1").arg(m_hosts[size_t(g.worstHost)].name.toHtmlEscaped());
        if (size_t(g.worstHost) < m_health.size() && !m_health[size_t(g.worstHost)].contributors.empty())
            lines << tr("its worst problem: %1").arg(m_health[size_t(g.worstHost)].contributors.front().title.toHtmlEscaped());
    }
    if (m_matches > 0) {
        int matches = 0;
        const auto count = [&](const std::vector<int> &hosts) {
            for (const int h : hosts)
                matches += m_hostMatches[size_t(h)];
        };
        if (inner)
            count(m_hierarchy.inners[size_t(index)].hosts);
        else
            for (const int i : m_hierarchy.outers[size_t(index)].inners)
                count(m_hierarchy.inners[size_t(i)].hosts);
        lines << tr("%n host(s) match the search", nullptr, matches);
    }
    lines << tr("<i>Click to zoom in</i>");
    return lines.join(QStringLiteral("<br>"));
}

QString FleetMapWidget::scopeTitle() const
{
    if (m_scope.isFleet())
        return tr("Fleet");
    const QString outer = m_hierarchy.outers[size_t(m_scope.outer)].name;
    if (!m_scope.isInner())
        return tr("Fleet › %1 %2").arg(FleetHierarchy::outerLabel(m_grouping), outer);
    return tr("Fleet › %1 %2 › %3 %4")
        .arg(FleetHierarchy::outerLabel(m_grouping), outer, FleetHierarchy::innerLabel(m_grouping),
             m_hierarchy.inners[size_t(m_scope.inner)].name);
}

} // namespace Opsight::Views
