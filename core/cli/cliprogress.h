// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"

#include <QCommandLineParser>

namespace Opsight::Cli {

// A progress bar on stderr when it is a terminal, nothing otherwise. Ctrl-C
// (SIGINT) turns into a cooperative cancel: the job rolls back and stops.
Core::ProgressCallback terminalProgress();
void installInterruptHandler();

// Prints `opsight-cli <command>: <message>` to stderr.
void printError(const QString &command, const QString &message);
void printLine(const QString &text); // to stdout

// Processes a parser, printing usage problems; returns false on error (exit 2).
// A word that is no option is refused unless the command takes them (`positional`):
// `scan --db x dry-run` must not scan and store as if the word were not there.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command,
                    bool positional = false);

} // namespace Opsight::Cli
