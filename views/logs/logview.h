// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/latestload.h"
#include "common/view.h"
#include "common/viewregistry.h"
#include "logs/templateactivity.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Opsight::Views {

class LogLineModel;
class LogTemplateFilter;
class LogTemplateModel;
class StatusLabel;

// The log templates of one source: what each says, how often it was written
// in the window and how that moved, when it was first and last seen, its
// lineage, and whether it is new, rare or alerting; below, the lines of the
// selected template with their parameters highlighted. Alerts on a template's
// count series (timeline) and a host's templates (host page) link here.
class LogView final : public View
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;
    Q_DISABLE_COPY_MOVE(LogView)

    static ViewDescriptor descriptor();

    void reload() override;
    // Accepts an entity "template:<log_template id>" or a count series
    // `log_template_lines{source, template[, host]}`, narrowed by host and window.
    bool openLink(const ViewLink &link) override;

    void showSource(const QString &source, const QString &host = {}, Core::Timestamp from = 0, Core::Timestamp to = 0);
    void selectFamily(qint64 family);
    // Sends the operator to the family's count series on the timeline (of the
    // host shown, or of every host), over the window shown.
    void showOnTimeline(qint64 family);
    // Operator controls, applied to the source's miner state from the next
    // import on (core/logs/templatecontrols.h); the view reloads when done.
    void mergeTemplate(qint64 from, qint64 into);
    void splitTemplate(qint64 family, int wildcard);

    QString currentSource() const { return m_source; }
    QString currentHost() const { return m_host; }
    qint64 currentFamily() const { return m_family; }
    Core::Timestamp windowFrom() const { return m_report.from; }
    Core::Timestamp windowTo() const { return m_report.to; }
    LogTemplateModel *templateModel() const { return m_templates; }
    LogTemplateFilter *templateFilter() const { return m_filter; }
    LogLineModel *lineModel() const { return m_lines; }
    QTableView *templateTable() const { return m_templateTable; }
    QString statusText() const;
    QString linesText() const;
    bool isLoading() const { return m_load.isRunning() || m_linesLoad.isRunning(); }

Q_SIGNALS:
    void templatesShown();
    void linesShown(qint64 family);
    void templatesChanged(bool ok, const QString &message);

private:
    struct Request
    {
        QString source;
        QString host;
        Core::Timestamp from = 0;
        Core::Timestamp to = 0;
        qint64 templateId = 0; // resolve to its source and family first
    };
    struct Load;
    struct LinesLoad;
    void load(const Request &request);
    void showLoad(Load load);
    void loadLines();
    void showLines(const LinesLoad &load);
    void showWindow(Core::Timestamp span); // 0: the source's whole span
    void showTemplateMenu(const QPoint &position);
    void chooseMergeTarget(qint64 from);
    void applyControl(std::function<void(Core::Warehouse &)> control, const QString &done);
    void setStatus(const QString &text, bool error = false);

    QComboBox *m_sourcePicker = nullptr;
    QComboBox *m_hostPicker = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QCheckBox *m_markedOnly = nullptr;
    StatusLabel *m_status = nullptr;
    QTableView *m_templateTable = nullptr;
    QLabel *m_linesHeader = nullptr;
    QLineEdit *m_lineFilter = nullptr;
    QTableView *m_lineTable = nullptr;
    LogTemplateModel *m_templates = nullptr;
    LogTemplateFilter *m_filter = nullptr;
    LogLineModel *m_lines = nullptr;

    QString m_source;
    QString m_host;
    qint64 m_family = 0;
    qint64 m_pendingFamily = 0; // select once the templates are in
    QString m_notice;           // what the last control did, shown with the next load
    Core::TemplateActivityReport m_report;
    LatestLoad m_load;      // last: they wait for their workers before the widgets go
    LatestLoad m_linesLoad;
    LatestLoad m_controlLoad;
};

} // namespace Opsight::Views
