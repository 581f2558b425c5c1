// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <vector>

namespace Opsight::Core {

class Database;

// An operator's rule that keeps alerts quiet, with its paper trail.
struct Silence
{
    enum class Kind { Silence, Maintenance, Feedback };
    qint64 id = 0;
    Kind kind = Kind::Silence;
    QString matcher;      // a series selector: {host="h1"}, cpu_util_percent{rack="r2"}, ...
    QString author;
    QString reason;
    Timestamp created = 0;
    Timestamp startsAt = 0;
    Timestamp endsAt = 0;
    // Feedback rules keep alerts no stronger than this quiet (stronger ones still
    // fire); silences and maintenance windows have none and mute everything.
    std::optional<double> maxScore;
    // ...and, from an alert at the top of the scale (scores saturate at 1), no
    // stronger by its evidence than this, in rough σ (alertscan.h evidenceStrength).
    std::optional<double> maxStrength;
    qint64 alertEvent = 0; // the alert the rule came from, for feedback

    bool activeAt(Timestamp t) const { return startsAt <= t && t < endsAt; }
};

QString silenceKindName(Silence::Kind kind);
std::optional<Silence::Kind> silenceKindFromName(const QString &name);

struct Acknowledgement
{
    qint64 eventId = 0;
    QString author;
    QString comment;
    Timestamp time = 0;
};

// Silences, feedback rules and acknowledgements in the warehouse. Writes run in
// the caller's transaction; validation happens before anything is written.
class AlertStore final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::AlertStore)
public:
    explicit AlertStore(Database &db);

    // Validates (selector parses, author given, end after start) and stores;
    // returns the new id. Throws Error saying which field is wrong.
    qint64 addSilence(const Silence &silence);
    // Moves a rule's end back to `at`, or to its start when `at` is earlier (then
    // it covers nothing: withdrawn). Kept for the record, not deleted. Throws
    // when there is no such rule or it already ends by then.
    void expireSilence(qint64 id, Timestamp at);
    std::vector<Silence> silences(bool includeExpired, Timestamp now);
    // For the rules in force at `now` (active or to come), by id: how many series
    // each matches. 0 is a ghost (a typo, a host since gone): it mutes nothing.
    std::map<qint64, qint64> matchedSeries(const std::vector<Silence> &rules, Timestamp now);

    void acknowledge(const Acknowledgement &ack);
    std::vector<Acknowledgement> acknowledgements(qint64 eventId);
    // The newest acknowledgement of every acknowledged alert, by event id.
    std::map<qint64, Acknowledgement> latestAcknowledgements();

private:
    Database &m_db;
};

} // namespace Opsight::Core
