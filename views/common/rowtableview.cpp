// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtableview.h"

#include "rowtablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Opsight::Views {

QTableView *newRowTable(RowTableModel *model, const QString &name, QWidget *parent,
                        std::function<void(const ViewLink &)> onLink)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(RowTableModel::SortRole);
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(table, &QTableView::activated, table,
                     [model, proxy, onLink = std::move(onLink)](const QModelIndex &index) {
                         if (const RowTableModel::Row *row = model->row(proxy->mapToSource(index)); row && row->link)
                             onLink(*row->link);
                     });
    return table;
}

} // namespace Opsight::Views
