// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfilterproxy.h"

#include "alertlistmodel.h"

#include <QLocale>

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

QVariant AlertFilterProxy::data(const QModelIndex &index, int role) const
{
    // The group's own count is of all its alerts; filtered, it read "9 alerts"
    // over 8 rows, and Acknowledge 9… seemed to count one too many (rev14).
    if (role == Qt::DisplayRole && index.column() == AlertListModel::SeriesColumn && !index.parent().isValid()
        && QSortFilterProxyModel::data(index, AlertListModel::IsGroupRole).toBool()) {
        const int all = sourceModel()->rowCount(mapToSource(index.siblingAtColumn(0)));
        const int shown = rowCount(index.siblingAtColumn(0));
        if (shown < all)
            return tr("%1 (%2 of %n alert(s) shown)", nullptr, all)
                .arg(QSortFilterProxyModel::data(index, AlertListModel::SortRole).toString(), QLocale().toString(shown));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Asked of every row at each keystroke: read the record, not its roles.
    const auto *model = static_cast<const AlertListModel *>(sourceModel());
    const AlertRecord *alert = model->alertAt(model->index(sourceRow, 0, sourceParent));
    // Groups are judged by their alerts (recursive filtering keeps a group with a
    // passing child).
    if (!alert)
        return false;
    if (model->severityRank(*alert) < m_minimumSeverity)
        return false;
    if ((!m_showSilenced && alert->isSilenced()) || (!m_showAcknowledged && alert->isAcknowledged())
        || (!m_showWithTheFleet && alert->fleetWide))
        return false;
    if (m_plotted) {
        const auto [from, to] = m_plotted->second;
        if (!m_plotted->first.contains(alert->series) || alert->start >= to || std::max(alert->end, alert->start) < from)
            return false;
    }
    return m_text.isEmpty() || model->filterText(*alert).contains(m_text, Qt::CaseInsensitive);
}

// Sorting asks for two rows' values n log n times: compare the records' own fields
// where both rows are alerts (the same order the sort role gives), and the roles
// otherwise (group rows).
bool AlertFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const AlertListModel *>(sourceModel());
    const AlertRecord *a = model->alertAt(left);
    const AlertRecord *b = model->alertAt(right);
    if (a && b) {
        auto span = [](const AlertRecord *r) { return r->end ? r->end - r->start : 0; };
        switch (left.column()) {
        case AlertListModel::StartColumn: return a->start < b->start;
        case AlertListModel::PeakColumn: return a->peak < b->peak;
        case AlertListModel::SeverityColumn: return model->severityRank(*a) < model->severityRank(*b);
        case AlertListModel::DurationColumn: return span(a) < span(b);
        default: break;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Opsight::Views
