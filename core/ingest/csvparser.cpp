// SPDX-License-Identifier: GPL-3.0-or-later
// Metric samples as CSV. Long: `timestamp,metric,labels,value`, one sample per
// row. Wide: `timestamp,<series>,<series>...`, one row per time, an empty cell
// meaning no sample. The header row tells which.
#include "csvreader.h"
#include "ingestsink.h"
#include "lexutil.h"
#include "parseerror.h"

#include <QCoreApplication>
#include <unordered_map>
#include <unordered_set>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::CsvParser)
};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] + 32) : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

bool isTimeHeader(std::string_view cell)
{
    return equalsIgnoreCase(cell, "timestamp") || equalsIgnoreCase(cell, "time");
}

class CsvMetricsParser
{
public:
    CsvMetricsParser(const ParseInput &input, IngestSink &sink)
        : m_file(input.file)
        , m_data(input.data)
        , m_reader(input.file, input.data)
        , m_sink(sink)
    { }

    void run()
    {
        if (!m_reader.next())
            m_reader.failAt(
                0, Messages::tr("a header row ('timestamp,metric,labels,value' or 'timestamp,<series>,...')"));
        const auto &header = m_reader.fields();
        if (!isTimeHeader(CsvReader::trimmed(header[0].text)))
            m_reader.fail(header[0], 0, Messages::tr("a header row starting with 'timestamp' or 'time'"));
        const bool isLong = header.size() == 4 && equalsIgnoreCase(CsvReader::trimmed(header[1].text), "metric")
            && equalsIgnoreCase(CsvReader::trimmed(header[2].text), "labels")
            && equalsIgnoreCase(CsvReader::trimmed(header[3].text), "value");
        if (isLong)
            runLong();
        else
            runWide();
    }

private:
    Timestamp timeCell(const CsvReader::Field &field)
    {
        const std::string_view text = CsvReader::trimmed(field.text);
        const auto time = parseTimestamp(text);
        if (!time)
            m_reader.fail(field, size_t(text.data() - field.text.data()),
                Messages::tr("a timestamp (RFC 3339, epoch seconds or epoch milliseconds)"));
        return *time;
    }

    double valueCell(const CsvReader::Field &field, std::string_view text)
    {
        double value = 0;
        if (!Lex::parseValue(text, value))
            m_reader.fail(field, size_t(text.data() - field.text.data()),
                Messages::tr("a sample value (a number, NaN, +Inf or -Inf)"));
        return value;
    }

    void checkFieldCount(size_t expected)
    {
        const auto &fields = m_reader.fields();
        if (fields.size() == expected)
            return;
        // Too many: point at the first extra separator; too few: at the line end.
        const size_t at = fields.size() > expected ? fields[expected].offset - 1 : m_reader.recordEnd();
        const QString found = Messages::tr("%n field(s)", nullptr, int(fields.size()));
        throw ParseError::at(
            m_file, m_data, at, Messages::tr("%n field(s) as in the header", nullptr, int(expected)), found);
    }

    void tick()
    {
        if ((++m_rows & 0xFFF) == 0)
            m_sink.progress(qint64(m_reader.position()));
    }

    void runLong()
    {
        std::string cacheKey;
        while (m_reader.next()) {
            tick();
            if (m_reader.isBlank())
                continue;
            checkFieldCount(4);
            const auto &f = m_reader.fields();
            const Timestamp time = timeCell(f[0]);
            const std::string_view metric = CsvReader::trimmed(f[1].text);
            const std::string_view labels = CsvReader::trimmed(f[2].text);
            cacheKey.assign(metric);
            cacheKey += '\x1f';
            cacheKey.append(labels);
            SeriesId id = 0;
            if (const auto it = m_cache.find(cacheKey); it != m_cache.end()) {
                id = it->second;
            } else {
                SeriesKey key;
                if (!Lex::isValidMetricName(metric))
                    m_reader.fail(f[1], size_t(metric.data() - f[1].text.data()),
                        Messages::tr("a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)"));
                key.metric.assign(metric);
                Lex::Failure failure;
                if (!Lex::parseLabelCell(f[2].text, key.labels, failure))
                    m_reader.fail(f[2], failure.pos, failure.expected);
                id = m_sink.series(key);
                m_cache.emplace(cacheKey, id);
            }
            m_sink.sample(id, time, valueCell(f[3], CsvReader::trimmed(f[3].text)));
        }
    }

    void runWide()
    {
        const std::vector<CsvReader::Field> header = m_reader.fields();
        // Series are created on their first sample: a column that stays empty
        // must not leave a series without samples behind.
        std::vector<SeriesKey> keys;
        std::vector<SeriesId> ids;
        std::unordered_set<std::string> seen;
        for (size_t i = 1; i < header.size(); ++i) {
            SeriesKey key;
            Lex::Failure failure;
            if (!Lex::parseSeriesNotation(header[i].text, key, failure))
                m_reader.fail(header[i], failure.pos, failure.expected);
            if (!seen.insert(key.canonical()).second)
                m_reader.fail(header[i], 0, Messages::tr("a series not named by an earlier column"));
            keys.push_back(std::move(key));
            ids.push_back(kNoSeries);
        }
        if (keys.empty())
            m_reader.failAt(m_reader.recordEnd(), Messages::tr("',' and a column per series after the time column"));
        while (m_reader.next()) {
            tick();
            if (m_reader.isBlank())
                continue;
            checkFieldCount(header.size());
            const auto &f = m_reader.fields();
            const Timestamp time = timeCell(f[0]);
            for (size_t i = 1; i < f.size(); ++i) {
                const std::string_view text = CsvReader::trimmed(f[i].text);
                if (text.empty())
                    continue;
                const double value = valueCell(f[i], text);
                SeriesId &id = ids[i - 1];
                if (id == kNoSeries)
                    id = m_sink.series(keys[i - 1]);
                m_sink.sample(id, time, value);
            }
        }
    }

    static constexpr SeriesId kNoSeries = -1;

    const QString &m_file;
    std::string_view m_data;
    CsvReader m_reader;
    IngestSink &m_sink;
    std::unordered_map<std::string, SeriesId> m_cache;
    quint32 m_rows = 0;
};

} // namespace

void parseCsvMetrics(const ParseInput &input, IngestSink &sink)
{
    CsvMetricsParser(input, sink).run();
}

} // namespace Opsight::Core
