// SPDX-License-Identifier: GPL-3.0-or-later
// OpenMetrics / Prometheus text exposition format, with timestamps. This is the
// bulk path (millions of samples per file), so it works on the mapped bytes:
// string_view lines, from_chars numbers, and a cache from the raw series text to
// its id so that labels are parsed and canonicalised once per series.
#include "ingestsink.h"
#include "lexutil.h"
#include "parseerror.h"

#include <QCoreApplication>
#include <charconv>
#include <cstring>
#include <vector>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::OpenMetricsParser)
};

bool endsWithEof(std::string_view data)
{
    while (!data.empty() && (data.back() == '\n' || data.back() == '\r' || Lex::isBlank(data.back())))
        data.remove_suffix(1);
    constexpr std::string_view eof = "# EOF";
    return data.size() >= eof.size() && data.substr(data.size() - eof.size()) == eof
        && (data.size() == eof.size() || data[data.size() - eof.size() - 1] == '\n');
}

bool isKnownType(std::string_view type)
{
    for (const std::string_view known :
        { "counter", "gauge", "histogram", "gaugehistogram", "summary", "info", "stateset", "unknown", "untyped" })
        if (type == known)
            return true;
    return false;
}

// Raw series text -> id, for text that lives in the mapped file. Open
// addressing over one flat array: a scrape-ordered file looks a series up on
// every line, and chasing std::unordered_map nodes was a fifth of the import.
class SeriesCache
{
public:
    SeriesCache() { m_slots.resize(1 << 12); }

    static quint64 hash(std::string_view text)
    {
        quint64 h = 0x9E3779B97F4A7C15ULL ^ text.size();
        size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            quint64 word;
            std::memcpy(&word, text.data() + i, 8);
            h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
            h ^= h >> 29;
        }
        // The last (overlapping) 8 bytes in one load: a variable-length copy
        // into a word stalls on store forwarding.
        quint64 tail = 0;
        if (text.size() >= 8)
            std::memcpy(&tail, text.data() + text.size() - 8, 8);
        else
            for (; i < text.size(); ++i)
                tail = tail << 8 | static_cast<unsigned char>(text[i]);
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53ULL;
        return h ^ (h >> 32);
    }

    const SeriesId *find(std::string_view text, quint64 h) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (!slot.data)
                return nullptr;
            if (slot.hash == h && slot.size == text.size() && std::memcmp(slot.data, text.data(), text.size()) == 0)
                return &slot.id;
        }
    }

    void insert(std::string_view text, quint64 h, SeriesId id)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        place(Slot { h, text.data(), text.size(), id });
        ++m_count;
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        const char *data = nullptr; // null: empty
        size_t size = 0;
        SeriesId id = 0;
    };

    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = slot.hash & mask;
        while (m_slots[i].data)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &slot : old)
            if (slot.data)
                place(slot);
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

class OpenMetricsParser
{
public:
    OpenMetricsParser(const ParseInput &input, IngestSink &sink)
        : m_file(input.file)
        , m_data(input.data)
        , m_sink(sink)
    {
        // OpenMetrics (ends with "# EOF") counts seconds; classic Prometheus text
        // counts integer milliseconds. Without "# EOF" the first timestamp decides.
        m_unit = endsWithEof(m_data) ? Unit::Seconds : Unit::Unknown;
    }

    void run()
    {
        const char *base = m_data.data();
        const size_t size = m_data.size();
        size_t pos = 0;
        quint32 lines = 0;
        while (pos < size) {
            const void *nl = std::memchr(base + pos, '\n', size - pos);
            const size_t eol = nl ? size_t(static_cast<const char *>(nl) - base) : size;
            size_t end = eol;
            if (end > pos && base[end - 1] == '\r')
                --end;
            m_lineStart = pos;
            parseLine(std::string_view(base + pos, end - pos));
            pos = eol + 1;
            if ((++lines & 0x3FFF) == 0)
                m_sink.progress(qint64(pos));
        }
    }

private:
    enum class Unit { Unknown, Seconds, Millis };

    [[noreturn]] void fail(size_t column, const QString &expected) const
    {
        throw ParseError::at(m_file, m_data, m_lineStart + column, expected);
    }

    void parseLine(std::string_view line)
    {
        if (m_seenEof) {
            if (line.find_first_not_of(" \t") == std::string_view::npos)
                return;
            fail(0, Messages::tr("the end of the file after '# EOF'"));
        }
        if (line.empty())
            return;
        if (line[0] == '#')
            parseComment(line);
        else
            parseSample(line);
    }

    void parseComment(std::string_view line)
    {
        size_t pos = 1;
        while (pos < line.size() && Lex::isBlank(line[pos]))
            ++pos;
        const size_t wordStart = pos;
        while (pos < line.size() && !Lex::isBlank(line[pos]))
            ++pos;
        const std::string_view word = line.substr(wordStart, pos - wordStart);
        if (word == "EOF") {
            if (line.find_first_not_of(" \t", pos) != std::string_view::npos)
                fail(line.find_first_not_of(" \t", pos), Messages::tr("the end of the line after '# EOF'"));
            m_seenEof = true;
            return;
        }
        if (word != "TYPE" && word != "HELP" && word != "UNIT")
            return; // a plain comment, allowed in the Prometheus text format
        while (pos < line.size() && Lex::isBlank(line[pos]))
            ++pos;
        const size_t nameLength = Lex::metricNameLength(line.substr(pos));
        if (nameLength == 0)
            fail(pos,
                Messages::tr("a metric name after '# %1'").arg(QLatin1String(word.data(), qsizetype(word.size()))));
        pos += nameLength;
        if (word != "TYPE")
            return; // HELP and UNIT text is free-form
        if (pos >= line.size() || !Lex::isBlank(line[pos]))
            fail(pos, Messages::tr("a space and a metric type after the metric name"));
        while (pos < line.size() && Lex::isBlank(line[pos]))
            ++pos;
        size_t typeEnd = pos;
        while (typeEnd < line.size() && !Lex::isBlank(line[typeEnd]))
            ++typeEnd;
        if (!isKnownType(line.substr(pos, typeEnd - pos)))
            fail(pos,
                Messages::tr("a metric type (counter, gauge, histogram, gaugehistogram, summary, info, stateset, "
                             "unknown or untyped)"));
        if (line.find_first_not_of(" \t", typeEnd) != std::string_view::npos)
            fail(line.find_first_not_of(" \t", typeEnd), Messages::tr("the end of the line after the metric type"));
    }

    // Length of `name{...}` at the start of the line, without validating the labels
    // (a cache hit means that exact text was validated before). 0 when unterminated.
    static size_t seriesTextLength(std::string_view line, size_t nameLength)
    {
        size_t pos = nameLength;
        if (pos >= line.size() || line[pos] != '{')
            return pos;
        const char *const base = line.data();
        for (++pos; pos < line.size(); ++pos) {
            const char c = base[pos];
            if (c == '}')
                return pos + 1;
            if (c != '"')
                continue;
            // Inside a value: jump from quote to quote, skipping escaped ones.
            for (;;) {
                const void *q = std::memchr(base + pos + 1, '"', line.size() - pos - 1);
                if (!q)
                    return 0;
                pos = size_t(static_cast<const char *>(q) - base);
                size_t backslashes = 0;
                while (base[pos - 1 - backslashes] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
        }
        return 0;
    }

    SeriesId lookupSeries(std::string_view line, size_t nameLength, size_t textLength)
    {
        const std::string_view text = line.substr(0, textLength);
        if (text.size() == m_lastText.size() && std::memcmp(text.data(), m_lastText.data(), text.size()) == 0)
            return m_lastId;
        SeriesId id;
        const quint64 h = SeriesCache::hash(text);
        if (const SeriesId *cached = m_cache.find(text, h)) {
            id = *cached;
        } else {
            SeriesKey key;
            key.metric.assign(line.substr(0, nameLength));
            if (nameLength < line.size() && line[nameLength] == '{') {
                size_t pos = nameLength;
                Lex::Failure failure;
                if (!Lex::parseBracedLabels(line, pos, key.labels, failure))
                    fail(failure.pos, failure.expected);
            }
            id = m_sink.series(key);
            // The key views the mapped file, which outlives the parse.
            m_cache.insert(text, h, id);
        }
        m_lastText = text;
        m_lastId = id;
        return id;
    }

    void parseSample(std::string_view line)
    {
        // Dumps list a series' samples one after another: the same text as the
        // line before needs no scanning at all.
        const size_t lastLength = m_lastText.size();
        if (lastLength != 0 && line.size() > lastLength && Lex::isBlank(line[lastLength])
            && std::memcmp(line.data(), m_lastText.data(), lastLength) == 0) {
            parseValueAndTime(line, lastLength, m_lastId);
            return;
        }
        const size_t nameLength = Lex::metricNameLength(line);
        if (nameLength == 0)
            fail(0, Messages::tr("a metric name, '#' or an empty line"));
        size_t pos = seriesTextLength(line, nameLength);
        if (pos == 0) {
            // Unterminated label set: let the label lexer say exactly where.
            Labels labels;
            Lex::Failure failure;
            size_t at = nameLength;
            Lex::parseBracedLabels(line, at, labels, failure);
            fail(failure.pos, failure.expected);
        }
        if (pos >= line.size() || !Lex::isBlank(line[pos]))
            fail(pos,
                pos == nameLength ? Messages::tr("'{' or a space after the metric name")
                                  : Messages::tr("a space after the label set"));
        parseValueAndTime(line, pos, lookupSeries(line, nameLength, pos));
    }

    void parseValueAndTime(std::string_view line, size_t pos, SeriesId id)
    {
        while (pos < line.size() && Lex::isBlank(line[pos]))
            ++pos;
        const size_t valueStart = pos;
        while (pos < line.size() && !Lex::isBlank(line[pos]))
            ++pos;
        double value = 0;
        if (!Lex::parseValue(line.substr(valueStart, pos - valueStart), value))
            fail(valueStart, Messages::tr("a sample value (a number, NaN, +Inf or -Inf)"));

        while (pos < line.size() && Lex::isBlank(line[pos]))
            ++pos;
        if (pos >= line.size() || line[pos] == '#')
            fail(pos, Messages::tr("a timestamp (offline import needs one on every sample)"));
        const size_t timeStart = pos;
        while (pos < line.size() && !Lex::isBlank(line[pos]))
            ++pos;
        const Timestamp time = parseTime(line.substr(timeStart, pos - timeStart), timeStart);

        while (pos < line.size() && Lex::isBlank(line[pos]))
            ++pos;
        // An exemplar (" # {trace_id=...} 1.0") may follow; it is not a sample.
        if (pos < line.size() && line[pos] != '#')
            fail(pos, Messages::tr("the end of the line or an exemplar"));
        m_sink.sample(id, time, value);
    }

    Timestamp parseTime(std::string_view token, size_t column)
    {
        if (m_unit == Unit::Unknown)
            m_unit = token.find_first_of(".eE") != std::string_view::npos ? Unit::Seconds : Unit::Millis;
        qint64 whole = 0;
        const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), whole);
        const bool integer = ec == std::errc() && ptr == token.data() + token.size();
        if (m_unit == Unit::Millis) {
            if (!integer)
                fail(column,
                    Messages::tr("an integer timestamp in milliseconds (Prometheus text format; OpenMetrics "
                                 "files end with '# EOF' and count seconds)"));
            return whole;
        }
        if (integer && whole > -9'000'000'000'000'000LL / 1000 && whole < 9'000'000'000'000'000LL / 1000)
            return whole * 1000;
        Timestamp millis = 0;
        if (!Lex::parseSecondsToMillis(token, millis))
            fail(column, Messages::tr("a timestamp in seconds"));
        return millis;
    }

    const QString &m_file;
    std::string_view m_data;
    IngestSink &m_sink;
    Unit m_unit = Unit::Unknown;
    bool m_seenEof = false;
    size_t m_lineStart = 0;
    SeriesCache m_cache;
    std::string_view m_lastText;
    SeriesId m_lastId = 0;
};

} // namespace

void parseOpenMetrics(const ParseInput &input, IngestSink &sink)
{
    OpenMetricsParser(input, sink).run();
}

} // namespace Opsight::Core
