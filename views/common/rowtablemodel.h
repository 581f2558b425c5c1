// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/viewlink.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <optional>
#include <vector>

namespace Opsight::Views {

// A read-only table of rows prepared by the view (cells as shown, values to sort
// by, an optional severity colour and a link to follow when a row is activated),
// for the many small lists of the drill-down pages that need nothing more.
class RowTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1 };

    struct Row
    {
        QStringList cells;
        QVariantList sortValues;         // per column; empty: sort by the cell text
        std::optional<QColor> marker;    // painted in the first column
        QString toolTip;
        std::optional<ViewLink> link;    // where activating the row goes
    };

    explicit RowTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row *row(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace Opsight::Views
