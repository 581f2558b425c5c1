// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/importjob.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Opsight::Views {

class CancellableJob;

// Imports files (OpenMetrics, Prometheus JSON, CSV, JSONL events, inventory) into a
// warehouse. The import runs on a worker thread with its own read-write connection,
// in one transaction: Cancel, or the first malformed record, leaves the warehouse as
// it was. The GUI thread only shows progress and the result.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);
    ~ImportDialog() override; // cancels a running import and waits for its rollback
    Q_DISABLE_COPY_MOVE(ImportDialog)

    // The target; when the file does not exist the import creates a new warehouse.
    void setWarehouse(const QString &path);
    QString warehouse() const;
    void setInputFiles(const QStringList &files);
    QStringList inputFiles() const;
    void setFormat(Core::ImportFormat format);
    Core::ImportFormat format() const;
    // For the "log" format: the header format, source name and host of the lines.
    void setLogOptions(const Core::LogImportOptions &options);
    Core::LogImportOptions logOptions() const;
    // Where the file dialogs start; remembered by the main window's settings.
    void setLastDirectory(const QString &directory);
    QString lastDirectory() const { return m_lastDirectory; }

    // Validates the inputs first (shown in the dialog); returns whether it started.
    bool startImport();
    void cancelImport();
    bool isImporting() const;
    QString messageText() const;

    void reject() override;

Q_SIGNALS:
    void importFinished(const Opsight::Core::ImportResult &result, const QString &warehousePath);
    void lastDirectoryChanged(const QString &directory);

private:
    void chooseFiles();
    void chooseWarehouse();
    void removeSelectedFiles();
    void showProgress(const Core::Progress &progress);
    void showResult(const Core::ImportResult &result);
    void showMessage(const QString &text, bool isError);
    void rememberDirectory(const QString &path);
    void updateButtons();
    void updateLogOptions();

    QLineEdit *m_warehouseEdit = nullptr;
    QPushButton *m_chooseWarehouseButton = nullptr;
    QListWidget *m_fileList = nullptr;
    QPushButton *m_addFilesButton = nullptr;
    QPushButton *m_removeFilesButton = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QWidget *m_logOptions = nullptr;
    QLineEdit *m_logFormatEdit = nullptr;
    QLineEdit *m_logSourceEdit = nullptr;
    QLineEdit *m_logHostEdit = nullptr;
    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    CancellableJob *m_job = nullptr;
    QString m_lastDirectory;
    QString m_importingInto;
};

} // namespace Opsight::Views
