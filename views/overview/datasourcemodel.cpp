// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourcemodel.h"

#include "common/formatting.h"

#include <QThread>

namespace Opsight::Views {

namespace {
QString statusText(const QString &status)
{
    // Core writes "ok" or "failed: <reason>"; only the fixed word is ours to translate.
    if (status == QLatin1String("ok"))
        return DataSourceModel::tr("OK");
    return status;
}
} // namespace

DataSourceModel::DataSourceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DataSourceModel::~DataSourceModel() = default;

void DataSourceModel::setData(const std::vector<Core::DataSourceInfo> &sources)
{
    // Models belong to the GUI thread (views read them there without locks).
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

void DataSourceModel::clear()
{
    setData({});
}

int DataSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int DataSourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DataSourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::DataSourceInfo &source = m_sources[size_t(index.row())];
    const auto column = Columns(index.column());

    if (role == Qt::DisplayRole) {
        switch (column) {
        case KindColumn:
            return source.kind;
        case LocationColumn:
            return source.location;
        case LastImportColumn:
            return Format::timestamp(source.lastImport);
        case RecordsColumn:
            return Format::count(source.records);
        case StatusColumn:
            return statusText(source.status);
        case NUM_COLUMNS:
            break;
        }
    } else if (role == SortRole) {
        switch (column) {
        case KindColumn:
            return source.kind;
        case LocationColumn:
            return source.location;
        case LastImportColumn:
            return source.lastImport;
        case RecordsColumn:
            return source.records;
        case StatusColumn:
            return source.status;
        case NUM_COLUMNS:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == LocationColumn)
            return source.location;
        if (column == StatusColumn)
            return statusText(source.status);
    } else if (role == Qt::TextAlignmentRole) {
        if (column == RecordsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DataSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= NUM_COLUMNS)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Columns(section)) {
        case KindColumn:
            return tr("Kind");
        case LocationColumn:
            return tr("Location");
        case LastImportColumn:
            return tr("Last import");
        case RecordsColumn:
            return tr("Records");
        case StatusColumn:
            return tr("Status");
        case NUM_COLUMNS:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Columns(section)) {
        case KindColumn:
            return tr("File format or collector type");
        case LocationColumn:
            return tr("File path or collector address");
        case LastImportColumn:
            return tr("When data from this source was last imported (UTC)");
        case RecordsColumn:
            return tr("Records read from this source in its last import");
        case StatusColumn:
            return tr("Result of the last import");
        case NUM_COLUMNS:
            break;
        }
    }
    return {};
}

DataSourceProxyModel::DataSourceProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DataSourceModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

DataSourceProxyModel::~DataSourceProxyModel() = default;

} // namespace Opsight::Views
