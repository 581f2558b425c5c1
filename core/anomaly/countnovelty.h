// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertscan.h"

namespace Opsight::Core {

// What a burst or drop detector cannot see in counted events (log lines per
// template): a template the source never wrote before, or one it writes so
// seldom that each appearance matters. Count series are grouped by the labels
// other than `host` and `template` (the source) and by `template` (the family).
struct NoveltyPolicy
{
    // The source's first day (or first third of its data, when that is shorter)
    // only teaches what it normally writes: nothing is new while everything is.
    // A tenth was too little for an export of three days: in 7 hours a
    // 1,000-host fleet's sshd had not yet written its failed-password lines on
    // most hosts, and each host that wrote them later that day was "new" (42 of
    // the simulated fleet's 70 false alerts).
    Timestamp learning = kDay;
    double learningShare = 1.0 / 3;
    // New on a host too: a template this host never wrote, which at most this
    // share of the source's hosts (and at least one) wrote before: the second
    // host with ECC errors matters as much as the first.
    double newOnHostShare = 0.05;
    // Rare: at most this many lines before, over a source history of at least
    // `rareMinSourceLines`, and quiet for `rareQuiet` since it last appeared.
    qint64 rareLines = 5;
    qint64 rareMinSourceLines = 1000;
    Timestamp rareQuiet = kDay;
    double newScore = 0.96;  // alert strength of each, for severity and feedback
    double rareScore = 0.955;
};

// When a source's learning period ends, given the span of its data; what first
// appears after it (strictly) is new.
Timestamp learningEnd(Timestamp first, Timestamp last, const NoveltyPolicy &policy = {});

// The source of a count series: its metric and the labels that are neither the
// host nor the template. Novelty judges a template against the source's hosts.
std::string countSource(const SeriesKey &key);

struct CountSeries
{
    SeriesKey key;
    std::vector<Sample> samples; // counts per step, in time order; zeros may be left out
};

// Alerts (detector "new_template" or "rare_template") on the series of the host
// where a new or rare template appeared, from its first step to the end of that
// run of non-zero steps. `step` is the spacing of the samples.
std::vector<SeriesAlert> detectCountNovelty(const std::vector<CountSeries> &series, Timestamp step,
                                            const NoveltyPolicy &policy = {});

// Replaces streaming-detector alerts that a novelty alert of the same series
// overlaps by that one, widened to cover them: one finding, one alert.
void mergeNovelty(std::vector<SeriesAlert> &alerts, std::vector<SeriesAlert> novelty);

} // namespace Opsight::Core
