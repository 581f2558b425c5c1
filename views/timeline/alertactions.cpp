// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertactions.h"

#include "common/jobboundary.h"
#include "common/error.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>

namespace Opsight::Views {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Views::AlertActions)
};
} // namespace

AlertActionResult applyAlertAction(const QString &path, const AlertAction &action)
{
    AlertActionResult result;
    Core::runAtJobBoundary(result, [&] {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
        Core::AlertStore store(warehouse->db());
        Core::Transaction transaction(warehouse->db());
        switch (action.kind) {
        case AlertAction::Kind::Acknowledge:
            store.acknowledge(action.acknowledgement);
            for (const qint64 other : action.together) {
                Core::Acknowledgement acknowledgement = action.acknowledgement;
                acknowledgement.eventId = other;
                store.acknowledge(acknowledgement);
            }
            break;
        case AlertAction::Kind::Silence:
        case AlertAction::Kind::NotAnAnomaly: result.ruleId = store.addSilence(action.rule); break;
        case AlertAction::Kind::Annotate:
            if (action.annotation.title.trimmed().isEmpty())
                throw Core::Error(Messages::tr("An annotation needs a text."));
            Core::RecordWriter(warehouse->db()).addEvent(action.annotation);
            break;
        case AlertAction::Kind::EndSilence: store.expireSilence(action.silenceId, action.silenceEndsAt); break;
        }
        transaction.commit();
    });
    return result;
}

Core::Event annotationEvent(Core::Timestamp at, const QString &host, const QString &text, const QString &author)
{
    Core::Event event;
    event.time = at;
    event.kind = QStringLiteral("annotation");
    event.severity = QStringLiteral("info");
    event.entityKind = host.isEmpty() ? QStringLiteral("fleet") : QStringLiteral("host");
    event.entity = host.isEmpty() ? QStringLiteral("fleet") : host;
    event.title = text.trimmed();
    // Spelled out: lupdate files a Messages::tr() here under the wrong context.
    event.source = QCoreApplication::translate("Opsight::Views::AlertActions", "annotated by %1").arg(author);
    return event;
}

Core::Silence notAnAnomalyRule(const AlertRecord &alert, const QString &author, const QString &comment,
                               Core::Timestamp now, int days)
{
    Core::Silence rule = Core::feedbackRule(alert.toSeriesAlert(), author, comment, now, days);
    rule.startsAt = std::min(rule.startsAt, alert.start);
    rule.endsAt = std::max(rule.endsAt, alert.start + Core::Timestamp(days) * Core::kDay);
    rule.alertEvent = alert.eventId;
    return rule;
}

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace Opsight::Views
