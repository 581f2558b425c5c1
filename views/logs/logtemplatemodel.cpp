// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtemplatemodel.h"

#include "common/formatting.h"
#include "common/severity.h"
#include "textspans.h"

#include <QLocale>

namespace Opsight::Views {

LogTemplateModel::LogTemplateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogTemplateModel::setTemplates(std::vector<Core::TemplateActivity> templates, qint64 windowLines)
{
    beginResetModel();
    m_templates = std::move(templates);
    m_windowLines = windowLines;
    endResetModel();
}

const Core::TemplateActivity *LogTemplateModel::activity(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_templates.size()))
        return nullptr;
    return &m_templates[size_t(index.row())];
}

QModelIndex LogTemplateModel::indexOfFamily(qint64 family, int column) const
{
    for (size_t i = 0; i < m_templates.size(); ++i)
        if (m_templates[i].family.family == family)
            return index(int(i), column);
    return {};
}

int LogTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int LogTemplateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogTemplateModel::statusText(const Core::TemplateActivity &a) const
{
    QStringList marks;
    if (a.isNew)
        marks << tr("New");
    if (a.isRare)
        marks << tr("Rare");
    if (a.alerts > 0)
        marks << tr("%n alert(s)", nullptr, a.alerts);
    if (a.family.mergedInto)
        marks << tr("Merged into #%1").arg(a.family.mergedInto);
    return marks.join(QStringLiteral(" · "));
}

QString LogTemplateModel::lineageText(const Core::TemplateActivity &a) const
{
    QStringList lines;
    if (a.family.versions.size() > 1) {
        lines << tr("Versions, oldest first (the miner generalised it as lines arrived):");
        int n = 0;
        for (const Core::LogTemplateVersion &v : a.family.versions)
            lines << tr("%1. %2 (%n line(s))", nullptr, int(v.lines)).arg(++n).arg(v.text);
    } else {
        lines << a.family.current().text;
    }
    if (a.family.pinned())
        lines << tr("Pinned: an operator split it from a broader template.");
    if (a.family.mergedInto)
        lines << tr("An operator merged it into template #%1; new lines count there.").arg(a.family.mergedInto);
    return lines.join(QLatin1Char('\n'));
}

QVariant LogTemplateModel::display(const Core::TemplateActivity &a, int column) const
{
    switch (column) {
    case StatusColumn: return statusText(a);
    case TemplateColumn: return a.family.current().text;
    case LinesColumn: return Format::count(a.windowLines);
    case ShareColumn:
        return m_windowLines > 0 ? QLocale().toString(100.0 * double(a.windowLines) / double(m_windowLines), 'f', 2)
                                       + QStringLiteral(" %")
                                 : QString();
    case TrendColumn: return {};
    case FirstSeenColumn: return Format::timestamp(a.family.firstSeen());
    case LastSeenColumn: return Format::timestamp(a.family.lastSeen());
    case VersionsColumn:
        return a.family.pinned() ? tr("%1, pinned").arg(a.family.versions.size())
                                 : QString::number(a.family.versions.size());
    case FamilyColumn: return QStringLiteral("#%1").arg(a.family.family);
    }
    return {};
}

QVariant LogTemplateModel::sortValue(const Core::TemplateActivity &a, int column) const
{
    switch (column) {
    // Alerting first, then new, then rare.
    case StatusColumn: return (a.alerts > 0 ? 4 + Core::severityRank(a.alertSeverity) : 0) + (a.isNew ? 2 : 0) + (a.isRare ? 1 : 0);
    case TemplateColumn: return a.family.current().text;
    case LinesColumn:
    case ShareColumn: return a.windowLines;
    case TrendColumn: {
        // Rising templates first: the second half of the window against the first.
        double first = 0, second = 0;
        for (size_t i = 0; i < a.buckets.size(); ++i)
            (i < a.buckets.size() / 2 ? first : second) += a.buckets[i];
        return second - first;
    }
    case FirstSeenColumn: return a.family.firstSeen();
    case LastSeenColumn: return a.family.lastSeen();
    case VersionsColumn: return qint64(a.family.versions.size());
    case FamilyColumn: return a.family.family;
    }
    return {};
}

QVariant LogTemplateModel::data(const QModelIndex &index, int role) const
{
    const Core::TemplateActivity *a = activity(index);
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*a, index.column());
    case SortRole: return sortValue(*a, index.column());
    case FamilyRole: return a->family.family;
    case BucketsRole: return QVariant::fromValue(QList<double>(a->buckets.begin(), a->buckets.end()));
    case SpansRole:
        return index.column() == TemplateColumn ? QVariant::fromValue(wildcardSpans(a->family.current().text)) : QVariant();
    case MarkedRole: return a->isNew || a->isRare || a->alerts > 0;
    case Qt::ToolTipRole:
        if (index.column() == TemplateColumn || index.column() == VersionsColumn)
            return lineageText(*a);
        if (index.column() == FirstSeenColumn || index.column() == LastSeenColumn)
            return tr("Over the source's whole history, on every host");
        if (index.column() == StatusColumn && a->alerts > 0)
            return tr("%n alert(s) on its count series in the window, found by: %1", nullptr, a->alerts)
                .arg(a->alertKinds.join(QStringLiteral(", ")));
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        if (a->alerts > 0)
            return Severity::color(a->alertSeverity);
        if (a->isNew)
            return Severity::color(QStringLiteral("warning"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LinesColumn || index.column() == ShareColumn || index.column() == VersionsColumn
            || index.column() == FamilyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant LogTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case TemplateColumn: return tr("Template");
    case LinesColumn: return tr("Lines");
    case ShareColumn: return tr("Share");
    case TrendColumn: return tr("Trend");
    case FirstSeenColumn: return tr("First seen (UTC)");
    case LastSeenColumn: return tr("Last seen (UTC)");
    case VersionsColumn: return tr("Versions");
    case FamilyColumn: return tr("Id");
    }
    return {};
}

} // namespace Opsight::Views
