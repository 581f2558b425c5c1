// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/pendingfutures.h"
#include "common/view.h"
#include "common/viewregistry.h"
#include "common/warehousesnapshot.h"

#include <map>

class QLabel;
class QStackedWidget;
class QTableView;

namespace Opsight::Views {

class DataSourceModel;
class DataSourceProxyModel;

// The first page: what is in the open warehouse (fleet, time range, counts, data
// sources), or, with none open, an invitation to open, import or try the demo.
class OverviewView final : public View
{
    Q_OBJECT
public:
    // Every figure on the page; each value label is named "overview.<key>" (tests).
    enum class Field {
        Clusters, Racks, Hosts, Services, Queues,
        FirstTime, LastTime, Span,
        Series, Samples, Events, LogLines, LogTemplates, Jobs, Tasks, GroundTruth,
        DataSources, FileSize, Schema,
    };

    explicit OverviewView(QWidget *parent = nullptr);
    ~OverviewView() override;
    Q_DISABLE_COPY_MOVE(OverviewView)

    static ViewDescriptor descriptor();
    static QString fieldKey(Field field);

    void reload() override;
    bool isLoading() const { return m_loading; }
    QString fieldText(Field field) const;

Q_SIGNALS:
    // The page shows the result of the latest load (success or error).
    void snapshotShown(const Opsight::Views::WarehouseSnapshot &snapshot);

private:
    QWidget *createEmptyPage();
    QWidget *createContentPage();
    void showSnapshot(const WarehouseSnapshot &snapshot);
    void clearFields();
    void fitDataSourceTable();

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_contentPage = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    std::map<Field, QLabel *> m_fieldLabels;
    DataSourceModel *m_dataSourceModel = nullptr;
    DataSourceProxyModel *m_dataSourceProxy = nullptr;
    QTableView *m_dataSourceTable = nullptr;

    // Only the newest load may show its result; older ones finish and are dropped.
    quint64 m_loadId = 0;
    bool m_loading = false;
    PendingFutures m_pendingLoads;
};

} // namespace Opsight::Views
