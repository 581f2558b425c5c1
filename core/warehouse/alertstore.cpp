// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertstore.h"

#include "common/error.h"
#include "database.h"
#include "metricreader.h"
#include "selector.h"

#include <algorithm>

namespace Opsight::Core {

QString silenceKindName(Silence::Kind kind)
{
    switch (kind) {
    case Silence::Kind::Silence: return QStringLiteral("silence");
    case Silence::Kind::Maintenance: return QStringLiteral("maintenance");
    case Silence::Kind::Feedback: return QStringLiteral("feedback");
    }
    return QStringLiteral("silence");
}

std::optional<Silence::Kind> silenceKindFromName(const QString &name)
{
    for (Silence::Kind kind : {Silence::Kind::Silence, Silence::Kind::Maintenance, Silence::Kind::Feedback})
        if (silenceKindName(kind) == name)
            return kind;
    return std::nullopt;
}

AlertStore::AlertStore(Database &db)
    : m_db(db)
{
}

qint64 AlertStore::addSilence(const Silence &silence)
{
    Selector::parse(silence.matcher); // throws with the column of a bad selector
    if (silence.author.trimmed().isEmpty())
        throw Error(tr("A silence needs an author."));
    // "Not an anomaly" is its reason: its comment may be left out.
    if (silence.reason.trimmed().isEmpty() && silence.kind != Silence::Kind::Feedback)
        throw Error(tr("A silence needs a reason."));
    if (silence.endsAt <= silence.startsAt)
        throw Error(tr("A silence must end after it starts (%1 .. %2).")
                        .arg(formatTimestamp(silence.startsAt), formatTimestamp(silence.endsAt)));
    Statement insert = m_db.prepare(
        "INSERT INTO silence(kind, matcher, author, reason, created, starts_at, ends_at, max_score, alert_event, "
        "max_strength) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bind(1, silenceKindName(silence.kind)).bind(2, silence.matcher).bind(3, silence.author);
    insert.bind(4, silence.reason).bind(5, silence.created).bind(6, silence.startsAt).bind(7, silence.endsAt);
    silence.maxScore ? insert.bind(8, *silence.maxScore) : insert.bindNull(8);
    silence.alertEvent ? insert.bind(9, silence.alertEvent) : insert.bindNull(9);
    silence.maxStrength ? insert.bind(10, *silence.maxStrength) : insert.bindNull(10);
    insert.run();
    return m_db.lastInsertRowId();
}

void AlertStore::expireSilence(qint64 id, Timestamp at)
{
    Statement select = m_db.prepare("SELECT starts_at, ends_at FROM silence WHERE id=?1");
    select.bind(1, id);
    if (!select.step())
        throw Error(tr("There is no silence %1.").arg(id));
    const Timestamp startsAt = select.columnInt64(0), endsAt = select.columnInt64(1);
    // Nothing to change is said, not reported as done: the rule already ends by then.
    if (endsAt <= startsAt)
        throw Error(tr("Silence %1 was already withdrawn.").arg(id));
    const Timestamp end = std::max(startsAt, at);
    if (endsAt <= end)
        throw Error(tr("Silence %1 already ended at %2.").arg(id).arg(formatTimestamp(endsAt)));
    Statement update = m_db.prepare("UPDATE silence SET ends_at=?2 WHERE id=?1");
    update.bind(1, id).bind(2, end).run();
}

std::map<qint64, qint64> AlertStore::matchedSeries(const std::vector<Silence> &rules, Timestamp now)
{
    std::map<qint64, qint64> matched;
    std::vector<qint64> ids;
    std::vector<Selector> selectors;
    for (const Silence &rule : rules) {
        if (rule.endsAt <= now || rule.endsAt <= rule.startsAt)
            continue;
        try {
            selectors.push_back(Selector::parse(rule.matcher));
            ids.push_back(rule.id);
        } catch (const Error &) {
            matched[rule.id] = 0; // validated when added; one that no longer parses matches nothing
        }
    }
    const std::vector<qint64> counts = MetricReader(m_db).countMatches(selectors);
    for (size_t i = 0; i < ids.size(); ++i)
        matched[ids[i]] = counts[i];
    return matched;
}

std::vector<Silence> AlertStore::silences(bool includeExpired, Timestamp now)
{
    std::vector<Silence> out;
    Statement select = m_db.prepare(
        "SELECT id, kind, matcher, author, reason, created, starts_at, ends_at, max_score, coalesce(alert_event, 0), "
        "max_strength FROM silence WHERE ?1 OR ends_at > ?2 ORDER BY starts_at, id");
    select.bind(1, int(includeExpired)).bind(2, now);
    while (select.step()) {
        Silence s;
        s.id = select.columnInt64(0);
        s.kind = silenceKindFromName(select.columnString(1)).value_or(Silence::Kind::Silence);
        s.matcher = select.columnString(2);
        s.author = select.columnString(3);
        s.reason = select.columnString(4);
        s.created = select.columnInt64(5);
        s.startsAt = select.columnInt64(6);
        s.endsAt = select.columnInt64(7);
        if (!select.columnIsNull(8))
            s.maxScore = select.columnDouble(8);
        s.alertEvent = select.columnInt64(9);
        if (!select.columnIsNull(10))
            s.maxStrength = select.columnDouble(10);
        out.push_back(std::move(s));
    }
    return out;
}

void AlertStore::acknowledge(const Acknowledgement &ack)
{
    if (ack.author.trimmed().isEmpty())
        throw Error(tr("An acknowledgement needs an author."));
    // Asked first, so that any error of the insert itself (a read-only file, a
    // full disk) is reported as what it is, not as a missing alert.
    Statement exists = m_db.prepare("SELECT 1 FROM event WHERE id = ?1 AND kind = 'alert'");
    exists.bind(1, ack.eventId);
    if (!exists.step())
        throw Error(tr("There is no alert %1 to acknowledge.").arg(ack.eventId));
    Statement insert = m_db.prepare("INSERT INTO alert_ack(event_id, author, comment, time) VALUES(?1, ?2, ?3, ?4)");
    insert.bind(1, ack.eventId).bind(2, ack.author).bind(3, ack.comment).bind(4, ack.time);
    insert.run();
}

std::vector<Acknowledgement> AlertStore::acknowledgements(qint64 eventId)
{
    std::vector<Acknowledgement> out;
    Statement select = m_db.prepare("SELECT event_id, author, comment, time FROM alert_ack WHERE event_id=?1 ORDER BY time, id");
    select.bind(1, eventId);
    while (select.step())
        out.push_back({select.columnInt64(0), select.columnString(1), select.columnString(2), select.columnInt64(3)});
    return out;
}

std::map<qint64, Acknowledgement> AlertStore::latestAcknowledgements()
{
    // One pass over the table, not one query per alert: lists hold thousands.
    std::map<qint64, Acknowledgement> latest;
    Statement select = m_db.prepare("SELECT event_id, author, comment, time FROM alert_ack ORDER BY time, id");
    while (select.step())
        latest[select.columnInt64(0)] = {select.columnInt64(0), select.columnString(1), select.columnString(2),
                                         select.columnInt64(3)};
    return latest;
}

} // namespace Opsight::Core
