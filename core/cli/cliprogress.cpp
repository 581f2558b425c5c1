// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogress.h"

#include "common/error.h"
#include "warehouse/selector.h"

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Opsight::Cli {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::Commands)
};

std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    // First Ctrl-C: cooperative cancel (the job rolls back). Second: default.
    g_interrupted = true;
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
}

Core::ProgressCallback terminalProgress()
{
    const bool tty = isatty(fileno(stderr));
    return [tty, lastLength = 0](const Core::Progress &p) mutable {
        if (tty) {
            QString line;
            if (p.total > 0) {
                const int percent = int(std::min<qint64>(100, p.done * 100 / p.total));
                line = QStringLiteral("[%1%2] %3% %4")
                           .arg(QString(percent / 4, QLatin1Char('#')), QString(25 - percent / 4, QLatin1Char(' ')))
                           .arg(percent, 3)
                           .arg(p.stage);
            } else {
                line = QStringLiteral("%1 %2").arg(p.stage).arg(p.done);
            }
            const int length = int(line.size());
            if (length < lastLength)
                line += QString(lastLength - length, QLatin1Char(' '));
            lastLength = length;
            std::fputs((QLatin1Char('\r') + line).toLocal8Bit().constData(), stderr);
            if (p.total > 0 && p.done >= p.total) {
                std::fputs("\r", stderr);
                std::fputs(QString(lastLength, QLatin1Char(' ')).toLocal8Bit().constData(), stderr);
                std::fputs("\r", stderr);
                lastLength = 0;
            }
            std::fflush(stderr);
        }
        return !g_interrupted.load();
    };
}

void printError(const QString &command, const QString &message)
{
    QTextStream err(stderr);
    err << "opsight-cli";
    if (!command.isEmpty())
        err << ' ' << command;
    err << ": " << message << '\n';
}

void printLine(const QString &text)
{
    QTextStream out(stdout);
    out << text << '\n';
}

bool checkSelector(const QString &command, const QString &option, const QString &text)
{
    try {
        Core::Selector::parse(text);
        return true;
    } catch (const Core::Error &e) {
        printError(command, QStringLiteral("--%1: %2").arg(option, e.message()));
        return false;
    }
}

int noSubcommand(const QString &command, const QStringList &args, const QString &subcommands)
{
    const QString asked = args.size() >= 2 ? args.at(1) : QString();
    if (asked == QLatin1String("--help") || asked == QLatin1String("-h") || asked == QLatin1String("help")) {
        printLine(Messages::tr("Usage: opsight-cli %1 <subcommand> [options]\nSubcommands: %2.\n"
                               "'opsight-cli %1 <subcommand> --help' describes each.")
                      .arg(command, subcommands));
        return 0;
    }
    if (asked.isEmpty())
        printError(command, Messages::tr("expected a subcommand: %1").arg(subcommands));
    else
        printError(command, Messages::tr("unknown subcommand '%1'; expected %2").arg(asked, subcommands));
    return 2;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command, bool positional)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("opsight-cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        printError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Usage shows the program as it was typed; show the command's name instead.
        QString help = parser.helpText();
        const QString typed = QCoreApplication::arguments().value(0);
        help.replace(typed + QLatin1Char(' '), QStringLiteral("opsight-cli ") + command + QLatin1Char(' '));
        QTextStream(stdout) << help;
        std::exit(0);
    }
    if (!positional && !parser.positionalArguments().isEmpty()) {
        printError(command, QCoreApplication::translate("opsight-cli", "unexpected argument '%1'")
                                .arg(parser.positionalArguments().constFirst()));
        return false;
    }
    return true;
}

} // namespace Opsight::Cli
