// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfilterproxy.h"

#include "alertlistmodel.h"

namespace Opsight::Views {

AlertFilterProxy::AlertFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(AlertListModel::SortRole);
}

// All at once: invalidateFilter() removes rows group by group, and the tree view
// relays itself out at each removal (one keystroke took seconds over 6,000 alerts).
void AlertFilterProxy::refilter()
{
    invalidate();
}

void AlertFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    refilter();
}

void AlertFilterProxy::setMinimumSeverity(int rank)
{
    m_minimumSeverity = rank;
    refilter();
}

void AlertFilterProxy::setShowSilenced(bool show)
{
    m_showSilenced = show;
    refilter();
}

void AlertFilterProxy::setShowAcknowledged(bool show)
{
    m_showAcknowledged = show;
    refilter();
}

void AlertFilterProxy::setShowWithTheFleet(bool show)
{
    m_showWithTheFleet = show;
    refilter();
}

void AlertFilterProxy::setPlotted(std::optional<std::pair<QSet<QString>, std::pair<qint64, qint64>>> plotted)
{
    m_plotted = std::move(plotted);
    refilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Groups are judged by their alerts (recursive filtering keeps a group with a
    // passing child).
    if (index.data(AlertListModel::IsGroupRole).toBool())
        return false;
    if (index.data(AlertListModel::SeverityRankRole).toInt() < m_minimumSeverity)
        return false;
    if (!m_showSilenced && index.data(AlertListModel::SilencedRole).toBool())
        return false;
    if (!m_showAcknowledged && index.data(AlertListModel::AcknowledgedRole).toBool())
        return false;
    if (!m_showWithTheFleet && index.data(AlertListModel::WithTheFleetRole).toBool())
        return false;
    if (m_plotted) {
        const auto *model = static_cast<const AlertListModel *>(sourceModel());
        const AlertRecord *alert = model->alertAt(index);
        const auto [from, to] = m_plotted->second;
        if (!alert || !m_plotted->first.contains(alert->series) || alert->start >= to
            || std::max(alert->end, alert->start) < from)
            return false;
    }
    return m_text.isEmpty()
        || index.data(AlertListModel::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Opsight::Views
