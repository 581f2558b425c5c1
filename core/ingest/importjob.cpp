// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "common/error.h"
#include "common/jobboundary.h"
#include "ingestsink.h"
#include "logs/logingestor.h"
#include "warehouse/metricwriter.h"
#include "warehouse/recordwriter.h"
#include "warehouse/warehouse.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::ImportJob)
};

// Parsers write through this into the one transaction of the import.
class WarehouseSink final : public IngestSink
{
public:
    WarehouseSink(MetricWriter &metrics, RecordWriter &records, ProgressReporter &reporter)
        : m_metrics(metrics)
        , m_records(records)
        , m_reporter(reporter)
    { }

    SeriesId series(const SeriesKey &key) override { return m_metrics.intern(key); }
    void sample(SeriesId series, Timestamp time, double value) override
    {
        m_metrics.append(series, time, value);
        ++m_count;
    }
    void event(const Event &event) override
    {
        m_records.addEvent(event);
        ++m_count;
    }
    void host(const HostRecord &host) override
    {
        m_records.upsertHost(host);
        ++m_count;
    }
    void progress(qint64 bytesDone) override { m_reporter.update(bytesDone); }

    qint64 count() const { return m_count; }

private:
    MetricWriter &m_metrics;
    RecordWriter &m_records;
    ProgressReporter &m_reporter;
    qint64 m_count = 0;
};

// The bytes of one input: mapped when possible (no copy for big files), read
// otherwise (pipes, empty files).
class InputFile
{
public:
    explicit InputFile(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            throw Error(Messages::tr("Cannot open '%1': %2").arg(path, m_file.errorString()));
        const qint64 size = m_file.isSequential() ? 0 : m_file.size();
        if (size > 0) {
            if (const uchar *mapped = m_file.map(0, size)) {
                m_data = std::string_view(reinterpret_cast<const char *>(mapped), size_t(size));
                return;
            }
        }
        m_owned = m_file.readAll();
        if (m_file.error() != QFileDevice::NoError)
            throw Error(Messages::tr("Cannot read '%1': %2").arg(path, m_file.errorString()));
        m_data = std::string_view(m_owned.constData(), size_t(m_owned.size()));
    }

    // Without a UTF-8 byte order mark, so columns on line 1 match editors.
    std::string_view data() const { return m_data.substr(0, 3) == "\xEF\xBB\xBF" ? m_data.substr(3) : m_data; }

private:
    QFile m_file;
    QByteArray m_owned;
    std::string_view m_data;
};

void parse(ImportFormat format, const ParseInput &input, IngestSink &sink)
{
    switch (format) {
    case ImportFormat::OpenMetrics:
        return parseOpenMetrics(input, sink);
    case ImportFormat::PromJson:
        return parsePromJson(input, sink);
    case ImportFormat::Csv:
        return parseCsvMetrics(input, sink);
    case ImportFormat::Jsonl:
        return parseJsonlEvents(input, sink);
    case ImportFormat::Inventory:
        return parseInventory(input, sink);
    case ImportFormat::Log:
    case ImportFormat::Auto:
        break;
    }
    Q_ASSERT_X(false, "parse", "format must be resolved before parsing");
}

// Mines a log file line by line into the warehouse (see LogIngestor).
qint64 ingestLog(const LogImportOptions &options, const std::string_view data, Database &db, RecordWriter &records,
                 MetricWriter &metrics, ProgressReporter &reporter, ImportResult &result)
{
    if (options.format.isEmpty())
        throw Error(Messages::tr("Importing logs needs their header format (--log-format), e.g. "
                                 "'<Date> <Time> <Level> <Component>: <Content>'."));
    LogIngestOptions ingestOptions{options.source, options.format, options.host,
                                   options.defaultYear ? options.defaultYear : QDate::currentDate().year()};
    LogIngestor ingestor(db, records, metrics, ingestOptions);
    qint64 lineNumber = 0;
    for (size_t pos = 0; pos < data.size();) {
        size_t end = data.find('\n', pos);
        if (end == std::string_view::npos)
            end = data.size();
        ingestor.addLine(data.substr(pos, end - pos), ++lineNumber);
        pos = end + 1;
        if ((lineNumber & 0x3fff) == 0)
            reporter.update(qint64(pos));
    }
    ingestor.finish();
    const LogIngestor::Stats &stats = ingestor.stats();
    result.logLinesUnmatched += stats.unmatched;
    result.recordsUnchanged += stats.unchanged; // skipped before the record writer saw them
    if (stats.explosion.exploding)
        result.warning = Messages::tr("Log source '%1' yields many rare templates (%2 templates, %3 seen once): "
                                      "a variable the masking misses, or free text?")
                             .arg(options.source)
                             .arg(stats.explosion.templates)
                             .arg(stats.explosion.singletons);
    return stats.lines;
}

} // namespace

ImportResult runImport(Warehouse &warehouse, const ImportRequest &request, const ProgressCallback &progress)
{
    ImportResult result;
    ProgressReporter reporter(progress);
    runAtJobBoundary(result, [&] {
        if (request.inputs.isEmpty())
            throw Error(Messages::tr("No input files to import."));
        if (warehouse.isReadOnly())
            throw Error(Messages::tr("The warehouse '%1' is open read-only.").arg(warehouse.path()));

        // One transaction for all inputs: any error or cancel below unwinds
        // through its destructor, which rolls everything back.
        Transaction transaction(warehouse.db());
        MetricWriter metrics(warehouse.db());
        RecordWriter records(warehouse.db());
        std::vector<DataSourceInfo> sources;
        qint64 bytesRead = 0;
        for (qsizetype i = 0; i < request.inputs.size(); ++i) {
            const QString &path = request.inputs.at(i);
            const InputFile file(path);
            const std::string_view data = file.data();
            ImportFormat format = request.format;
            if (format == ImportFormat::Auto) {
                const auto head = QByteArray::fromRawData(data.data(), qsizetype(std::min<size_t>(data.size(), 4096)));
                const auto guessed = guessFormat(head, path);
                if (!guessed)
                    throw Error(Messages::tr("%1: cannot tell the format from the content; name it (one of %2).")
                                    .arg(path, importFormatNames().join(QStringLiteral(", "))));
                format = *guessed;
            }
            const QString name = QFileInfo(path).fileName();
            reporter.beginStage(request.inputs.size() > 1
                    ? Messages::tr("Reading %1 (file %2 of %3)").arg(name).arg(i + 1).arg(request.inputs.size())
                    : Messages::tr("Reading %1").arg(name),
                qint64(data.size()));
            qint64 recordCount = 0;
            if (format == ImportFormat::Log) {
                LogImportOptions log = request.log;
                if (log.source.isEmpty())
                    log.source = QFileInfo(path).completeBaseName();
                recordCount = ingestLog(log, data, warehouse.db(), records, metrics, reporter, result);
            } else {
                WarehouseSink sink(metrics, records, reporter);
                parse(format, ParseInput { path, data }, sink);
                recordCount = sink.count();
            }
            reporter.finishStage();
            bytesRead += qint64(data.size());
            sources.push_back(DataSourceInfo {
                formatName(format), QFileInfo(path).absoluteFilePath(), 0, recordCount, QStringLiteral("ok") });
        }

        reporter.beginStage(Messages::tr("Writing to the warehouse"), 0);
        metrics.flush();
        const Timestamp now = QDateTime::currentMSecsSinceEpoch();
        for (DataSourceInfo &source : sources) {
            source.lastImport = now;
            warehouse.recordDataSource(source);
        }
        reporter.finishStage(); // last chance to cancel before the commit
        transaction.commit();

        const MetricWriter::Stats &m = metrics.stats();
        const RecordWriter::Stats &r = records.stats();
        result.samplesAdded = m.samplesAdded;
        result.samplesChanged = m.samplesChanged;
        result.samplesUnchanged = m.samplesUnchanged;
        result.seriesCreated = m.seriesCreated;
        result.recordsAdded = r.added;
        result.recordsUpdated = r.updated;
        result.recordsUnchanged += r.unchanged;
        result.bytesRead = bytesRead;
    });
    return result;
}

} // namespace Opsight::Core
