// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidingtail.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace Opsight::Core {

namespace {
constexpr int kBins = 2048;
constexpr int kFan = 16;                    // bins per group, groups per block
constexpr int kBlockBins = kFan * kFan;     // 256
constexpr int kBlocks = kBins / kBlockBins; // 8
// A positive double's exponent and top 5 mantissa bits, read as one integer, are
// monotonic in its value: 32 bins per octave (1.6-3% wide), with no logarithm.
constexpr int kMantissaBits = 5;
constexpr double kLowest = 0x1p-27; // about 7e-9; bin 0 holds everything below (the top bin: above 2^37)
std::int64_t key(double v)
{
    return std::int64_t(std::bit_cast<std::uint64_t>(v) >> (52 - kMantissaBits));
}
const std::int64_t kLowestKey = key(kLowest);
}

SlidingTail::SlidingTail(size_t capacity)
    : m_values(capacity)
    , m_max(capacity)
    , m_bins(kBins, 0)
    , m_groups(kBins / kFan, 0)
    , m_blocks(kBlocks, 0)
{
}

int SlidingTail::bin(double v)
{
    if (!(v > kLowest))
        return 0;
    return int(std::min<std::int64_t>(1 + key(v) - kLowestKey, kBins - 1));
}

void SlidingTail::add(int b, int delta)
{
    m_bins[size_t(b)] += delta;
    m_groups[size_t(b / kFan)] += delta;
    m_blocks[size_t(b / kBlockBins)] += delta;
}

int SlidingTail::countBelow(int b) const
{
    // Masked sums over whole arrays: more additions than needed, none of them
    // waiting on a branch. Masks, not ?: (which GCC turns into a branch per
    // count and then does not vectorise).
    // Whole blocks below b's block, whole groups below b's group in its block,
    // bins below b in its group: 8 + 16 + 16 counts.
    const int block = b / kBlockBins, group = b / kFan;
    const int groupInBlock = group % kFan, binInGroup = b % kFan;
    const int *blocks = m_blocks.data();
    const int *groups = m_groups.data() + size_t(block * kFan);
    const int *bins = m_bins.data() + size_t(group * kFan);
    int sum = 0;
    for (int k = 0; k < kBlocks; ++k)
        sum += blocks[k] & -int(k < block);
    for (int k = 0; k < kFan; ++k)
        sum += groups[k] & -int(k < groupInBlock);
    for (int k = 0; k < kFan; ++k)
        sum += bins[k] & -int(k < binInGroup);
    return sum;
}

void SlidingTail::push(double v)
{
    const int newBin = bin(v);
    if (m_values.full()) {
        const double old = m_values.front();
        // A value replacing one of its own bin leaves the counts as they are.
        if (const int oldBin = bin(old); oldBin != newBin) {
            add(oldBin, -1);
            add(newBin, +1);
        }
    } else {
        add(newBin, +1);
    }
    m_values.push_back(v);
    m_max.push(v);
}

double SlidingTail::shareAtLeast(double v) const
{
    if (m_values.empty())
        return 1;
    const int b = bin(v);
    // Bin 0 (a surprise of nothing, as most departures from the range are)
    // has nothing below it: no sums.
    const long long below = b > 0 ? countBelow(b) : 0;
    return double((long long)(m_values.size()) - below) / double(m_values.size());
}

} // namespace Opsight::Core
