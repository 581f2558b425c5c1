// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/viewlink.h"

#include <functional>

class QTableView;
class QWidget;

namespace Opsight::Views {

class RowTableModel;

// A table over a RowTableModel as the drill-down pages show them: rows sort by
// their values, whole rows select, and activating a row hands its link to
// `onLink` (rows without one do nothing).
QTableView *newRowTable(RowTableModel *model, const QString &name, QWidget *parent,
                        std::function<void(const ViewLink &)> onLink);

} // namespace Opsight::Views
