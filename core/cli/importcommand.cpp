// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogress.h"
#include "commands.h"
#include "common/error.h"
#include "ingest/importjob.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Opsight::Cli {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::ImportCommand)
};

// A warehouse this command created is removed again when the import fails, so
// a failed first import leaves nothing behind (the warehouse "unchanged").
void removeWarehouseFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

} // namespace

int importCommand(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Import exported data files into a warehouse, all in one transaction: the first malformed record "
                     "stops the import and leaves the warehouse unchanged. Importing a file again adds nothing."));
    const QCommandLineOption db(
        QStringLiteral("db"), Messages::tr("The warehouse file (created when missing)."), Messages::tr("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
        Messages::tr("Input format: %1, or auto (guessed per file from its content, the default).")
            .arg(Core::importFormatNames().join(QStringLiteral(", "))),
        Messages::tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption logFormat(QStringLiteral("log-format"),
        Messages::tr("With --format log: the header format, e.g. '<Date> <Time> <Level> <Component>: <Content>'."),
        Messages::tr("FMT"));
    const QCommandLineOption source(QStringLiteral("source"),
        Messages::tr("With --format log: the log source name (default: the file name)."), Messages::tr("NAME"));
    const QCommandLineOption host(QStringLiteral("host"),
        Messages::tr("With --format log: the host of lines whose format has no host field."), Messages::tr("HOST"));
    const QCommandLineOption year(QStringLiteral("year"),
        Messages::tr("With --format log: the year of dates that have none (default: this year)."),
        Messages::tr("YEAR"));
    parser.addOption(db);
    parser.addOption(format);
    parser.addOptions({ logFormat, source, host, year });
    parser.addPositionalArgument(
        QStringLiteral("INPUT"), Messages::tr("Files to import, in order."), Messages::tr("INPUT..."));
    if (!parseArguments(parser, args, command, true))
        return 2;
    if (!parser.isSet(db)) {
        printError(command, Messages::tr("missing --db FILE"));
        return 2;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        printError(command, Messages::tr("no input files given"));
        return 2;
    }
    const auto chosen = Core::formatFromName(parser.value(format));
    if (!chosen) {
        printError(command,
            Messages::tr("unknown format '%1' (expected %2 or auto)")
                .arg(parser.value(format), Core::importFormatNames().join(QStringLiteral(", "))));
        return 2;
    }
    Core::LogImportOptions log { parser.value(logFormat), parser.value(source), parser.value(host), 0 };
    if (parser.isSet(year)) {
        bool ok = false;
        log.defaultYear = parser.value(year).toInt(&ok);
        if (!ok || log.defaultYear < 1970 || log.defaultYear > 9999) {
            printError(command, Messages::tr("--year expects a year such as 2024, not '%1'").arg(parser.value(year)));
            return 2;
        }
    }
    if (*chosen == Core::ImportFormat::Log && log.format.isEmpty()) {
        printError(command, Messages::tr("--format log needs --log-format FMT"));
        return 2;
    }
    // Say which input is missing before creating or touching the warehouse.
    for (const QString &input : inputs) {
        if (!QFileInfo(input).isReadable()) {
            printError(command, Messages::tr("cannot read '%1'").arg(input));
            return 1;
        }
    }

    const QString path = parser.value(db);
    const bool existed = QFileInfo::exists(path);
    std::unique_ptr<Core::Warehouse> warehouse;
    try {
        warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const Core::ImportResult result
        = Core::runImport(*warehouse, Core::ImportRequest { inputs, *chosen, log }, terminalProgress());
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok) {
        warehouse.reset();
        if (!existed)
            removeWarehouseFiles(path);
        printError(command, result.error);
        return result.cancelled ? 130 : 1;
    }

    if (!result.warning.isEmpty())
        printError(command, Messages::tr("warning: %1").arg(result.warning));
    if (result.logLinesUnmatched > 0)
        printError(command, Messages::tr("%1 log lines did not match the format; they were stored and mined whole")
                                .arg(result.logLinesUnmatched));
    const QLocale c = QLocale::c();
    const qint64 samples = result.samplesAdded + result.samplesChanged + result.samplesUnchanged;
    printLine(
        Messages::tr("%1 samples added, %2 changed, %3 unchanged; %4 series created; %5 records added, %6 updated, "
                     "%7 unchanged; %8 s (%9 samples/s)")
            .arg(c.toString(result.samplesAdded), c.toString(result.samplesChanged),
                c.toString(result.samplesUnchanged), c.toString(result.seriesCreated), c.toString(result.recordsAdded),
                c.toString(result.recordsUpdated), c.toString(result.recordsUnchanged), QString::number(seconds, 'f', 2),
                c.toString(qint64(seconds > 0 ? double(samples) / seconds : 0))));
    return 0;
}

} // namespace Opsight::Cli
