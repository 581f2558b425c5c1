// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglinemodel.h"

#include "common/timeutil.h"
#include "textspans.h"

namespace Opsight::Views {

LogLineModel::LogLineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogLineModel::setLines(std::vector<Core::StoredLogLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

const Core::StoredLogLine *LogLineModel::line(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_lines.size()))
        return nullptr;
    return &m_lines[size_t(index.row())];
}

int LogLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogLineModel::data(const QModelIndex &index, int role) const
{
    const Core::StoredLogLine *l = line(index);
    if (!l)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        // Log lines are read to the second and beyond: the full timestamp, not minutes.
        case TimeColumn: return l->time ? Core::formatTimestamp(l->time) : QString();
        case HostColumn: return l->host;
        case LevelColumn: return l->level;
        case ComponentColumn: return l->component;
        case MessageColumn: return l->content;
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn: return l->time;
        case MessageColumn: return l->content;
        default: return data(index, Qt::DisplayRole);
        }
    } else if (role == SpansRole && index.column() == MessageColumn) {
        return QVariant::fromValue(parameterSpans(l->content, l->parameters));
    } else if (role == Qt::ToolTipRole && index.column() == MessageColumn) {
        if (l->parameters.isEmpty())
            return tr("Line %1; no parameters").arg(l->lineNumber);
        return tr("Line %1; parameters: %2").arg(l->lineNumber).arg(l->parameters.join(QStringLiteral(" | ")));
    }
    return {};
}

QVariant LogLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time (UTC)");
    case HostColumn: return tr("Host");
    case LevelColumn: return tr("Level");
    case ComponentColumn: return tr("Component");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace Opsight::Views
