// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/circular_buffer.hpp>

#include <cstddef>

namespace Opsight::Core {

// How far `value` lies from every one of the last `window` values of `history`
// (oldest first), as a share of their range, when it lies inside that range but
// beyond all except at most `maxBeyond` of them; 0 otherwise, and while fewer
// than a tenth of `window` values are known.
//
// A second, smaller anomaly soon after a bigger one: the first widened the range,
// so the second is no departure from it, and its surprise is no record beside the
// first's; but it lands in the empty stretch between the bulk and the first
// anomaly's few values. A square wave's middle or a spike among many spikes of
// all heights has many values beyond it and is not such a gap.
double valueGap(double value, const boost::circular_buffer<double> &history, size_t window, size_t maxBeyond);

} // namespace Opsight::Core
