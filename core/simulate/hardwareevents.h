// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faultplan.h"
#include "warehouse/types.h"

#include <vector>

namespace Opsight::Core {
struct SimulationSpec;
}

namespace Opsight::Core::Sim {

struct SimHost;

// Hardware events (Event kind "hardware") of one host as the collectors would
// report them: smartctl attribute changes, EDAC memory error counts, IPMI SEL
// records (PSU, fan, temperature, memory), NIC link state changes. Payloads are
// compact JSON. Besides the injected faults, a few healthy hosts get harmless
// look-alikes (a stable reallocated-sector count, one isolated corrected ECC
// error), as real fleets have: a detector that fires on any SMART event is
// supposed to lose precision on them.
std::vector<Event> hardwareEvents(const SimulationSpec &spec, const SimHost &host,
    const std::vector<const Fault *> &faults, Timestamp start, Timestamp end);

// The data disk's device name for a 1-based data disk index: sdb, sdc, ...
QString dataDiskDevice(int disk);
// A DIMM slot 0..11 as EDAC names it: CPU0_DIMM_A1 .. CPU1_DIMM_B6.
QString dimmName(int slot);

} // namespace Opsight::Core::Sim
