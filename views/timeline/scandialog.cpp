// SPDX-License-Identifier: GPL-3.0-or-later
#include "scandialog.h"

#include "common/cancellablejob.h"
#include "common/error.h"
#include "common/formatting.h"
#include "common/growtofit.h"
#include "common/jobboundary.h"
#include "warehouse/selector.h"
#include "warehouse/warehouse.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <set>

namespace Opsight::Views {

ScanDialog::ScanDialog(const QString &warehousePath, Core::Timestamp dataFirst, Core::Timestamp dataLast,
                       QWidget *parent)
    : QDialog(parent)
    , m_path(warehousePath)
    , m_dataFirst(dataFirst)
    , m_dataLast(dataLast)
    , m_job(new CancellableJob(this))
{
    setObjectName(QStringLiteral("timeline.scanDialog"));
    setWindowTitle(tr("Scan for Anomalies"));
    m_selector = new QLineEdit(this);
    m_selector->setObjectName(QStringLiteral("scan.selector"));
    m_selector->setPlaceholderText(tr("Every series; or a selector such as {rack=\"r2\"}"));
    m_fire = new QDoubleSpinBox(this);
    m_fire->setObjectName(QStringLiteral("scan.fire"));
    // The CLI's range: above the clear threshold, at most 1 (a warehouse stored at
    // 0.9 opens at 0.9, not clamped, and a store does not quietly move it).
    m_fire->setRange(Core::AlertPolicy().clearThreshold + 0.005, 1.0);
    m_fire->setDecimals(3);
    m_fire->setSingleStep(0.005);
    m_fire->setValue(Core::AlertPolicy().fireThreshold);
    m_fire->setToolTip(tr("Score at which an alert fires. A new record of surprise scores 0.9 to 1 by its margin "
                          "over the previous record; higher asks for a clearer margin."));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("scan.window"));
    m_window->addItem(tr("All of the data"), Core::Timestamp(0));
    for (int days : {1, 7, 30})
        m_window->addItem(tr("The last %n day(s)", nullptr, days), Core::Timestamp(days) * Core::kDay);
    m_window->setToolTip(tr("Over all of the data, each series' first day is learned and fires nothing. Over the "
                            "last days, the detectors learn from the %n day(s) before them, and only alerts that "
                            "start inside the window count.",
                            nullptr, int(Core::kScanWarmUp / Core::kDay)));
    m_result = new QLabel(tr("Backtest to see how often these settings would have fired, before storing anything."),
                          this);
    m_result->setObjectName(QStringLiteral("scan.result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_backtestButton = buttons->addButton(tr("Backtest"), QDialogButtonBox::ActionRole);
    m_backtestButton->setObjectName(QStringLiteral("scan.backtest"));
    // Enter backtests: storing writes to the warehouse, and takes a click of its own.
    m_backtestButton->setDefault(true);
    m_storeButton = buttons->addButton(tr("Scan and Store Alerts"), QDialogButtonBox::ActionRole);
    m_storeButton->setObjectName(QStringLiteral("scan.store"));
    m_storeButton->setAutoDefault(false);
    m_cancelButton = buttons->addButton(tr("Cancel Run"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("scan.cancel"));
    buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setVisible(false); // after the last button: adding one lays them all out visible
    connect(m_backtestButton, &QPushButton::clicked, this, &ScanDialog::backtest);
    connect(m_storeButton, &QPushButton::clicked, this, &ScanDialog::scanAndStore);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &CancellableJob::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &CancellableJob::progressChanged, this, [this](const Core::Progress &progress) {
        m_progress->setMaximum(int(std::min<qint64>(progress.total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(progress.done, INT_MAX)));
        m_progress->setFormat(progress.stage + QStringLiteral(" %p%"));
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Series:"), m_selector);
    form->addRow(tr("Fire at score:"), m_fire);
    form->addRow(tr("Window:"), m_window);
    form->addRow(m_result);
    form->addRow(m_progress);
    form->addRow(buttons);
    setMinimumWidth(560);
}

ScanDialog::~ScanDialog() = default; // m_job's destructor cancels and waits

void ScanDialog::setSelector(const QString &selector) { m_selector->setText(selector); }
void ScanDialog::setFireThreshold(double threshold) { m_fire->setValue(threshold); }
QString ScanDialog::resultText() const { return m_result->text(); }
bool ScanDialog::isRunning() const { return m_job->isRunning(); }

std::optional<Core::ScanRequest> ScanDialog::request(bool store) const
{
    Core::ScanRequest request;
    request.match = m_selector->text().trimmed();
    try {
        Core::Selector::parse(request.match);
    } catch (const Core::Error &error) {
        m_result->setText(tr("Series: %1").arg(error.message()));
        return std::nullopt;
    }
    request.policy.fireThreshold = m_fire->value();
    const Core::Timestamp window = m_window->currentData().toLongLong();
    if (window > 0 && m_dataLast > 0)
        request.from = m_dataLast + 1 - window;
    request.store = store;
    return request;
}

void ScanDialog::backtest()
{
    run(false);
}

void ScanDialog::scanAndStore()
{
    run(true);
}

void ScanDialog::run(bool store)
{
    if (m_job->isRunning())
        return;
    const std::optional<Core::ScanRequest> scan = request(store);
    if (!scan)
        return;
    const Core::Timestamp window = (scan->from > Core::kEarliest ? m_dataLast + 1 - scan->from : m_dataLast + 1 - m_dataFirst);
    setRunning(true);
    const QString path = m_path;
    m_job
        ->start([path, request = *scan](const Core::ProgressCallback &progress) {
            // The scan reports its own failure (a read-only file, no series
            // matching): only opening the warehouse needs catching here, or a
            // failed store would come back marked done.
            Core::ScanResult opened;
            std::unique_ptr<Core::Warehouse> warehouse;
            Core::runAtJobBoundary(opened, [&] {
                warehouse = Core::Warehouse::open(path, request.store ? Core::Warehouse::Mode::ReadWrite
                                                                      : Core::Warehouse::Mode::ReadOnly);
            });
            return opened.ok ? Core::scanWarehouse(*warehouse, request, progress) : opened;
        })
        .then(this, [this, store, window](const Core::ScanResult &result) { showResult(result, store, window); });
}

void ScanDialog::showResult(const Core::ScanResult &result, bool store, Core::Timestamp window)
{
    setRunning(false);
    QString message;
    if (result.cancelled) {
        message = tr("Cancelled; nothing was stored.");
    } else if (!result.ok) {
        message = tr("The scan failed: %1").arg(result.error);
    } else {
        std::set<std::string> series;
        Core::Timestamp firing = 0;
        for (const Core::SeriesAlert &alert : result.found) {
            series.insert(alert.series.canonical());
            if (!alert.silencedBy)
                firing += std::max<Core::Timestamp>(alert.interval.end - alert.interval.start, 0);
        }
        const double perSeriesShare = result.series && window > 0
            ? 100.0 * double(firing) / (double(window) * double(result.series)) : 0;
        // Named by its threshold and time: the dialog keeps it when reopened, and
        // the settings may have changed since (rev14).
        message = tr("At %1 (%2): ").arg(QLocale().toString(m_fire->value(), 'f', 3),
                                         Format::timestamp(QDateTime::currentMSecsSinceEpoch()))
            + (store ? tr("Found %1 alerts on %2 of %3 series (%4 silenced), %5 incidents; stored %6 new.")
                     : tr("Would fire %1 alerts on %2 of %3 series (%4 silenced), %5 incidents."))
                      .arg(Format::count(result.alerts), Format::count(qint64(series.size())),
                           Format::count(result.series), Format::count(result.silenced), Format::count(result.incidents),
                           Format::count(result.alerts - result.alreadyStored));
        if (result.fleetWide)
            message += QLatin1Char(' ')
                + tr("%n fleet-wide episode(s) (many hosts moving at once) hold %1 of them, kept at info.", nullptr,
                     int(result.fleetWide))
                      .arg(Format::count(result.fleetWideAlerts));
        if (result.thresholdSaved)
            message += QLatin1Char(' ')
                + tr("%1 is this warehouse's fire threshold now: later scans and the plot start from it.")
                      .arg(QLocale().toString(m_fire->value(), 'f', 3));
        if (store && result.alreadyStored)
            message += QLatin1Char(' ')
                + tr("%1 of them had been stored by an earlier scan and were kept as they were.")
                      .arg(Format::count(result.alreadyStored));
        if (store && result.alertsExtended)
            message += QLatin1Char(' ')
                + tr("%1 of those lasted past the end of that scan's data and now end later.")
                      .arg(Format::count(result.alertsExtended));
        // What an operator would have to look at: a fleet-wide episode is one alert.
        const qint64 loud = result.alerts - result.silenced - result.fleetWideAlerts + result.fleetWide;
        message += QLatin1Char(' ')
            + tr("%1 alerts per day; a series is in alert %2% of the time on average.")
                  .arg(QLocale().toString(window > 0 ? double(loud) * double(Core::kDay) / double(window) : 0.0, 'f', 1),
                       QLocale().toString(perSeriesShare, 'f', 2));
    }
    m_result->setText(message);
    growToFit(this);
    Q_EMIT finished(result.ok, store && result.ok, message);
}

void ScanDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_cancelButton->setVisible(running);
    m_backtestButton->setEnabled(!running);
    m_storeButton->setEnabled(!running);
}

} // namespace Opsight::Views
