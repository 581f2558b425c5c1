// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlist.h"

#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>

namespace Opsight::Views {

void setUpRecordList(QTreeView *tree)
{
    tree->setSortingEnabled(true);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
}

void mirrorButtonsInContextMenu(QTreeView *tree, const QList<QPushButton *> &buttons,
                                std::function<bool(const QModelIndex &)> offered)
{
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(tree, &QWidget::customContextMenuRequested, tree, [tree, buttons, offered](const QPoint &position) {
        if (!offered(tree->indexAt(position)))
            return;
        QMenu menu(tree);
        for (QPushButton *button : buttons) {
            QAction *action = menu.addAction(button->text(), button, &QPushButton::click);
            action->setEnabled(button->isEnabled());
        }
        menu.exec(tree->viewport()->mapToGlobal(position));
    });
}

} // namespace Opsight::Views
