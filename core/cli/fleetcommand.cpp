// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogress.h"
#include "commands.h"
#include "common/error.h"
#include "fleet/fleetscan.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace Opsight::Cli {

namespace {

// lupdate files Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::FleetCommand)
};

struct FleetOptions
{
    QString db;
    Core::Timestamp at = 0;
    Core::Timestamp window = Core::kDay;
    int top = 20;
    bool json = false;
};

// Parses the options both subcommands share; returns an exit code on failure.
std::optional<int> parseFleetOptions(const QStringList &args, const QString &command, const QString &description,
                                     FleetOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption db(QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE"));
    const QCommandLineOption at(QStringLiteral("at"),
                                Messages::tr("The moment to judge (default: the warehouse's last data)."),
                                Messages::tr("T"));
    const QCommandLineOption window(QStringLiteral("window-hours"),
                                    Messages::tr("Hours of behaviour compared between peers (default 24)."),
                                    Messages::tr("N"), QStringLiteral("24"));
    const QCommandLineOption top(QStringLiteral("top"), Messages::tr("Rows to print (default 20)."), Messages::tr("N"),
                                 QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({db, at, window, top, json});
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(db)) {
        printError(command, Messages::tr("missing --db FILE"));
        return 2;
    }
    options.db = parser.value(db);
    if (parser.isSet(at)) {
        const auto t = Core::parseTimestamp(parser.value(at));
        if (!t) {
            printError(command, Messages::tr("--at expects a time (RFC 3339 or epoch), not '%1'").arg(parser.value(at)));
            return 2;
        }
        options.at = *t;
    }
    bool ok = false;
    const int hours = parser.value(window).toInt(&ok);
    if (!ok || hours < 1 || hours > 24 * 90) {
        printError(command, Messages::tr("--window-hours expects 1 to 2160, not '%1'").arg(parser.value(window)));
        return 2;
    }
    options.window = hours * Core::kHour;
    options.top = parser.value(top).toInt(&ok);
    if (!ok || options.top < 1) {
        printError(command, Messages::tr("--top expects a positive number, not '%1'").arg(parser.value(top)));
        return 2;
    }
    options.json = parser.isSet(json);
    return std::nullopt;
}

QJsonArray groupsJson(const std::vector<Core::GroupHealth> &groups)
{
    QJsonArray out;
    for (const Core::GroupHealth &g : groups)
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(g.group)},
                               {QStringLiteral("hosts"), g.hosts},
                               {QStringLiteral("mean"), g.mean},
                               {QStringLiteral("worst"), g.worst},
                               {QStringLiteral("worst_host"), QString::fromStdString(g.worstHost)},
                               {QStringLiteral("unhealthy"), g.unhealthy}});
    return out;
}

int health(const QStringList &args)
{
    const QString command = QStringLiteral("fleet health");
    FleetOptions options;
    if (auto code = parseFleetOptions(args, command,
                                      Messages::tr("Health per host (0-100) with what lowers it, rolled up to racks, "
                                                   "clusters and roles; worst first."),
                                      options))
        return *code;
    try {
        auto warehouse = Core::Warehouse::open(options.db, Core::Warehouse::Mode::ReadOnly);
        const Core::FleetSnapshot fleet = Core::readFleetAt(*warehouse, options.at, options.window);
        std::map<std::string, std::string> rack, cluster, role;
        for (const Core::HostRecord &h : fleet.hosts) {
            rack[h.name.toStdString()] = h.rack.toStdString();
            cluster[h.name.toStdString()] = h.cluster.toStdString();
            role[h.name.toStdString()] = h.role.toStdString();
        }
        const auto racks = Core::rollUp(fleet.health, rack);
        const auto clusters = Core::rollUp(fleet.health, cluster);
        const auto roles = Core::rollUp(fleet.health, role);
        const size_t top = std::min(fleet.health.size(), size_t(options.top));
        if (options.json) {
            QJsonArray hosts;
            for (size_t i = 0; i < top; ++i) {
                const Core::HostHealth &h = fleet.health[i];
                QJsonArray items;
                for (const Core::HealthItem &item : h.contributors)
                    items.append(QJsonObject{{QStringLiteral("kind"), item.kind},
                                             {QStringLiteral("severity"), item.severity},
                                             {QStringLiteral("time"), Core::formatTimestamp(item.time)},
                                             {QStringLiteral("title"), item.title},
                                             {QStringLiteral("penalty"), item.penalty}});
                hosts.append(QJsonObject{{QStringLiteral("host"), QString::fromStdString(h.host)},
                                         {QStringLiteral("score"), h.score},
                                         {QStringLiteral("contributors"), items}});
            }
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("at"), Core::formatTimestamp(fleet.at)},
                                                                  {QStringLiteral("hosts"), hosts},
                                                                  {QStringLiteral("racks"), groupsJson(racks)},
                                                                  {QStringLiteral("clusters"), groupsJson(clusters)},
                                                                  {QStringLiteral("roles"), groupsJson(roles)}})
                                            .toJson(QJsonDocument::Indented)));
            return 0;
        }
        printLine(Messages::tr("Fleet health at %1 (%2 hosts)").arg(Core::formatTimestamp(fleet.at)).arg(fleet.hosts.size()));
        for (size_t i = 0; i < top; ++i) {
            const Core::HostHealth &h = fleet.health[i];
            printLine(QStringLiteral("%1 %2").arg(QString::fromStdString(h.host).leftJustified(16)).arg(h.score, 5, 'f', 1));
            for (const Core::HealthItem &item : h.contributors)
                printLine(QStringLiteral("    -%1 %2 %3: %4")
                              .arg(item.penalty, 4, 'f', 1)
                              .arg(item.severity.leftJustified(8), item.kind.leftJustified(8), item.title));
        }
        for (const auto &[title, groups] : {std::pair{Messages::tr("Racks"), &racks},
                                            std::pair{Messages::tr("Clusters"), &clusters},
                                            std::pair{Messages::tr("Roles"), &roles}}) {
            printLine(title);
            for (size_t i = 0; i < std::min(groups->size(), size_t(options.top)); ++i) {
                const Core::GroupHealth &g = (*groups)[i];
                printLine(Messages::tr("  %1 mean %2, worst %3 (%4), %5 of %6 hosts below 60")
                              .arg(QString::fromStdString(g.group).leftJustified(14))
                              .arg(g.mean, 5, 'f', 1)
                              .arg(g.worst, 5, 'f', 1)
                              .arg(QString::fromStdString(g.worstHost))
                              .arg(g.unhealthy)
                              .arg(g.hosts));
            }
        }
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

int outliers(const QStringList &args)
{
    const QString command = QStringLiteral("fleet outliers");
    FleetOptions options;
    if (auto code = parseFleetOptions(args, command,
                                      Messages::tr("Hosts that behave unlike their peers (same role and hardware), "
                                                   "with the metrics that set them apart."),
                                      options))
        return *code;
    try {
        auto warehouse = Core::Warehouse::open(options.db, Core::Warehouse::Mode::ReadOnly);
        const Core::FleetSnapshot fleet = Core::readFleetAt(*warehouse, options.at, options.window);
        const size_t top = std::min(fleet.outliers.size(), size_t(options.top));
        if (options.json) {
            QJsonArray rows;
            for (size_t i = 0; i < top; ++i) {
                const Core::PeerOutlier &o = fleet.outliers[i];
                QJsonArray drivers;
                for (const Core::OutlierDriver &d : o.drivers)
                    drivers.append(QJsonObject{{QStringLiteral("metric"), QString::fromStdString(fleet.metrics[size_t(d.metric)])},
                                               {QStringLiteral("z"), d.z}});
                rows.append(QJsonObject{{QStringLiteral("host"), QString::fromStdString(o.host)},
                                        {QStringLiteral("group"), QString::fromStdString(o.group)},
                                        {QStringLiteral("score"), o.score},
                                        {QStringLiteral("drivers"), drivers}});
            }
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("at"), Core::formatTimestamp(fleet.at)},
                                                                  {QStringLiteral("outliers"), rows}})
                                            .toJson(QJsonDocument::Indented)));
            return 0;
        }
        printLine(Messages::tr("%1 outliers among %2 hosts, %3 .. %4")
                      .arg(fleet.outliers.size())
                      .arg(fleet.hosts.size())
                      .arg(Core::formatTimestamp(fleet.at - options.window), Core::formatTimestamp(fleet.at)));
        for (size_t i = 0; i < top; ++i) {
            const Core::PeerOutlier &o = fleet.outliers[i];
            QStringList drivers;
            for (const Core::OutlierDriver &d : o.drivers)
                drivers << QStringLiteral("%1 %2%3").arg(QString::fromStdString(fleet.metrics[size_t(d.metric)]),
                                                          d.z > 0 ? QStringLiteral("+") : QString())
                                                        .arg(d.z, 0, 'f', 1);
            printLine(QStringLiteral("%1 %2 %3  %4")
                          .arg(QString::fromStdString(o.host).leftJustified(16))
                          .arg(o.score, 6, 'f', 1)
                          .arg(QString::fromStdString(o.group).leftJustified(20), drivers.join(QStringLiteral(", "))));
        }
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

} // namespace

int fleetCommand(const QStringList &args)
{
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    if (sub == QLatin1String("health"))
        return health(args.mid(1));
    if (sub == QLatin1String("outliers"))
        return outliers(args.mid(1));
    return noSubcommand(QStringLiteral("fleet"), args, Messages::tr("health or outliers"));
}

} // namespace Opsight::Cli
