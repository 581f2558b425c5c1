// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <optional>

namespace Opsight::Core {

// A stall as a record of its own: the value unchanged (the same value sample
// after sample) for longer than any earlier stall of the recent history. A stuck
// gauge, a counter's rate at 0, writes that stop: every value view sees the
// stuck value as ordinary (it is the series' own floor, or its last level), and
// the shape view has seen flat stretches before, only shorter.
// A stall speaks once when it outlasts the longest earlier one by 15%, and again
// when it reaches twice that (an escalation, as other records escalate). Shorter
// repeats than 24 samples are the quantisation of a noisy series, not quiet
// stretches: a stall is judged against at least that, so a noisy gauge that
// freezes speaks at 28 and 49 samples. A series must have changed within the
// history first: one that never did (a constant, a setting) has nothing to stall.
class StallRecords final
{
public:
    static constexpr qint64 kMinimumRecord = 24;
    static constexpr double kMargin = 0.15;
    static constexpr double kEscalation = 2.0;

    // `history`: samples within which an earlier stall counts (it ended there).
    explicit StallRecords(qint64 history)
        : m_history(history)
    {
        Q_ASSERT(history > 0);
    }

    struct Record
    {
        double margin = 0; // over the longest earlier stall (0.15, or 1 when it doubled)
        qint64 length = 0; // samples unchanged, including this one
        qint64 longest = 0; // the longest earlier stall (at least kMinimumRecord)
        Timestamp since = 0; // the stall's first sample
        // How long the longest earlier stall lasted, first to last sample; when
        // none reached kMinimumRecord samples, how long that many take at this
        // stall's pace (and `underFloor`).
        Timestamp longestSpan = 0;
        bool underFloor = false;
    };

    // Feeds the next finite value; returns a record when this sample makes one.
    std::optional<Record> update(Timestamp time, double value)
    {
        ++m_count;
        if (m_run > 0 && value == m_last) {
            ++m_run;
        } else {
            if (m_run >= kMinimumRecord) // shorter ones count as kMinimumRecord anyway
                ended(m_run, m_lastTime - m_since);
            if (m_run > 0)
                m_changedAt = m_count - 1;
            m_run = 1;
            m_last = value;
            m_since = time;
        }
        m_lastTime = time;
        if (m_run <= kMinimumRecord || m_changedAt < 0 || m_changedAt < m_count - m_history)
            return std::nullopt; // no record yet, or nothing changed within the history
        while (!m_longest.empty() && m_longest.front().end < m_count - m_history)
            m_longest.pop_front();
        const bool underFloor = m_longest.empty() || m_longest.front().length < kMinimumRecord;
        const qint64 longest = underFloor ? kMinimumRecord : m_longest.front().length;
        // The first sample past each mark; a stall grows a sample at a time.
        double margin = 0;
        if (m_run == qint64(double(longest) * (1.0 + kMargin)) + 1)
            margin = kMargin;
        else if (m_run == qint64(double(longest) * kEscalation) + 1)
            margin = kEscalation - 1.0;
        else
            return std::nullopt;
        const Timestamp longestSpan = underFloor ? (time - m_since) * (kMinimumRecord - 1) / (m_run - 1)
                                                 : m_longest.front().span;
        return Record{margin, m_run, longest, m_since, longestSpan, underFloor};
    }

private:
    struct Stall
    {
        qint64 end;
        qint64 length;
        Timestamp span;
    };

    // A sliding maximum over the ended stalls: each kept stall is longer than
    // every later one, so the front is the longest within the history.
    void ended(qint64 length, Timestamp span)
    {
        while (!m_longest.empty() && m_longest.back().length <= length)
            m_longest.pop_back();
        m_longest.push_back({m_count - 1, length, span});
    }

    qint64 m_history;
    qint64 m_count = 0;
    qint64 m_run = 0;
    qint64 m_changedAt = -1; // the last sample before the value changed (-1: never)
    double m_last = 0;
    Timestamp m_since = 0, m_lastTime = 0;
    std::deque<Stall> m_longest;
};

} // namespace Opsight::Core
