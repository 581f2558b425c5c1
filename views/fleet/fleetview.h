// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/latestload.h"
#include "common/view.h"
#include "common/viewregistry.h"
#include "fleet/fleetload.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTableView;
class QTabWidget;
class QToolButton;

namespace Opsight::Views {

class FleetMapWidget;
class RowTableModel;
class StatusLabel;
struct FleetScope;

// The whole fleet on one screen: the map (grouped by cluster and rack, role and
// hardware, or cluster and role; coloured by health or any metric; filter, search,
// zoom), a time slider to replay the last days hour by hour, and the ranked lists
// of the least healthy hosts, racks and clusters. Each time step is judged on a
// worker (Core::readFleetAt); while one runs, newer requests wait and only the
// newest of them is loaded next.
class FleetView final : public View
{
    Q_OBJECT
public:
    explicit FleetView(QWidget *parent = nullptr);
    ~FleetView() override;
    Q_DISABLE_COPY_MOVE(FleetView)

    static ViewDescriptor descriptor();

    void reload() override;
    // Accepts {entity "cluster:NAME" or "rack:NAME"}: zooms the map into it; or a
    // host (host, or entity without a prefix): finds and highlights it.
    bool openLink(const ViewLink &link) override;

    // The moment judged: one of the slider's hourly steps (0: the end of the data).
    void showTime(Core::Timestamp at);
    void setColourBy(const QString &metric); // empty: health
    void setWindow(Core::Timestamp window);
    void setGrouping(int grouping);          // a Grouping value
    void setLabelFilter(const QString &label, const QString &value); // label: cluster, rack, role, hardware; empty: none
    void setSearch(const QString &text);

    FleetMapWidget *map() const { return m_map; }
    RowTableModel *hostsModel() const { return m_rankedHosts; }
    RowTableModel *racksModel() const { return m_rankedRacks; }
    RowTableModel *clustersModel() const { return m_rankedClusters; }
    QSlider *timeSlider() const { return m_slider; }
    const FleetState &state() const { return m_state; }
    QString statusText() const;
    bool isLoading() const { return m_load.isRunning(); }
    // GUI-thread time of the longer of the two passes that showed the last state
    // (map and labels, then the ranked lists), in ns.
    qint64 lastShowNs() const { return m_lastShowNs; }

Q_SIGNALS:
    // A time step's state is on screen, ranked lists included.
    void stateShown();

private:
    FleetRequest currentRequest() const;
    void requestState();
    void showState(const std::shared_ptr<FleetState> &state);
    void stepReplay();
    void applyFilter();
    void fillFilterValues();
    void updateTimeLabel();
    void updateScope(const FleetScope &scope);
    Core::Timestamp sliderTime() const;
    QTableView *newRankTable(RowTableModel *model, const QString &name);

    FleetMapWidget *m_map = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_colourBy = nullptr;
    QComboBox *m_window = nullptr;
    QComboBox *m_filterLabel = nullptr;
    QComboBox *m_filterValue = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_play = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_legend = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_time = nullptr;
    StatusLabel *m_status = nullptr;
    QTabWidget *m_rankTabs = nullptr;
    RowTableModel *m_rankedHosts = nullptr;
    RowTableModel *m_rankedRacks = nullptr;
    RowTableModel *m_rankedClusters = nullptr;

    FleetState m_state;          // the last shown (its hosts moved into the map)
    bool m_hostsShown = false;   // the map holds this warehouse's hosts
    Core::Timestamp m_end = 0;   // the slider's last step: the end of the data
    bool m_pending = false;      // a request came while a load ran
    qint64 m_lastShowNs = 0;
    quint64 m_shownStates = 0;  // states handed to the map; the lists follow the last
    std::optional<ViewLink> m_pendingLink; // a link that came before the hosts
    LatestLoad m_load; // last: waits for its worker before the widgets go
};

} // namespace Opsight::Views
