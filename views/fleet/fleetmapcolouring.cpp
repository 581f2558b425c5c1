// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmapcolouring.h"

#include <algorithm>

namespace Opsight::Views {

namespace {
struct Stop
{
    double at;
    QRgb rgb;
};

QColor ramp(const Stop *stops, size_t n, double x)
{
    if (x <= stops[0].at)
        return QColor::fromRgb(stops[0].rgb);
    for (size_t i = 1; i < n; ++i) {
        if (x <= stops[i].at) {
            const double f = (x - stops[i - 1].at) / (stops[i].at - stops[i - 1].at);
            const QColor a = QColor::fromRgb(stops[i - 1].rgb), b = QColor::fromRgb(stops[i].rgb);
            return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())), float(a.greenF() + f * (b.greenF() - a.greenF())),
                                    float(a.blueF() + f * (b.blueF() - a.blueF())));
        }
    }
    return QColor::fromRgb(stops[n - 1].rgb);
}

void accumulate(GroupValue &g, double v, int host, ColourBy mode)
{
    ++g.hosts;
    if (std::isnan(v))
        return;
    g.mean = g.withData ? g.mean + v : v;
    ++g.withData;
    const bool worse = std::isnan(g.worst) || (mode == ColourBy::Health ? v < g.worst : v > g.worst);
    if (worse) {
        g.worst = v;
        g.worstHost = host;
    }
    if (mode == ColourBy::Health && v < 60)
        ++g.unhealthy;
}

void finish(GroupValue &g, ColourBy mode)
{
    if (g.withData)
        g.mean /= g.withData;
    g.value = mode == ColourBy::Health ? g.worst : g.mean;
}
} // namespace

void FleetMapColouring::setValues(ColourBy mode, std::vector<double> hostValues)
{
    m_mode = mode;
    m_values = std::move(hostValues);
    m_low = 0;
    m_high = 100;
    if (mode == ColourBy::Metric) {
        std::vector<double> finite;
        finite.reserve(m_values.size());
        for (const double v : m_values)
            if (std::isfinite(v))
                finite.push_back(v);
        if (!finite.empty()) {
            const auto at = [&finite](double q) {
                auto it = finite.begin() + qsizetype(q * double(finite.size() - 1));
                std::nth_element(finite.begin(), it, finite.end());
                return *it;
            };
            m_low = at(0.02);
            m_high = at(0.98);
            if (m_high <= m_low)
                m_high = m_low + 1;
        }
    }
    buildTable();
}

void FleetMapColouring::buildTable()
{
    m_tableLow = m_mode == ColourBy::Health ? 0 : m_low;
    m_tableHigh = m_mode == ColourBy::Health ? 100 : m_high;
    for (size_t i = 0; i < kTableSize; ++i)
        m_table[i] = colour(m_tableLow + (m_tableHigh - m_tableLow) * double(i) / double(kTableSize - 1)).rgb();
    m_noData = noDataColour().rgb();
}

void FleetMapColouring::aggregate(const FleetHierarchy &hierarchy)
{
    m_inners.assign(hierarchy.inners.size(), {});
    m_outers.assign(hierarchy.outers.size(), {});
    for (size_t i = 0; i < hierarchy.inners.size(); ++i) {
        const FleetHierarchy::Inner &inner = hierarchy.inners[i];
        for (const int host : inner.hosts) {
            const double v = hostValue(host);
            accumulate(m_inners[i], v, host, m_mode);
            accumulate(m_outers[size_t(inner.outer)], v, host, m_mode);
        }
    }
    for (GroupValue &g : m_inners)
        finish(g, m_mode);
    for (GroupValue &g : m_outers)
        finish(g, m_mode);
}

double FleetMapColouring::hostValue(int host) const
{
    return host >= 0 && size_t(host) < m_values.size() ? m_values[size_t(host)] : std::numeric_limits<double>::quiet_NaN();
}

double FleetMapColouring::unitValue(const FleetMapLayout::Unit &unit) const
{
    switch (unit.kind) {
    case Detail::Host:
        return hostValue(unit.index);
    case Detail::Inner:
        return size_t(unit.index) < m_inners.size() ? m_inners[size_t(unit.index)].value : std::nan("");
    case Detail::Outer:
        return size_t(unit.index) < m_outers.size() ? m_outers[size_t(unit.index)].value : std::nan("");
    }
    return std::nan("");
}

QColor FleetMapColouring::colour(double value) const
{
    if (!std::isfinite(value))
        return noDataColour();
    if (m_mode == ColourBy::Health)
        return healthColour(value);
    return metricColour(std::clamp((value - m_low) / (m_high - m_low), 0.0, 1.0));
}

QColor FleetMapColouring::healthColour(double score)
{
    // RdYlBu: no red/green pair, so it reads with the common colour-vision deficiencies.
    static const Stop stops[] = {{0, 0x67000d}, {40, 0xd7191c}, {70, 0xfdae61}, {80, 0xffffbf}, {90, 0xabd9e9}, {100, 0x2c7bb6}};
    return ramp(stops, std::size(stops), score);
}

QColor FleetMapColouring::metricColour(double fraction)
{
    // viridis at five stops: dark (low) to bright (high), readable by the colour-blind.
    static const Stop stops[] = {{0, 0x440154}, {0.25, 0x3b528b}, {0.5, 0x21918c}, {0.75, 0x5ec962}, {1, 0xfde725}};
    return ramp(stops, std::size(stops), fraction);
}

QColor FleetMapColouring::noDataColour()
{
    return QColor(0xbd, 0xbd, 0xbd);
}

} // namespace Opsight::Views
