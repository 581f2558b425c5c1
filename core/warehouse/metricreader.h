// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "selector.h"
#include "types.h"

#include <QCoreApplication>

namespace Opsight::Core {

class Database;

struct SeriesInfo
{
    SeriesId id = 0;
    SeriesKey key;
    std::string host; // empty when the series has no host
};

// One point of a range read: a raw sample (count 1, min = max = mean) or an
// aggregate over a step.
struct RangePoint
{
    Timestamp time = 0; // its first sample's time (a rollup's: its minute or hour)
    double min = 0;
    double max = 0;
    double mean = 0;
    qint64 count = 0;
};

enum class Resolution { Raw, Minute, Hour };

struct RangeResult
{
    Resolution source = Resolution::Raw; // which storage the read used
    Timestamp step = 0;                  // 0: raw samples
    std::vector<RangePoint> points;
};

enum class Aggregate { Mean, Max, Min, Last };

struct TopEntry
{
    std::string host;
    SeriesId series = 0;
    double value = 0;
};

// Reads metric data for plots and analyses. Picks the storage by itself: raw
// chunks when the step is finer than a minute (or the series has no rollup for
// it), minute rollups up to an hour, hour rollups beyond.
class MetricReader final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::MetricReader)
public:
    explicit MetricReader(Database &db);

    std::vector<SeriesInfo> select(const Selector &selector);
    // How many series each selector matches: the metric's or the host's index
    // where the selector pins one, one walk of the series for all the others.
    std::vector<qint64> countMatches(const std::vector<Selector> &selectors);
    std::optional<SeriesInfo> series(SeriesId id);
    // Every metric name with at least one series, sorted.
    std::vector<std::string> metricNames();

    // All samples in [from, to), in time order.
    std::vector<Sample> samples(SeriesId id, Timestamp from, Timestamp to);
    // Points in [from, to) at about `step` ms each (0: raw).
    RangeResult range(SeriesId id, Timestamp from, Timestamp to, Timestamp step);
    // Hosts ranked by `aggregate` of `metric` over [from, to); series of one host
    // are combined (mean of means, max of maxes). Highest first unless lowest.
    std::vector<TopEntry> topHosts(const std::string &metric, Timestamp from, Timestamp to,
                                   int k, Aggregate aggregate, bool lowest = false);

private:
    Database &m_db;
};

} // namespace Opsight::Core
