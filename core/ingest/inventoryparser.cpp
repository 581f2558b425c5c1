// SPDX-License-Identifier: GPL-3.0-or-later
// Host dimension CSV: a header naming known columns (at least `name`), one host
// per row. Unknown columns are refused rather than dropped, so a typo in a
// header never loses a field silently.
#include "csvreader.h"
#include "ingestsink.h"
#include "parseerror.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cmath>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::InventoryParser)
};

enum class Column { Name, Cluster, Rack, Role, Service, HardwareModel, Cores, MemoryGiB, Ip };

constexpr std::pair<std::string_view, Column> kColumns[] = {
    { "name", Column::Name },
    { "cluster", Column::Cluster },
    { "rack", Column::Rack },
    { "role", Column::Role },
    { "service", Column::Service },
    { "hardware_model", Column::HardwareModel },
    { "cores", Column::Cores },
    { "memory_gib", Column::MemoryGiB },
    { "ip", Column::Ip },
};

QString knownColumnList()
{
    QStringList names;
    for (const auto &[name, column] : kColumns)
        names << QString::fromLatin1(name.data(), qsizetype(name.size()));
    return names.join(QStringLiteral(", "));
}

} // namespace

void parseInventory(const ParseInput &input, IngestSink &sink)
{
    CsvReader reader(input.file, input.data);
    if (!reader.next())
        reader.failAt(0, Messages::tr("a header row naming the columns (at least 'name')"));
    std::vector<Column> columns;
    bool hasName = false;
    for (const auto &field : reader.fields()) {
        const std::string_view text = CsvReader::trimmed(field.text);
        const size_t at = size_t(text.data() - field.text.data());
        const auto known
            = std::find_if(std::begin(kColumns), std::end(kColumns), [&](const auto &c) { return c.first == text; });
        if (known == std::end(kColumns))
            reader.fail(field, at, Messages::tr("a known column (%1)").arg(knownColumnList()));
        if (std::find(columns.begin(), columns.end(), known->second) != columns.end())
            reader.fail(field, at, Messages::tr("a column not named before"));
        hasName = hasName || known->second == Column::Name;
        columns.push_back(known->second);
    }
    if (!hasName)
        reader.failAt(reader.recordEnd(), Messages::tr("a 'name' column in the header"), Messages::tr("none"));

    quint32 rows = 0;
    while (reader.next()) {
        if ((++rows & 0x3FF) == 0)
            sink.progress(qint64(reader.position()));
        if (reader.isBlank())
            continue;
        const auto &fields = reader.fields();
        if (fields.size() != columns.size()) {
            const size_t at = fields.size() > columns.size() ? fields[columns.size()].offset - 1 : reader.recordEnd();
            throw ParseError::at(input.file, input.data, at,
                Messages::tr("%n field(s) as in the header", nullptr, int(columns.size())),
                Messages::tr("%n field(s)", nullptr, int(fields.size())));
        }
        HostRecord host;
        for (size_t i = 0; i < columns.size(); ++i) {
            const auto &field = fields[i];
            const std::string_view text = CsvReader::trimmed(field.text);
            const size_t at = size_t(text.data() - field.text.data());
            const QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
            switch (columns[i]) {
            case Column::Name:
                if (text.empty())
                    reader.fail(field, at, Messages::tr("a host name"));
                host.name = value;
                break;
            case Column::Cluster:
                host.cluster = value;
                break;
            case Column::Rack:
                host.rack = value;
                break;
            case Column::Role:
                host.role = value;
                break;
            case Column::Service:
                host.service = value;
                break;
            case Column::HardwareModel:
                host.hardwareModel = value;
                break;
            case Column::Ip:
                host.ip = value;
                break;
            case Column::Cores: {
                if (text.empty())
                    break;
                int cores = 0;
                const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), cores);
                if (ec != std::errc() || ptr != text.data() + text.size() || cores < 0)
                    reader.fail(field, at, Messages::tr("a whole number of cores"));
                host.cores = cores;
                break;
            }
            case Column::MemoryGiB: {
                if (text.empty())
                    break;
                double memory = 0;
                const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), memory);
                if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(memory) || memory < 0)
                    reader.fail(field, at, Messages::tr("a memory size in GiB (a number)"));
                host.memoryGiB = memory;
                break;
            }
            }
        }
        sink.host(host);
    }
}

} // namespace Opsight::Core
