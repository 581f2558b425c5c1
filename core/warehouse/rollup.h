// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chunkcodec.h"

namespace Opsight::Core {

// Buckets sorted samples into rollup points of `resolution` ms. Sums of decimal
// samples are computed on their integer mantissas so they stay exact (and the
// codec keeps compressing them as decimals).
std::vector<RollupPoint> buildRollup(const std::vector<Sample> &samples, Timestamp resolution);

// Replaces the points of `existing` in [from, to) with `replacement` (both sorted).
std::vector<RollupPoint> spliceRollup(const std::vector<RollupPoint> &existing, Timestamp from, Timestamp to,
                                      const std::vector<RollupPoint> &replacement);

// True when some bucket of `resolution` holds more than one sample, i.e. the
// rollup says something the raw samples don't already say at that step.
bool finerThan(const std::vector<Sample> &samples, Timestamp resolution);

} // namespace Opsight::Core
