// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuegap.h"

#include <algorithm>
#include <limits>

namespace Opsight::Core {

double valueGap(double value, const boost::circular_buffer<double> &history, size_t window, size_t maxBeyond)
{
    const size_t n = std::min(window, history.size());
    if (n < window / 10)
        return 0;
    // One pass over the ring's two runs, selects rather than branches: called
    // only for samples the detector already finds very surprising.
    double low = std::numeric_limits<double>::infinity(), high = -low;
    double below = -low, atOrAbove = low; // nearest values either side
    size_t above = 0;
    auto scan = [&](const double *v, size_t count) {
        for (size_t i = 0; i < count; ++i) {
            low = std::min(low, v[i]);
            high = std::max(high, v[i]);
            const bool up = v[i] >= value;
            below = std::max(below, up ? below : v[i]);
            atOrAbove = std::min(atOrAbove, up ? v[i] : atOrAbove);
            above += up;
        }
    };
    // The newest n values: the tail of the first run (if it reaches in) and the second.
    const auto one = history.array_one(), two = history.array_two();
    const size_t fromTwo = std::min(n, two.second), fromOne = n - fromTwo;
    scan(one.first + (one.second - fromOne), fromOne);
    scan(two.first + (two.second - fromTwo), fromTwo);
    if (!(low < value && value < high) || std::min(above, n - above) > maxBeyond)
        return 0;
    return std::min(atOrAbove - value, value - below) / (high - low);
}

} // namespace Opsight::Core
