// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/logreader.h"

#include <QAbstractTableModel>

namespace Opsight::Views {

// The stored lines of one template, in time order, with where their parameters
// sit in the message (for SpanDelegate).
class LogLineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, HostColumn, LevelColumn, ComponentColumn, MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        SpansRole, // TextSpans of the parameters, in the message column
    };

    explicit LogLineModel(QObject *parent = nullptr);

    void setLines(std::vector<Core::StoredLogLine> lines);
    const std::vector<Core::StoredLogLine> &lines() const { return m_lines; }
    const Core::StoredLogLine *line(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Core::StoredLogLine> m_lines;
};

} // namespace Opsight::Views
