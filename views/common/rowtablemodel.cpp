// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtablemodel.h"

namespace Opsight::Views {

RowTableModel::RowTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
{
}

void RowTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const RowTableModel::Row *RowTableModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(index.row())];
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    const Row *r = row(index);
    if (!r)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return column < r->cells.size() ? r->cells.at(column) : QString();
    case SortRole:
        if (column < r->sortValues.size() && r->sortValues.at(column).isValid())
            return r->sortValues.at(column);
        return column < r->cells.size() ? r->cells.at(column) : QString();
    case Qt::DecorationRole: return column == 0 && r->marker ? QVariant(*r->marker) : QVariant();
    case Qt::ToolTipRole: return r->toolTip.isEmpty() ? QVariant() : QVariant(r->toolTip);
    default: return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

} // namespace Opsight::Views
