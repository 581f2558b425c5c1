// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "common/error.h"
#include "common/jobboundary.h"
#include "lexutil.h"
#include "warehouse/metricreader.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <charconv>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::ExportJob)
};

void appendDigits(std::string &out, qint64 value, int width)
{
    char buffer[24];
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    for (int pad = width - int(ptr - buffer); pad > 0; --pad)
        out += '0';
    out.append(buffer, ptr);
}

// RFC 3339 in UTC, milliseconds only when not zero (what parseTimestamp reads
// back exactly). Hand-rolled: it runs once per exported CSV row.
void appendRfc3339(std::string &out, Timestamp t)
{
    const qint64 days = (t >= 0 ? t : t - kDay + 1) / kDay;
    const qint64 msOfDay = t - days * kDay;
    // civil_from_days (Howard Hinnant).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2);
    appendDigits(out, y, 4);
    out += '-';
    appendDigits(out, m, 2);
    out += '-';
    appendDigits(out, d, 2);
    out += 'T';
    appendDigits(out, msOfDay / kHour, 2);
    out += ':';
    appendDigits(out, msOfDay / kMinute % 60, 2);
    out += ':';
    appendDigits(out, msOfDay / kSecond % 60, 2);
    if (const qint64 ms = msOfDay % kSecond) {
        out += '.';
        appendDigits(out, ms, 3);
    }
    out += 'Z';
}

void appendCsvCell(std::string &out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

class Writer
{
public:
    explicit Writer(QIODevice &out)
        : m_out(out)
    {
        m_buffer.reserve(kChunk + 4096);
    }
    std::string &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() >= kChunk)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty() && m_out.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            throw Error(Messages::tr("Cannot write the export: %1").arg(m_out.errorString()));
        m_buffer.clear();
    }

private:
    static constexpr size_t kChunk = 1 << 20;
    QIODevice &m_out;
    std::string m_buffer;
};

} // namespace

ExportResult runExport(
    Warehouse &warehouse, const ExportRequest &request, QIODevice &out, const ProgressCallback &progress)
{
    ExportResult result;
    ProgressReporter reporter(progress);
    runAtJobBoundary(result, [&] {
        if (!out.isWritable())
            throw Error(Messages::tr("The export destination is not open for writing."));
        const Selector selector = Selector::parse(request.match);
        MetricReader reader(warehouse.db());
        std::vector<SeriesInfo> series = reader.select(selector);
        // Families stay together (OpenMetrics forbids interleaving them) and the
        // output is the same for the same warehouse.
        std::sort(series.begin(), series.end(), [](const SeriesInfo &a, const SeriesInfo &b) {
            return std::tie(a.key.metric, a.key.labels) < std::tie(b.key.metric, b.key.labels);
        });
        reporter.beginStage(Messages::tr("Exporting %n series", nullptr, int(series.size())), qint64(series.size()));

        const Timestamp from = request.from; // the reader clamps open ends
        const Timestamp to = request.to;
        const bool openMetrics = request.format == ExportFormat::OpenMetrics;
        Writer writer(out);
        std::string &buffer = writer.buffer();
        if (!openMetrics)
            buffer += "timestamp,metric,labels,value\n";
        std::string prefix;
        const std::string *family = nullptr;
        for (size_t i = 0; i < series.size(); ++i) {
            const SeriesInfo &info = series[i];
            const std::vector<Sample> samples = reader.samples(info.id, from, to);
            reporter.update(qint64(i + 1));
            if (samples.empty())
                continue;
            prefix.clear();
            if (openMetrics) {
                if (!family || *family != info.key.metric) {
                    buffer += "# TYPE ";
                    buffer += info.key.metric;
                    buffer += " unknown\n";
                    family = &info.key.metric;
                }
                prefix = info.key.metric;
                if (!info.key.labels.empty()) {
                    prefix += '{';
                    Lex::appendLabels(prefix, info.key.labels);
                    prefix += '}';
                }
                prefix += ' ';
                for (const Sample &sample : samples) {
                    buffer += prefix;
                    Lex::appendValue(buffer, sample.value);
                    buffer += ' ';
                    Lex::appendSeconds(buffer, sample.time);
                    buffer += '\n';
                    writer.maybeFlush();
                }
            } else {
                std::string labels;
                Lex::appendLabels(labels, info.key.labels);
                prefix += ',';
                prefix += info.key.metric;
                prefix += ',';
                appendCsvCell(prefix, labels);
                prefix += ',';
                for (const Sample &sample : samples) {
                    appendRfc3339(buffer, sample.time);
                    buffer += prefix;
                    Lex::appendValue(buffer, sample.value);
                    buffer += '\n';
                    writer.maybeFlush();
                }
            }
            ++result.series;
            result.samples += qint64(samples.size());
        }
        if (openMetrics)
            buffer += "# EOF\n";
        writer.flush();
        reporter.finishStage();
    });
    return result;
}

} // namespace Opsight::Core
