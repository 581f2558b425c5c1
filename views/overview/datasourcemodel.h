// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/warehouse.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace Opsight::Views {

// The data sources recorded in a warehouse: one row per imported file or collector.
// Presentation only: the rows come from a worker as a whole set (setData) and are
// replaced with a model reset, on the GUI thread.
class DataSourceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        KindColumn,
        LocationColumn,
        LastImportColumn,
        RecordsColumn,
        StatusColumn,
        NUM_COLUMNS
    };
    enum Roles {
        SortRole = Qt::UserRole, // raw values: timestamps and counts sort as numbers
    };

    explicit DataSourceModel(QObject *parent = nullptr);
    ~DataSourceModel() override;
    Q_DISABLE_COPY_MOVE(DataSourceModel)

    using QAbstractTableModel::setData;
    void setData(const std::vector<Core::DataSourceInfo> &sources);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Core::DataSourceInfo> m_sources;
};

// Sorts on the raw SortRole values; newest import first by default.
class DataSourceProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DataSourceProxyModel(QObject *parent = nullptr);
    ~DataSourceProxyModel() override;
    Q_DISABLE_COPY_MOVE(DataSourceProxyModel)
};

} // namespace Opsight::Views
