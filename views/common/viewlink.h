// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QMetaType>
#include <QString>

namespace Opsight::Views {

// Where one view sends the operator in another: "host h1 from t0 to t1", "the lines
// of template T on host h1 around an alert". Views emit it as linkActivated(); the
// main window shows the target view and hands it the link through openLink().
struct ViewLink
{
    QString view;                 // target view id: "timeline", "logs", "fleet", "host"
    QString entity;               // a host name, a series selector, a template id; may be empty
    QString host;                 // narrows the entity to one host; may be empty
    Core::Timestamp from = 0;     // 0 and 0: the target keeps its own time window
    Core::Timestamp to = 0;
    qint64 eventId = 0;           // an alert or event to select, when there is one

    bool hasWindow() const { return to > from; }
};

} // namespace Opsight::Views

Q_DECLARE_METATYPE(Opsight::Views::ViewLink)
