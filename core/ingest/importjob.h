// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"
#include "importformat.h"

#include <QStringList>

namespace Opsight::Core {

class Warehouse;

struct LogImportOptions
{
    QString format;         // loghub header format, e.g. "<Date> <Time> <Level> <Component>: <Content>"
    QString source;         // the log source (one template miner per source)
    QString host;           // host of every line when the format has no host field
    int defaultYear = 0;    // for dates without a year; 0: the current year
};

struct ImportRequest
{
    QStringList inputs;                        // files, imported in order
    ImportFormat format = ImportFormat::Auto;  // Auto: guessed per file
    LogImportOptions log;                      // for ImportFormat::Log
};

struct ImportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;            // "file:line:column: expected ..., found ..."
    qint64 samplesAdded = 0;
    qint64 samplesChanged = 0;
    qint64 samplesUnchanged = 0;
    qint64 seriesCreated = 0;
    qint64 recordsAdded = 0;  // events, hosts: anything but samples
    qint64 recordsUpdated = 0;
    qint64 recordsUnchanged = 0;
    qint64 bytesRead = 0;
    qint64 logLinesUnmatched = 0; // did not match the log format: stored whole
    QString warning;              // e.g. a log source that yields too many templates
};

// Imports all inputs in ONE transaction: the first malformed record (or a
// cancel) rolls everything back and leaves the warehouse as it was.
ImportResult runImport(Warehouse &warehouse, const ImportRequest &request,
                       const ProgressCallback &progress = {});

} // namespace Opsight::Core
