// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemlist.h"

#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

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

void layOutRecordList(QWidget *page, QLayout *filters, QTreeView *tree, QLayout *actions)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addLayout(filters);
    layout->addWidget(tree, 1);
    layout->addLayout(actions);
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
