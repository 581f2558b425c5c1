// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace Opsight::Core {

// The sliding-window extreme of a window of at most `capacity` values, as a
// monotonic queue in a fixed ring: the queue never holds more than the window,
// so it needs none of std::deque's block allocation and indirection.
// `Dropped(back, v)` says a newer value v makes `back` useless (std::less: max).
template<typename Dropped>
class MonotonicQueue final
{
public:
    explicit MonotonicQueue(size_t capacity)
        : m_ring(capacity ? capacity : 1)
    {
    }

    bool empty() const { return m_count == 0; }
    double front() const { return m_ring[m_head]; }

    // Call with the value leaving the window before pushing its successor.
    void evict(double old)
    {
        if (m_count > 0 && m_ring[m_head] == old) {
            m_head = next(m_head);
            --m_count;
        }
    }

    void push(double v)
    {
        while (m_count > 0 && Dropped{}(m_ring[back()], v))
            --m_count;
        m_ring[wrap(m_head + m_count)] = v;
        ++m_count;
    }

private:
    // Indices below twice the ring's size, wrapped by a subtraction: a modulo
    // is a division, and five queues pay for it on every sample.
    size_t wrap(size_t i) const { return i >= m_ring.size() ? i - m_ring.size() : i; }
    size_t next(size_t i) const { return wrap(i + 1); }
    size_t back() const { return wrap(m_head + m_count - 1); }

    std::vector<double> m_ring;
    size_t m_head = 0, m_count = 0;
};

using SlidingMax = MonotonicQueue<std::less<double>>;
using SlidingMin = MonotonicQueue<std::greater<double>>;

} // namespace Opsight::Core
