// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogress.h"
#include "outputfile.h"
#include "commands.h"
#include "common/error.h"
#include "ingest/exportjob.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace Opsight::Cli {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::ExportCommand)
};

} // namespace

int exportCommand(const QStringList &args)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Write series out in a format 'opsight-cli import' reads back to the same warehouse content."));
    const QCommandLineOption db(QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
        Messages::tr("openmetrics or csv (default: csv when --output ends in .csv, else "
                     "openmetrics)."),
        Messages::tr("FORMAT"));
    const QCommandLineOption match(QStringLiteral("match"),
        Messages::tr("A series selector, e.g. 'node_load1{cluster=\"c1\"}' (default: every series)."),
        Messages::tr("SELECTOR"));
    const QCommandLineOption from(
        QStringLiteral("from"), Messages::tr("First time to include (RFC 3339 or epoch)."), Messages::tr("T"));
    const QCommandLineOption to(
        QStringLiteral("to"), Messages::tr("Time to stop before (RFC 3339 or epoch)."), Messages::tr("T"));
    const QCommandLineOption output(
        QStringLiteral("output"), Messages::tr("Write to FILE instead of standard output."), Messages::tr("FILE"));
    for (const auto &option : { db, format, match, from, to, output })
        parser.addOption(option);
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(db)) {
        printError(command, Messages::tr("missing --db FILE"));
        return 2;
    }

    Core::ExportRequest request;
    const QString formatName = parser.isSet(format)                                 ? parser.value(format).toLower()
        : parser.value(output).endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv")
                                                                                    : QStringLiteral("openmetrics");
    if (formatName == QLatin1String("openmetrics"))
        request.format = Core::ExportFormat::OpenMetrics;
    else if (formatName == QLatin1String("csv"))
        request.format = Core::ExportFormat::Csv;
    else {
        printError(
            command, Messages::tr("unknown format '%1' (expected openmetrics or csv)").arg(parser.value(format)));
        return 2;
    }
    request.match = parser.value(match);
    for (const auto &[option, target] : { std::pair { &from, &request.from }, std::pair { &to, &request.to } }) {
        if (!parser.isSet(*option))
            continue;
        const auto time = Core::parseTimestamp(parser.value(*option));
        if (!time) {
            printError(command,
                Messages::tr("--%1: expected a time (RFC 3339, epoch seconds or epoch milliseconds), found '%2'")
                    .arg(option->names().first(), parser.value(*option)));
            return 2;
        }
        *target = *time;
    }

    std::unique_ptr<Core::Warehouse> warehouse;
    try {
        warehouse = Core::Warehouse::open(parser.value(db), Core::Warehouse::Mode::ReadOnly);
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }

    // A file appears only when the export completed, never half written (OutputFile).
    OutputFile file(parser.value(output));
    QFile standardOutput;
    QIODevice *device = nullptr;
    if (parser.isSet(output)) {
        if (!file.open()) {
            printError(command, Messages::tr("cannot write '%1': %2").arg(parser.value(output), file.errorString()));
            return 1;
        }
        device = &file.device();
    } else {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            printError(command, Messages::tr("cannot write to standard output"));
            return 1;
        }
        device = &standardOutput;
    }
    const Core::ExportResult result = Core::runExport(*warehouse, request, *device, terminalProgress());
    if (!result.ok) {
        if (parser.isSet(output))
            file.cancel();
        printError(command, result.error);
        return result.cancelled ? 130 : 1;
    }
    if (parser.isSet(output) && !file.commit()) {
        printError(command, Messages::tr("cannot write '%1': %2").arg(parser.value(output), file.errorString()));
        return 1;
    }
    if (standardOutput.isOpen())
        standardOutput.flush();
    return 0;
}

} // namespace Opsight::Cli
