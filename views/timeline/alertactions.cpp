// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertactions.h"

#include "common/jobboundary.h"
#include "warehouse/warehouse.h"

namespace Opsight::Views {

AlertActionResult applyAlertAction(const QString &path, const AlertAction &action)
{
    AlertActionResult result;
    Core::runAtJobBoundary(result, [&] {
        const auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::ReadWrite);
        Core::AlertStore store(warehouse->db());
        Core::Transaction transaction(warehouse->db());
        switch (action.kind) {
        case AlertAction::Kind::Acknowledge: store.acknowledge(action.acknowledgement); break;
        case AlertAction::Kind::Silence:
        case AlertAction::Kind::NotAnAnomaly: result.ruleId = store.addSilence(action.rule); break;
        }
        transaction.commit();
    });
    return result;
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
