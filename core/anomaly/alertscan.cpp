// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscan.h"

#include "common/error.h"
#include "common/jobboundary.h"
#include "countdetector.h"
#include "countnovelty.h"
#include "fleetwide.h"
#include "incidents.h"
#include "levelhold.h"
#include "paralleldetection.h"
#include "storedalert.h"
#include "scaninput.h"
#include "warehouse/dimensionreader.h"
#include "warehouse/eventreader.h"
#include "warehouse/logreader.h"
#include "warehouse/metricreader.h"
#include "warehouse/recordwriter.h"
#include "warehouse/selector.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace Opsight::Core {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::AlertScan)
};

constexpr const char *kFireThresholdKey = "anomaly_fire_threshold";

QJsonObject evidenceJson(const AnomalyEvidence &e)
{
    QJsonObject json{{QStringLiteral("spike"), e.spike},       {QStringLiteral("shift"), e.shift},
                     {QStringLiteral("seasonal"), e.seasonal}, {QStringLiteral("range"), e.range},
                     {QStringLiteral("gap"), e.gap},           {QStringLiteral("shape"), e.shape},
                     {QStringLiteral("margin"), e.excess},     {QStringLiteral("trend"), e.trend},
                     {QStringLiteral("stall"), e.stall},       {QStringLiteral("period"), e.period}};
    if (e.view != AnomalyView::None)
        json.insert(QStringLiteral("view"), QLatin1String(anomalyViewKey(e.view)));
    if (e.stall > 0) {
        json.insert(QStringLiteral("stall_since"), formatTimestamp(e.stallSince));
        json.insert(QStringLiteral("stall_longest_hours"), double(e.longestStallSpan) / double(kHour));
        json.insert(QStringLiteral("stall_under_floor"), e.stallUnderFloor);
    }
    return json;
}

// `fireThreshold`: the scan's, kept with each alert: a scan of one host at
// another threshold is an experiment, and its alerts say so.
Event alertEvent(const SeriesAlert &a, double fireThreshold)
{
    Event e;
    e.time = a.interval.start;
    e.endTime = a.interval.end;
    e.kind = QStringLiteral("alert");
    e.severity = a.silencedBy || a.fleetWide ? QStringLiteral("info") : alertSeverity(a);
    e.entityKind = a.host.empty() ? QStringLiteral("series") : QStringLiteral("host");
    e.entity = QString::fromStdString(a.host.empty() ? a.series.canonical() : a.host);
    e.title = a.title.isEmpty() ? Messages::tr("Anomaly on %1").arg(QString::fromStdString(a.series.metric)) : a.title;
    e.source = QStringLiteral("opsight anomaly scan");
    QJsonObject payload{{QStringLiteral("series"), QString::fromStdString(a.series.canonical())},
                        {QStringLiteral("peak"), a.interval.peakScore},
                        {QStringLiteral("peak_time"), formatTimestamp(a.interval.peakTime)},
                        {QStringLiteral("flapping"), a.interval.flapping},
                        {QStringLiteral("evidence"), evidenceJson(a.evidence)},
                        {QStringLiteral("fire_threshold"), fireThreshold}};
    if (a.silencedBy)
        payload.insert(QStringLiteral("silenced_by"), a.silencedBy);
    if (!a.detector.isEmpty())
        payload.insert(QStringLiteral("detector"), a.detector);
    if (a.fleetWide)
        payload.insert(QStringLiteral("fleet_wide"), true);
    if (a.open)
        payload.insert(QStringLiteral("open"), true);
    if (a.held)
        payload.insert(QStringLiteral("held"), QJsonObject{{QStringLiteral("since"), formatTimestamp(a.held->since)},
                                                          {QStringLiteral("low"), a.held->low},
                                                          {QStringLiteral("high"), a.held->high},
                                                          {QStringLiteral("level"), a.held->level}});
    if (!a.incident.isEmpty())
        payload.insert(QStringLiteral("incident"), a.incident);
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return e;
}

// One event for an incident, spanning its alerts, at their worst severity.
Event incidentEvent(const Incident &incident, const std::vector<SeriesAlert> &alerts)
{
    Event e;
    e.kind = QStringLiteral("incident");
    e.entityKind = incident.entityKind;
    e.entity = incident.entity;
    e.source = QStringLiteral("opsight anomaly scan");
    e.time = kLatest;
    QJsonArray series;
    for (size_t i : incident.members) {
        const SeriesAlert &a = alerts[i];
        e.time = std::min(e.time, a.interval.start);
        e.endTime = std::max({e.endTime, a.interval.end, a.interval.start}); // an open member has no end yet
        const QString severity = alertSeverity(a);
        if (severityRank(severity) > severityRank(e.severity))
            e.severity = severity;
        series.append(QString::fromStdString(a.series.canonical()));
    }
    const int count = int(incident.members.size());
    e.title = incidentTitle(incident.entityKind, incident.entity, count, incident.hosts);
    e.payload = QJsonDocument(QJsonObject{{QStringLiteral("incident"), incident.id}, {QStringLiteral("series"), series}})
                    .toJson(QJsonDocument::Compact);
    return e;
}

// The alerts already stored, by their series (a fleet-wide episode's is its metric).
class StoredAlerts
{
public:
    StoredAlerts(Warehouse &warehouse, Timestamp from)
    {
        EventReader reader(warehouse.db());
        for (const StoredEvent &stored : reader.events(from, kLatest, {QStringLiteral("alert")})) {
            const QJsonObject payload = QJsonDocument::fromJson(stored.event.payload).object();
            m_alerts[payload.value(QStringLiteral("series")).toString().toStdString()].push_back(
                {stored.id, stored.event.time, std::max(stored.event.time, stored.event.endTime),
                 payload.value(QStringLiteral("incident")).toString(), payload.value(QStringLiteral("open")).toBool()});
        }
        for (const StoredEvent &stored : reader.events(from, kLatest, {QStringLiteral("incident")}))
            if (const QString id = incidentOf(stored.event); !id.isEmpty())
                m_incidents.emplace(id, stored);
    }
    // The stored incident event with this id, if it is in the range read.
    const StoredEvent *incident(const QString &id) const
    {
        const auto it = m_incidents.find(id);
        return it == m_incidents.end() ? nullptr : &it->second;
    }
    struct Stored
    {
        qint64 id;
        Timestamp start, end;
        QString incident; // empty when it has none
        bool open;        // still going where that scan's data ended
    };
    // The stored alert overlapping [start, end], ends included (an alert of one
    // sample has start == end), if any; the one that starts at `start` first (two
    // fleet-wide episodes of one metric may overlap).
    std::optional<Stored> overlapping(const std::string &series, Timestamp start, Timestamp end) const
    {
        const auto it = m_alerts.find(series);
        if (it == m_alerts.end())
            return std::nullopt;
        std::optional<Stored> found;
        for (const Stored &stored : it->second)
            if (stored.start <= end && start <= stored.end && (!found || stored.start == start))
                found = stored;
        return found;
    }

private:
    std::map<std::string, std::vector<Stored>> m_alerts;
    std::map<QString, StoredEvent> m_incidents;
};

// A stored incident with what a later scan found of it: spanning every member, at
// their worst severity, listing the series of those it did not list yet (`added`;
// a series it lists is not listed twice).
Event grownIncidentEvent(const Event &stored, const std::vector<const SeriesAlert *> &members,
                         const std::vector<const SeriesAlert *> &added)
{
    Event e = stored;
    QJsonObject payload = QJsonDocument::fromJson(stored.payload).object();
    QJsonArray series = payload.value(QStringLiteral("series")).toArray();
    for (const SeriesAlert *a : members) {
        e.time = std::min(e.time, a->interval.start);
        e.endTime = std::max({e.endTime, a->interval.end, a->interval.start});
        if (const QString severity = alertSeverity(*a); severityRank(severity) > severityRank(e.severity))
            e.severity = severity;
    }
    for (const SeriesAlert *a : added)
        if (const QString name = QString::fromStdString(a->series.canonical()); !series.contains(name))
            series.append(name);
    std::set<std::string> hosts;
    for (const QJsonValue &value : series)
        if (const auto key = SeriesKey::fromCanonical(value.toString().toStdString()); key && !key->hostName().empty())
            hosts.insert(key->hostName());
    e.title = incidentTitle(e.entityKind, e.entity, int(series.size()), int(hosts.size()));
    payload.insert(QStringLiteral("series"), series);
    e.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return e;
}

// One alert for the fleet moving: the metric, how many hosts, when.
Event episodeEvent(const FleetWideEpisode &e)
{
    Event event;
    event.time = e.start;
    event.endTime = e.end;
    event.kind = QStringLiteral("alert");
    event.severity = QStringLiteral("warning");
    event.entityKind = QStringLiteral("fleet");
    event.entity = QStringLiteral("fleet");
    event.title = Messages::tr("%1 moved on %2 of %3 hosts at once")
                      .arg(QString::fromStdString(e.metric))
                      .arg(e.hosts)
                      .arg(e.hostsWithMetric);
    event.source = QStringLiteral("opsight anomaly scan");
    event.payload = QJsonDocument(QJsonObject{{QStringLiteral("series"), QString::fromStdString(e.metric)},
                                              {QStringLiteral("peak"), e.peak},
                                              {QStringLiteral("peak_time"), formatTimestamp(e.peakTime)},
                                              {QStringLiteral("detector"), QStringLiteral("fleet_wide")},
                                              {QStringLiteral("hosts"), e.hosts},
                                              {QStringLiteral("of"), e.hostsWithMetric}})
                        .toJson(QJsonDocument::Compact);
    return event;
}

// "New log template on h1: Receiving block <*>": the template's text says more
// than the family number in the series.
void nameTemplateAlerts(Warehouse &warehouse, std::vector<SeriesAlert> &alerts)
{
    LogReader logs(warehouse.db());
    for (SeriesAlert &a : alerts) {
        const std::string *source = a.series.label("source");
        const std::string *family = a.series.label("template");
        QString text = source && family
            ? logs.familyText(QString::fromStdString(*source), QString::fromStdString(*family).toLongLong())
            : QString();
        if (text.isEmpty())
            text = family ? QString::fromStdString(*family) : QString::fromStdString(a.series.metric);
        if (text.size() > 120)
            text = text.left(119) + QChar(0x2026);
        const QString host = QString::fromStdString(a.host);
        a.title = a.detector == QLatin1String("new_template")
            ? (host.isEmpty() ? Messages::tr("New log template: %1").arg(text)
                              : Messages::tr("New log template on %1: %2").arg(host, text))
            : (host.isEmpty() ? Messages::tr("Rare log template: %1").arg(text)
                              : Messages::tr("Rare log template on %1: %2").arg(host, text));
    }
}

} // namespace

std::vector<SeriesAlert> detectAlerts(const SeriesKey &series, const std::vector<Sample> &samples,
                                      const AlertPolicy &policy, bool counts)
{
    std::vector<SeriesAlert> alerts;
    AnomalyDetector detector;
    CountDetector countDetector;
    AlertTracker tracker(policy);
    AnomalyEvidence atPeak, evidence;
    double peak = -1;
    // Two kinds of alert outlast their scores: the detector speaks at a change
    // and then learns it, while the fault behind it may last for days.
    // - A stall's, as long as the value stays: the view speaks at one or two
    //   samples, once the stall outlasts the longest before. The evidence says
    //   since when the value stood still.
    // - Any other, while its level stays beyond the week before's range (LevelHold).
    // Either starts where it fired, as every alert does (that is when it would
    // have paged); a second alert while one is held joins it.
    std::optional<SeriesAlert> stall, level;
    LevelHold levelHold;
    levelHold.reserve(samples.size());
    int levelSide = 0; // the held level's: above the band (+1) or below (-1)
    bool swallowOpen = false; // the open alert is a held level's return
    auto flush = [&](std::optional<SeriesAlert> &held) {
        if (held) {
            if (held->held && held->interval.end <= held->held->since) // back at once: nothing held
                held->held.reset();
            alerts.push_back(std::move(*held));
        }
        held.reset();
    };
    auto join = [](SeriesAlert &held, const SeriesAlert &alert) {
        held.interval.end = std::max(held.interval.end, alert.interval.end);
        held.interval.flapping = held.interval.flapping || alert.interval.flapping;
        if (alert.interval.peakScore > held.interval.peakScore) {
            held.interval.peakScore = alert.interval.peakScore;
            held.interval.peakTime = alert.interval.peakTime;
            held.evidence = alert.evidence;
        }
    };
    auto close = [&](const AlertInterval &interval) {
        SeriesAlert alert{series, series.hostName(), interval, atPeak, 0, {}, {}, {}, false, {}, false, {}};
        peak = -1;
        if (std::exchange(swallowOpen, false))
            return;
        if (atPeak.stall > 0) {
            if (stall && stall->evidence.stallSince == atPeak.stallSince)
                return join(*stall, alert);
            flush(stall);
            stall = std::move(alert);
        } else if (level) {
            join(*level, alert);
        } else if (const int side = levelHold.side()) {
            alert.held = SeriesAlert::Held{interval.end, levelHold.band()->low, levelHold.band()->high,
                                           levelHold.recentMedian()};
            level = std::move(alert);
            levelSide = side;
        } else {
            alerts.push_back(std::move(alert));
        }
    };
    double lastValue = qQNaN();
    for (const Sample &s : samples) {
        if (stall) {
            if (s.value == lastValue)
                stall->interval.end = std::max(stall->interval.end, s.time);
            else
                flush(stall);
        }
        if (std::isfinite(s.value)) {
            lastValue = s.value;
            levelHold.add(s.time, s.value);
            if (level) {
                const int side = levelHold.side();
                if (side == levelSide) {
                    level->interval.end = std::max(level->interval.end, s.time);
                } else {
                    // Back inside the range: an alert that fired meanwhile is the
                    // return's (the detector had learned the held level, and the
                    // usual values surprise it for hours). It is part of the
                    // episode, which ends here. Past the range's other side, it
                    // is an anomaly of its own.
                    swallowOpen = side == 0
                        && (tracker.state() == AlertState::Firing || tracker.state() == AlertState::Flapping);
                    flush(level);
                }
            }
        }
        const double score = counts ? countDetector.update(s.time, s.value, &evidence)
                                    : detector.update(s.time, s.value, &evidence);
        const bool wasNormal = tracker.state() == AlertState::Normal;
        if (!wasNormal || score >= policy.fireThreshold) {
            if (score > peak) {
                peak = score;
                atPeak = evidence;
            }
        } else {
            peak = -1;
        }
        if (auto closed = tracker.update(s.time, score))
            close(*closed);
        else if (wasNormal && tracker.state() != AlertState::Normal && !level)
            levelHold.fired();
    }
    if (auto closed = tracker.finish())
        close(*closed);
    flush(stall);
    flush(level);
    // An alert that reaches the last sample was still going there (the tracker
    // closes an alert samples after its end; a stall or a held level ends a
    // sample before the one that broke it).
    if (!samples.empty())
        for (SeriesAlert &alert : alerts)
            alert.open = alert.interval.end >= samples.back().time;
    return alerts;
}

QString alertSeverity(double peak)
{
    return peak >= 0.99 ? QStringLiteral("critical") : peak >= 0.97 ? QStringLiteral("error") : QStringLiteral("warning");
}

QString alertSeverity(const SeriesAlert &alert)
{
    const QString byPeak = alertSeverity(alert.interval.peakScore);
    const Timestamp held = alert.held ? alert.interval.end - alert.held->since : 0;
    const QString byHold = held >= 12 * kHour ? QStringLiteral("critical")
        : held >= kHour                        ? QStringLiteral("error")
                                               : QString();
    return severityRank(byHold) > severityRank(byPeak) ? byHold : byPeak;
}

bool mutes(const Silence &rule, const Selector &matcher, const SeriesAlert &alert)
{
    return rule.activeAt(alert.interval.start) && !(rule.maxScore && alert.interval.peakScore > *rule.maxScore)
        && !(rule.maxStrength && evidenceStrength(alert.evidence) > *rule.maxStrength)
        && selects(matcher, alert.series, alert.placement);
}

double evidenceStrength(const AnomalyEvidence &e)
{
    // A stall's ratio over the longest earlier one ranks as ranges do, as the
    // evidence text ranks it: a flat line's alert has no spike or range to speak of.
    return std::max({e.spike, e.shift, e.seasonal, e.trend, kSigmaPerRange * std::max({e.range, e.gap, e.shape, e.stall})});
}

bool selects(const Selector &matcher, const SeriesKey &series, const Labels &placement)
{
    if (matcher.matches(series))
        return true;
    // A maintenance window on a rack covers its hosts' log series too.
    SeriesKey placed = series;
    for (const auto &[name, value] : placement)
        if (!placed.label(name))
            placed.labels.emplace_back(name, value);
    return placed.labels.size() > series.labels.size() && matcher.matches(placed);
}

std::map<std::string, Labels> hostPlacements(Database &db)
{
    std::map<std::string, Labels> placements;
    for (const HostRecord &host : DimensionReader(db).hosts()) {
        Labels &labels = placements[host.name.toStdString()];
        for (const auto &[name, value] : {std::pair{"cluster", host.cluster}, {"rack", host.rack}, {"role", host.role}})
            if (!value.isEmpty())
                labels.emplace_back(name, value.toStdString());
    }
    return placements;
}

const Silence *silencing(const std::vector<Silence> &silences, const SeriesAlert &alert)
{
    for (const Silence &s : silences) {
        if (!s.activeAt(alert.interval.start))
            continue;
        try {
            if (mutes(s, Selector::parse(s.matcher), alert))
                return &s;
        } catch (const Error &) {
            // Stored rules were validated when added; a bad one silences nothing.
        }
    }
    return nullptr;
}

Silence feedbackRule(const SeriesAlert &alert, const QString &author, const QString &comment, Timestamp now, int days)
{
    Silence rule;
    rule.kind = Silence::Kind::Feedback;
    rule.matcher = QString::fromStdString(alert.series.canonical());
    rule.author = author;
    // The comment alone: "not an anomaly" is the rule's kind, which each reader
    // sees in their own language (a prefix stored in the author's did not translate).
    rule.reason = comment.trimmed();
    rule.created = now;
    rule.startsAt = now;
    rule.endsAt = now + days * kDay;
    // Keep alerts as strong as this one quiet; a clearly stronger one still speaks.
    rule.maxScore = std::min(1.0, alert.interval.peakScore + 0.02);
    // At the top of the scale nothing scores stronger, and the rule would mute the
    // series outright: there the evidence tells (none stored: it does mute it).
    if (alert.interval.peakScore + 0.02 >= 1.0)
        if (const double strength = evidenceStrength(alert.evidence); strength > 0)
            rule.maxStrength = kFeedbackStrengthMargin * strength;
    return rule;
}

QString feedbackReach(const Silence &rule)
{
    const QString score = QString::number(rule.maxScore.value_or(1.0), 'f', 3);
    if (rule.maxStrength)
        return Messages::tr("Keeps alerts on %1 quiet up to a peak score of %2 and evidence of %3σ; stronger ones still fire")
            .arg(rule.matcher, score, QString::number(*rule.maxStrength, 'f', 1));
    if (rule.maxScore.value_or(1.0) >= 1.0)
        return Messages::tr("Keeps every alert on %1 quiet: the alert it came from was at the top of the score scale")
            .arg(rule.matcher);
    return Messages::tr("Keeps alerts on %1 quiet up to a peak score of %2; stronger ones still fire").arg(rule.matcher, score);
}

namespace {
// A count series' steps with events, for novelty: over the whole history ("never
// before" needs everything before), from `samples` when they hold it. Only the
// steps with lines: most templates are quiet most of the time.
CountSeries countHistory(MetricReader &reader, const SeriesInfo &series, const ScanRequest &request,
                         const std::vector<Sample> *samples, Timestamp firstData, Timestamp lastData)
{
    CountSeries count{series.key, {}};
    std::vector<Sample> read;
    if (!samples)
        read = readScanInput(reader, series, {kEarliest, request.to, request.step, {}}, firstData, lastData);
    const std::vector<Sample> &history = samples ? *samples : read;
    std::copy_if(history.begin(), history.end(), std::back_inserter(count.samples),
                 [](const Sample &s) { return s.value > 0; });
    return count;
}

// A scan of some series only (one host, say) judges their templates' novelty
// against the same sources on every other host: the count series of those
// sources that it does not scan. Without them, a template half the fleet writes
// was "new" on the one host scanned.
std::vector<SeriesInfo> noveltyContext(MetricReader &reader, const std::vector<SeriesInfo> &scanned,
                                       const ScanInput &input)
{
    std::set<std::string> sources, keys;
    for (const SeriesInfo &s : scanned)
        if (input.isCount(s.key)) {
            sources.insert(countSource(s.key));
            keys.insert(s.key.canonical());
        }
    std::vector<SeriesInfo> context;
    if (sources.empty())
        return context;
    for (const QString &metric : input.zeroFilledMetrics)
        for (SeriesInfo &other : reader.select(Selector::parse(metric)))
            if (!keys.count(other.key.canonical()) && sources.count(countSource(other.key)))
                context.push_back(std::move(other));
    return context;
}

// Reads one series as the scan sees it and judges it; for counts of events, also
// keeps the steps with events for novelty, over the whole history when the scan
// covers only a window ("never before" needs everything before).
SeriesFindings scanSeries(MetricReader &reader, const SeriesInfo &series, const ScanRequest &request,
                          const ScanInput &input, Timestamp firstData, Timestamp lastData)
{
    SeriesFindings findings;
    // A window's detector starts kScanWarmUp before it, so that the window's first
    // day is judged like the rest (a detector starting at `from` would still be
    // learning there) and a backtest comes close to what a running detector fired.
    const bool windowed = request.from > kEarliest;
    ScanInput learning = input;
    if (windowed)
        learning.from = std::max(kEarliest, request.from - kScanWarmUp);
    const std::vector<Sample> samples = readScanInput(reader, series, learning, firstData, lastData);
    findings.samples = std::count_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.time >= request.from; });
    const bool isCount = request.step > 0 && input.isCount(series.key);
    findings.alerts = detectAlerts(series.key, samples, request.policy, isCount);
    std::erase_if(findings.alerts, [&](const SeriesAlert &a) { return a.interval.start < request.from; });
    if (request.countNovelty && isCount)
        findings.counts = countHistory(reader, series, request, windowed ? nullptr : &samples, firstData, lastData);
    return findings;
}
} // namespace

ScanResult scanWarehouse(Warehouse &warehouse, const ScanRequest &request, const ProgressCallback &progress)
{
    ScanResult result;
    ProgressReporter reporter(progress);
    runAtJobBoundary(result, [&] {
        const Selector selector = Selector::parse(request.match);
        MetricReader reader(warehouse.db());
        const std::vector<SeriesInfo> series = reader.select(selector);
        if (series.empty() && !selector.isEmpty())
            throw Error(Messages::tr("No series match %1.").arg(request.match.trimmed()));
        const std::vector<Silence> silences = AlertStore(warehouse.db()).silences(true, 0);
        const WarehouseSummary span = warehouse.summary();
        const Timestamp firstData = span.firstTime, lastData = span.lastTime + 1;
        const ScanInput input{request.from, request.to, request.step, request.zeroFilledMetrics};
        const std::vector<SeriesInfo> context = request.countNovelty && !selector.isEmpty()
            ? noveltyContext(reader, series, input) : std::vector<SeriesInfo>{};
        const size_t jobs = series.size() + context.size();
        reporter.beginStage(Messages::tr("Scoring %n series", nullptr, int(series.size())), qint64(jobs));
        ParallelDetection detection(warehouse.path(), jobs, request.threads);
        for (size_t i = 0; i < series.size(); ++i) {
            detection.add(i, [&request, &input, info = series[i], firstData, lastData](MetricReader &seriesReader) {
                return scanSeries(seriesReader, info, request, input, firstData, lastData);
            });
            reporter.update(qint64(i + 1));
        }
        for (size_t i = 0; i < context.size(); ++i) {
            detection.add(series.size() + i, [&request, info = context[i], firstData, lastData](MetricReader &seriesReader) {
                SeriesFindings findings;
                findings.counts = countHistory(seriesReader, info, request, nullptr, firstData, lastData);
                return findings;
            });
            reporter.update(qint64(series.size() + i + 1));
        }
        std::set<std::string> contextKeys;
        for (const SeriesInfo &s : context)
            contextKeys.insert(s.key.canonical());
        std::vector<CountSeries> counts;
        for (SeriesFindings &findings : detection.finish()) {
            result.samples += findings.samples;
            std::move(findings.alerts.begin(), findings.alerts.end(), std::back_inserter(result.found));
            if (findings.counts)
                counts.push_back(std::move(*findings.counts));
        }
        std::vector<SeriesAlert> novelty = detectCountNovelty(counts, request.step);
        std::erase_if(novelty, [&](const SeriesAlert &a) {
            return a.interval.start < request.from || contextKeys.count(a.series.canonical());
        });
        nameTemplateAlerts(warehouse, novelty);
        mergeNovelty(result.found, std::move(novelty));
        const std::map<std::string, Labels> placements = hostPlacements(warehouse.db());
        for (SeriesAlert &alert : result.found) {
            if (const auto placed = placements.find(alert.host); placed != placements.end())
                alert.placement = placed->second;
            if (const Silence *s = silencing(silences, alert)) {
                alert.silencedBy = s->id;
                ++result.silenced;
            }
        }
        std::map<std::string, std::map<std::string, std::string>> hostsOfKey; // key -> host -> its rack
        for (const SeriesInfo &s : series)
            if (!s.host.empty())
                hostsOfKey[fleetWideKey(s.key)].emplace(s.host, rackOf(s.key));
        std::map<std::string, int> hostsPerKey;
        std::map<std::string, RackSizes> racksPerKey;
        for (const auto &[key, hosts] : hostsOfKey) {
            hostsPerKey[key] = int(hosts.size());
            for (const auto &[host, rack] : hosts)
                if (!rack.empty())
                    ++racksPerKey[key][rack];
        }
        const std::vector<FleetWideEpisode> episodes = markFleetWide(result.found, hostsPerKey, racksPerKey);
        result.fleetWide = qint64(episodes.size());
        result.fleetWideAlerts = std::count_if(result.found.begin(), result.found.end(),
                                               [](const SeriesAlert &a) { return a.fleetWide; });
        result.series = qint64(series.size());
        result.alerts = qint64(result.found.size());
        const std::vector<Incident> incidents = groupIncidents(result.found);
        result.incidents = qint64(incidents.size());
        reporter.finishStage();

        if (request.store) {
            reporter.beginStage(Messages::tr("Storing alerts"), 0);
            Transaction transaction(warehouse.db());
            // An alert an earlier scan stored (other settings, another scope) stays,
            // with whatever operators did with it: the same series over an
            // overlapping time is not stored again beside it.
            StoredAlerts earlier(warehouse, request.from);
            std::vector<std::optional<StoredAlerts::Stored>> kept(result.found.size());
            // The same alert (same start), still open where the earlier scan's data
            // ended (a held level, a stall, a fault that goes on), now ending later
            // or closed: its record is rewritten, with its id, so what operators
            // did with it stays.
            std::vector<bool> grown(result.found.size());
            for (size_t i = 0; i < result.found.size(); ++i) {
                const SeriesAlert &alert = result.found[i];
                kept[i] = earlier.overlapping(alert.series.canonical(), alert.interval.start, alert.interval.end);
                result.alreadyStored += kept[i] ? 1 : 0;
                grown[i] = kept[i] && kept[i]->start == alert.interval.start
                    && (kept[i]->end < alert.interval.end || (kept[i]->open && !alert.open));
            }
            // An incident with a member stored before in an incident is that
            // incident: the new members join it rather than start a second one over
            // the same alerts. Otherwise it is an incident of its new members only
            // (two or more): a stored alert's own record, which names no incident,
            // is not rewritten, so it is no member either, and stored and listed
            // membership agree (a second scan would otherwise store the same id
            // again). A grown alert's record is rewritten anyway: it counts as new.
            std::vector<Incident> newIncidents;
            for (const Incident &incident : incidents) {
                const auto storedMember = std::find_if(incident.members.begin(), incident.members.end(),
                                                       [&](size_t m) { return kept[m] && !kept[m]->incident.isEmpty(); });
                if (storedMember != incident.members.end()) {
                    for (const size_t m : incident.members)
                        result.found[m].incident = kept[*storedMember]->incident;
                    continue;
                }
                Incident fresh = incident;
                std::erase_if(fresh.members, [&](size_t m) { return kept[m].has_value() && !grown[m]; });
                if (fresh.members.size() < 2) {
                    for (const size_t m : fresh.members)
                        result.found[m].incident.clear();
                    continue;
                }
                std::set<std::string> hosts;
                for (const size_t m : fresh.members)
                    if (!result.found[m].host.empty())
                        hosts.insert(result.found[m].host);
                fresh.hosts = int(hosts.size());
                newIncidents.push_back(std::move(fresh));
            }
            RecordWriter records(warehouse.db());
            for (size_t i = 0; i < result.found.size(); ++i) {
                SeriesAlert &alert = result.found[i];
                if (!kept[i]) {
                    records.addEvent(alertEvent(alert, request.policy.fireThreshold));
                } else if (grown[i]) {
                    if (alert.incident.isEmpty()) // in none now, it stays in the one it was stored in
                        alert.incident = kept[i]->incident;
                    records.replaceEvent(kept[i]->id, alertEvent(alert, request.policy.fireThreshold));
                    ++result.alertsExtended;
                }
            }
            // A stored incident that members joined (or whose members grew) spans
            // them now: health reads an incident's time and severity for its alerts.
            std::map<QString, std::pair<std::vector<const SeriesAlert *>, std::vector<const SeriesAlert *>>> joined;
            for (size_t i = 0; i < result.found.size(); ++i) {
                const SeriesAlert &alert = result.found[i];
                if (alert.incident.isEmpty() || !earlier.incident(alert.incident))
                    continue;
                auto &[members, added] = joined[alert.incident];
                members.push_back(&alert);
                if (!kept[i] || kept[i]->incident != alert.incident)
                    added.push_back(&alert);
            }
            for (const auto &[id, parts] : joined) {
                const StoredEvent *stored = earlier.incident(id);
                records.replaceEvent(stored->id, grownIncidentEvent(stored->event, parts.first, parts.second));
            }
            for (const FleetWideEpisode &episode : episodes) {
                const std::optional<StoredAlerts::Stored> stored = earlier.overlapping(episode.metric, episode.start, episode.end);
                if (!stored)
                    records.addEvent(episodeEvent(episode));
                else if (stored->start == episode.start && stored->end < episode.end) // it went on
                    records.replaceEvent(stored->id, episodeEvent(episode));
            }
            for (const Incident &incident : newIncidents)
                records.addEvent(incidentEvent(incident, result.found));
            result.eventsAdded = records.stats().added;
            // The warehouse's threshold is what a scan of all of it stored at: one
            // host or one week at another is an experiment, not a change.
            if (selector.isEmpty() && request.from <= kEarliest && request.to >= kLatest) {
                Statement save = warehouse.db().prepare(
                    "INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
                save.bind(1, std::string_view(kFireThresholdKey))
                    .bind(2, QString::number(request.policy.fireThreshold, 'g', 17));
                save.run();
                result.thresholdSaved = true;
            }
            reporter.finishStage();
            transaction.commit();
        }
    });
    return result;
}

std::optional<double> savedFireThreshold(Database &db)
{
    Statement read = db.prepare("SELECT value FROM meta WHERE key = ?1");
    read.bind(1, std::string_view(kFireThresholdKey));
    if (!read.step())
        return std::nullopt;
    bool ok = false;
    const double threshold = QString::fromUtf8(read.columnText(0)).toDouble(&ok);
    // Above the clear threshold, as --fire asks: anything else was not saved by a scan.
    return ok && threshold > AlertPolicy{}.clearThreshold && threshold <= 1 ? std::optional<double>(threshold) : std::nullopt;
}

BacktestResult backtest(const SeriesKey &series, const std::vector<Sample> &samples, const AlertPolicy &policy,
                        const std::vector<Silence> &silences, bool counts)
{
    BacktestResult result;
    for (SeriesAlert &alert : detectAlerts(series, samples, policy, counts)) {
        if (const Silence *s = silencing(silences, alert)) {
            alert.silencedBy = s->id;
            ++result.silenced;
        } else {
            ++result.alerts;
            result.firingTime += alert.interval.end - alert.interval.start;
        }
        result.found.push_back(std::move(alert));
    }
    return result;
}

} // namespace Opsight::Core
