// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultplan.h"
#include "simrandom.h"

#include <array>
#include <limits>
#include <vector>

namespace Opsight::Core {
struct SimulationSpec;
}

namespace Opsight::Core::Sim {

struct SimHost;

using MetricValues = std::array<double, HostMetricCount>;

// Daily load shape of a role at a minute of the day, 0..1 per component:
// the nightly ETL batch window and the business-hours ad hoc load.
struct Activity
{
    double etl = 0;
    double adhoc = 0;
};
Activity activityAt(Timestamp t, double phaseMinutes);

// The ten metrics of one host, sample after sample. Seasonality (nightly ETL,
// business hours, lighter weekends) comes from activityAt; each host has its
// own scale, phase and trend; noise is AR(1) so neighbouring samples agree;
// load and temperature follow CPU. Faults of the host are applied on top.
class HostMetricModel final
{
public:
    HostMetricModel(
        const SimulationSpec &spec, const SimHost &host, std::vector<const Fault *> faults, Timestamp start);

    // Values at t, rounded as exporters report them. False while the host is
    // down (after an uncorrectable memory error): no sample is written then.
    bool sample(Timestamp t, MetricValues &values);

private:
    struct Ar
    {
        double phi = 0;
        double sd = 0;
        double state = 0;
    };
    Ar makeAr(double phiPerMinute, double sd);
    double step(Ar &ar);
    void applyFaults(int metric, Timestamp t, double &value);
    bool isDown(Timestamp t) const;

    const SimHost &m_host;
    std::vector<const Fault *> m_faults;
    Timestamp m_start;
    Timestamp m_interval;
    Rng m_rng;

    // Per-host character.
    double m_scale = 1;
    double m_phase = 0;
    double m_memBase = 50;
    double m_diskStart = 40;
    double m_diskTrendPerDay = 0.5;
    double m_ioScale = 1;
    double m_netScale = 1;
    double m_tempOffset = 0;
    double m_bandwidth = 1.4e9; // aggregate disk bytes/s at 100 % utilisation

    Ar m_cpuNoise, m_memNoise, m_ioNoise, m_netInNoise, m_netOutNoise, m_mixNoise;
    double m_cpuEma = -1;
    double m_lastTemperature = std::numeric_limits<double>::quiet_NaN(); // the last reading given
    const Fault *m_frozenBy = nullptr; // the stuck-sensor fault the reading is frozen by...
    double m_frozenReading = 0;        // ...and the reading it repeats
    double m_emaAlpha = 0.1;
};

} // namespace Opsight::Core::Sim
