// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anomaly/alertscan.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Opsight::Views {

class CancellableJob;

// Runs `anomaly scan` from the GUI. Backtest first: "how often would these
// thresholds have fired over this window" with nothing stored; then scan and
// store when the answer is acceptable. Both run on a worker with progress and
// cancel; a cancelled scan stores nothing.
class ScanDialog final : public QDialog
{
    Q_OBJECT
public:
    // `dataFirst`/`dataLast`: the warehouse's time span, for the window choices.
    ScanDialog(const QString &warehousePath, Core::Timestamp dataFirst, Core::Timestamp dataLast,
               QWidget *parent = nullptr);
    ~ScanDialog() override;

    // The request the fields describe; nullopt (and the reason shown) when invalid.
    std::optional<Core::ScanRequest> request(bool store) const;
    void backtest();
    void scanAndStore();
    QString resultText() const;
    bool isRunning() const;
    const QString &warehousePath() const { return m_path; }

    // Scripted use and tests; the widgets stay the source of truth.
    void setSelector(const QString &selector);
    void setFireThreshold(double threshold);

Q_SIGNALS:
    // A run finished: `stored` says whether alerts were written.
    void finished(bool ok, bool stored, const QString &message);

private:
    void run(bool store);
    void showResult(const Core::ScanResult &result, bool store, Core::Timestamp window);
    void setRunning(bool running);

    QString m_path;
    Core::Timestamp m_dataFirst = 0;
    Core::Timestamp m_dataLast = 0;
    QLineEdit *m_selector = nullptr;
    QDoubleSpinBox *m_fire = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_result = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_backtestButton = nullptr;
    QPushButton *m_storeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    CancellableJob *m_job = nullptr;
};

} // namespace Opsight::Views
