// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Each opsight-cli command: takes its arguments (the command name first, as
// QCommandLineParser expects), returns the process exit code:
// 0 success, 1 the work failed (bad input, I/O), 2 wrong usage, 130 cancelled.
namespace Opsight::Cli {

int infoCommand(const QStringList &args);
int digestCommand(const QStringList &args);
int importCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int simulateCommand(const QStringList &args);
int logsCommand(const QStringList &args);
// logs templates|lines|merge|split over a warehouse; -1 for another subcommand.
int logsWarehouseCommand(const QStringList &args);
int anomalyCommand(const QStringList &args);
int fleetCommand(const QStringList &args);
int alertsCommand(const QStringList &args);

} // namespace Opsight::Cli
