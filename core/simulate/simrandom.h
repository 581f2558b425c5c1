// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <cmath>
#include <random>
#include <string_view>
#include <vector>

namespace Opsight::Core::Sim {

// The simulator must give the same fleet for the same seed on every platform.
// std::mt19937_64 is specified bit for bit, but std::normal_distribution and
// friends are implementation-defined, so every distribution here is written out
// on top of the engine's raw 64-bit output.

constexpr quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 hashTag(std::string_view tag)
{
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a
    for (const char c : tag) {
        h ^= quint64(static_cast<unsigned char>(c));
        h *= 0x100000001b3ULL;
    }
    return h;
}

// One independent stream per (purpose, host, metric...): generating hosts in
// another order, or adding a stream, never changes what the others produce.
constexpr quint64 subSeed(quint64 seed, std::string_view tag, quint64 a = 0, quint64 b = 0)
{
    quint64 h = splitmix64(seed ^ hashTag(tag));
    h = splitmix64(h ^ (a + 0x632be59bd9b4e019ULL));
    return splitmix64(h ^ (b + 0x8cb92ba72f3d8dd7ULL));
}

class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    { }

    quint64 next() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // [lo, hi], both inclusive.
    qint64 uniformInt(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 range = quint64(hi - lo) + 1;
        return lo + qint64(next() % range); // bias < 2^-40 for our ranges
    }
    bool chance(double p) { return uniform() < p; }

    // Marsaglia's polar method; keeps the second value for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0, v = 0, s = 0;
        do {
            u = uniform(-1.0, 1.0);
            v = uniform(-1.0, 1.0);
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30) // normal approximation is plenty for log rates
            return std::max(0, int(std::lround(normal(lambda, std::sqrt(lambda)))));
        const double limit = std::exp(-lambda); // Knuth
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[size_t(uniformInt(0, qint64(items.size()) - 1))];
    }
    template <typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[size_t(uniformInt(0, qint64(N) - 1))];
    }
    // Index drawn with the given (unnormalised) weights.
    size_t weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }
    template <typename T> void shuffle(std::vector<T> &items) // Fisher-Yates
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(uniformInt(0, qint64(i) - 1))]);
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

// Values as real exporters report them: the warehouse codec stores decimal
// values of fixed precision far more compactly than arbitrary doubles.
inline double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}
inline double round1(double value) // 0.1
{
    return std::round(value * 10.0) / 10.0;
}
inline double round2(double value) // 0.01
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace Opsight::Core::Sim
