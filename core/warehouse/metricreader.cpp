// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricreader.h"

#include "chunkcodec.h"
#include "common/error.h"
#include "database.h"
#include "rollup.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace Opsight::Core {

namespace {

SeriesInfo seriesFromRow(const Statement &row)
{
    SeriesInfo info;
    info.id = row.columnInt64(0);
    info.key.metric = std::string(row.columnText(1));
    if (auto labels = SeriesKey::parseLabels(row.columnText(2)))
        info.key.labels = std::move(*labels);
    info.host = std::string(row.columnText(3));
    return info;
}

// The host a selector pins with `host="name"`, letting the walk use the host index.
std::optional<std::string> pinnedHost(const Selector &selector)
{
    for (const Selector::Matcher &m : selector.matchers())
        if (m.label == "host" && m.op == Selector::Op::Equal && !m.value.empty())
            return m.value;
    return std::nullopt;
}

// Merges rollup points (already at `resolution`) into buckets of `step`. A
// bucket stands at its first point's time, not at its start: a bucket of 65.6 s
// holding one sample at 18:35:00 is that sample, not one at 18:34:37.5 (rev14).
std::vector<RangePoint> rebucket(const std::vector<RollupPoint> &points, Timestamp step)
{
    std::vector<RangePoint> out;
    RangePoint current;
    Timestamp currentBucket = 0;
    double sum = 0;
    auto close = [&] {
        current.mean = sum / double(current.count);
        out.push_back(current);
    };
    for (const RollupPoint &p : points) {
        const Timestamp bucket = blockStart(p.time, step);
        if (current.count == 0 || bucket != currentBucket) {
            if (current.count)
                close();
            currentBucket = bucket;
            current = RangePoint{p.time, p.min, p.max, 0, 0};
            sum = 0;
        }
        current.min = std::min(current.min, p.min);
        current.max = std::max(current.max, p.max);
        sum += p.sum;
        current.count += p.count;
    }
    if (current.count)
        close();
    return out;
}

} // namespace

MetricReader::MetricReader(Database &db)
    : m_db(db)
{
}

std::vector<SeriesInfo> MetricReader::select(const Selector &selector)
{
    std::vector<SeriesInfo> result;
    // The indexes narrow the walk: a pinned metric name, a pinned host (the
    // series' host column is its `host` label when it has one), or both.
    const std::optional<std::string> metric = selector.metricName();
    const std::optional<std::string> host = pinnedHost(selector);
    Statement stmt = m_db.prepare(metric && host ? "SELECT id, metric, labels, host FROM series WHERE metric=?1 AND host=?2 ORDER BY id"
                                  : metric       ? "SELECT id, metric, labels, host FROM series WHERE metric=?1 ORDER BY id"
                                  : host         ? "SELECT id, metric, labels, host FROM series WHERE host=?2 ORDER BY id"
                                                 : "SELECT id, metric, labels, host FROM series ORDER BY id");
    if (metric)
        stmt.bind(1, std::string_view(*metric));
    if (host)
        stmt.bind(2, std::string_view(*host));
    while (stmt.step()) {
        SeriesInfo info = seriesFromRow(stmt);
        if (selector.matches(info.key))
            result.push_back(std::move(info));
    }
    return result;
}

std::vector<qint64> MetricReader::countMatches(const std::vector<Selector> &selectors)
{
    std::vector<qint64> counts(selectors.size(), 0);
    std::vector<size_t> anyMetric; // selectors no index narrows
    for (size_t i = 0; i < selectors.size(); ++i) {
        if (selectors[i].metricName() || pinnedHost(selectors[i]))
            counts[i] = qint64(select(selectors[i]).size());
        else
            anyMetric.push_back(i);
    }
    if (anyMetric.empty())
        return counts;
    Statement stmt = m_db.prepare("SELECT id, metric, labels, host FROM series");
    while (stmt.step()) {
        const SeriesInfo info = seriesFromRow(stmt);
        for (size_t i : anyMetric)
            counts[i] += selectors[i].matches(info.key);
    }
    return counts;
}

std::optional<SeriesInfo> MetricReader::series(SeriesId id)
{
    Statement stmt = m_db.prepare("SELECT id, metric, labels, host FROM series WHERE id=?1");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return seriesFromRow(stmt);
}

std::vector<std::string> MetricReader::metricNames()
{
    // The UNIQUE(metric, labels) index makes this a walk over distinct keys.
    std::vector<std::string> names;
    Statement stmt = m_db.prepare("SELECT DISTINCT metric FROM series ORDER BY metric");
    while (stmt.step())
        names.emplace_back(stmt.columnText(0));
    return names;
}

std::vector<Sample> MetricReader::samples(SeriesId id, Timestamp from, Timestamp to)
{
    from = std::max(from, kEarliest); // open-ended ranges must not overflow the block arithmetic
    to = std::min(to, kLatest);
    std::vector<Sample> all;
    if (from >= to)
        return all;
    Statement stmt = m_db.prepare(
        "SELECT data FROM chunk WHERE series_id=?1 AND block>=?2 - (SELECT block FROM series WHERE id=?1) + 1 "
        "AND block<?3 ORDER BY block");
    stmt.bind(1, id).bind(2, from).bind(3, to);
    while (stmt.step())
        ChunkCodec::decodeSamples(stmt.columnBlob(0), all);
    const auto begin = std::lower_bound(all.begin(), all.end(), from,
                                        [](const Sample &s, Timestamp t) { return s.time < t; });
    const auto end = std::lower_bound(begin, all.end(), to, [](const Sample &s, Timestamp t) { return s.time < t; });
    return std::vector<Sample>(begin, end);
}

RangeResult MetricReader::range(SeriesId id, Timestamp from, Timestamp to, Timestamp step)
{
    // Rollups are read block by block: clamp to the series' own extent first, or an
    // open-ended range would walk every block since the epoch's dawn.
    Statement extent = m_db.prepare("SELECT first_time, last_time, block FROM series WHERE id=?1");
    extent.bind(1, id);
    if (!extent.step() || extent.columnIsNull(0))
        return RangeResult{Resolution::Raw, step, {}};
    from = std::max(from, extent.columnInt64(0));
    to = std::min(to, extent.columnInt64(1) + 1);
    const Timestamp chunkBlock = extent.columnInt64(2);
    RangeResult result;
    result.step = step;
    if (from >= to)
        return result;
    if (step < kMinute) {
        // Raw samples, optionally bucketed into sub-minute steps.
        const std::vector<Sample> raw = samples(id, from, to);
        if (step <= 0) {
            result.points.reserve(raw.size());
            for (const Sample &s : raw)
                result.points.push_back({s.time, s.value, s.value, s.value, 1});
            return result;
        }
        result.points = rebucket(buildRollup(raw, step), step);
        return result;
    }

    std::vector<RollupPoint> points;
    Statement rollup = m_db.prepare("SELECT data FROM rollup WHERE resolution=?1 AND block=?2 AND series_id=?3");
    if (step < kHour) {
        // Minute rollups exist only where raw data is finer than a minute; elsewhere
        // the raw chunk of the block is the minute series.
        result.source = Resolution::Minute;
        Statement chunk = m_db.prepare("SELECT data FROM chunk WHERE series_id=?1 AND block=?2");
        std::vector<Sample> raw;
        for (Timestamp block = blockStart(from, chunkBlock); block < to; block += chunkBlock) {
            rollup.bind(1, kMinute).bind(2, block).bind(3, id);
            if (rollup.step()) {
                ChunkCodec::decodeRollup(rollup.columnBlob(0), points);
            } else {
                chunk.bind(1, id).bind(2, block);
                if (chunk.step()) {
                    raw.clear();
                    ChunkCodec::decodeSamples(chunk.columnBlob(0), raw);
                    const std::vector<RollupPoint> minute = buildRollup(raw, kMinute);
                    points.insert(points.end(), minute.begin(), minute.end());
                }
                chunk.reset();
            }
            rollup.reset();
        }
    } else {
        result.source = Resolution::Hour;
        for (Timestamp block = blockStart(from, kHourRollupBlock); block < to; block += kHourRollupBlock) {
            rollup.bind(1, kHour).bind(2, block).bind(3, id);
            if (rollup.step())
                ChunkCodec::decodeRollup(rollup.columnBlob(0), points);
            rollup.reset();
        }
    }
    std::erase_if(points, [&](const RollupPoint &p) { return p.time < blockStart(from, step) || p.time >= to; });
    result.points = rebucket(points, step);
    return result;
}

std::vector<TopEntry> MetricReader::topHosts(const std::string &metric, Timestamp from, Timestamp to, int k,
                                             Aggregate aggregate, bool lowest)
{
    struct Accumulator
    {
        SeriesId series = 0;
        double min = INFINITY, max = -INFINITY, sum = 0, lastSum = 0;
        qint64 count = 0, lastCount = 0;
    };
    std::unordered_map<std::string, Accumulator> hosts;
    Statement stmt = m_db.prepare("SELECT id, host FROM series WHERE metric=?1 AND host != '' ORDER BY id");
    stmt.bind(1, std::string_view(metric));
    // Hour rollups for windows of a day or more, minute resolution below.
    const Timestamp step = to - from >= kDay ? kHour : kMinute;
    while (stmt.step()) {
        const SeriesId id = stmt.columnInt64(0);
        Accumulator &acc = hosts[std::string(stmt.columnText(1))];
        if (!acc.series)
            acc.series = id;
        const RangeResult points = range(id, from, to, step);
        for (const RangePoint &p : points.points) {
            acc.min = std::min(acc.min, p.min);
            acc.max = std::max(acc.max, p.max);
            acc.sum += p.mean * double(p.count);
            acc.count += p.count;
        }
        if (!points.points.empty()) {
            acc.lastSum += points.points.back().mean;
            ++acc.lastCount;
        }
    }

    std::vector<TopEntry> entries;
    entries.reserve(hosts.size());
    for (const auto &[host, acc] : hosts) {
        if (acc.count == 0)
            continue;
        double value = 0;
        switch (aggregate) {
        case Aggregate::Mean: value = acc.sum / double(acc.count); break;
        case Aggregate::Max: value = acc.max; break;
        case Aggregate::Min: value = acc.min; break;
        case Aggregate::Last: value = acc.lastSum / double(acc.lastCount); break;
        }
        entries.push_back({host, acc.series, value});
    }
    const size_t n = std::min(entries.size(), size_t(std::max(k, 0)));
    auto order = [lowest](const TopEntry &a, const TopEntry &b) {
        if (a.value != b.value)
            return lowest ? a.value < b.value : a.value > b.value;
        return a.host < b.host; // stable, deterministic ties
    };
    std::partial_sort(entries.begin(), entries.begin() + qsizetype(n), entries.end(), order);
    entries.resize(n);
    return entries;
}

} // namespace Opsight::Core
