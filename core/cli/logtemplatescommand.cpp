// SPDX-License-Identifier: GPL-3.0-or-later
// `opsight-cli logs templates|lines|merge|split`: what the log view shows and
// the operator controls it offers, over a warehouse.
#include "cliprogress.h"
#include "commands.h"
#include "common/error.h"
#include "logs/templateactivity.h"
#include "logs/templatecontrols.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Opsight::Cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::LogTemplatesCommand)
};

// The options every subcommand here shares, and their checks.
struct Options
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE")};
    QCommandLineOption source{QStringLiteral("source"), Messages::tr("The log source (default: the first by name)."),
                              Messages::tr("NAME")};
    QCommandLineOption host{QStringLiteral("host"), Messages::tr("Only the lines of this host."), Messages::tr("HOST")};
    QCommandLineOption from{QStringLiteral("from"), Messages::tr("Start of the window (RFC 3339 or epoch)."),
                            Messages::tr("T")};
    QCommandLineOption to{QStringLiteral("to"), Messages::tr("End of the window (RFC 3339 or epoch)."), Messages::tr("T")};
    QCommandLineOption json{QStringLiteral("json"), Messages::tr("Print JSON.")};
    Core::Timestamp fromTime = 0, toTime = 0;
};

// Returns an exit code when the arguments do not do.
std::optional<int> parseOptions(Options &o, const QStringList &args, const QString &command, bool window)
{
    if (!parseArguments(o.parser, args, command))
        return 2;
    if (!o.parser.isSet(o.db)) {
        printError(command, Messages::tr("missing --db FILE"));
        return 2;
    }
    if (!window)
        return std::nullopt;
    for (auto [option, time] : {std::pair{&o.from, &o.fromTime}, std::pair{&o.to, &o.toTime}}) {
        if (!o.parser.isSet(*option))
            continue;
        const auto t = Core::parseTimestamp(o.parser.value(*option));
        if (!t) {
            printError(command, Messages::tr("--%1 expects a time (RFC 3339 or epoch), not '%2'")
                                    .arg(option->names().constFirst(), o.parser.value(*option)));
            return 2;
        }
        *time = *t;
    }
    if ((o.fromTime || o.toTime) && !(o.toTime > o.fromTime)) {
        printError(command, Messages::tr("--from and --to need each other, and --to must be later"));
        return 2;
    }
    return std::nullopt;
}

std::optional<qint64> positive(const QString &text)
{
    bool ok = false;
    const qint64 value = text.startsWith(QLatin1Char('#')) ? text.mid(1).toLongLong(&ok) : text.toLongLong(&ok);
    return ok && value > 0 ? std::optional(value) : std::nullopt;
}

int templates(const QStringList &args)
{
    const QString command = QStringLiteral("logs templates");
    Options o;
    o.parser.setApplicationDescription(Messages::tr("Templates of a log source in a window: lines, first and last "
                                                    "seen, new, rare and alerting ones (what the log view lists)."));
    o.parser.addOptions({o.db, o.source, o.host, o.from, o.to, o.json});
    if (auto code = parseOptions(o, args, command, true))
        return *code;
    try {
        auto warehouse = Core::Warehouse::open(o.parser.value(o.db), Core::Warehouse::Mode::ReadOnly);
        const Core::TemplateActivityReport report = Core::readTemplateActivity(
            *warehouse, {o.parser.value(o.source), o.parser.value(o.host), o.fromTime, o.toTime, 24});
        if (o.parser.isSet(o.json)) {
            QJsonArray rows;
            for (const Core::TemplateActivity &a : report.templates) {
                QJsonArray buckets;
                for (const double b : a.buckets)
                    buckets.append(b);
                rows.append(QJsonObject{{QStringLiteral("id"), a.family.family},
                                        {QStringLiteral("template"), a.family.current().text},
                                        {QStringLiteral("lines"), a.windowLines},
                                        {QStringLiteral("buckets"), buckets},
                                        {QStringLiteral("first_seen"), Core::formatTimestamp(a.family.firstSeen())},
                                        {QStringLiteral("last_seen"), Core::formatTimestamp(a.family.lastSeen())},
                                        {QStringLiteral("versions"), qint64(a.family.versions.size())},
                                        {QStringLiteral("new"), a.isNew},
                                        {QStringLiteral("rare"), a.isRare},
                                        {QStringLiteral("alerts"), a.alerts},
                                        {QStringLiteral("merged_into"), a.family.mergedInto}});
            }
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("source"), report.source.name},
                                                                  {QStringLiteral("from"), Core::formatTimestamp(report.from)},
                                                                  {QStringLiteral("to"), Core::formatTimestamp(report.to)},
                                                                  {QStringLiteral("bucket_ms"), report.bucket},
                                                                  {QStringLiteral("lines"), report.windowLines},
                                                                  {QStringLiteral("templates"), rows}})
                                            .toJson(QJsonDocument::Indented)));
            return 0;
        }
        printLine(Messages::tr("%1: %2 lines from %3 to %4")
                      .arg(report.source.name)
                      .arg(report.windowLines)
                      .arg(Core::formatTimestamp(report.from), Core::formatTimestamp(report.to)));
        for (const Core::TemplateActivity &a : report.templates) {
            QStringList marks;
            if (a.isNew)
                marks << Messages::tr("new");
            if (a.isRare)
                marks << Messages::tr("rare");
            if (a.alerts)
                marks << Messages::tr("%1 alerts").arg(a.alerts);
            if (a.family.mergedInto)
                marks << Messages::tr("merged into #%1").arg(a.family.mergedInto);
            printLine(QStringLiteral("#%1 %2 %3 %4")
                          .arg(QString::number(a.family.family).leftJustified(5))
                          .arg(QString::number(a.windowLines).rightJustified(9))
                          .arg(marks.join(QLatin1Char(',')).leftJustified(12), a.family.current().text));
        }
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

int lines(const QStringList &args)
{
    const QString command = QStringLiteral("logs lines");
    Options o;
    o.parser.setApplicationDescription(Messages::tr("The stored lines of one template, in time order, with their parameters."));
    const QCommandLineOption templateId(QStringLiteral("template"), Messages::tr("The template's id (as 'logs templates' lists it)."),
                                        Messages::tr("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"), Messages::tr("Lines to print (default 100)."), Messages::tr("N"),
                                   QStringLiteral("100"));
    o.parser.addOptions({o.db, o.source, o.host, o.from, o.to, templateId, limit, o.json});
    if (auto code = parseOptions(o, args, command, true))
        return *code;
    const std::optional<qint64> family = positive(o.parser.value(templateId));
    const std::optional<qint64> count = positive(o.parser.value(limit));
    if (!family || !count) {
        printError(command, !family ? Messages::tr("--template expects a template id, not '%1'").arg(o.parser.value(templateId))
                                    : Messages::tr("--limit expects a positive number, not '%1'").arg(o.parser.value(limit)));
        return 2;
    }
    try {
        auto warehouse = Core::Warehouse::open(o.parser.value(o.db), Core::Warehouse::Mode::ReadOnly);
        Core::LogReader logs(warehouse->db());
        const Core::LogSourceInfo source = logs.sourceOrFirst(o.parser.value(o.source));
        const Core::LogLinePage page = logs.lines(source.id, *family, o.parser.value(o.host),
                                                  o.toTime ? o.fromTime : Core::kEarliest, o.toTime ? o.toTime : Core::kLatest,
                                                  int(std::min<qint64>(*count, 1'000'000)));
        if (o.parser.isSet(o.json)) {
            QJsonArray rows;
            for (const Core::StoredLogLine &l : page.lines)
                rows.append(QJsonObject{{QStringLiteral("time"), Core::formatTimestamp(l.time)},
                                        {QStringLiteral("host"), l.host},
                                        {QStringLiteral("level"), l.level},
                                        {QStringLiteral("component"), l.component},
                                        {QStringLiteral("message"), l.content},
                                        {QStringLiteral("parameters"), QJsonArray::fromStringList(l.parameters)}});
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("total"), page.total},
                                                                  {QStringLiteral("lines"), rows}})
                                            .toJson(QJsonDocument::Indented)));
            return 0;
        }
        for (const Core::StoredLogLine &l : page.lines)
            printLine(QStringLiteral("%1 %2 %3").arg(Core::formatTimestamp(l.time), l.host, l.content));
        if (qint64(page.lines.size()) < page.total)
            printError(command, Messages::tr("%1 of %2 lines printed; raise --limit or narrow the window")
                                    .arg(page.lines.size())
                                    .arg(page.total));
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

int change(const QStringList &args, bool merge)
{
    const QString command = merge ? QStringLiteral("logs merge") : QStringLiteral("logs split");
    Options o;
    o.parser.setApplicationDescription(
        merge ? Messages::tr("Count the lines of one template as another's from now on (one event the miner told apart).")
              : Messages::tr("Give each value at one wildcard of a template its own template from now on "
                             "(events the miner merged)."));
    const QCommandLineOption templateId(QStringLiteral("template"), Messages::tr("The template's id."), Messages::tr("ID"));
    const QCommandLineOption into(QStringLiteral("into"), Messages::tr("The template to merge into."), Messages::tr("ID"));
    const QCommandLineOption wildcard(QStringLiteral("wildcard"), Messages::tr("Which <*> to split at, from 1."),
                                      Messages::tr("N"));
    o.parser.addOptions({o.db, o.source, templateId, merge ? into : wildcard});
    if (auto code = parseOptions(o, args, command, false))
        return *code;
    const std::optional<qint64> family = positive(o.parser.value(templateId));
    const std::optional<qint64> second = positive(o.parser.value(merge ? into : wildcard));
    if (!o.parser.isSet(o.source) || !family || !second) {
        printError(command, merge ? Messages::tr("expected --source NAME --template ID --into ID")
                                  : Messages::tr("expected --source NAME --template ID --wildcard N"));
        return 2;
    }
    try {
        auto warehouse = Core::Warehouse::open(o.parser.value(o.db), Core::Warehouse::Mode::ReadWrite);
        const QString source = o.parser.value(o.source);
        if (merge) {
            Core::mergeTemplates(*warehouse, source, *family, *second);
            printLine(Messages::tr("%1: lines of #%2 count as #%3 from the next import on").arg(source).arg(*family).arg(*second));
        } else {
            Core::pinTemplateSplit(*warehouse, source, *family, int(*second - 1));
            printLine(Messages::tr("%1: #%2 splits at wildcard %3 from the next import on").arg(source).arg(*family).arg(*second));
        }
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

} // namespace

int logsWarehouseCommand(const QStringList &args)
{
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    if (sub == QLatin1String("templates"))
        return templates(args.mid(1));
    if (sub == QLatin1String("lines"))
        return lines(args.mid(1));
    if (sub == QLatin1String("merge") || sub == QLatin1String("split"))
        return change(args.mid(1), sub == QLatin1String("merge"));
    return -1;
}

} // namespace Opsight::Cli
