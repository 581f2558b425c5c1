// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/types.h"

#include <QString>
#include <string_view>

namespace Opsight::Core {

// Where parsers put what they read. The seam keeps parsers free of SQL, so unit
// tests can record their output without a warehouse.
class IngestSink
{
public:
    virtual ~IngestSink() = default;
    // Labels are sorted, `__name__` excluded, no empty values.
    virtual SeriesId series(const SeriesKey &key) = 0;
    virtual void sample(SeriesId series, Timestamp time, double value) = 0;
    virtual void event(const Event &event) = 0;
    virtual void host(const HostRecord &host) = 0;
    // Bytes of the current file consumed so far; may throw Cancelled.
    virtual void progress(qint64 bytesDone) { Q_UNUSED(bytesDone) }
};

// One file's bytes and the name errors are reported under.
struct ParseInput
{
    QString file;
    std::string_view data;
};

void parseOpenMetrics(const ParseInput &input, IngestSink &sink);
void parsePromJson(const ParseInput &input, IngestSink &sink);
void parseCsvMetrics(const ParseInput &input, IngestSink &sink); // long or wide, from the header
void parseJsonlEvents(const ParseInput &input, IngestSink &sink);
void parseInventory(const ParseInput &input, IngestSink &sink);

} // namespace Opsight::Core
