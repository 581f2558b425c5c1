// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Opsight::Core {

// Storage layout: raw samples in chunks of one series and one block of time;
// minute rollups in the same blocks; hour rollups in 1-day blocks. Blocks are
// aligned to the epoch and divide a day, so each rollup bucket belongs to exactly
// one chunk. A series' block length is chosen once, from its sample interval, to
// hold about 240 samples (2 hours for 15 s scrapes, 4 hours at a minute, a day at
// 5 minutes): fewer samples per chunk cost row overhead, more cost read time.
constexpr Timestamp kDefaultChunkBlock = 2 * kHour;
constexpr Timestamp kHourRollupBlock = kDay;

constexpr Timestamp chunkBlockFor(Timestamp medianInterval)
{
    for (const Timestamp block : {2 * kHour, 4 * kHour, 6 * kHour, 12 * kHour})
        if (medianInterval * 240 <= block)
            return block;
    return kDay;
}

constexpr Timestamp blockStart(Timestamp t, Timestamp block)
{
    return (t >= 0 ? t : t - block + 1) / block * block;
}

struct RollupPoint
{
    Timestamp time = 0; // bucket start
    double min = 0;
    double max = 0;
    double sum = 0;
    qint64 count = 0;
};

// Compresses samples the way time-series databases do:
// - times as delta-of-delta, bit-packed in frames of 128 (a regular series costs
//   about one byte per frame);
// - values, when every value is a decimal with at most 9 fraction digits (as
//   exporters print them), as integer mantissas, delta or delta-of-delta coded and
//   bit-packed; otherwise Gorilla-style XOR of the IEEE bits (NaN, +Inf, anything).
// Decoding returns the exact doubles that were encoded.
namespace ChunkCodec {

std::string encodeSamples(const std::vector<Sample> &samples); // sorted, unique times
// Appends to `out`; throws Error when the data is corrupt.
void decodeSamples(std::string_view data, std::vector<Sample> &out);
// Number of samples in an encoded chunk without decoding it.
qint64 sampleCount(std::string_view data);

std::string encodeRollup(const std::vector<RollupPoint> &points);
void decodeRollup(std::string_view data, std::vector<RollupPoint> &out);

// The smallest e in [0, 9] such that every finite value is exactly m / 10^e for an
// integer |m| < 2^53; nullopt when there is none (or a value is NaN/Inf).
std::optional<int> decimalExponent(const double *values, size_t n);

} // namespace ChunkCodec

} // namespace Opsight::Core
