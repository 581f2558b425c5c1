// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include <QString>

namespace Opsight::Views {

// What an operator does from the timeline: to an alert from the list, an
// annotation at a moment ("deployed 2.3", "disk swapped"), or ending a rule. Each is one write on
// its own read-write connection, in one transaction.
struct AlertAction
{
    enum class Kind { Acknowledge, Silence, NotAnAnomaly, Annotate, EndSilence };
    Kind kind = Kind::Acknowledge;
    qint64 eventId = 0;       // acknowledge: the alert
    Core::Acknowledgement acknowledgement;
    std::vector<qint64> together; // acknowledge: the other alerts of its incident, with the same comment
    Core::Silence rule;       // silence and feedback: the rule to store
    Core::Event annotation;   // annotate: kind "annotation", the author in its source
    qint64 silenceId = 0;     // end silence: the rule (silence, maintenance window or feedback)...
    Core::Timestamp silenceEndsAt = 0; // ...and its new end: now, or its start to withdraw it
};

// An operator's note at a moment, on a host (or the whole fleet when `host` is empty).
Core::Event annotationEvent(Core::Timestamp at, const QString &host, const QString &text, const QString &author);

struct AlertActionResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // translated; says which field or the file
    qint64 ruleId = 0;
};

// Safe on any thread; never throws.
AlertActionResult applyAlertAction(const QString &path, const AlertAction &action);

// The feedback rule behind "not an anomaly" for an alert: the core rule, starting
// no later than the alert itself, so scanning the same history again keeps it quiet
// too (an analyst's warehouse is usually in the past).
Core::Silence notAnAnomalyRule(const AlertRecord &alert, const QString &author, const QString &comment,
                               Core::Timestamp now, int days);

// The author an operator's actions are signed with, unless they typed another:
// the account name.
QString defaultAuthor();

} // namespace Opsight::Views
