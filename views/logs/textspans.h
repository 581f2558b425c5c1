// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QPoint>
#include <QStringList>

namespace Opsight::Views {

// Spans of text to highlight in a cell, as (start, length) in QPoint(x, y): the
// form SpanDelegate reads from the model's SpansRole.
using TextSpans = QList<QPoint>;

// Where each parameter of a mined line sits in its content, searched in order,
// each after the one before, so a value that repeats lands on its own place.
// Parameters that are not found (the miner normalised their spacing) are left out.
TextSpans parameterSpans(const QString &content, const QStringList &parameters);

// Where the wildcards `<*>` of a template are.
TextSpans wildcardSpans(const QString &templateText);

} // namespace Opsight::Views

Q_DECLARE_METATYPE(Opsight::Views::TextSpans)
