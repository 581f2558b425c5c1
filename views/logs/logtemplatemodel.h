// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/templateactivity.h"

#include <QAbstractTableModel>

namespace Opsight::Views {

// The template families of one log source in a window: what each says, how
// often and when it was written, its trend, and whether it is new, rare or
// alerting. The view sorts and filters it through LogTemplateFilter.
class LogTemplateModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, TemplateColumn, LinesColumn, ShareColumn, TrendColumn, FirstSeenColumn,
                  LastSeenColumn, VersionsColumn, FamilyColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        FamilyRole,   // qint64: the `template` label of its count series
        BucketsRole,  // QList<double>: lines per slice of the window, for the trend
        SpansRole,    // TextSpans: the wildcards of the template
        MarkedRole,   // bool: new, rare or alerting
    };

    explicit LogTemplateModel(QObject *parent = nullptr);

    void setTemplates(std::vector<Core::TemplateActivity> templates, qint64 windowLines);
    const std::vector<Core::TemplateActivity> &templates() const { return m_templates; }
    const Core::TemplateActivity *activity(const QModelIndex &index) const;
    QModelIndex indexOfFamily(qint64 family, int column = TemplateColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Core::TemplateActivity &a, int column) const;
    QVariant sortValue(const Core::TemplateActivity &a, int column) const;
    QString statusText(const Core::TemplateActivity &a) const;
    QString lineageText(const Core::TemplateActivity &a) const;

    std::vector<Core::TemplateActivity> m_templates;
    qint64 m_windowLines = 0;
};

} // namespace Opsight::Views
