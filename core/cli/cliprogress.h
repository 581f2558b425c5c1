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

// Whether `text` is a series selector; if not, prints the error under the option's
// name (`--match: selector:1:10: expected ...`) for a usage error (exit 2).
bool checkSelector(const QString &command, const QString &option, const QString &text);

// A command of subcommands called without a known one: with --help (or -h,
// help), says which there are and exits 0; otherwise the error, exit 2.
// `subcommands` lists them for a reader: "score, nab-score, scan or evaluate".
int noSubcommand(const QString &command, const QStringList &args, const QString &subcommands);

// Processes a parser, printing usage problems; returns false on error (exit 2).
// A word that is no option is refused unless the command takes them (`positional`):
// `scan --db x dry-run` must not scan and store as if the word were not there.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &command,
                    bool positional = false);

} // namespace Opsight::Cli
