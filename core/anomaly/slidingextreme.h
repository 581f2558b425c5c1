// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <limits>
#include <vector>

namespace Opsight::Core {

// The extreme of the last `capacity` values pushed, exact, without a branch on
// the data (van Herk / Gil-Werman): the stream is cut into blocks of `capacity`
// values; the window is the tail of the previous block, whose extremes from each
// position to its end are computed once when it completes, and the head of the
// current block, whose running extreme is kept. A monotonic queue popped a
// data-dependent number of values per push, a mispredicted loop exit each time
// on noisy series; this costs two comparisons per push and one pass per block.
// `Extreme` is a functor returning the more extreme of two values.
template<typename Extreme, typename Limits>
class BlockExtreme final
{
public:
    explicit BlockExtreme(size_t capacity)
        : m_block(capacity ? capacity : 1)
        , m_tail(m_block.size() + 1, Limits::none()) // one past the end: none, for a block just begun
    {
    }

    bool empty() const { return m_count == 0; }
    double front() const { return m_front; }

    void push(double v)
    {
        m_block[m_at] = v;
        m_head = Extreme{}(m_head, v);
        m_front = Extreme{}(m_tail[m_at + 1], m_head);
        m_count = std::min(m_count + 1, m_block.size());
        if (++m_at < m_block.size())
            return;
        // The block is complete: it becomes the previous block.
        double extreme = Limits::none();
        for (size_t i = m_block.size(); i-- > 0;)
            m_tail[i] = extreme = Extreme{}(m_block[i], extreme);
        m_head = Limits::none();
        m_at = 0;
    }

private:
    std::vector<double> m_block; // the current block so far, then the previous block's rest
    std::vector<double> m_tail;  // previous block: extreme of [i, end)
    double m_head = Limits::none(); // current block: extreme so far
    double m_front = Limits::none();
    size_t m_at = 0, m_count = 0;
};

namespace detail {
struct Larger
{
    double operator()(double a, double b) const { return std::max(a, b); }
};
struct Smaller
{
    double operator()(double a, double b) const { return std::min(a, b); }
};
struct NoMaximum
{
    static constexpr double none() { return -std::numeric_limits<double>::infinity(); }
};
struct NoMinimum
{
    static constexpr double none() { return std::numeric_limits<double>::infinity(); }
};
} // namespace detail

using SlidingMax = BlockExtreme<detail::Larger, detail::NoMaximum>;
using SlidingMin = BlockExtreme<detail::Smaller, detail::NoMinimum>;

} // namespace Opsight::Core
