// SPDX-License-Identifier: GPL-3.0-or-later
// opsight-cli: the headless command layer over opsight_core. Anything the GUI
// computes, the CLI can too; tests and benchmarks drive core through it.
#include "cliprogress.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

using namespace Opsight;

namespace {

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("import"),
         {Cli::importCommand, QT_TRANSLATE_NOOP("opsight-cli", "Import exported data files into a warehouse")}},
        {QStringLiteral("export"),
         {Cli::exportCommand, QT_TRANSLATE_NOOP("opsight-cli", "Write series out as OpenMetrics or CSV")}},
        {QStringLiteral("simulate"),
         {Cli::simulateCommand, QT_TRANSLATE_NOOP("opsight-cli", "Generate a deterministic demo fleet")}},
        {QStringLiteral("logs"),
         {Cli::logsCommand, QT_TRANSLATE_NOOP("opsight-cli", "Log templates: parse, evaluate; a warehouse's templates, lines, merge, split")}},
        {QStringLiteral("anomaly"),
         {Cli::anomalyCommand, QT_TRANSLATE_NOOP("opsight-cli", "Score series for anomalies; scan a warehouse; evaluate its alerts (score, nab-score, scan, evaluate)")}},
        {QStringLiteral("alerts"),
         {Cli::alertsCommand, QT_TRANSLATE_NOOP("opsight-cli", "List alerts; acknowledge, silence, expire silences")}},
        {QStringLiteral("fleet"),
         {Cli::fleetCommand, QT_TRANSLATE_NOOP("opsight-cli", "Fleet health and peer-group outliers")}},
        {QStringLiteral("info"),
         {Cli::infoCommand, QT_TRANSLATE_NOOP("opsight-cli", "Show what a warehouse holds")}},
        {QStringLiteral("digest"),
         {Cli::digestCommand, QT_TRANSLATE_NOOP("opsight-cli", "Print the content digest of a warehouse")}},
    };
    return table;
}

void printUsage(FILE *to)
{
    QTextStream out(to);
    out << QCoreApplication::translate("opsight-cli", "Usage: opsight-cli <command> [options]") << "\n\n"
        << QCoreApplication::translate("opsight-cli", "Commands:") << '\n';
    for (const auto &[name, command] : commands())
        out << "  " << name.leftJustified(10) << QCoreApplication::translate("opsight-cli", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("opsight-cli", "Run 'opsight-cli <command> --help' for a command's options.")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("opsight-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSIGHT_VERSION));
    Cli::installInterruptHandler();

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return 2;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(stdout);
        return 0;
    }
    if (name == QLatin1String("--version")) {
        Cli::printLine(QStringLiteral("opsight-cli " OPSIGHT_VERSION));
        return 0;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        Cli::printError(QString(), QCoreApplication::translate("opsight-cli", "unknown command '%1'").arg(name));
        printUsage(stderr);
        return 2;
    }
    args.removeFirst(); // the parser of each command sees "<command> [options]"
    return it->second.run(args);
}
