// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogress.h"
#include "commands.h"
#include "common/error.h"
#include "common/timeutil.h"
#include "warehouse/digest.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Opsight::Cli {

namespace {

// lupdate files Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::InfoCommand)
};

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE"));
}

// Shared front of the read-only commands: parse, check --db, open.
std::unique_ptr<Core::Warehouse> openForReading(QCommandLineParser &parser, const QStringList &args,
                                                const QString &command, int &exitCode)
{
    exitCode = 0;
    if (!parseArguments(parser, args, command)) {
        exitCode = 2;
        return nullptr;
    }
    if (!parser.isSet(QStringLiteral("db"))) {
        printError(command, Messages::tr("missing --db FILE"));
        exitCode = 2;
        return nullptr;
    }
    try {
        return Core::Warehouse::open(parser.value(QStringLiteral("db")), Core::Warehouse::Mode::ReadOnly);
    } catch (const Core::Error &e) {
        printError(command, e.message());
        exitCode = 1;
        return nullptr;
    }
}

} // namespace

int infoCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Show what a warehouse holds: fleet, time range, record counts, data sources."));
    parser.addOption(dbOption());
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON instead of a table."));
    parser.addOption(json);
    int exitCode = 0;
    auto warehouse = openForReading(parser, args, QStringLiteral("info"), exitCode);
    if (!warehouse)
        return exitCode;
    try {
        const Core::WarehouseSummary s = warehouse->summary();
        const std::pair<const char *, qint64> counts[] = {
            {"clusters", s.clusters}, {"racks", s.racks},       {"hosts", s.hosts},
            {"services", s.services}, {"queues", s.queues},     {"jobs", s.jobs},
            {"tasks", s.tasks},       {"series", s.series},     {"samples", s.samples},
            {"events", s.events},     {"log_lines", s.logLines}, {"log_templates", s.logTemplates},
            {"data_sources", s.dataSources}, {"ground_truth", s.groundTruth}, {"file_bytes", s.fileBytes},
        };
        if (parser.isSet(json)) {
            QJsonObject object;
            for (const auto &[name, value] : counts)
                object.insert(QLatin1String(name), value);
            object.insert(QStringLiteral("schema_version"), warehouse->schemaVersion());
            if (s.firstTime) {
                object.insert(QStringLiteral("first_time"), Core::formatTimestamp(s.firstTime));
                object.insert(QStringLiteral("last_time"), Core::formatTimestamp(s.lastTime));
            }
            printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }
        printLine(Messages::tr("Warehouse      %1 (schema %2)").arg(warehouse->path()).arg(warehouse->schemaVersion()));
        printLine(s.firstTime ? Messages::tr("Time range     %1 .. %2")
                                    .arg(Core::formatTimestamp(s.firstTime), Core::formatTimestamp(s.lastTime))
                              : Messages::tr("Time range     (empty)"));
        for (const auto &[name, value] : counts)
            printLine(QStringLiteral("%1 %2").arg(QString::fromLatin1(name).leftJustified(14)).arg(value));
        for (const Core::DataSourceInfo &source : warehouse->dataSources())
            printLine(Messages::tr("Source         %1 %2 (%3 records, %4, %5)")
                          .arg(source.kind, source.location)
                          .arg(source.records)
                          .arg(Core::formatTimestamp(source.lastImport), source.status));
        return 0;
    } catch (const Core::Error &e) {
        printError(QStringLiteral("info"), e.message());
        return 1;
    }
}

int digestCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Print the SHA-256 digest of a warehouse's content (independent of file layout)."));
    parser.addOption(dbOption());
    int exitCode = 0;
    auto warehouse = openForReading(parser, args, QStringLiteral("digest"), exitCode);
    if (!warehouse)
        return exitCode;
    try {
        printLine(QString::fromLatin1(Core::contentDigest(warehouse->db())));
        return 0;
    } catch (const Core::Error &e) {
        printError(QStringLiteral("digest"), e.message());
        return 1;
    }
}

} // namespace Opsight::Cli
