// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricwriter.h"

#include "chunkcodec.h"
#include "common/error.h"
#include "database.h"
#include "rollup.h"

#include <algorithm>
#include <bit>
#include <unordered_map>

namespace Opsight::Core {

namespace {
// About 200 MB of buffered samples before a flush: big enough to write whole
// chunks on bulk imports, small enough for 100,000-host simulations.
constexpr qint64 kFlushThreshold = 12'000'000;

bool sameValue(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}
} // namespace

struct MetricWriter::Private
{
    explicit Private(Database &database)
        : db(database)
        , findSeries(db.prepare("SELECT id FROM series WHERE metric=?1 AND labels=?2"))
        , insertSeries(db.prepare("INSERT INTO series(metric, labels, host) VALUES(?1, ?2, ?3)"))
        , selectChunk(db.prepare("SELECT data FROM chunk WHERE series_id=?1 AND block=?2"))
        , upsertChunk(db.prepare("INSERT OR REPLACE INTO chunk(series_id, block, first_time, last_time, count, data) "
                                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6)"))
        , selectRollup(db.prepare("SELECT data FROM rollup WHERE resolution=?1 AND block=?2 AND series_id=?3"))
        , upsertRollup(db.prepare("INSERT OR REPLACE INTO rollup(resolution, block, series_id, data) "
                                  "VALUES(?1, ?2, ?3, ?4)"))
        , deleteRollup(db.prepare("DELETE FROM rollup WHERE resolution=?1 AND block=?2 AND series_id=?3"))
        , updateSeries(db.prepare("UPDATE series SET sample_count = sample_count + ?2, "
                                  "first_time = min(coalesce(first_time, ?3), ?3), "
                                  "last_time = max(coalesce(last_time, ?4), ?4) WHERE id=?1"))
        , selectBlock(db.prepare("SELECT block FROM series WHERE id=?1"))
        , updateBlock(db.prepare("UPDATE series SET block=?2 WHERE id=?1"))
    {
    }

    void flushSeries(SeriesId id, std::vector<Sample> &samples);
    bool mergeBlock(SeriesId id, Timestamp block, std::vector<Sample> &merged, const Sample *begin,
                    const Sample *end, bool mayExist);
    std::vector<RollupPoint> loadRollup(Timestamp resolution, Timestamp block, SeriesId id);
    void storeRollup(Timestamp resolution, Timestamp block, SeriesId id, const std::vector<RollupPoint> &points);

    Database &db;
    Statement findSeries, insertSeries, selectChunk, upsertChunk, selectRollup, upsertRollup, deleteRollup,
        updateSeries;
    // Series created by this writer: only blocks it wrote itself can exist for
    // them, which spares a lookup per chunk on fresh imports. Small sorted vectors:
    // a million series must not cost a hash set each.
    struct Written
    {
        Timestamp block = 0; // chunk block length, 0 until the first flush chooses it
        std::vector<Timestamp> chunkBlocks;
        std::vector<Timestamp> hourBlocks;
    };
    std::unordered_map<SeriesId, Written> createdHere;
    std::unordered_map<SeriesId, Timestamp> blockLengths; // of series that existed before
    Statement selectBlock, updateBlock;

    Timestamp blockLength(SeriesId id, const std::vector<Sample> &samples);
    std::unordered_map<SeriesId, std::vector<Sample>> buffer;
    qint64 buffered = 0;
    Stats stats;
};

MetricWriter::MetricWriter(Database &db)
    : d(std::make_unique<Private>(db))
{
}

MetricWriter::~MetricWriter() = default;

SeriesId MetricWriter::intern(const SeriesKey &key)
{
    // No cache here: callers (parsers, the simulator) keep their own from raw text
    // to id, so each series is interned once, and an index lookup is cheap.
    if (key.metric.empty())
        throw Error(tr("A series needs a metric name (labels: %1).").arg(QString::fromStdString(key.canonicalLabels())));
    const std::string labels = key.canonicalLabels();
    SeriesId id = 0;
    d->findSeries.bind(1, std::string_view(key.metric)).bind(2, std::string_view(labels));
    if (d->findSeries.step()) {
        id = d->findSeries.columnInt64(0);
    } else {
        d->insertSeries.bind(1, std::string_view(key.metric))
            .bind(2, std::string_view(labels))
            .bind(3, std::string_view(key.hostName()))
            .run();
        id = d->db.lastInsertRowId();
        d->createdHere.emplace(id, Private::Written{});
        ++d->stats.seriesCreated;
    }
    d->findSeries.reset();
    return id;
}

void MetricWriter::append(SeriesId series, Timestamp time, double value)
{
    d->buffer[series].push_back({time, value});
    if (++d->buffered >= kFlushThreshold)
        flush();
}

qint64 MetricWriter::bufferedSamples() const
{
    return d->buffered;
}

const MetricWriter::Stats &MetricWriter::stats() const
{
    return d->stats;
}

void MetricWriter::flush()
{
    std::vector<SeriesId> ids;
    ids.reserve(d->buffer.size());
    for (const auto &entry : d->buffer)
        ids.push_back(entry.first);
    std::sort(ids.begin(), ids.end()); // write in key order: friendlier to the B-tree
    for (SeriesId id : ids)
        d->flushSeries(id, d->buffer[id]);
    d->buffer.clear();
    d->buffered = 0;
}

void MetricWriter::Private::flushSeries(SeriesId id, std::vector<Sample> &samples)
{
    // Sort by time; of two samples at one time in the same batch, the later one wins.
    std::stable_sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.time < b.time; });
    size_t unique = 0;
    for (size_t i = 0; i < samples.size(); ++i) {
        if (unique > 0 && samples[unique - 1].time == samples[i].time) {
            // A repeat within the batch (the same file twice, overlapping files).
            sameValue(samples[unique - 1].value, samples[i].value) ? ++stats.samplesUnchanged
                                                                   : ++stats.samplesChanged;
            samples[unique - 1] = samples[i];
        } else {
            samples[unique++] = samples[i];
        }
    }
    samples.resize(unique);

    const auto created = createdHere.find(id);
    const Timestamp blockLen = blockLength(id, samples);
    auto contains = [](const std::vector<Timestamp> &v, Timestamp t) { return std::binary_search(v.begin(), v.end(), t); };
    auto insert = [](std::vector<Timestamp> &v, Timestamp t) {
        const auto it = std::lower_bound(v.begin(), v.end(), t);
        if (it == v.end() || *it != t)
            v.insert(it, t);
    };
    const qint64 addedBefore = stats.samplesAdded;
    Timestamp firstTime = 0, lastTime = 0;
    bool touched = false;
    // Hour rollup points per day block, gathered so each day row is written once.
    std::unordered_map<Timestamp, std::vector<std::pair<Timestamp, std::vector<RollupPoint>>>> hourUpdates;

    std::vector<Sample> merged;
    for (size_t begin = 0; begin < samples.size();) {
        const Timestamp block = blockStart(samples[begin].time, blockLen);
        size_t end = begin;
        while (end < samples.size() && samples[end].time < block + blockLen)
            ++end;
        const bool mayExist = created == createdHere.end() || contains(created->second.chunkBlocks, block);
        if (mergeBlock(id, block, merged, samples.data() + begin, samples.data() + end, mayExist)) {
            if (created != createdHere.end())
                insert(created->second.chunkBlocks, block);
            if (!touched || merged.front().time < firstTime)
                firstTime = merged.front().time;
            if (!touched || merged.back().time > lastTime)
                lastTime = merged.back().time;
            touched = true;

            if (finerThan(merged, kMinute))
                storeRollup(kMinute, block, id, buildRollup(merged, kMinute));
            else if (mayExist)
                deleteRollup.bind(1, kMinute).bind(2, block).bind(3, id).run();
            hourUpdates[blockStart(block, kHourRollupBlock)].emplace_back(block, buildRollup(merged, kHour));
        }
        begin = end;
    }

    for (auto &[day, updates] : hourUpdates) {
        std::vector<RollupPoint> points;
        if (created == createdHere.end() || contains(created->second.hourBlocks, day))
            points = loadRollup(kHour, day, id);
        std::sort(updates.begin(), updates.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[block, blockPoints] : updates)
            points = spliceRollup(points, block, block + blockLen, blockPoints);
        storeRollup(kHour, day, id, points);
        if (created != createdHere.end())
            insert(created->second.hourBlocks, day);
    }

    if (touched)
        updateSeries.bind(1, id).bind(2, stats.samplesAdded - addedBefore).bind(3, firstTime).bind(4, lastTime).run();
}

// The series' chunk block length: stored for series that existed before this
// writer; chosen from the first batch's median interval for new ones.
Timestamp MetricWriter::Private::blockLength(SeriesId id, const std::vector<Sample> &samples)
{
    if (const auto created = createdHere.find(id); created != createdHere.end()) {
        Written &written = created->second;
        if (!written.block) {
            std::vector<Timestamp> intervals;
            for (size_t i = 1; i < samples.size(); ++i)
                intervals.push_back(samples[i].time - samples[i - 1].time);
            Timestamp median = 0;
            if (!intervals.empty()) {
                std::nth_element(intervals.begin(), intervals.begin() + qsizetype(intervals.size() / 2), intervals.end());
                median = intervals[intervals.size() / 2];
            }
            written.block = intervals.empty() ? kDefaultChunkBlock : chunkBlockFor(median);
            updateBlock.bind(1, id).bind(2, written.block).run();
        }
        return written.block;
    }
    if (const auto known = blockLengths.find(id); known != blockLengths.end())
        return known->second;
    selectBlock.bind(1, id);
    const Timestamp block = selectBlock.step() ? selectBlock.columnInt64(0) : kDefaultChunkBlock;
    selectBlock.reset();
    blockLengths.emplace(id, block);
    return block;
}

// Merges [begin, end) into the block's stored chunk; returns true when the chunk
// changed, with the merged samples of the whole block in `merged`.
bool MetricWriter::Private::mergeBlock(SeriesId id, Timestamp block, std::vector<Sample> &merged,
                                       const Sample *begin, const Sample *end, bool mayExist)
{
    std::vector<Sample> existing;
    if (mayExist) {
        selectChunk.bind(1, id).bind(2, block);
        if (selectChunk.step())
            ChunkCodec::decodeSamples(selectChunk.columnBlob(0), existing);
        selectChunk.reset();
    }
    merged.clear();
    merged.reserve(existing.size() + size_t(end - begin));
    qint64 added = 0, changed = 0, unchanged = 0;
    auto e = existing.begin();
    for (const Sample *n = begin; n != end; ++n) {
        while (e != existing.end() && e->time < n->time)
            merged.push_back(*e++);
        if (e != existing.end() && e->time == n->time) {
            sameValue(e->value, n->value) ? ++unchanged : ++changed;
            ++e;
        } else {
            ++added;
        }
        merged.push_back(*n);
    }
    merged.insert(merged.end(), e, existing.end());
    stats.samplesAdded += added;
    stats.samplesChanged += changed;
    stats.samplesUnchanged += unchanged;
    if (added == 0 && changed == 0)
        return false;

    const std::string data = ChunkCodec::encodeSamples(merged);
    upsertChunk.bind(1, id)
        .bind(2, block)
        .bind(3, merged.front().time)
        .bind(4, merged.back().time)
        .bind(5, qint64(merged.size()))
        .bindBlob(6, data.data(), int(data.size()))
        .run();
    ++stats.chunksWritten;
    return true;
}

std::vector<RollupPoint> MetricWriter::Private::loadRollup(Timestamp resolution, Timestamp block, SeriesId id)
{
    std::vector<RollupPoint> points;
    selectRollup.bind(1, resolution).bind(2, block).bind(3, id);
    if (selectRollup.step())
        ChunkCodec::decodeRollup(selectRollup.columnBlob(0), points);
    selectRollup.reset();
    return points;
}

void MetricWriter::Private::storeRollup(Timestamp resolution, Timestamp block, SeriesId id,
                                        const std::vector<RollupPoint> &points)
{
    const std::string data = ChunkCodec::encodeRollup(points);
    upsertRollup.bind(1, resolution).bind(2, block).bind(3, id).bindBlob(4, data.data(), int(data.size())).run();
}

} // namespace Opsight::Core
