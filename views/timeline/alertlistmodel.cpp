// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlistmodel.h"

#include "common/formatting.h"
#include "common/severity.h"

#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <set>

namespace Opsight::Views {

namespace {
constexpr quintptr kTopLevel = 0; // internal id of top-level rows; children: group + 1

QString stateText(const AlertRecord &alert)
{
    QStringList states;
    if (alert.isSilenced())
        states << AlertListModel::tr("Silenced");
    if (alert.isAcknowledged())
        states << AlertListModel::tr("Acknowledged");
    if (alert.flapping)
        states << AlertListModel::tr("Flapping");
    if (alert.heldSince)
        //: The alert stayed open after its scores fell: its level still stood out of range
        states << AlertListModel::tr("Level held");
    if (alert.fleetWide)
        states << AlertListModel::tr("With the fleet");
    if (alert.end == 0 || alert.open)
        states << AlertListModel::tr("Open");
    return states.join(QStringLiteral(", "));
}

// The series without its host label: the host has its own column.
QString seriesText(const AlertRecord &alert)
{
    QString text = alert.series;
    text.replace(QStringLiteral("host=\"%1\",").arg(alert.host), QString());
    text.replace(QStringLiteral(",host=\"%1\"").arg(alert.host), QString());
    text.replace(QStringLiteral("{host=\"%1\"}").arg(alert.host), QString());
    return text;
}
} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void AlertListModel::setAlerts(std::vector<AlertRecord> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const AlertRecord &a, const AlertRecord &b) { return a.start < b.start; });
    m_byId.clear();
    m_ranks.clear();
    m_filterTexts.clear();
    for (size_t i = 0; i < m_alerts.size(); ++i) {
        const AlertRecord &alert = m_alerts[i];
        m_byId[alert.eventId] = i;
        m_ranks.push_back(Severity::rank(alert.severity));
        m_filterTexts.push_back(QStringList{alert.host, alert.series, alert.title, alert.incident,
                                            alert.acknowledgement ? alert.acknowledgement->comment : QString()}
                                    .join(QLatin1Char('\n')));
    }
    rebuildGroups();
    endResetModel();
}

void AlertListModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuildGroups();
    endResetModel();
}

QString AlertListModel::groupKey(const AlertRecord &alert) const
{
    switch (m_grouping) {
    case Grouping::None: return {};
    case Grouping::Incident:
        // An alert outside any incident stands alone, under its own series.
        return alert.incident.isEmpty() ? alert.series : alert.incident;
    case Grouping::Host: return alert.host.isEmpty() ? tr("(no host)") : alert.host;
    case Grouping::Metric: return alert.metric;
    case Grouping::Severity: return Severity::label(alert.severity);
    }
    return {};
}

bool AlertListModel::isLone(size_t group) const
{
    return m_grouping == Grouping::Incident && m_groups[group].members.size() == 1;
}

void AlertListModel::rebuildGroups()
{
    m_groups.clear();
    m_placeInGroup.assign(m_alerts.size(), {0, 0});
    if (m_grouping == Grouping::None)
        return;
    QHash<QString, size_t> byKey; // groups keep the order they are met in
    byKey.reserve(qsizetype(m_alerts.size()));
    for (int i = 0; i < int(m_alerts.size()); ++i) {
        const QString key = groupKey(m_alerts[size_t(i)]);
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            it = byKey.insert(key, m_groups.size());
            Group group;
            group.key = key;
            m_groups.push_back(std::move(group));
        }
        m_placeInGroup[size_t(i)] = {it.value(), m_groups[it.value()].members.size()};
        m_groups[it.value()].members.push_back(i);
    }
    for (Group &group : m_groups)
        summarise(group);
}

void AlertListModel::summarise(Group &group) const
{
    group.first = Core::kLatest;
    std::set<QString> hosts;
    for (int member : group.members) {
        const AlertRecord &a = m_alerts[size_t(member)];
        group.acknowledged += a.isAcknowledged() ? 1 : 0;
        group.silenced += a.isSilenced() ? 1 : 0;
        if (m_ranks[size_t(member)] >= group.worst) {
            group.worst = m_ranks[size_t(member)];
            group.worstSeverity = a.severity;
        }
        group.peak = std::max(group.peak, a.peak);
        group.first = std::min(group.first, a.start);
        group.last = std::max(group.last, a.end ? a.end : a.start);
        if (!a.host.isEmpty() && hosts.insert(a.host).second)
            group.hosts << a.host;
    }
}

const AlertRecord *AlertListModel::alertAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (m_grouping == Grouping::None)
        return &m_alerts[size_t(index.row())];
    if (index.internalId() == kTopLevel)
        return isLone(size_t(index.row())) ? &m_alerts[size_t(m_groups[size_t(index.row())].members.front())] : nullptr;
    const Group &group = m_groups[size_t(index.internalId() - 1)];
    return &m_alerts[size_t(group.members[size_t(index.row())])];
}

const AlertRecord *AlertListModel::alertById(qint64 eventId) const
{
    const auto it = m_byId.find(eventId);
    return it == m_byId.end() ? nullptr : &m_alerts[it->second];
}

QModelIndex AlertListModel::indexOfAlert(qint64 eventId, int column) const
{
    const AlertRecord *alert = alertById(eventId);
    if (!alert)
        return {};
    const int position = int(alert - m_alerts.data());
    if (m_grouping == Grouping::None)
        return createIndex(position, column, kTopLevel);
    const auto [group, row] = m_placeInGroup[size_t(position)];
    if (isLone(group))
        return createIndex(int(group), column, kTopLevel);
    return createIndex(int(row), column, quintptr(group + 1));
}

std::vector<const AlertRecord *> AlertListModel::related(const AlertRecord &alert) const
{
    std::vector<const AlertRecord *> result{&alert};
    if (alert.incident.isEmpty())
        return result;
    for (const AlertRecord &other : m_alerts)
        if (&other != &alert && other.incident == alert.incident)
            result.push_back(&other);
    return result;
}

std::vector<qint64> AlertListModel::groupMembers(const QModelIndex &index) const
{
    std::vector<qint64> ids;
    if (!index.isValid() || index.model() != this || m_grouping == Grouping::None || index.internalId() != kTopLevel
        || isLone(size_t(index.row())))
        return ids;
    for (int member : m_groups[size_t(index.row())].members) // by start, as m_alerts is
        ids.push_back(m_alerts[size_t(member)].eventId);
    return ids;
}

QModelIndex AlertListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AlertListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (m_grouping == Grouping::None)
        return parent.isValid() ? 0 : int(m_alerts.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kTopLevel)
        return isLone(size_t(parent.row())) ? 0 : int(m_groups[size_t(parent.row())].members.size());
    return 0;
}

int AlertListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const AlertRecord *alert = alertAt(index))
        return alertData(*alert, index.column(), role);
    return groupData(m_groups[size_t(index.row())], index.column(), role);
}

QVariant AlertListModel::alertData(const AlertRecord &alert, int column, int role) const
{
    switch (role) {
    case EventIdRole: return alert.eventId;
    case IsGroupRole: return false;
    case SeverityRankRole: return severityRank(alert);
    case SilencedRole: return alert.isSilenced();
    case AcknowledgedRole: return alert.isAcknowledged();
    case WithTheFleetRole: return alert.fleetWide;
    case FilterTextRole: return filterText(alert);
    case Qt::ToolTipRole:
        return tr("%1\nPeak score %2 at %3%6\nEvidence: %4%5")
            .arg(alert.series, QLocale().toString(alert.peak, 'f', 3), Format::timestamp(alert.peakTime),
                 alert.evidence.isEmpty() ? tr("none recorded") : alert.evidence,
                 alert.acknowledgement ? tr("\nAcknowledged by %1: %2")
                                             .arg(alert.acknowledgement->author, alert.acknowledgement->comment)
                                       : QString(),
                 // A scan of one host at another threshold stores alerts as well.
                 alert.fireThreshold > 0 ? tr(", stored by a scan firing at %1").arg(QLocale().toString(alert.fireThreshold, 'f', 2))
                                         : QString());
    case Qt::DecorationRole: {
        if (column != SeverityColumn)
            return {};
        QColor colour = Severity::color(alert.severity);
        if (alert.isSilenced()) // paler, as its shading on the timeline
            colour.setAlpha(60);
        return colour;
    }
    case Qt::ForegroundRole:
        // Quiet alerts stay visible but step back.
        return alert.isSilenced() ? QVariant(QColor(Qt::gray)) : QVariant();
    case SortRole:
    case Qt::DisplayRole: {
        const bool sorting = role == SortRole;
        switch (column) {
        case SeverityColumn: return sorting ? QVariant(severityRank(alert)) : Severity::label(alert.severity);
        case StartColumn: return sorting ? QVariant(alert.start) : Format::timestamp(alert.start);
        case DurationColumn: {
            const Core::Timestamp span = alert.end ? alert.end - alert.start : 0;
            return sorting ? QVariant(span) : (alert.end ? Format::compactDuration(span) : tr("open"));
        }
        case HostColumn: return alert.host;
        case SeriesColumn: return seriesText(alert);
        case PeakColumn: return sorting ? QVariant(alert.peak) : QLocale().toString(alert.peak, 'f', 3);
        case ExplanationColumn: return alert.strongestView;
        case StateColumn: return stateText(alert);
        default: return {};
        }
    }
    default: return {};
    }
}

QVariant AlertListModel::groupData(const Group &group, int column, int role) const
{
    const int worst = group.worst;
    const double peak = group.peak;
    const Core::Timestamp first = group.first, last = group.last;
    const QString &worstSeverity = group.worstSeverity;
    const QStringList &hosts = group.hosts;
    const int acknowledged = group.acknowledged, silenced = group.silenced;
    // An incident's group reads as its stored title ("5 related anomalies on 5
    // hosts of rack c1-r03"), not its id.
    const AlertRecord &firstMember = m_alerts[size_t(group.members.front())];
    const QString label = m_grouping == Grouping::Incident && !firstMember.incidentTitle.isEmpty()
        ? firstMember.incidentTitle
        : group.key;
    switch (role) {
    case IsGroupRole: return true;
    case EventIdRole: return qint64(0);
    case SeverityRankRole: return worst;
    case FilterTextRole: return group.key;
    case Qt::DecorationRole: return column == SeverityColumn ? QVariant(Severity::color(worstSeverity)) : QVariant();
    case Qt::ToolTipRole: return tr("%n alert(s) in %1", nullptr, int(group.members.size())).arg(label);
    case SortRole:
    case Qt::DisplayRole: {
        const bool sorting = role == SortRole;
        switch (column) {
        case SeverityColumn: return sorting ? QVariant(worst) : QVariant(Severity::label(worstSeverity));
        // The group's name where a row names its series: that column is wide.
        case SeriesColumn:
            return sorting ? QVariant(label) : tr("%1 (%n alert(s))", nullptr, int(group.members.size())).arg(label);
        case StartColumn: return sorting ? QVariant(first) : Format::timestamp(first);
        case DurationColumn: return sorting ? QVariant(last - first) : Format::compactDuration(last - first);
        case HostColumn:
            return hosts.size() == 1 ? hosts.front() : hosts.isEmpty() ? QString() : tr("%n host(s)", nullptr, int(hosts.size()));
        case PeakColumn: return sorting ? QVariant(peak) : QLocale().toString(peak, 'f', 3);
        // Collapsed, a group still says whether a rule mutes it and whether
        // someone has looked at it.
        case StateColumn: {
            const int members = int(group.members.size());
            QStringList states;
            if (silenced)
                states << (silenced == members ? tr("Silenced") : tr("%1 of %2 silenced").arg(silenced).arg(members));
            if (acknowledged)
                states << (acknowledged == members ? tr("Acknowledged")
                                                   : tr("%1 of %2 acknowledged").arg(acknowledged).arg(members));
            return states.join(QStringLiteral(", "));
        }
        default: return sorting ? QVariant(QString()) : QVariant();
        }
    }
    default: return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ExplanationColumn)
        return tr("The detector's view that saw the most:\n"
                  "spike: far from the recent median\n"
                  "shift: the recent mean moved\n"
                  "seasonal: unlike the same time on earlier days or weeks\n"
                  "range: beyond the values seen recently\n"
                  "gap: far from every recent value, between the usual ones and a few earlier outliers\n"
                  "shape: a pattern not seen recently\n"
                  "trend: a steady drift\n"
                  "fleet-wide: many hosts moved at once\n"
                  "new template, rare template: a log line never or seldom seen before\n"
                  "The tooltip of an alert lists every view's measure.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case StartColumn: return tr("Start (UTC)");
    case DurationColumn: return tr("Duration");
    case HostColumn: return tr("Host");
    case SeriesColumn: return tr("Series");
    case PeakColumn: return tr("Peak");
    case ExplanationColumn: return tr("Strongest sign");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace Opsight::Views
