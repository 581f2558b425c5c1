// SPDX-License-Identifier: GPL-3.0-or-later
#include "countnovelty.h"

#include <algorithm>
#include <map>
#include <set>

namespace Opsight::Core {

namespace {

struct Occurrence
{
    Timestamp time = 0;
    size_t series = 0; // index into the input
    size_t sample = 0; // index into its samples
    double count = 0;
};

struct FamilyState
{
    double lines = 0;
    Timestamp last = 0;
    std::set<std::string> hosts; // that wrote it
};

} // namespace

std::string countSource(const SeriesKey &key)
{
    std::string out = key.metric;
    for (const auto &[name, value] : key.labels)
        if (name != "host" && name != "template")
            out += '\x1f' + name + '=' + value;
    return out;
}

namespace {

SeriesAlert noveltyAlert(const CountSeries &series, size_t first, Timestamp step, double score, const char *detector)
{
    // The alert lasts as long as the template keeps appearing without a pause.
    size_t last = first, peak = first;
    while (last + 1 < series.samples.size() && series.samples[last + 1].value > 0
           && series.samples[last + 1].time - series.samples[last].time <= step) {
        ++last;
        if (series.samples[last].value > series.samples[peak].value)
            peak = last;
    }
    SeriesAlert alert;
    alert.series = series.key;
    alert.host = series.key.hostName();
    alert.interval = {series.samples[first].time, series.samples[last].time + step, score, series.samples[peak].time,
                      false};
    alert.detector = QString::fromLatin1(detector);
    return alert;
}

} // namespace

Timestamp learningEnd(Timestamp first, Timestamp last, const NoveltyPolicy &policy)
{
    const auto share = Timestamp(double(last - first) * policy.learningShare);
    return first + std::min(policy.learning, share);
}

std::vector<SeriesAlert> detectCountNovelty(const std::vector<CountSeries> &series, Timestamp step,
                                            const NoveltyPolicy &policy)
{
    std::map<std::string, std::vector<Occurrence>> bySource;
    for (size_t i = 0; i < series.size(); ++i) {
        if (!series[i].key.label("template"))
            continue;
        std::vector<Occurrence> &occurrences = bySource[countSource(series[i].key)];
        for (size_t k = 0; k < series[i].samples.size(); ++k)
            if (series[i].samples[k].value > 0)
                occurrences.push_back({series[i].samples[k].time, i, k, series[i].samples[k].value});
    }

    std::vector<SeriesAlert> alerts;
    for (auto &[source, occurrences] : bySource) {
        if (occurrences.empty())
            continue;
        std::stable_sort(occurrences.begin(), occurrences.end(),
                         [](const Occurrence &a, const Occurrence &b) { return a.time < b.time; });
        const Timestamp learnt = learningEnd(occurrences.front().time, occurrences.back().time, policy);
        std::map<std::string, FamilyState> families;
        std::set<std::string> sourceHosts;
        std::vector<bool> written(series.size(), false); // the series had lines before
        double sourceLines = 0;
        for (size_t begin = 0; begin < occurrences.size();) {
            // Occurrences of one step are judged on what came before them, so a
            // template that appears on several hosts at once is new on each.
            const Timestamp time = occurrences[begin].time;
            size_t end = begin;
            while (end < occurrences.size() && occurrences[end].time == time)
                ++end;
            for (size_t k = begin; k < end; ++k) {
                const Occurrence &o = occurrences[k];
                const FamilyState &state = families[*series[o.series].key.label("template")];
                const auto fewHosts = double(std::max<size_t>(1, size_t(policy.newOnHostShare * double(sourceHosts.size()))));
                if (time > learnt && !written[o.series] && (state.lines == 0 || double(state.hosts.size()) <= fewHosts))
                    alerts.push_back(noveltyAlert(series[o.series], o.sample, step, policy.newScore, "new_template"));
                else if (state.lines > 0 && state.lines <= double(policy.rareLines)
                         && sourceLines >= double(policy.rareMinSourceLines) && time - state.last >= policy.rareQuiet)
                    alerts.push_back(noveltyAlert(series[o.series], o.sample, step, policy.rareScore, "rare_template"));
            }
            for (size_t k = begin; k < end; ++k) {
                const CountSeries &one = series[occurrences[k].series];
                FamilyState &state = families[*one.key.label("template")];
                state.lines += occurrences[k].count;
                state.last = time;
                state.hosts.insert(one.key.hostName());
                sourceHosts.insert(one.key.hostName());
                written[occurrences[k].series] = true;
                sourceLines += occurrences[k].count;
            }
            begin = end;
        }
    }
    return alerts;
}

void mergeNovelty(std::vector<SeriesAlert> &alerts, std::vector<SeriesAlert> novelty)
{
    for (SeriesAlert &n : novelty) {
        auto overlaps = [series = n.series, found = n.interval](const SeriesAlert &a) {
            const Timestamp end = a.interval.end ? a.interval.end : a.interval.start;
            return a.detector.isEmpty() && a.series == series && a.interval.start <= found.end && found.start <= end;
        };
        for (const SeriesAlert &a : alerts) {
            if (!overlaps(a))
                continue;
            n.interval.start = std::min(n.interval.start, a.interval.start);
            n.interval.end = std::max(n.interval.end, a.interval.end);
            if (a.interval.peakScore > n.interval.peakScore) {
                n.interval.peakScore = a.interval.peakScore;
                n.interval.peakTime = a.interval.peakTime;
            }
            n.evidence = a.evidence;
        }
        std::erase_if(alerts, overlaps);
        alerts.push_back(std::move(n));
    }
}

} // namespace Opsight::Core
