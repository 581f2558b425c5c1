// SPDX-License-Identifier: GPL-3.0-or-later
#include "chunkcodec.h"

#include "common/error.h"

#include <QCoreApplication>

#include <bit>
#include <cmath>
#include <cstring>

static_assert(std::endian::native == std::endian::little, "the chunk bit packing assumes a little-endian host");

namespace Opsight::Core::ChunkCodec {

namespace {

constexpr quint8 kSamplesFormat = 1;
constexpr quint8 kRollupFormat = 2;
enum ValueCoding : quint8 { DecimalDelta = 0, DecimalDoubleDelta = 1, Xor = 2 };
constexpr size_t kFrame = 128;
constexpr double kPow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
constexpr qint64 kMaxMantissa = qint64(1) << 53;

[[noreturn]] void corrupt()
{
    throw Error(QCoreApplication::translate("Opsight::Core::ChunkCodec",
                                            "A metric chunk in the warehouse is corrupt."));
}

quint64 zigzag(qint64 v) { return (quint64(v) << 1) ^ quint64(v >> 63); }
qint64 unzigzag(quint64 v) { return qint64(v >> 1) ^ -qint64(v & 1); }

void putVarint(std::string &out, quint64 v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

struct Reader
{
    const quint8 *p;
    const quint8 *end;

    quint8 byte()
    {
        if (p >= end)
            corrupt();
        return *p++;
    }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = byte();
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        corrupt();
    }
};

// Frame-of-reference bit packing: per frame of 128 zigzagged integers, one byte
// with the bit width, then the packed bits. Width 0 (all zero) costs one byte.
void putInts(std::string &out, const qint64 *v, size_t n)
{
    for (size_t start = 0; start < n; start += kFrame) {
        const size_t len = std::min(kFrame, n - start);
        quint64 all = 0;
        for (size_t i = 0; i < len; ++i)
            all |= zigzag(v[start + i]);
        const int width = all ? 64 - std::countl_zero(all) : 0;
        out.push_back(char(width));
        if (!width)
            continue;
        quint64 acc = 0;
        int filled = 0;
        for (size_t i = 0; i < len; ++i) {
            const quint64 z = zigzag(v[start + i]);
            acc |= z << filled;
            const int taken = std::min(width, 64 - filled);
            filled += width;
            if (filled >= 64) {
                for (int b = 0; b < 8; ++b)
                    out.push_back(char(acc >> (8 * b)));
                filled -= 64;
                acc = filled ? z >> taken : 0;
            }
        }
        for (int b = 0; b < (filled + 7) / 8; ++b)
            out.push_back(char(acc >> (8 * b)));
    }
}

void getInts(Reader &r, qint64 *v, size_t n)
{
    for (size_t start = 0; start < n; start += kFrame) {
        const size_t len = std::min(kFrame, n - start);
        const int width = r.byte();
        if (width > 64)
            corrupt();
        if (!width) {
            std::fill(v + start, v + start + len, 0);
            continue;
        }
        const size_t bytes = (len * size_t(width) + 7) / 8;
        if (size_t(r.end - r.p) < bytes)
            corrupt();
        const quint8 *base = r.p;
        const quint64 mask = width == 64 ? ~quint64(0) : (quint64(1) << width) - 1;
        size_t bit = 0;
        for (size_t i = 0; i < len; ++i, bit += size_t(width)) {
            // Read up to 16 bytes around the value; bounded by `bytes`.
            const size_t byteIndex = bit / 8;
            const int shift = int(bit % 8);
            quint64 lo = 0;
            const size_t avail = std::min<size_t>(8, bytes - byteIndex);
            std::memcpy(&lo, base + byteIndex, avail);
            quint64 value = lo >> shift;
            if (shift + width > 64 && byteIndex + 8 < bytes)
                value |= quint64(base[byteIndex + 8]) << (64 - shift);
            v[start + i] = unzigzag(value & mask);
        }
        r.p += bytes;
    }
}

void putTimes(std::string &out, const Timestamp *t, size_t n)
{
    if (n == 0)
        return;
    putVarint(out, zigzag(t[0]));
    if (n == 1)
        return;
    const qint64 firstDelta = t[1] - t[0];
    putVarint(out, zigzag(firstDelta));
    std::vector<qint64> dod(n - 2);
    qint64 prev = firstDelta;
    for (size_t i = 2; i < n; ++i) {
        const qint64 delta = t[i] - t[i - 1];
        dod[i - 2] = delta - prev;
        prev = delta;
    }
    putInts(out, dod.data(), dod.size());
}

void getTimes(Reader &r, Timestamp *t, size_t n)
{
    if (n == 0)
        return;
    t[0] = unzigzag(r.varint());
    if (n == 1)
        return;
    qint64 delta = unzigzag(r.varint());
    t[1] = t[0] + delta;
    std::vector<qint64> dod(n - 2);
    getInts(r, dod.data(), dod.size());
    for (size_t i = 2; i < n; ++i) {
        delta += dod[i - 2];
        t[i] = t[i - 1] + delta;
    }
}

// Gorilla XOR coding of IEEE bits (Pelkonen et al., VLDB 2015).
class BitWriter
{
public:
    explicit BitWriter(std::string &out) : m_out(out) {}
    void put(quint64 bits, int count)
    {
        while (count > 0) {
            const int room = 8 - m_used;
            const int take = std::min(room, count);
            const quint8 chunk = quint8((bits >> (count - take)) & ((1u << take) - 1));
            m_byte = quint8(m_byte | (chunk << (room - take)));
            m_used += take;
            count -= take;
            if (m_used == 8)
                flushByte();
        }
    }
    void finish()
    {
        if (m_used)
            flushByte();
    }

private:
    void flushByte()
    {
        m_out.push_back(char(m_byte));
        m_byte = 0;
        m_used = 0;
    }
    std::string &m_out;
    quint8 m_byte = 0;
    int m_used = 0;
};

class BitReader
{
public:
    explicit BitReader(Reader &r) : m_r(r) {}
    quint64 get(int count)
    {
        quint64 v = 0;
        while (count > 0) {
            if (m_left == 0) {
                m_byte = m_r.byte();
                m_left = 8;
            }
            const int take = std::min(m_left, count);
            v = (v << take) | ((m_byte >> (m_left - take)) & ((1u << take) - 1));
            m_left -= take;
            count -= take;
        }
        return v;
    }

private:
    Reader &m_r;
    quint8 m_byte = 0;
    int m_left = 0;
};

void putXor(std::string &out, const double *v, size_t n)
{
    BitWriter w(out);
    quint64 prev = std::bit_cast<quint64>(v[0]);
    w.put(prev, 64);
    int prevLeading = -1, prevTrailing = 0;
    for (size_t i = 1; i < n; ++i) {
        const quint64 cur = std::bit_cast<quint64>(v[i]);
        const quint64 x = cur ^ prev;
        prev = cur;
        if (!x) {
            w.put(0, 1);
            continue;
        }
        w.put(1, 1);
        int leading = std::min(31, std::countl_zero(x));
        const int trailing = std::countr_zero(x);
        if (prevLeading >= 0 && leading >= prevLeading && trailing >= prevTrailing) {
            w.put(0, 1);
            w.put(x >> prevTrailing, 64 - prevLeading - prevTrailing);
        } else {
            const int significant = 64 - leading - trailing;
            w.put(1, 1);
            w.put(quint64(leading), 5);
            w.put(quint64(significant - 1), 6); // 1..64 stored as 0..63
            w.put(x >> trailing, significant);
            prevLeading = leading;
            prevTrailing = trailing;
        }
    }
    w.finish();
}

void getXor(Reader &r, double *v, size_t n)
{
    BitReader b(r);
    quint64 prev = b.get(64);
    v[0] = std::bit_cast<double>(prev);
    int leading = 0, trailing = 0;
    for (size_t i = 1; i < n; ++i) {
        if (b.get(1)) {
            if (b.get(1)) {
                leading = int(b.get(5));
                const int significant = int(b.get(6)) + 1;
                trailing = 64 - leading - significant;
                if (trailing < 0)
                    corrupt();
            }
            const int significant = 64 - leading - trailing;
            prev ^= b.get(significant) << trailing;
        }
        v[i] = std::bit_cast<double>(prev);
    }
}

void putValues(std::string &out, const double *v, size_t n)
{
    if (n == 0)
        return;
    const std::optional<int> exponent = decimalExponent(v, n);
    if (!exponent) {
        out.push_back(char(Xor));
        putXor(out, v, n);
        return;
    }
    const double scale = kPow10[*exponent];
    std::vector<qint64> m(n);
    for (size_t i = 0; i < n; ++i)
        m[i] = std::llround(v[i] * scale);
    // Gauges compress best as deltas, counters as delta-of-delta: try both.
    std::vector<qint64> d(n - 1), dd(n > 1 ? n - 2 : 0);
    for (size_t i = 1; i < n; ++i)
        d[i - 1] = m[i] - m[i - 1];
    for (size_t i = 1; i < d.size(); ++i)
        dd[i - 1] = d[i] - d[i - 1];
    std::string deltas, doubleDeltas;
    putInts(deltas, d.data(), d.size());
    if (!d.empty()) {
        putVarint(doubleDeltas, zigzag(d[0]));
        putInts(doubleDeltas, dd.data(), dd.size());
    }
    const bool useDouble = !d.empty() && doubleDeltas.size() < deltas.size();
    out.push_back(char(useDouble ? DecimalDoubleDelta : DecimalDelta));
    out.push_back(char(*exponent));
    putVarint(out, zigzag(m[0]));
    out += useDouble ? doubleDeltas : deltas;
}

void getValues(Reader &r, double *v, size_t n)
{
    if (n == 0)
        return;
    const quint8 coding = r.byte();
    if (coding == Xor) {
        getXor(r, v, n);
        return;
    }
    if (coding != DecimalDelta && coding != DecimalDoubleDelta)
        corrupt();
    const quint8 exponent = r.byte();
    if (exponent > 9)
        corrupt();
    const double scale = kPow10[exponent];
    qint64 m = unzigzag(r.varint());
    v[0] = double(m) / scale;
    if (n == 1)
        return;
    std::vector<qint64> d(n - 1);
    if (coding == DecimalDelta) {
        getInts(r, d.data(), d.size());
    } else {
        d[0] = unzigzag(r.varint());
        std::vector<qint64> dd(n - 2);
        getInts(r, dd.data(), dd.size());
        for (size_t i = 1; i < d.size(); ++i)
            d[i] = d[i - 1] + dd[i - 1];
    }
    for (size_t i = 1; i < n; ++i) {
        m += d[i - 1];
        v[i] = double(m) / scale;
    }
}

} // namespace

std::optional<int> decimalExponent(const double *values, size_t n)
{
    int exponent = 0;
    for (size_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (!std::isfinite(v) || std::fabs(v) >= double(kMaxMantissa))
            return std::nullopt;
        // Find the smallest e that round-trips this value; larger e keep working.
        while (true) {
            const double scaled = v * kPow10[exponent];
            if (std::fabs(scaled) < double(kMaxMantissa)) {
                const qint64 m = std::llround(scaled);
                if (double(m) / kPow10[exponent] == v)
                    break;
            }
            if (++exponent > 9)
                return std::nullopt;
        }
    }
    return exponent;
}

std::string encodeSamples(const std::vector<Sample> &samples)
{
    const size_t n = samples.size();
    std::vector<Timestamp> times(n);
    std::vector<double> values(n);
    for (size_t i = 0; i < n; ++i) {
        times[i] = samples[i].time;
        values[i] = samples[i].value;
    }
    std::string out;
    out.reserve(16 + n * 2);
    out.push_back(char(kSamplesFormat));
    putVarint(out, n);
    putTimes(out, times.data(), n);
    putValues(out, values.data(), n);
    return out;
}

void decodeSamples(std::string_view data, std::vector<Sample> &out)
{
    Reader r{reinterpret_cast<const quint8 *>(data.data()), reinterpret_cast<const quint8 *>(data.data()) + data.size()};
    if (r.byte() != kSamplesFormat)
        corrupt();
    const quint64 n = r.varint();
    if (n > data.size() * 64 + 1) // more samples than bits: cannot be ours
        corrupt();
    std::vector<Timestamp> times(n);
    std::vector<double> values(n);
    getTimes(r, times.data(), n);
    getValues(r, values.data(), n);
    out.reserve(out.size() + n);
    for (size_t i = 0; i < n; ++i)
        out.push_back({times[i], values[i]});
}

qint64 sampleCount(std::string_view data)
{
    Reader r{reinterpret_cast<const quint8 *>(data.data()), reinterpret_cast<const quint8 *>(data.data()) + data.size()};
    if (r.byte() != kSamplesFormat)
        corrupt();
    return qint64(r.varint());
}

std::string encodeRollup(const std::vector<RollupPoint> &points)
{
    const size_t n = points.size();
    std::vector<Timestamp> times(n);
    std::vector<qint64> counts(n);
    std::vector<double> mins(n), maxs(n), sums(n);
    for (size_t i = 0; i < n; ++i) {
        times[i] = points[i].time;
        counts[i] = points[i].count;
        mins[i] = points[i].min;
        maxs[i] = points[i].max;
        sums[i] = points[i].sum;
    }
    std::string out;
    out.push_back(char(kRollupFormat));
    putVarint(out, n);
    putTimes(out, times.data(), n);
    putInts(out, counts.data(), n);
    putValues(out, mins.data(), n);
    putValues(out, maxs.data(), n);
    putValues(out, sums.data(), n);
    return out;
}

void decodeRollup(std::string_view data, std::vector<RollupPoint> &out)
{
    Reader r{reinterpret_cast<const quint8 *>(data.data()), reinterpret_cast<const quint8 *>(data.data()) + data.size()};
    if (r.byte() != kRollupFormat)
        corrupt();
    const quint64 n = r.varint();
    if (n > data.size() * 64 + 1)
        corrupt();
    std::vector<Timestamp> times(n);
    std::vector<qint64> counts(n);
    std::vector<double> mins(n), maxs(n), sums(n);
    getTimes(r, times.data(), n);
    getInts(r, counts.data(), n);
    getValues(r, mins.data(), n);
    getValues(r, maxs.data(), n);
    getValues(r, sums.data(), n);
    out.reserve(out.size() + n);
    for (size_t i = 0; i < n; ++i)
        out.push_back({times[i], mins[i], maxs[i], sums[i], counts[i]});
}

} // namespace Opsight::Core::ChunkCodec
