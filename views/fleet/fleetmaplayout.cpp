// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmaplayout.h"

#include <algorithm>
#include <cmath>

namespace Opsight::Views {

namespace {
// Sections about twice as wide as tall read well and pack into shelves.
int columnsFor(int count, int pitch, int width)
{
    const int most = std::max(1, width / pitch);
    const int squarish = int(std::ceil(std::sqrt(double(count) * 2.0)));
    return std::clamp(squarish, 1, std::min(most, std::max(count, 1)));
}
} // namespace

std::vector<FleetMapLayout::Candidate> FleetMapLayout::candidates(const FleetHierarchy &h, FleetScope scope) const
{
    std::vector<Candidate> out;
    auto outerSection = [&](int o) {
        return Section{h.outers[size_t(o)].name, Detail::Outer, o, {}, {}, 1, 0, 0};
    };
    auto innerSection = [&](int i) {
        return Section{h.inners[size_t(i)].name, Detail::Inner, i, {}, {}, 1, 0, 0};
    };
    auto close = [](Candidate &c, Section s, size_t first) {
        s.first = int(first);
        s.count = int(c.units.size() - first);
        if (s.count > 0)
            c.sections.push_back(std::move(s));
    };
    if (scope.isInner()) {
        Candidate hosts{Detail::Host, {}, {}};
        for (const int host : h.inners[size_t(scope.inner)].hosts)
            hosts.units.push_back({Detail::Host, host});
        close(hosts, innerSection(scope.inner), 0);
        out.push_back(std::move(hosts));
        return out;
    }
    std::vector<int> outers;
    if (scope.isFleet()) {
        for (size_t o = 0; o < h.outers.size(); ++o)
            outers.push_back(int(o));
    } else {
        outers.push_back(scope.outer);
    }
    // Hosts: a section per outer group at fleet scope, per inner group inside one.
    Candidate hosts{Detail::Host, {}, {}};
    Candidate inners{Detail::Inner, {}, {}};
    for (const int o : outers) {
        const size_t hostStart = hosts.units.size();
        const size_t innerStart = inners.units.size();
        for (const int i : h.outers[size_t(o)].inners) {
            const size_t innerHostStart = hosts.units.size();
            for (const int host : h.inners[size_t(i)].hosts)
                hosts.units.push_back({Detail::Host, host});
            if (!scope.isFleet())
                close(hosts, innerSection(i), innerHostStart);
            inners.units.push_back({Detail::Inner, i});
        }
        if (scope.isFleet()) {
            close(hosts, outerSection(o), hostStart);
            close(inners, outerSection(o), innerStart);
        }
    }
    if (!scope.isFleet())
        close(inners, outerSection(scope.outer), 0);
    out.push_back(std::move(hosts));
    out.push_back(std::move(inners));
    if (scope.isFleet()) {
        Candidate all{Detail::Outer, {}, {}};
        for (const int o : outers)
            all.units.push_back({Detail::Outer, o});
        close(all, Section{QString(), Detail::Host, -1, {}, {}, 1, 0, 0}, 0);
        out.push_back(std::move(all));
    }
    return out;
}

int FleetMapLayout::place(std::vector<Section> &sections, int pitch) const
{
    const int width = std::max(1, m_size.width() - 2 * kMargin);
    int x = kMargin, y = kMargin, shelf = 0;
    for (Section &s : sections) {
        s.columns = sections.size() == 1 ? std::clamp(width / pitch, 1, std::max(s.count, 1))
                                         : columnsFor(s.count, pitch, width);
        const int rows = (s.count + s.columns - 1) / s.columns;
        const int title = s.title.isEmpty() ? 0 : kHeader;
        const int w = std::max(s.columns * pitch, s.title.isEmpty() ? 0 : kMinSectionWidth);
        const int hgt = title + rows * pitch;
        if (x > kMargin && x + w > kMargin + width) { // next shelf
            x = kMargin;
            y += shelf + kSectionGap;
            shelf = 0;
        }
        s.frame = QRect(x, y, w, hgt);
        s.origin = QPoint(x, y + title);
        x += w + kSectionGap;
        shelf = std::max(shelf, hgt);
    }
    return y + shelf + kMargin;
}

int FleetMapLayout::bestPitch(std::vector<Section> &sections) const
{
    // Few sections, few pitches: trying each from the largest down costs well under
    // a millisecond even with thousands of racks.
    for (int pitch = kMaxPitch; pitch > 1; --pitch)
        if (place(sections, pitch) <= m_size.height())
            return pitch;
    return 1;
}

void FleetMapLayout::build(const FleetHierarchy &hierarchy, FleetScope scope, QSize size)
{
    m_hierarchy = &hierarchy;
    m_size = size.expandedTo(QSize(1, 1));
    if (scope.outer >= int(hierarchy.outers.size()) || scope.inner >= int(hierarchy.inners.size()))
        scope = {};
    m_scope = scope;
    std::vector<Candidate> options = candidates(hierarchy, scope);
    // The finest detail whose cells stay big enough to point at; else the coarsest.
    size_t chosen = options.size() - 1;
    int pitch = 1;
    for (size_t i = 0; i < options.size(); ++i) {
        pitch = bestPitch(options[i].sections);
        const int needed = options[i].detail == Detail::Host ? kMinHostPitch : kMinGroupPitch;
        if (pitch >= needed || i + 1 == options.size()) {
            chosen = i;
            break;
        }
    }
    Candidate &c = options[chosen];
    m_pitch = std::max(pitch, 1);
    m_fits = place(c.sections, m_pitch) <= m_size.height();
    m_detail = c.detail;
    m_units = std::move(c.units);
    m_sections = std::move(c.sections);
    m_unitOfHost.assign(hierarchy.innerOf.size(), -1);
    for (size_t u = 0; u < m_units.size(); ++u) {
        const Unit &unit = m_units[u];
        if (unit.kind == Detail::Host)
            m_unitOfHost[size_t(unit.index)] = int(u);
    }
    if (m_detail != Detail::Host) {
        std::vector<int> unitOfInner(hierarchy.inners.size(), -1), unitOfOuter(hierarchy.outers.size(), -1);
        for (size_t u = 0; u < m_units.size(); ++u)
            (m_units[u].kind == Detail::Inner ? unitOfInner : unitOfOuter)[size_t(m_units[u].index)] = int(u);
        for (size_t host = 0; host < hierarchy.innerOf.size(); ++host) {
            const int inner = hierarchy.innerOf[host];
            if (inner >= 0)
                m_unitOfHost[host] = m_detail == Detail::Inner ? unitOfInner[size_t(inner)]
                                                               : unitOfOuter[size_t(hierarchy.inners[size_t(inner)].outer)];
        }
    }
}

int FleetMapLayout::sectionAt(QPoint point) const
{
    for (size_t s = 0; s < m_sections.size(); ++s)
        if (m_sections[s].frame.contains(point))
            return int(s);
    return -1;
}

int FleetMapLayout::unitAt(QPoint point) const
{
    const int s = sectionAt(point);
    if (s < 0)
        return -1;
    const Section &section = m_sections[size_t(s)];
    const QPoint p = point - section.origin;
    if (p.x() < 0 || p.y() < 0)
        return -1; // on the title
    const int column = p.x() / m_pitch, row = p.y() / m_pitch;
    if (column >= section.columns)
        return -1;
    const int i = row * section.columns + column;
    return i < section.count ? section.first + i : -1;
}

int FleetMapLayout::sectionOfUnit(int unit) const
{
    const auto it = std::upper_bound(m_sections.begin(), m_sections.end(), unit,
                                     [](int u, const Section &s) { return u < s.first; });
    return it == m_sections.begin() ? -1 : int(it - m_sections.begin()) - 1;
}

QRect FleetMapLayout::unitRect(int unit) const
{
    const int s = sectionOfUnit(unit);
    if (s < 0 || unit >= int(m_units.size()))
        return {};
    const Section &section = m_sections[size_t(s)];
    const int i = unit - section.first;
    return QRect(section.origin.x() + (i % section.columns) * m_pitch, section.origin.y() + (i / section.columns) * m_pitch,
                 cellSize(), cellSize());
}

int FleetMapLayout::unitOfHost(int host) const
{
    return host >= 0 && size_t(host) < m_unitOfHost.size() ? m_unitOfHost[size_t(host)] : -1;
}

FleetScope FleetMapLayout::zoomedInto(int unit) const
{
    if (unit < 0 || unit >= int(m_units.size()) || !m_hierarchy)
        return m_scope;
    const Unit &u = m_units[size_t(unit)];
    switch (u.kind) {
    case Detail::Outer:
        return {u.index, -1};
    case Detail::Inner:
        return {m_hierarchy->inners[size_t(u.index)].outer, u.index};
    case Detail::Host:
        // A host at fleet scope: into its outer group first, then its inner one.
        if (m_scope.isFleet())
            return {m_hierarchy->outerOfHost(u.index), -1};
        if (!m_scope.isInner())
            return {m_scope.outer, m_hierarchy->innerOf[size_t(u.index)]};
        return m_scope;
    }
    return m_scope;
}

FleetScope FleetMapLayout::zoomedIntoSection(int section) const
{
    if (section < 0 || section >= int(m_sections.size()) || !m_hierarchy)
        return m_scope;
    const Section &s = m_sections[size_t(section)];
    if (s.groupKind == Detail::Outer && s.group >= 0)
        return {s.group, -1};
    if (s.groupKind == Detail::Inner && s.group >= 0)
        return {m_hierarchy->inners[size_t(s.group)].outer, s.group};
    return m_scope;
}

FleetScope FleetMapLayout::zoomedOut() const
{
    if (m_scope.isInner())
        return {m_scope.outer, -1};
    return {};
}

} // namespace Opsight::Views
