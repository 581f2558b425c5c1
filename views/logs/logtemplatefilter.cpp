// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtemplatefilter.h"

#include "logtemplatemodel.h"

namespace Opsight::Views {

LogTemplateFilter::LogTemplateFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LogTemplateModel::SortRole);
    setFilterKeyColumn(LogTemplateModel::TemplateColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void LogTemplateFilter::setMarkedOnly(bool markedOnly)
{
    if (m_markedOnly == markedOnly)
        return;
    m_markedOnly = markedOnly;
    invalidateFilter();
}

bool LogTemplateFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_markedOnly
        && !sourceModel()->index(sourceRow, 0, sourceParent).data(LogTemplateModel::MarkedRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Opsight::Views
