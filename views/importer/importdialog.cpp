// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "common/cancellablejob.h"
#include "common/formatting.h"
#include "importtask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace Opsight::Views {

namespace {
const QString kAutoFormat = QStringLiteral("auto");
constexpr int kProgressSteps = 1000; // progress totals are bytes: scale into an int range
} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_job(new CancellableJob(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Data"));

    m_warehouseEdit = new QLineEdit(this);
    m_warehouseEdit->setObjectName(QStringLiteral("importer.warehouse"));
    m_warehouseEdit->setReadOnly(true);
    m_warehouseEdit->setPlaceholderText(tr("Choose a warehouse file, or a name for a new one"));
    m_chooseWarehouseButton = new QPushButton(tr("Choose…"), this);
    connect(m_chooseWarehouseButton, &QPushButton::clicked, this, &ImportDialog::chooseWarehouse);
    auto *warehouseRow = new QHBoxLayout;
    warehouseRow->addWidget(m_warehouseEdit, 1);
    warehouseRow->addWidget(m_chooseWarehouseButton);

    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("importer.files"));
    m_fileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fileList->setMinimumHeight(120);
    m_addFilesButton = new QPushButton(tr("Add Files…"), this);
    m_removeFilesButton = new QPushButton(tr("Remove"), this);
    connect(m_addFilesButton, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_removeFilesButton, &QPushButton::clicked, this, &ImportDialog::removeSelectedFiles);
    connect(m_fileList, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFilesButton);
    fileButtons->addWidget(m_removeFilesButton);
    fileButtons->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileList, 1);
    fileRow->addLayout(fileButtons);

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("importer.format"));
    m_formatCombo->addItem(tr("Automatic (guess from each file)"), kAutoFormat);
    const QStringList formatNames = Core::importFormatNames();
    for (const QString &name : formatNames)
        m_formatCombo->addItem(name, name);

    // Raw logs need their header layout; the other formats describe themselves.
    auto *logGroup = new QGroupBox(tr("Log Lines"), this);
    m_logOptions = logGroup;
    m_logFormatEdit = new QLineEdit(logGroup);
    m_logFormatEdit->setObjectName(QStringLiteral("importer.logFormat"));
    m_logFormatEdit->setPlaceholderText(QStringLiteral("<Date> <Time> <Level> <Component>: <Content>"));
    m_logSourceEdit = new QLineEdit(logGroup);
    m_logSourceEdit->setPlaceholderText(tr("Default: the file name"));
    m_logHostEdit = new QLineEdit(logGroup);
    m_logHostEdit->setPlaceholderText(tr("When the format has no host field"));
    auto *logForm = new QFormLayout(logGroup);
    logForm->addRow(tr("Header format:"), m_logFormatEdit);
    logForm->addRow(tr("Source name:"), m_logSourceEdit);
    logForm->addRow(tr("Host:"), m_logHostEdit);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateLogOptions);

    m_stageLabel = new QLabel(this);
    m_stageLabel->setObjectName(QStringLiteral("importer.stage"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("importer.progress"));
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(0);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("importer.message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setMinimumHeight(m_messageLabel->fontMetrics().height() * 3);
    m_messageLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importer.importButton"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("importer.closeButton"));
    // Accept would close the dialog: the Import button starts the job instead.
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Into warehouse:"), warehouseRow);
    form->addRow(tr("Files:"), fileRow);
    form->addRow(tr("Format:"), m_formatCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_logOptions);
    layout->addWidget(m_stageLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);
    resize(620, 420);

    connect(m_job, &CancellableJob::progressChanged, this, &ImportDialog::showProgress);
    updateLogOptions();
    updateButtons();
}

ImportDialog::~ImportDialog() = default; // m_job's destructor cancels and waits

void ImportDialog::setWarehouse(const QString &path)
{
    m_warehouseEdit->setText(QDir::toNativeSeparators(path));
    updateButtons();
}

QString ImportDialog::warehouse() const
{
    return QDir::fromNativeSeparators(m_warehouseEdit->text());
}

void ImportDialog::setInputFiles(const QStringList &files)
{
    m_fileList->clear();
    for (const QString &file : files)
        m_fileList->addItem(QDir::toNativeSeparators(file));
    updateButtons();
}

QStringList ImportDialog::inputFiles() const
{
    QStringList files;
    for (int row = 0; row < m_fileList->count(); ++row)
        files.append(QDir::fromNativeSeparators(m_fileList->item(row)->text()));
    return files;
}

void ImportDialog::setFormat(Core::ImportFormat format)
{
    const QString name = format == Core::ImportFormat::Auto ? kAutoFormat : Core::formatName(format);
    const int index = m_formatCombo->findData(name);
    Q_ASSERT(index >= 0);
    m_formatCombo->setCurrentIndex(index);
}

Core::ImportFormat ImportDialog::format() const
{
    return Core::formatFromName(m_formatCombo->currentData().toString()).value_or(Core::ImportFormat::Auto);
}

void ImportDialog::setLogOptions(const Core::LogImportOptions &options)
{
    m_logFormatEdit->setText(options.format);
    m_logSourceEdit->setText(options.source);
    m_logHostEdit->setText(options.host);
}

Core::LogImportOptions ImportDialog::logOptions() const
{
    Core::LogImportOptions options;
    options.format = m_logFormatEdit->text().trimmed();
    options.source = m_logSourceEdit->text().trimmed();
    options.host = m_logHostEdit->text().trimmed();
    return options;
}

void ImportDialog::updateLogOptions()
{
    m_logOptions->setVisible(format() == Core::ImportFormat::Log);
}

void ImportDialog::setLastDirectory(const QString &directory)
{
    m_lastDirectory = directory;
}

void ImportDialog::rememberDirectory(const QString &path)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (directory == m_lastDirectory)
        return;
    m_lastDirectory = directory;
    Q_EMIT lastDirectoryChanged(directory);
}

void ImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Choose Files to Import"), m_lastDirectory,
        tr("Metrics, events, inventories and logs (*.om *.prom *.txt *.json *.jsonl *.ndjson *.csv *.log);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    rememberDirectory(files.constFirst());
    QStringList all = inputFiles();
    for (const QString &file : files) {
        if (!all.contains(file))
            all.append(file);
    }
    setInputFiles(all);
}

void ImportDialog::chooseWarehouse()
{
    // A save dialog: choosing a name that does not exist yet creates a new warehouse.
    const QString start = warehouse().isEmpty() ? m_lastDirectory : warehouse();
    const QString path = QFileDialog::getSaveFileName(this, tr("Import into Warehouse"), start,
                                                      tr("Opsight warehouses (*.opsight);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    rememberDirectory(path);
    setWarehouse(path);
}

void ImportDialog::removeSelectedFiles()
{
    qDeleteAll(m_fileList->selectedItems());
    updateButtons();
}

bool ImportDialog::startImport()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (isImporting())
        return false;
    // Validate before starting a job, and say what is wrong in the dialog.
    const QString target = warehouse();
    const QStringList files = inputFiles();
    if (target.isEmpty()) {
        showMessage(tr("Choose the warehouse to import into."), true);
        return false;
    }
    if (files.isEmpty()) {
        showMessage(tr("Add at least one file to import."), true);
        return false;
    }
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            showMessage(tr("The file '%1' does not exist.").arg(QDir::toNativeSeparators(file)), true);
            return false;
        }
    }

    Core::ImportRequest request;
    request.inputs = files;
    request.format = format();
    if (request.format == Core::ImportFormat::Log) {
        request.log = logOptions();
        if (request.log.format.isEmpty()) {
            showMessage(tr("Logs need their header format, e.g. '<Date> <Time> <Level> <Component>: <Content>'."),
                        true);
            return false;
        }
    }
    m_importingInto = target;
    m_progressBar->setRange(0, 0); // busy until the first progress report
    m_stageLabel->setText(tr("Starting…"));
    showMessage({}, false);
    m_job->start([target, request](const Core::ProgressCallback &progress) {
             return importIntoWarehouse(target, request, progress);
         })
        .then(this, [this](const Core::ImportResult &result) { showResult(result); });
    updateButtons();
    return true;
}

void ImportDialog::cancelImport()
{
    if (!isImporting())
        return;
    m_job->cancel();
    m_stageLabel->setText(tr("Cancelling: rolling back…"));
    updateButtons();
}

bool ImportDialog::isImporting() const
{
    return !m_importingInto.isEmpty();
}

QString ImportDialog::messageText() const
{
    return m_messageLabel->text();
}

void ImportDialog::reject()
{
    // Closing while importing means "stop": the dialog stays until the rollback is done.
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::showProgress(const Core::Progress &progress)
{
    if (!isImporting() || m_job->isCancelRequested())
        return;
    m_stageLabel->setText(progress.stage);
    if (progress.total <= 0) {
        m_progressBar->setRange(0, 0);
        return;
    }
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(int(std::clamp<qint64>(progress.done * kProgressSteps / progress.total, 0, kProgressSteps)));
}

void ImportDialog::showResult(const Core::ImportResult &result)
{
    const QString target = m_importingInto;
    m_importingInto.clear();
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(result.ok ? kProgressSteps : 0);
    m_stageLabel->clear();
    if (result.ok) {
        QString text = tr("Imported %1 new samples (%2 changed, %3 already present) in %4 new series, "
                          "and %5 other records (%6 updated, %7 already present), from %8.")
                           .arg(Format::count(result.samplesAdded), Format::count(result.samplesChanged),
                                Format::count(result.samplesUnchanged), Format::count(result.seriesCreated),
                                Format::count(result.recordsAdded), Format::count(result.recordsUpdated),
                                Format::count(result.recordsUnchanged), Format::bytes(result.bytesRead));
        if (result.logLinesUnmatched > 0)
            text += QLatin1Char('\n')
                + tr("%1 log lines did not match the header format; they were stored whole.")
                      .arg(Format::count(result.logLinesUnmatched));
        if (!result.warning.isEmpty())
            text += QLatin1Char('\n') + tr("Warning: %1").arg(result.warning);
        showMessage(text, false);
    } else if (result.cancelled) {
        showMessage(tr("Import cancelled. The warehouse is unchanged."), false);
    } else {
        showMessage(tr("Import failed, the warehouse is unchanged:\n%1").arg(result.error), true);
    }
    updateButtons();
    Q_EMIT importFinished(result, target);
}

void ImportDialog::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
}

void ImportDialog::updateButtons()
{
    const bool importing = isImporting();
    m_importButton->setEnabled(!importing && m_fileList->count() > 0 && !m_warehouseEdit->text().isEmpty());
    m_closeButton->setText(importing ? tr("Cancel") : tr("Close"));
    m_closeButton->setEnabled(!importing || !m_job->isCancelRequested());
    m_addFilesButton->setEnabled(!importing);
    m_removeFilesButton->setEnabled(!importing && !m_fileList->selectedItems().isEmpty());
    m_chooseWarehouseButton->setEnabled(!importing);
    m_formatCombo->setEnabled(!importing);
}

} // namespace Opsight::Views
