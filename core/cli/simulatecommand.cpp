// SPDX-License-Identifier: GPL-3.0-or-later
// opsight-cli simulate: generates the deterministic demo fleet into a warehouse.
#include "cliprogress.h"
#include "commands.h"
#include "common/error.h"
#include "common/timeutil.h"
#include "simulate/simulator.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <optional>

namespace Opsight::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opsight-cli", text);
}

const QString kCommand = QStringLiteral("simulate");

// "60s", "5m", "1h" or plain seconds ("300").
std::optional<Core::Timestamp> parseInterval(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})\\s*(s|m|h)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const Core::Timestamp scale = unit == QLatin1String("h") ? Core::kHour
        : unit == QLatin1String("m")                         ? Core::kMinute
                                                             : Core::kSecond;
    return value * scale;
}

bool readInt(const QCommandLineParser &parser, const QString &option, int min, int max, int &out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        printError(kCommand,
            tr("--%1 must be a whole number from %2 to %3, not '%4'").arg(option).arg(min).arg(max).arg(text));
        return false;
    }
    out = value;
    return true;
}

} // namespace

int simulateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generate a deterministic demo fleet (topology, metrics, logs, hardware events, batch jobs) with "
           "injected faults and their ground truth. The same options always give the same content digest."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The warehouse file (created when missing)."), tr("FILE"));
    const QCommandLineOption hosts(QStringLiteral("hosts"), tr("Number of hosts (default 50)."), tr("N"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Number of days (default 14)."), tr("D"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S"));
    const QCommandLineOption start(
        QStringLiteral("start"), tr("First timestamp, RFC 3339 or epoch (default 2026-11-02T00:00:00Z)."), tr("T"));
    const QCommandLineOption interval(
        QStringLiteral("interval"), tr("Metric sample interval, e.g. 60s, 5m (default 60s)."), tr("DURATION"));
    const QCommandLineOption noLogs(QStringLiteral("no-logs"), tr("Do not generate log lines."));
    const QCommandLineOption noWorkload(QStringLiteral("no-workload"), tr("Do not generate queues and jobs."));
    const QCommandLineOption force(
        QStringLiteral("force"), tr("Simulate into a warehouse that already holds hosts (records merge)."));
    parser.addOptions({ db, hosts, days, seed, start, interval, noLogs, noWorkload, force });
    if (!parseArguments(parser, args, kCommand))
        return 2;
    if (!parser.isSet(db)) {
        printError(kCommand, tr("missing --db FILE"));
        return 2;
    }

    Core::SimulationSpec spec;
    if (!readInt(parser, QStringLiteral("hosts"), 1, 200000, spec.hosts)
        || !readInt(parser, QStringLiteral("days"), 1, 3660, spec.days))
        return 2;
    if (parser.isSet(seed)) {
        bool ok = false;
        spec.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(kCommand, tr("--seed must be a non-negative whole number, not '%1'").arg(parser.value(seed)));
            return 2;
        }
    }
    if (parser.isSet(start)) {
        const std::optional<Core::Timestamp> t = Core::parseTimestamp(parser.value(start));
        if (!t || *t <= 0) {
            printError(kCommand,
                tr("--start must be an RFC 3339 time or epoch seconds after 1970, not '%1'").arg(parser.value(start)));
            return 2;
        }
        spec.start = *t;
    }
    if (parser.isSet(interval)) {
        const std::optional<Core::Timestamp> step = parseInterval(parser.value(interval));
        if (!step || *step < 10 * Core::kSecond || *step > Core::kHour || Core::kDay % *step != 0) {
            printError(kCommand,
                tr("--interval must divide a day and lie between 10s and 1h (e.g. 60s, 5m), not '%1'")
                    .arg(parser.value(interval)));
            return 2;
        }
        spec.interval = *step;
    }
    spec.logs = !parser.isSet(noLogs);
    spec.workload = !parser.isSet(noWorkload);

    const QString path = parser.value(db);
    QElapsedTimer timer;
    timer.start();
    Core::SimulationResult result;
    try {
        auto warehouse = Core::Warehouse::open(path, Core::Warehouse::Mode::Create);
        // Mixing a simulated fleet into real data (or into another simulation)
        // makes both meaningless; it takes an explicit --force.
        const qint64 existing = warehouse->summary().hosts;
        if (existing > 0 && !parser.isSet(force)) {
            printError(kCommand,
                tr("'%1' already holds %2 hosts; use a new file, or --force to add the simulated "
                   "fleet to it")
                    .arg(path)
                    .arg(existing));
            return 1;
        }
        result = Core::simulateFleet(*warehouse, spec, terminalProgress());
    } catch (const Core::Error &e) {
        printError(kCommand, e.message());
        return 1;
    }
    if (result.cancelled) {
        printError(kCommand, tr("cancelled; nothing was written"));
        return 130;
    }
    if (!result.ok) {
        printError(kCommand, result.error);
        return 1;
    }
    printLine(tr("Simulated %1 hosts over %2 days (seed %3) into %4: %5 samples, %6 events, %7 log lines, %8 jobs, "
                 "%9 ground-truth faults in %10 s")
                  .arg(spec.hosts)
                  .arg(spec.days)
                  .arg(spec.seed)
                  .arg(path)
                  .arg(result.samples)
                  .arg(result.events)
                  .arg(result.logLines)
                  .arg(result.jobs)
                  .arg(result.faults)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace Opsight::Cli
