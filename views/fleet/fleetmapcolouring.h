// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleethierarchy.h"
#include "fleet/fleetmaplayout.h"

#include <QColor>

#include <algorithm>

#include <cmath>
#include <limits>
#include <vector>

namespace Opsight::Views {

enum class ColourBy { Health, Metric };

// A group's value on the map and what its tooltip reports.
struct GroupValue
{
    double value = std::numeric_limits<double>::quiet_NaN(); // what colours the cell
    double mean = std::numeric_limits<double>::quiet_NaN();
    double worst = std::numeric_limits<double>::quiet_NaN(); // lowest health, highest metric
    int worstHost = -1;
    int hosts = 0;     // kept by the filter
    int withData = 0;
    int unhealthy = 0; // health below 60, as the roll-ups count it
};

// Values per host (a health score, or a metric at the chosen time; NaN: no data)
// and what they make of groups and colours. A group shown as one cell takes its
// WORST host's health (one failing host in a rack of 20 must not fade into the
// rack's mean) and, for a metric, its hosts' mean; tooltips give both.
class FleetMapColouring final
{
public:
    FleetMapColouring() { buildTable(); }
    void setValues(ColourBy mode, std::vector<double> hostValues);
    void aggregate(const FleetHierarchy &hierarchy);

    ColourBy mode() const { return m_mode; }
    double hostValue(int host) const;
    const GroupValue &inner(int index) const { return m_inners[size_t(index)]; }
    const GroupValue &outer(int index) const { return m_outers[size_t(index)]; }
    double unitValue(const FleetMapLayout::Unit &unit) const;
    // The metric scale: 2nd to 98th percentile of the hosts' values at this time
    // (a few extreme hosts would otherwise flatten everyone else into one colour).
    double low() const { return m_low; }
    double high() const { return m_high; }

    QColor colour(double value) const;
    // The same from a table of 1,024 steps: what the renderer fills 100,000 cells with.
    QRgb rgb(double value) const
    {
        if (!std::isfinite(value))
            return m_noData;
        const double f = (value - m_tableLow) / (m_tableHigh - m_tableLow);
        return m_table[size_t(std::clamp(f, 0.0, 1.0) * double(kTableSize - 1) + 0.5)];
    }
    static QColor healthColour(double score); // blue 100 .. pale yellow 80 .. orange 70 .. red 40 .. dark red 0
    static QColor metricColour(double fraction); // 0..1 on a perceptually ordered ramp
    static QColor noDataColour();

private:
    static constexpr size_t kTableSize = 1024;
    void buildTable();

    ColourBy m_mode = ColourBy::Health;
    std::vector<double> m_values;
    std::vector<GroupValue> m_inners, m_outers;
    double m_low = 0, m_high = 100;
    double m_tableLow = 0, m_tableHigh = 100;
    std::vector<QRgb> m_table = std::vector<QRgb>(kTableSize);
    QRgb m_noData = 0;
};

} // namespace Opsight::Views
