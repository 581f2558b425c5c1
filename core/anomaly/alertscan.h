// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerttracker.h"
#include "anomalydetector.h"
#include "common/progress.h"
#include "warehouse/alertstore.h"
#include "warehouse/types.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace Opsight::Core {

class Selector;

class Warehouse;

// A closed alert interval of one series, with what explains it.
struct SeriesAlert
{
    SeriesKey series;
    std::string host;
    AlertInterval interval;
    AnomalyEvidence evidence; // at the peak
    qint64 silencedBy = 0;    // the silence or feedback rule that keeps it quiet, 0: none
    QString incident;         // related alerts share an incident (incidents.h)
    // Empty: the streaming detector; "new_template" or "rare_template": a count
    // series' novelty (countnovelty.h).
    QString detector;
    QString title;            // empty: "Anomaly on <metric>"
    bool fleetWide = false;   // part of a fleet-wide episode (fleetwide.h): kept at info
    // Held open past its last score because its level still stood beyond the
    // week before's range (levelhold.h): from when, against which band, and the
    // level then (the median of the last 10 values).
    struct Held
    {
        Timestamp since = 0;
        double low = 0, high = 0;
        double level = 0;
    };
    std::optional<Held> held;
    bool open = false; // still going at the last sample read: the data ended, not the alert
    // Its host's groups from the host table (cluster, rack, role), for rules by
    // group: a log template's count series carries its host alone.
    Labels placement;

    // Where its scores last spoke: the end, less a held level's tail. Incidents
    // link alerts by this: a disk held for days shares no incident with whatever
    // else its host does meanwhile.
    Timestamp scoredEnd() const { return held ? std::min(held->since, interval.end) : interval.end; }
};

// Runs the detector and alert policy over samples in time order: the streaming
// detector, or for counts of events per step (`counts`) the count detector.
std::vector<SeriesAlert> detectAlerts(const SeriesKey &series, const std::vector<Sample> &samples,
                                      const AlertPolicy &policy = {}, bool counts = false);

// An alert's severity by its peak score (critical from 0.99, error from 0.97);
// a silenced alert or a host's part of a fleet-wide episode is stored at info.
QString alertSeverity(double peak);
// ...raised for a level held beyond the week before's range: at least error
// after an hour held, critical after 12 (a fault that lasts outranks a blip; no
// false hold on the simulated fleets lasts 12 hours).
QString alertSeverity(const SeriesAlert &alert);

// The rule (if any) that keeps this alert quiet: active when the alert started,
// its selector matches the series (or the series with its host's groups, for
// labels the series lacks: SeriesAlert::placement), and (for feedback) the alert
// is no stronger than the rule allows.
const Silence *silencing(const std::vector<Silence> &silences, const SeriesAlert &alert);
// Whether this one rule (its selector parsed: `matcher`) keeps the alert quiet.
bool mutes(const Silence &rule, const Selector &matcher, const SeriesAlert &alert);
// Whether a rule's selector covers a series: by its labels, or by those with its
// host's groups (`placement`, for the labels the series lacks).
bool selects(const Selector &matcher, const SeriesKey &series, const Labels &placement);

// Each host's groups from the host table: cluster, rack and role, those it has.
std::map<std::string, Labels> hostPlacements(Database &db);

// How strong an alert's evidence is on one rough scale, σ: robust z and trend z
// as they are, range multiples (and a stall's ratio) times kSigmaPerRange. What tells apart the many
// alerts at score 1.000 (a third of the demo's).
inline constexpr double kSigmaPerRange = 4;
double evidenceStrength(const AnomalyEvidence &evidence);
// A feedback rule at the top of the scale lets through evidence this much stronger.
inline constexpr double kFeedbackStrengthMargin = 1.5;

// "Not an anomaly": a feedback rule for this alert's series that keeps alerts no
// stronger than this one quiet for `days`; stronger ones still fire: by score, and
// for an alert at the top of the scale by evidence, half as strong again.
Silence feedbackRule(const SeriesAlert &alert, const QString &author, const QString &comment, Timestamp now,
                     int days = 30);
// What a feedback rule keeps quiet, in a sentence: "Keeps alerts on X quiet up to
// a peak score of 0.973; stronger ones still fire".
QString feedbackReach(const Silence &rule);

// A scan of a window (`from`) starts its detectors this long before it: a day to
// learn (AnomalyDetector's first day scores no records), a second for a daily
// season, and most of the 1000 samples at five minutes that records are judged by.
// Not enough for a weekly season (ten days and more), the likelihood fit's two
// weeks, nor the week an idle series' stalls wait for (a frozen gauge's do not):
// a backtest is close to, not the same as, a detector running all along.
constexpr Timestamp kScanWarmUp = 4 * kDay;

struct ScanRequest
{
    QString match;                // series selector; empty: every series
    Timestamp from = kEarliest;
    Timestamp to = kLatest;
    // The detector sees the series at this resolution (means of rollups): its
    // history of 1000 samples spans 3.5 days at 5 minutes, enough to have seen a
    // day's rhythm. 0: raw samples.
    Timestamp step = 5 * kMinute;
    // Counts of events (log lines per template): a step without samples means
    // none happened, so it is read as 0 up to the warehouse's last data; without
    // that a template that stops logging would leave no trace to detect.
    QStringList zeroFilledMetrics = {QStringLiteral("log_template_lines")};
    // Novelty of those counts (new and rare templates) is judged on each count
    // series' whole history up to `to`, whatever `from` says: "never before"
    // needs everything before.
    bool countNovelty = true;
    AlertPolicy policy;
    bool store = true;            // write alerts and incidents as events
    int threads = 0;              // workers reading and scoring series; 0: one per core
};

// The fire threshold the warehouse's alerts were last stored at: a stored scan of
// all its series and all its time saves its own with its alerts, and later scans
// (the CLI without --fire, the timeline's scan dialog and its plot) start from it.
// None before the first.
std::optional<double> savedFireThreshold(Database &db);

struct ScanResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 series = 0;
    qint64 samples = 0;
    qint64 alerts = 0;     // including silenced ones
    qint64 silenced = 0;
    qint64 incidents = 0;
    qint64 fleetWide = 0;        // fleet-wide episodes, each stored as one alert
    qint64 fleetWideAlerts = 0;  // host alerts they hold (counted in `alerts`, kept at info)
    qint64 eventsAdded = 0;
    qint64 alreadyStored = 0; // found alerts an earlier scan had stored (same series, overlapping): not stored again
    qint64 alertsExtended = 0; // of those, the same alert (same start), open then, found to last longer or closed: rewritten
    bool thresholdSaved = false; // a stored scan of the whole warehouse: its fire threshold is the warehouse's now
    std::vector<SeriesAlert> found;
};

// Scores the selected series of a warehouse and stores their alerts (kind
// "alert") and incidents (kind "incident") as events, in one transaction. Alerts
// a silence covers are stored with severity "info" and the silence named, so the
// record shows what was kept quiet. Scanning again adds nothing new.
ScanResult scanWarehouse(Warehouse &warehouse, const ScanRequest &request, const ProgressCallback &progress = {});

// "How often would this detector and policy have fired": the alerts over the
// samples, with silences applied, without storing anything.
struct BacktestResult
{
    qint64 alerts = 0;
    qint64 silenced = 0;
    Timestamp firingTime = 0; // total length of the alert intervals
    std::vector<SeriesAlert> found;
};
BacktestResult backtest(const SeriesKey &series, const std::vector<Sample> &samples, const AlertPolicy &policy,
                        const std::vector<Silence> &silences, bool counts = false);

} // namespace Opsight::Core
