// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>

#include <memory>
#include <string_view>

namespace Opsight::Core {

class Database;

// Buffers samples per series and writes them as compressed chunks (one per series
// and 2-hour block) with their minute and hour rollups. Samples already stored are
// merged: the same (series, time, value) again is counted unchanged and writes
// nothing, so importing a file twice adds nothing. A different value at a stored
// time replaces it (the newer import wins) and is counted as changed.
//
// Use on the writer's thread inside a Transaction; flush() before committing.
class MetricWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::MetricWriter)
public:
    struct Stats
    {
        qint64 samplesAdded = 0;
        qint64 samplesChanged = 0;
        qint64 samplesUnchanged = 0;
        qint64 seriesCreated = 0;
        qint64 chunksWritten = 0;
    };

    explicit MetricWriter(Database &db);
    ~MetricWriter();
    Q_DISABLE_COPY_MOVE(MetricWriter)

    // Returns the id of the series, creating it when new. Labels must be sorted.
    SeriesId intern(const SeriesKey &key);
    // Buffers one sample; flushes by itself when the buffer grows large.
    void append(SeriesId series, Timestamp time, double value);
    // Merges everything buffered into the warehouse.
    void flush();

    qint64 bufferedSamples() const;
    const Stats &stats() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Opsight::Core
