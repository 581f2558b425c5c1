// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrecord.h"

#include <QAbstractTableModel>

#include <map>

namespace Opsight::Views {

// The rules that keep alerts quiet (silences, maintenance windows and "not an
// anomaly" feedback), one row each, with their paper trail, how many series each
// matches and how many of the listed alerts it mutes. A rule in force that
// matches no series is a ghost (a typo, a host since gone) and says so.
class SilenceListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, KindColumn, MatcherColumn, SeriesColumn, StartColumn, EndColumn, MutedColumn,
                  AuthorColumn, ReasonColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        SilenceIdRole,               // qint64
        InForceRole,                 // "1" while it mutes now or is still to come, else "0" (a filter key)
    };
    enum class State { Scheduled, Active, Ended, Withdrawn };

    explicit SilenceListModel(QObject *parent = nullptr);

    // `matchedSeries`: for the rules in force, how many series each matches.
    void setSilences(std::vector<Core::Silence> rules, const std::vector<AlertRecord> &alerts, Core::Timestamp now,
                     const std::map<qint64, qint64> &matchedSeries = {});
    // Time moves on: states and countdowns as of `now`.
    void setNow(Core::Timestamp now);
    const Core::Silence *silenceAt(const QModelIndex &index) const;
    const Core::Silence *silenceById(qint64 id) const;
    QModelIndex indexOfSilence(qint64 id) const;
    State state(const Core::Silence &rule) const;
    int mutedCount(qint64 id) const; // the listed alerts it keeps quiet
    int inForceCount() const; // active or scheduled
    int ghostCount() const;   // in force and matching no series
    bool isGhost(const Core::Silence &rule) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(Core::Silence::Kind kind);

private:
    QString stateLabel(const Core::Silence &rule) const;

    std::vector<Core::Silence> m_rules;
    std::vector<int> m_muted; // by row: the listed alerts it keeps quiet
    std::map<qint64, qint64> m_matchedSeries;
    Core::Timestamp m_now = 0;
};

} // namespace Opsight::Views
