// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Opsight::Views {

// Filters the alert list by text (host, series, title, comment), by a minimum
// severity, and hides silenced or acknowledged alerts, or hosts' alerts that are
// part of a fleet-wide episode, unless asked. A group row stays while any of its
// alerts passes.
class AlertFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setMinimumSeverity(int rank);
    void setShowSilenced(bool show);
    void setShowAcknowledged(bool show);
    void setShowWithTheFleet(bool show);
    // Only alerts on these series that overlap [from, to): the plot's contents.
    // An empty optional lifts the restriction.
    void setPlotted(std::optional<std::pair<QSet<QString>, std::pair<qint64, qint64>>> plotted);

    // A group row counts what it shows: "c2-r02-h012 (8 of 9 alerts shown)".
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    QString m_text;
    int m_minimumSeverity = 0;
    bool m_showSilenced = true;
    bool m_showAcknowledged = true;
    bool m_showWithTheFleet = true;
    std::optional<std::pair<QSet<QString>, std::pair<qint64, qint64>>> m_plotted;
};

} // namespace Opsight::Views
