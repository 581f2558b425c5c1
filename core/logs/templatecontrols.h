// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Opsight::Core {

class Warehouse;

// Operator controls over the templates of a log source, applied to the source's
// stored miner state in one transaction, so every later import follows them.
// Lines already stored keep the template they were mined as: the change applies
// from now on, and the lineage says when (a merged family's current version
// names its successor in the other family).

// The miner put lines that differ at the `wildcard`-th `<*>` (0-based) of the
// family's current template together ("VM <*>" for "VM Started" and "VM
// Paused"): from now on each value there gets its own pinned template.
// Throws Error naming the source, family or wildcard that does not exist.
void pinTemplateSplit(Warehouse &warehouse, const QString &source, qint64 family, int wildcard);

// Lines of family `from` count as family `into` from now on (one event the
// miner told apart, e.g. a multi-word variable). Throws Error for an unknown
// source or family, a family merged into itself or already merged.
void mergeTemplates(Warehouse &warehouse, const QString &source, qint64 from, qint64 into);

} // namespace Opsight::Core
