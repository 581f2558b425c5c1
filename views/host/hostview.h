// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/latestload.h"
#include "common/view.h"
#include "common/viewregistry.h"
#include "fleet/hostdetail.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace Opsight::Views {

class RowTableModel;
class StatusLabel;
class TimelineView;

// Everything about one host: who it is, how healthy and why, how it differs
// from its peers, its metrics and alerts on the anomaly timeline, its events,
// the jobs that ran on it and the log templates it wrote. Opened from the fleet
// map, the ranked lists or any link naming a host; alone, it starts on the
// least healthy host. (Actions on a host come with the approval queue.)
class HostView final : public View
{
    Q_OBJECT
public:
    explicit HostView(QWidget *parent = nullptr);
    ~HostView() override;
    Q_DISABLE_COPY_MOVE(HostView)

    static ViewDescriptor descriptor();

    void reload() override;
    // Accepts {host (or entity): a host name, from, to}.
    bool openLink(const ViewLink &link) override;

    void showHost(const QString &host, Core::Timestamp from = 0, Core::Timestamp to = 0);
    QString currentHost() const { return m_host; }
    const Core::HostDetail &detail() const { return m_detail; }
    TimelineView *timeline() const { return m_timeline; }
    RowTableModel *eventsModel() const { return m_events; }
    RowTableModel *runsModel() const { return m_runs; }
    RowTableModel *templatesModel() const { return m_templates; }
    RowTableModel *peersModel() const { return m_peers; }
    QString headerText() const;
    QString statusText() const;
    bool isLoading() const { return m_load.isRunning(); }

Q_SIGNALS:
    void hostShown(const QString &host);

private:
    struct Load;
    void load();
    void showLoad(const Load &load);
    void showHeader();
    void fillTables();
    void setStatus(const QString &text, bool error = false);

    QComboBox *m_hostPicker = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_peerSummary = nullptr;
    StatusLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimelineView *m_timeline = nullptr;
    RowTableModel *m_events = nullptr;
    RowTableModel *m_runs = nullptr;
    RowTableModel *m_templates = nullptr;
    RowTableModel *m_peers = nullptr;

    QString m_host;
    Core::Timestamp m_from = 0;
    Core::Timestamp m_to = 0;
    Core::HostDetail m_detail;
    LatestLoad m_load; // last: waits for its worker before the widgets go
};

} // namespace Opsight::Views
