// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include <QAbstractItemModel>

#include <unordered_map>

namespace Opsight::Views {

// The alerts beside the timeline, flat or grouped (by incident, host, metric or
// severity) as a two-level tree. A group row sums up its alerts: the worst
// severity, the earliest start, the highest peak. By incident, an alert outside
// any incident is a row of its own at the top, not a group of one: the list
// reads as what needs a look, each incident once.
class AlertListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, StartColumn, DurationColumn, HostColumn, SeriesColumn, PeakColumn,
                  ExplanationColumn, StateColumn, ColumnCount };
    enum class Grouping { None, Incident, Host, Metric, Severity };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        EventIdRole,                 // qint64; 0 on group rows
        IsGroupRole,
        FilterTextRole,              // host, series, title and comment, for the text filter
        SeverityRankRole,            // 0 info .. 3 critical
        SilencedRole,
        AcknowledgedRole,
        WithTheFleetRole,            // one host's part of a fleet-wide episode
    };

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlerts(std::vector<AlertRecord> alerts);
    const std::vector<AlertRecord> &alerts() const { return m_alerts; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    const AlertRecord *alertAt(const QModelIndex &index) const;
    const AlertRecord *alertById(qint64 eventId) const;
    QModelIndex indexOfAlert(qint64 eventId, int column = 0) const;
    // The alerts of one incident (or the alert alone when it has none).
    std::vector<const AlertRecord *> related(const AlertRecord &alert) const;
    // A group row's alerts, earliest first, whatever a proxy shows of them; empty
    // for an alert's row.
    std::vector<qint64> groupMembers(const QModelIndex &index) const;
    // Made once per setAlerts, for the filters that ask of every row at each keystroke.
    int severityRank(const AlertRecord &alert) const { return m_ranks[size_t(&alert - m_alerts.data())]; }
    const QString &filterText(const AlertRecord &alert) const { return m_filterTexts[size_t(&alert - m_alerts.data())]; }


    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString key;
        std::vector<int> members; // indexes into m_alerts, by start
        // Summed up once per rebuild: a view asks for every column and role of every
        // shown group at each paint, and a metric's group holds thousands of alerts.
        int worst = 0; // severity rank
        QString worstSeverity;
        double peak = 0;
        Core::Timestamp first = 0, last = 0;
        QStringList hosts;
        int acknowledged = 0, silenced = 0;
    };
    void summarise(Group &group) const;
    void rebuildGroups();
    bool isLone(size_t group) const; // a top-level row that is an alert, not a group
    QString groupKey(const AlertRecord &alert) const;
    QVariant alertData(const AlertRecord &alert, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    std::vector<AlertRecord> m_alerts;
    std::vector<int> m_ranks;           // by index in m_alerts: severity ranks...
    std::vector<QString> m_filterTexts; // ...and what the text filter searches
    std::vector<Group> m_groups; // empty when not grouped
    std::unordered_map<qint64, size_t> m_byId;                // event id -> index in m_alerts
    std::vector<std::pair<size_t, size_t>> m_placeInGroup;    // index in m_alerts -> (group, row)
    Grouping m_grouping = Grouping::None;
};

} // namespace Opsight::Views
