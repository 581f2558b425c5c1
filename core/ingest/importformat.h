// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Opsight::Core {

// Log: raw log lines mined into templates (needs ImportRequest::log); never guessed.
enum class ImportFormat { Auto, OpenMetrics, PromJson, Csv, Jsonl, Inventory, Log };

QString formatName(ImportFormat format);                  // "openmetrics", ...
std::optional<ImportFormat> formatFromName(const QString &name);
QStringList importFormatNames();                           // without "auto"
// Guesses from the first bytes of a file (and its name as a tie-breaker).
// Returns nullopt when nothing fits; the caller reports the file.
std::optional<ImportFormat> guessFormat(const QByteArray &head, const QString &fileName);

} // namespace Opsight::Core
