// SPDX-License-Identifier: GPL-3.0-or-later
#include "importformat.h"

#include "lexutil.h"

#include <QFileInfo>
#include <string_view>

namespace Opsight::Core {

namespace {

struct Name
{
    ImportFormat format;
    const char *name;
};

constexpr Name kNames[] = {
    { ImportFormat::OpenMetrics, "openmetrics" },
    { ImportFormat::PromJson, "promjson" },
    { ImportFormat::Csv, "csv" },
    { ImportFormat::Jsonl, "jsonl" },
    { ImportFormat::Inventory, "inventory" },
    { ImportFormat::Log, "log" },
};

std::string_view firstLine(std::string_view text)
{
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

std::string_view trimmedCell(std::string_view cell)
{
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t'))
        cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t'))
        cell.remove_suffix(1);
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"')
        cell = cell.substr(1, cell.size() - 2);
    return cell;
}

bool cellIs(std::string_view cell, std::string_view word)
{
    cell = trimmedCell(cell);
    if (cell.size() != word.size())
        return false;
    for (size_t i = 0; i < cell.size(); ++i)
        if ((cell[i] >= 'A' && cell[i] <= 'Z' ? char(cell[i] + 32) : cell[i]) != word[i])
            return false;
    return true;
}

} // namespace

QString formatName(ImportFormat format)
{
    for (const auto &n : kNames)
        if (n.format == format)
            return QString::fromLatin1(n.name);
    return QStringLiteral("auto");
}

std::optional<ImportFormat> formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("auto"))
        return ImportFormat::Auto;
    for (const auto &n : kNames)
        if (lower == QLatin1String(n.name))
            return n.format;
    // Names people use for the same thing.
    if (lower == QLatin1String("prometheus") || lower == QLatin1String("om") || lower == QLatin1String("prom"))
        return ImportFormat::OpenMetrics;
    if (lower == QLatin1String("ndjson") || lower == QLatin1String("events"))
        return ImportFormat::Jsonl;
    return std::nullopt;
}

QStringList importFormatNames()
{
    QStringList names;
    for (const auto &n : kNames)
        names << QString::fromLatin1(n.name);
    return names;
}

std::optional<ImportFormat> guessFormat(const QByteArray &head, const QString &fileName)
{
    std::string_view text(head.constData(), size_t(head.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const size_t start = text.find_first_not_of(" \t\r\n");
    text = start == std::string_view::npos ? std::string_view() : text.substr(start);
    const QString suffix = QFileInfo(fileName).suffix().toLower();

    if (!text.empty() && text[0] == '{') {
        // A query response starts with {"status": ...}; an event log holds one
        // complete object on its first line.
        if (text.find("\"resultType\"") != std::string_view::npos || text.find("\"status\"") != std::string_view::npos)
            return ImportFormat::PromJson;
        if (suffix == QLatin1String("json"))
            return ImportFormat::PromJson;
        return ImportFormat::Jsonl;
    }
    if (!text.empty() && text[0] == '#')
        return ImportFormat::OpenMetrics;
    if (!text.empty()) {
        const std::string_view line = firstLine(text);
        // `name{...` or `name <number>`: a sample line.
        const size_t nameLength = Lex::metricNameLength(line);
        if (nameLength > 0 && nameLength < line.size()) {
            if (line[nameLength] == '{')
                return ImportFormat::OpenMetrics;
            const size_t value = line.find_first_not_of(" \t", nameLength);
            if (value != nameLength && value != std::string_view::npos
                && std::string_view("0123456789+-.NnIi").find(line[value]) != std::string_view::npos)
                return ImportFormat::OpenMetrics;
        }
        const std::string_view first = line.substr(0, line.find(','));
        if (line.find(',') != std::string_view::npos || cellIs(first, "name")) {
            if (cellIs(first, "timestamp") || cellIs(first, "time"))
                return ImportFormat::Csv;
            for (size_t pos = 0; pos <= line.size();) {
                const size_t comma = std::min(line.find(',', pos), line.size());
                if (cellIs(line.substr(pos, comma - pos), "name"))
                    return ImportFormat::Inventory;
                pos = comma + 1;
            }
        }
    }
    if (suffix == QLatin1String("om") || suffix == QLatin1String("prom") || suffix == QLatin1String("metrics"))
        return ImportFormat::OpenMetrics;
    if (suffix == QLatin1String("csv"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return ImportFormat::Jsonl;
    if (suffix == QLatin1String("json"))
        return ImportFormat::PromJson;
    return std::nullopt;
}

} // namespace Opsight::Core
