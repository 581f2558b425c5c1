// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleethierarchy.h"
#include "fleet/fleetmapcolouring.h"
#include "fleet/fleetmaplayout.h"
#include "common/latestload.h"
#include "fleet/healthscore.h"

#include <QImage>
#include <QWidget>

namespace Opsight::Views {

// The fleet map: every host (or, when they are too many to point at, every rack
// or cluster) as a square cell coloured by health or by a metric. Paints one
// cached image (FleetMapRenderer) and the hover outline over it; hit tests are
// arithmetic on the layout. Click a host to open it, click or double-click a
// group to zoom into it, wheel to zoom in and out, Backspace or right-click to
// go back out. GUI thread only; the data comes in by value from the view.
class FleetMapWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit FleetMapWidget(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FleetMapWidget)

    // A new host list (a new warehouse): regroups and returns to the fleet scope.
    void setHosts(std::vector<Core::HostRecord> hosts);
    void setGrouping(Grouping grouping);
    void setFilter(std::vector<bool> keep); // per host; empty: all
    // Health per host (scores and what lowers them) and, when colouring by a
    // metric, its value per host; both aligned with the host list. Returns the
    // health it held, for the caller to free off the GUI thread.
    std::vector<Core::HostHealth> setValues(ColourBy mode, std::vector<double> values, std::vector<Core::HostHealth> health,
                                            const QString &metric = {});
    void setSearch(const QString &text);
    void setScope(FleetScope scope);

    const std::vector<Core::HostRecord> &hosts() const { return m_hosts; }
    const FleetHierarchy &hierarchy() const { return m_hierarchy; }
    const FleetMapLayout &layout(); // laid out for the current size
    const FleetMapColouring &colouring() const { return m_colouring; }
    FleetScope scope() const { return m_scope; }
    int hoveredUnit() const { return m_hovered; }
    int matchCount() const { return m_matches; }
    // Why a cell has its colour, as its tooltip says it.
    QString toolTipFor(int unit);
    QString scopeTitle() const;
    QImage renderedImage(); // the map image with the latest colours, rendered now if need be (tests)
    const QImage &currentImage() const { return m_image; } // as painted
    bool isRendering() const { return m_imageStale; }

    // The last paint, and the last render of the map image on the GUI thread, in ns.
    qint64 lastPaintNs() const { return m_lastPaintNs; }
    qint64 lastRenderNs() const { return m_lastRenderNs; }

    QSize sizeHint() const override { return {900, 600}; }

Q_SIGNALS:
    void hostActivated(int host);
    void scopeChanged(Opsight::Views::FleetScope scope);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void regroup();
    void relayout();
    void invalidateImage();
    void ensureImage();
    std::vector<char> markedUnits() const; // per unit of the layout: shows a search match
    QImage render() const;
    void renderOnWorker();
    void zoomTo(FleetScope scope);
    QString hostToolTip(int host) const;
    QString groupToolTip(Detail kind, int index) const;
    QString valueText(double value) const;

    std::vector<Core::HostRecord> m_hosts;
    std::vector<bool> m_keep;
    Grouping m_grouping = Grouping::ClusterRack;
    FleetHierarchy m_hierarchy;
    FleetScope m_scope;
    FleetMapLayout m_layout;
    bool m_layoutDirty = true;
    FleetMapColouring m_colouring;
    std::vector<Core::HostHealth> m_health;
    QString m_metric;
    QString m_search;
    std::vector<char> m_hostMatches; // per host
    int m_matches = 0;
    QImage m_image;
    bool m_imageDirty = true;  // m_image must be rendered before it is painted
    bool m_imageStale = false; // m_image has old colours; a worker renders the new ones
    // Every change of hosts, grouping, filter, values, search or size: what a
    // cached scope image is valid for.
    quint64 m_generation = 0;
    struct CachedScope
    {
        FleetScope scope;
        quint64 generation = 0;
        FleetMapLayout layout;
        QImage image;
    };
    std::vector<CachedScope> m_cache; // the scopes zoomed out of, to come back instantly
    int m_hovered = -1;
    qint64 m_lastPaintNs = 0;
    qint64 m_lastRenderNs = 0;
    LatestLoad m_render; // last: waits for its worker before the rest goes
};

} // namespace Opsight::Views

Q_DECLARE_METATYPE(Opsight::Views::FleetScope)
