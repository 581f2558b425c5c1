// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleethierarchy.h"

#include <QPoint>
#include <QRect>
#include <QSize>

#include <vector>

namespace Opsight::Views {

// What the map shows: the whole fleet, one outer group (a cluster) or one inner
// group (a rack).
struct FleetScope
{
    int outer = -1; // -1: the fleet
    int inner = -1; // -1: all of the outer group
    bool isFleet() const { return outer < 0; }
    bool isInner() const { return inner >= 0; }
    bool operator==(const FleetScope &) const = default;
};

// What one cell of the map stands for: a host, an inner or an outer group.
enum class Detail { Host, Inner, Outer };

// The map's geometry, without widgets: sections (a titled block per group) laid
// out in shelves, each a grid of square cells of one pitch. The level of detail
// is the finest whose cells still get a usable pitch in the viewport, so 100,000
// hosts become racks (or clusters) at fleet scope and hosts again when zoomed in.
// Every query (hit test, a cell's rectangle) is arithmetic on that grid.
class FleetMapLayout final
{
public:
    static constexpr int kMargin = 6;
    static constexpr int kHeader = 16;      // a section's title row
    static constexpr int kSectionGap = 8;
    static constexpr int kMinSectionWidth = 56;
    static constexpr int kMinHostPitch = 5;   // below this a host cell cannot be pointed at
    static constexpr int kMinGroupPitch = 10;
    static constexpr int kMaxPitch = 56;

    struct Unit
    {
        Detail kind = Detail::Host;
        int index = 0; // host, inner or outer index in the hierarchy
    };
    struct Section
    {
        QString title;
        Detail groupKind = Detail::Outer; // what the section stands for (Host: none)
        int group = -1;                   // its inner or outer index, -1 for a single untitled section
        QRect frame;                      // title and cells
        QPoint origin;                    // top left of the first cell
        int columns = 1;
        int first = 0;                    // its units are [first, first + count)
        int count = 0;
    };

    void build(const FleetHierarchy &hierarchy, FleetScope scope, QSize size);

    FleetScope scope() const { return m_scope; }
    Detail detail() const { return m_detail; }
    int pitch() const { return m_pitch; }
    int cellSize() const { return m_pitch >= 4 ? m_pitch - 1 : m_pitch; } // a 1-px gap once cells are big enough
    QSize size() const { return m_size; }
    bool fits() const { return m_fits; } // false: even the coarsest detail overflows the viewport
    const std::vector<Unit> &units() const { return m_units; }
    const std::vector<Section> &sections() const { return m_sections; }

    // Hit tests: the unit or section under a point, -1 for none.
    int unitAt(QPoint point) const;
    int sectionAt(QPoint point) const;
    QRect unitRect(int unit) const;
    int sectionOfUnit(int unit) const;
    // The unit showing a host (the host itself or the group holding it), -1 if hidden.
    int unitOfHost(int host) const;

    // Zooming: into what a unit or section stands for, and back out one level.
    // Returns the current scope when there is nothing to zoom into (a host).
    FleetScope zoomedInto(int unit) const;
    FleetScope zoomedIntoSection(int section) const;
    FleetScope zoomedOut() const;

private:
    struct Candidate
    {
        Detail detail;
        std::vector<Section> sections; // titles, groups and unit ranges; geometry filled by place()
        std::vector<Unit> units;
    };
    std::vector<Candidate> candidates(const FleetHierarchy &hierarchy, FleetScope scope) const;
    // Lays the sections out at `pitch`; returns the height used.
    int place(std::vector<Section> &sections, int pitch) const;
    int bestPitch(std::vector<Section> &sections) const;

    const FleetHierarchy *m_hierarchy = nullptr;
    FleetScope m_scope;
    Detail m_detail = Detail::Host;
    QSize m_size;
    int m_pitch = 1;
    bool m_fits = true;
    std::vector<Unit> m_units;
    std::vector<Section> m_sections;
    std::vector<int> m_unitOfHost; // per host: the unit that shows it
};

} // namespace Opsight::Views
