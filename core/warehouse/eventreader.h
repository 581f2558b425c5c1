// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"
#include "workload.h"

#include <QStringList>

namespace Opsight::Core {

class Database;

struct StoredEvent
{
    qint64 id = 0;
    Event event;
};

// Reads events (alerts, incidents, hardware, annotations) and ground truth.
class EventReader final
{
public:
    explicit EventReader(Database &db);

    // Events overlapping [from, to), of the given kinds (empty: all), optionally of
    // one entity, in time order.
    std::vector<StoredEvent> events(Timestamp from, Timestamp to, const QStringList &kinds = {},
                                    const QString &entity = {});
    std::optional<StoredEvent> event(qint64 id);
    std::vector<GroundTruth> groundTruth();

private:
    Database &m_db;
};

} // namespace Opsight::Core
