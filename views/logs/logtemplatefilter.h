// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Opsight::Views {

// Sorts LogTemplateModel by its raw values and keeps the templates whose text
// contains the filter text; optionally only the marked ones (new, rare, alerting).
class LogTemplateFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogTemplateFilter(QObject *parent = nullptr);
    void setMarkedOnly(bool markedOnly);
    bool markedOnly() const { return m_markedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_markedOnly = false;
};

} // namespace Opsight::Views
