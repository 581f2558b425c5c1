// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

class QLayout;
class QModelIndex;
class QPushButton;
class QTreeView;
class QWidget;

namespace Opsight::Views {

// A flat list of records as the timeline's lists show them: whole rows select,
// one at a time, columns sort, rows alternate and the last column stretches.
void setUpRecordList(QTreeView *tree);

// A list's page: its filters above, the list, and its count and buttons below.
void layOutRecordList(QWidget *page, QLayout *filters, QTreeView *tree, QLayout *actions);

// The buttons under a list, offered again on a right click on a row `offered`
// accepts (with their text and whether they are enabled): where the eye already is.
void mirrorButtonsInContextMenu(QTreeView *tree, const QList<QPushButton *> &buttons,
                                std::function<bool(const QModelIndex &)> offered);

} // namespace Opsight::Views
