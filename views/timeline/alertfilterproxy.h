// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Opsight::Views {

// Filters the alert list by text (host, series, title, comment), by a minimum
// severity, and hides silenced or acknowledged alerts unless asked. A group row
// stays while any of its alerts passes.
class AlertFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setMinimumSeverity(int rank);
    void setShowSilenced(bool show);
    void setShowAcknowledged(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_minimumSeverity = 0;
    bool m_showSilenced = true;
    bool m_showAcknowledged = true;
};

} // namespace Opsight::Views
