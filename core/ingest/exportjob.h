// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"
#include "common/timeutil.h"

#include <QString>

#include <limits>

class QIODevice;

namespace Opsight::Core {

class Warehouse;

enum class ExportFormat { OpenMetrics, Csv };

struct ExportRequest
{
    ExportFormat format = ExportFormat::OpenMetrics;
    QString match;        // a series selector; empty: every series
    Timestamp from = std::numeric_limits<Timestamp>::min();
    Timestamp to = std::numeric_limits<Timestamp>::max(); // exclusive
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 series = 0;
    qint64 samples = 0;
};

// Writes series back out in a format `opsight-cli import` reads, so that import,
// export, import again gives an identical warehouse (same content digest).
ExportResult runExport(Warehouse &warehouse, const ExportRequest &request, QIODevice &out,
                       const ProgressCallback &progress = {});

} // namespace Opsight::Core
