// SPDX-License-Identifier: GPL-3.0-or-later
// `opsight-cli alerts`: the alert list and the operator's controls over it (the
// same records the timeline's alert list shows and writes).
#include "anomaly/storedalert.h"
#include "cliprogress.h"
#include "commands.h"
#include "common/error.h"
#include "warehouse/metricreader.h"
#include "warehouse/selector.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace Opsight::Cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::AlertsCommand)
};

// The options every subcommand has: the file, and whether it writes.
struct Common
{
    QCommandLineOption db{QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE")};
    QCommandLineOption json{QStringLiteral("json"), Messages::tr("Print JSON.")};
};

std::optional<Core::Timestamp> timeOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                          const QString &command, bool &failed)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const auto t = Core::parseTimestamp(parser.value(option));
    if (!t) {
        printError(command, Messages::tr("--%1 expects a time (RFC 3339 or epoch), not '%2'")
                                .arg(option.names().constFirst(), parser.value(option)));
        failed = true;
    }
    return t;
}

QString requireValue(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &command,
                     bool &failed)
{
    const QString value = parser.value(option).trimmed();
    if (!failed && value.isEmpty()) {
        printError(command, Messages::tr("missing --%1").arg(option.names().constFirst()));
        failed = true;
    }
    return value;
}

// "silenced,acknowledged,flapping"; `said`: with who acknowledged it and what
// they said, as the text line gives it (the hand-over).
QString stateOf(const Core::StoredAlert &a, bool said = false)
{
    QStringList states;
    if (a.isSilenced())
        states << QStringLiteral("silenced");
    if (a.isAcknowledged())
        states << (said ? QStringLiteral("acknowledged by %1: %2").arg(a.acknowledgement->author, a.acknowledgement->comment)
                        : QStringLiteral("acknowledged"));
    if (a.flapping)
        states << QStringLiteral("flapping");
    if (a.heldSince)
        states << QStringLiteral("level held");
    if (a.open)
        states << QStringLiteral("open");
    return states.join(QLatin1Char(','));
}

// A length in the unit an operator thinks in: "25 min", "63.8 h".
QString spanText(Core::Timestamp span)
{
    return span < Core::kHour ? QStringLiteral("%1 min").arg(span / Core::kMinute)
                              : QStringLiteral("%1 h").arg(double(span) / double(Core::kHour), 0, 'f', 1);
}

// How far off a rule's start or end is: beyond two days, in days.
QString distanceText(Core::Timestamp span)
{
    return span < 2 * Core::kDay ? spanText(span)
                                 : Messages::tr("%1 days").arg(double(span) / double(Core::kDay), 0, 'f', 1);
}

// How long an alert lasted.
QString lasted(const Core::StoredAlert &a)
{
    return a.end == 0 ? QStringLiteral("open") : spanText(a.end - a.start);
}

int list(const QStringList &args)
{
    const QString command = QStringLiteral("alerts list");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Stored alerts, newest first, with their state."));
    const Common common;
    const QCommandLineOption match(QStringLiteral("match"), Messages::tr("Only alerts on series this selector matches."),
                                   Messages::tr("SELECTOR"));
    const QCommandLineOption from(QStringLiteral("from"), Messages::tr("Start time."), Messages::tr("T"));
    const QCommandLineOption to(QStringLiteral("to"), Messages::tr("End time (exclusive)."), Messages::tr("T"));
    const QCommandLineOption quiet(QStringLiteral("hide-silenced"), Messages::tr("Leave out silenced alerts."));
    const QCommandLineOption unacknowledged(QStringLiteral("hide-acknowledged"),
                                            Messages::tr("Leave out acknowledged alerts."));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      Messages::tr("Only alerts at least this severe: info, warning, error or critical."),
                                      Messages::tr("LEVEL"));
    const QCommandLineOption limit(QStringLiteral("limit"), Messages::tr("At most N alerts, the newest."), Messages::tr("N"));
    parser.addOptions({common.db, common.json, match, from, to, quiet, unacknowledged, severity, limit});
    if (!parseArguments(parser, args, command))
        return 2;
    bool failed = false;
    const QString db = requireValue(parser, common.db, command, failed);
    const Core::Timestamp start = timeOption(parser, from, command, failed).value_or(Core::kEarliest);
    const Core::Timestamp end = timeOption(parser, to, command, failed).value_or(Core::kLatest);
    if (!failed && !checkSelector(command, match.names().front(), parser.value(match)))
        failed = true;
    // Severities by rank, as the scan stores them (alertSeverity); info: a fleet's part.
    const QStringList levels{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error"),
                             QStringLiteral("critical")};
    const qsizetype minimum = parser.isSet(severity) ? levels.indexOf(parser.value(severity).trimmed().toLower()) : 0;
    if (!failed && minimum < 0) {
        printError(command, Messages::tr("--severity expects info, warning, error or critical, not '%1'").arg(parser.value(severity)));
        failed = true;
    }
    bool limitOk = true;
    const int most = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : -1;
    if (!failed && (!limitOk || (parser.isSet(limit) && most < 1))) {
        printError(command, Messages::tr("--limit expects a positive whole number, not '%1'").arg(parser.value(limit)));
        failed = true;
    }
    if (!failed && end <= start) {
        printError(command, Messages::tr("--to must come after --from (%1 is not after %2)")
                                .arg(parser.value(to), parser.value(from)));
        failed = true;
    }
    if (failed)
        return 2;
    try {
        const Core::Selector selector = Core::Selector::parse(parser.value(match));
        const auto warehouse = Core::Warehouse::open(db, Core::Warehouse::Mode::ReadOnly);
        const auto silences = Core::AlertStore(warehouse->db()).silences(true, 0);
        std::vector<Core::StoredAlert> alerts = Core::readStoredAlerts(warehouse->db(), start, end, silences);
        std::erase_if(alerts, [&](const Core::StoredAlert &a) {
            const auto key = Core::SeriesKey::fromCanonical(a.series.toStdString());
            return !key || !selector.matches(*key) || (parser.isSet(quiet) && a.isSilenced())
                || (parser.isSet(unacknowledged) && a.isAcknowledged()) || levels.indexOf(a.severity) < minimum;
        });
        std::reverse(alerts.begin(), alerts.end());
        if (most > 0 && alerts.size() > size_t(most))
            alerts.resize(size_t(most));
        if (parser.isSet(common.json)) {
            QJsonArray rows;
            for (const Core::StoredAlert &a : alerts)
                rows.append(QJsonObject{{QStringLiteral("id"), a.eventId},
                                        {QStringLiteral("start"), Core::formatTimestamp(a.start)},
                                        {QStringLiteral("end"), a.end ? Core::formatTimestamp(a.end) : QString()},
                                        {QStringLiteral("held_since"), a.heldSince ? Core::formatTimestamp(a.heldSince) : QString()},
                                        {QStringLiteral("open"), a.open},
                                        {QStringLiteral("severity"), a.severity},
                                        {QStringLiteral("host"), a.host},
                                        {QStringLiteral("series"), a.series},
                                        {QStringLiteral("peak"), a.peak},
                                        {QStringLiteral("fire_threshold"), a.fireThreshold > 0 ? QJsonValue(a.fireThreshold) : QJsonValue()},
                                        {QStringLiteral("incident"), a.incident},
                                        {QStringLiteral("incident_title"), a.incidentTitle},
                                        {QStringLiteral("evidence"), a.evidence},
                                        {QStringLiteral("strongest_sign"), a.strongestView},
                                        {QStringLiteral("silenced_by"), a.silencedBy},
                                        {QStringLiteral("acknowledged_by"),
                                         a.acknowledgement ? a.acknowledgement->author : QString()},
                                        {QStringLiteral("acknowledged_at"),
                                         a.acknowledgement ? Core::formatTimestamp(a.acknowledgement->time) : QString()},
                                        {QStringLiteral("acknowledgement"),
                                         a.acknowledgement ? a.acknowledgement->comment : QString()},
                                        {QStringLiteral("state"), stateOf(a)}});
            printLine(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
            return 0;
        }
        // Why it fired, in a word, before the series (the evidence in full: --json).
        for (const Core::StoredAlert &a : alerts)
            printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                          .arg(QString::number(a.eventId).rightJustified(6), Core::formatTimestamp(a.start),
                               lasted(a).rightJustified(7), a.severity.leftJustified(8), QString::number(a.peak, 'f', 3),
                               (a.strongestView.isEmpty() ? QStringLiteral("-") : a.strongestView).leftJustified(9),
                               a.series, stateOf(a, true)));
        printLine(Messages::tr("%n alert(s)", nullptr, int(alerts.size())));
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

// Runs one write in a transaction on a read-write connection.
template<typename Write>
int write(const QString &command, const QString &db, Write work)
{
    try {
        const auto warehouse = Core::Warehouse::open(db, Core::Warehouse::Mode::ReadWrite);
        Core::Transaction transaction(warehouse->db());
        Core::AlertStore store(warehouse->db());
        const QString done = work(warehouse->db(), store);
        transaction.commit();
        printLine(done);
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

int acknowledge(const QStringList &args)
{
    const QString command = QStringLiteral("alerts ack");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Acknowledge an alert with a comment."));
    const Common common;
    const QCommandLineOption id(QStringLiteral("id"), Messages::tr("The alert's id (alerts list)."), Messages::tr("N"));
    const QCommandLineOption author(QStringLiteral("author"), Messages::tr("Who acknowledges."), Messages::tr("NAME"));
    const QCommandLineOption comment(QStringLiteral("comment"), Messages::tr("What was found or done."),
                                     Messages::tr("TEXT"));
    const QCommandLineOption together(QStringLiteral("incident"),
                                      Messages::tr("Acknowledge every alert of its incident with it, as the console does."));
    parser.addOptions({common.db, id, author, comment, together});
    if (!parseArguments(parser, args, command))
        return 2;
    bool failed = false;
    const QString db = requireValue(parser, common.db, command, failed);
    const QString idText = requireValue(parser, id, command, failed);
    const QString who = requireValue(parser, author, command, failed);
    const QString text = requireValue(parser, comment, command, failed);
    bool ok = false;
    const qint64 eventId = idText.toLongLong(&ok);
    if (!failed && (!ok || eventId <= 0)) {
        printError(command, Messages::tr("--id expects an alert id, not '%1'").arg(parser.value(id)));
        failed = true;
    }
    if (failed)
        return 2;
    return write(command, db, [&](Core::Database &database, Core::AlertStore &store) {
        Core::EventReader events(database);
        const auto event = events.event(eventId);
        if (!event || event->event.kind != QLatin1String("alert"))
            throw Core::Error(Messages::tr("%1 has no alert %2").arg(db).arg(eventId));
        const Core::Timestamp now = QDateTime::currentMSecsSinceEpoch();
        store.acknowledge({eventId, who, text, now});
        const QString incident = Core::incidentOf(event->event);
        if (!parser.isSet(together) || incident.isEmpty())
            return Messages::tr("Alert %1 acknowledged.").arg(eventId);
        int others = 0;
        for (const Core::StoredAlert &member : Core::readStoredAlerts(database, Core::kEarliest, Core::kLatest, {}))
            if (member.incident == incident && member.eventId != eventId) {
                store.acknowledge({member.eventId, who, text, now});
                ++others;
            }
        return Messages::tr("Alert %1 and the %2 other alert(s) of its incident acknowledged.").arg(eventId).arg(others);
    });
}

// What the dialog's preview says of a rule: how many stored alerts it keeps
// quiet, and when it starts or ends (one ended already keeps no new alert quiet).
QString rulePreview(Core::Database &database, const Core::Silence &rule)
{
    const Core::Timestamp now = QDateTime::currentMSecsSinceEpoch();
    if (rule.startsAt > now)
        return Messages::tr("It starts %1, in %2, and ends %3.")
            .arg(Core::formatTimestamp(rule.startsAt), distanceText(rule.startsAt - now), Core::formatTimestamp(rule.endsAt));
    const Core::Selector selector = Core::Selector::parse(rule.matcher);
    const std::vector<Core::StoredAlert> stored = Core::readStoredAlerts(database, Core::kEarliest, Core::kLatest, {});
    const auto quiet = std::count_if(stored.begin(), stored.end(), [&](const Core::StoredAlert &a) {
        return Core::mutes(rule, selector, a.toSeriesAlert()); // a rack's rule covers its hosts' log alerts too
    });
    const QString kept = Messages::tr("It keeps %1 of the warehouse's %2 stored alerts quiet.").arg(quiet).arg(stored.size());
    return kept + QLatin1Char(' ')
        + (rule.endsAt > now
               ? Messages::tr("It ends %1, in %2.").arg(Core::formatTimestamp(rule.endsAt), distanceText(rule.endsAt - now))
               : Messages::tr("It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.")
                     .arg(Core::formatTimestamp(rule.endsAt), distanceText(now - rule.endsAt)));
}

int silence(const QStringList &args)
{
    const QString command = QStringLiteral("alerts silence");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Keep alerts on matching series quiet for a while."));
    const Common common;
    const QCommandLineOption match(QStringLiteral("match"), Messages::tr("The series to silence, as a selector."),
                                   Messages::tr("SELECTOR"));
    const QCommandLineOption author(QStringLiteral("author"), Messages::tr("Who silences."), Messages::tr("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"), Messages::tr("Why."), Messages::tr("TEXT"));
    const QCommandLineOption start(QStringLiteral("start"), Messages::tr("Start time (default: now)."), Messages::tr("T"));
    const QCommandLineOption end(QStringLiteral("end"), Messages::tr("End time."), Messages::tr("T"));
    const QCommandLineOption hours(QStringLiteral("hours"), Messages::tr("Length, instead of --end."), Messages::tr("N"));
    const QCommandLineOption maintenance(QStringLiteral("maintenance"), Messages::tr("Record it as a maintenance window."));
    parser.addOptions({common.db, match, author, reason, start, end, hours, maintenance});
    if (!parseArguments(parser, args, command))
        return 2;
    bool failed = false;
    Core::Silence rule;
    const QString db = requireValue(parser, common.db, command, failed);
    rule.matcher = requireValue(parser, match, command, failed);
    if (!failed && !checkSelector(command, match.names().front(), rule.matcher))
        failed = true;
    if (!failed && Core::Selector::parse(rule.matcher).isEmpty()) {
        printError(command, Messages::tr("--match: an empty selector would silence everything"));
        failed = true;
    }
    rule.author = requireValue(parser, author, command, failed);
    rule.reason = requireValue(parser, reason, command, failed);
    rule.kind = parser.isSet(maintenance) ? Core::Silence::Kind::Maintenance : Core::Silence::Kind::Silence;
    rule.created = QDateTime::currentMSecsSinceEpoch();
    rule.startsAt = timeOption(parser, start, command, failed).value_or(rule.created);
    if (parser.isSet(hours) && parser.isSet(end)) {
        printError(command, Messages::tr("give --end T or --hours N, not both"));
        failed = true;
    } else if (parser.isSet(hours)) {
        // Up to ten years: a longer silence is a typo, and beyond it the time overflows.
        constexpr double kMaxHours = 10 * 366 * 24;
        bool ok = false;
        const double length = parser.value(hours).toDouble(&ok);
        if (!failed && (!ok || !std::isfinite(length) || length <= 0 || length > kMaxHours)) {
            printError(command, Messages::tr("--hours expects a positive number of hours up to %1, not '%2'")
                                    .arg(kMaxHours, 0, 'f', 0)
                                    .arg(parser.value(hours)));
            failed = true;
        } else {
            rule.endsAt = rule.startsAt + Core::Timestamp(length * double(Core::kHour));
        }
    } else if (const auto t = timeOption(parser, end, command, failed)) {
        rule.endsAt = *t;
    } else if (!failed) {
        printError(command, Messages::tr("give --end T or --hours N"));
        failed = true;
    }
    if (failed)
        return 2;
    return write(command, db, [&](Core::Database &database, Core::AlertStore &store) {
        const qint64 id = store.addSilence(rule); // validates the selector first
        QString done = Messages::tr("Silence %1 on %2 until %3.").arg(id).arg(rule.matcher, Core::formatTimestamp(rule.endsAt));
        // Stored as asked (the host may be on its way), but a typo should not pass
        // unseen, nor a selector that takes in the whole warehouse ('{}').
        const std::vector<qint64> counts = Core::MetricReader(database).countMatches(
            {Core::Selector::parse(rule.matcher), Core::Selector::parse(QString())});
        const qint64 matched = counts.at(0), all = counts.at(1);
        if (matched == 0)
            done += QLatin1Char(' ') + Messages::tr("No series matches it yet: it mutes nothing until one does.");
        else if (matched == all)
            done += QLatin1Char(' ') + Messages::tr("It matches every series of the warehouse (%1): every alert stays muted until it ends.").arg(all);
        else
            done += QLatin1Char(' ') + Messages::tr("It matches %1 of the warehouse's %2 series.").arg(matched).arg(all);
        done += QLatin1Char(' ') + rulePreview(database, rule);
        return done;
    });
}

int silences(const QStringList &args)
{
    const QString command = QStringLiteral("alerts silences");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Silences, maintenance windows and feedback rules."));
    const Common common;
    const QCommandLineOption all(QStringLiteral("all"), Messages::tr("Include expired ones."));
    parser.addOptions({common.db, common.json, all});
    if (!parseArguments(parser, args, command))
        return 2;
    bool failed = false;
    const QString db = requireValue(parser, common.db, command, failed);
    if (failed)
        return 2;
    try {
        const auto warehouse = Core::Warehouse::open(db, Core::Warehouse::Mode::ReadOnly);
        const Core::Timestamp now = QDateTime::currentMSecsSinceEpoch();
        Core::AlertStore store(warehouse->db());
        const auto rules = store.silences(parser.isSet(all), now);
        const std::map<qint64, qint64> matched = store.matchedSeries(rules, now);
        QJsonArray rows;
        for (const Core::Silence &s : rules) {
            const auto series = matched.find(s.id); // rules in force only
            const bool ghost = series != matched.end() && series->second == 0;
            // Words for scripts, as the JSON gives them.
            const QString state = s.endsAt <= s.startsAt ? QStringLiteral("withdrawn")
                : s.endsAt <= now                         ? QStringLiteral("ended")
                : s.startsAt > now                        ? QStringLiteral("scheduled")
                                                          : QStringLiteral("active");
            if (parser.isSet(common.json)) {
                QJsonObject row{{QStringLiteral("id"), s.id},
                                {QStringLiteral("kind"), Core::silenceKindName(s.kind)},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("matcher"), s.matcher},
                                {QStringLiteral("author"), s.author},
                                {QStringLiteral("reason"), s.reason},
                                {QStringLiteral("starts"), Core::formatTimestamp(s.startsAt)},
                                {QStringLiteral("ends"), Core::formatTimestamp(s.endsAt)}};
                if (s.maxScore)
                    row.insert(QStringLiteral("max_score"), *s.maxScore);
                if (s.maxStrength)
                    row.insert(QStringLiteral("max_strength"), *s.maxStrength);
                if (series != matched.end())
                    row.insert(QStringLiteral("matched_series"), series->second);
                rows.append(row);
            } else {
                QString line = QStringLiteral("%1 %2 %3 %4 .. %5 %6 (%7: %8)")
                                   .arg(QString::number(s.id).rightJustified(5), Core::silenceKindName(s.kind).leftJustified(11),
                                        state.leftJustified(9), Core::formatTimestamp(s.startsAt),
                                        Core::formatTimestamp(s.endsAt), s.matcher, s.author, s.reason);
                if (s.kind == Core::Silence::Kind::Feedback) // stronger alerts still fire, mostly
                    line += QStringLiteral(" [%1]").arg(Core::feedbackReach(s));
                if (ghost)
                    line += QLatin1Char(' ') + Messages::tr("[matches no series: it mutes nothing]");
                printLine(line);
            }
        }
        if (parser.isSet(common.json))
            printLine(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

int expire(const QStringList &args)
{
    const QString command = QStringLiteral("alerts expire");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("End a silence now, or withdraw it (it stays on record)."));
    const Common common;
    const QCommandLineOption id(QStringLiteral("id"), Messages::tr("The silence's id."), Messages::tr("N"));
    const QCommandLineOption withdraw(QStringLiteral("withdraw"),
                                      Messages::tr("End it at its start instead: every alert it muted shows again."));
    parser.addOptions({common.db, id, withdraw});
    if (!parseArguments(parser, args, command))
        return 2;
    bool failed = false;
    const QString db = requireValue(parser, common.db, command, failed);
    bool ok = false;
    const qint64 silenceId = parser.value(id).toLongLong(&ok);
    if (!failed && (!ok || silenceId <= 0)) {
        printError(command, Messages::tr("--id expects a silence id, not '%1'").arg(parser.value(id)));
        failed = true;
    }
    if (failed)
        return 2;
    return write(command, db, [&](Core::Database &, Core::AlertStore &store) {
        const auto rules = store.silences(true, 0);
        const auto rule = std::find_if(rules.begin(), rules.end(), [&](const Core::Silence &s) { return s.id == silenceId; });
        if (rule == rules.end())
            throw Core::Error(Messages::tr("There is no silence %1.").arg(silenceId));
        // A rule that has not started yet, ended now, covers nothing: that is a withdrawal.
        const Core::Timestamp now = QDateTime::currentMSecsSinceEpoch();
        if (!parser.isSet(withdraw) && rule->startsAt < now) {
            store.expireSilence(silenceId, now);
            return Messages::tr("Silence %1 expired.").arg(silenceId);
        }
        store.expireSilence(silenceId, rule->startsAt);
        return parser.isSet(withdraw) ? Messages::tr("Silence %1 withdrawn: the alerts it muted show again.").arg(silenceId)
                                      : Messages::tr("Silence %1 had not started: it is withdrawn.").arg(silenceId);
    });
}

} // namespace

int alertsCommand(const QStringList &args)
{
    const std::pair<const char *, int (*)(const QStringList &)> subcommands[] = {
        {"list", list}, {"ack", acknowledge}, {"silence", silence}, {"silences", silences}, {"expire", expire}};
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    for (const auto &[name, run] : subcommands)
        if (sub == QLatin1String(name))
            return run(args.mid(1));
    return noSubcommand(QStringLiteral("alerts"), args, Messages::tr("list, ack, silence, silences or expire"));
}

} // namespace Opsight::Cli
