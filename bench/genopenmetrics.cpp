// SPDX-License-Identifier: GPL-3.0-or-later
// opsight-bench-genom: writes N realistic fleet samples as OpenMetrics (what
// `opsight-cli import` reads) and the very same samples as CSV rows
// `series,time_ms,value` (what the sqlite3 shell's .import reads), so both sides
// of the import benchmark load identical data. Deterministic for a given seed.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace {

// splitmix64: tiny, fast and the same on every platform (unlike <random>'s
// distributions), so runs are comparable.
struct Random
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) / double(1ULL << 53); } // [0, 1)
};

// How a metric moves and how it is printed: decimals < 0 means an integer.
struct Metric
{
    const char *name;
    const char *type;
    const char *help;
    double low, high, start, volatility;
    int decimals;
};

constexpr Metric kMetrics[] = {
    { "node_cpu_utilization_percent", "gauge", "CPU busy time.", 0, 100, 35, 3, 1 },
    { "node_load1", "gauge", "1m load average.", 0, 64, 2, 0.3, 2 },
    { "node_memory_used_bytes", "gauge", "Memory in use.", 2e9, 250e9, 60e9, 2e8, -1 },
    { "node_network_receive_bytes_per_second", "gauge", "Receive rate.", 0, 1.25e9, 5e7, 8e6, -1 },
    { "node_network_transmit_bytes_per_second", "gauge", "Transmit rate.", 0, 1.25e9, 3e7, 6e6, -1 },
    { "node_disk_read_bytes_per_second", "gauge", "Disk read rate.", 0, 2e9, 2e7, 5e6, -1 },
    { "node_disk_io_utilization_percent", "gauge", "Disk busy time.", 0, 100, 12, 2, 1 },
    { "node_hwmon_temperature_celsius", "gauge", "CPU package temperature.", 25, 95, 48, 0.6, 0 },
    { "node_filesystem_used_ratio", "gauge", "Root filesystem fill.", 0, 1, 0.45, 0.002, 3 },
    { "node_processes_running", "gauge", "Running processes.", 0, 4000, 380, 6, -1 },
};

void appendNumber(std::string &out, double value, int decimals)
{
    char buffer[40];
    const auto [ptr, ec] = decimals < 0
        ? std::to_chars(buffer, buffer + sizeof buffer, qint64(std::llround(value)))
        : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    out.append(buffer, ptr);
}

class Output
{
public:
    explicit Output(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "opsight-bench-genom: cannot write %s\n", qPrintable(path));
            std::exit(1);
        }
        buffer.reserve(kChunk + 4096);
    }
    void maybeFlush()
    {
        if (buffer.size() >= kChunk)
            flush();
    }
    void flush()
    {
        if (m_file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size())) {
            std::fprintf(stderr, "opsight-bench-genom: write failed: %s\n", qPrintable(m_file.errorString()));
            std::exit(1);
        }
        buffer.clear();
    }
    std::string buffer;

private:
    static constexpr size_t kChunk = 4 << 20;
    QFile m_file;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes N fleet samples (hosts x 10 metrics at a fixed interval) as OpenMetrics and as CSV "
                       "(series,time_ms,value) for the import benchmark."));
    parser.addHelpOption();
    const QCommandLineOption samples(QStringLiteral("samples"), QStringLiteral("Samples to write."),
        QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption hosts(
        QStringLiteral("hosts"), QStringLiteral("Hosts."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("Seconds between samples."),
        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First timestamp, epoch seconds."),
        QStringLiteral("T"), QStringLiteral("1700000000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption openMetrics(
        QStringLiteral("openmetrics"), QStringLiteral("OpenMetrics output file."), QStringLiteral("FILE"));
    const QCommandLineOption csv(
        QStringLiteral("csv"), QStringLiteral("CSV output file (optional)."), QStringLiteral("FILE"));
    const QCommandLineOption order(QStringLiteral("order"),
        QStringLiteral("series (each series' samples together, the default) or time "
                       "(one scrape after another)."),
        QStringLiteral("ORDER"), QStringLiteral("series"));
    for (const auto &option : { samples, hosts, interval, start, seed, openMetrics, csv, order })
        parser.addOption(option);
    parser.process(app);
    if (!parser.isSet(openMetrics)) {
        std::fprintf(stderr, "opsight-bench-genom: --openmetrics FILE is required\n");
        return 2;
    }
    const qint64 total = parser.value(samples).toLongLong();
    const int hostCount = parser.value(hosts).toInt();
    const qint64 step = parser.value(interval).toLongLong();
    const qint64 first = parser.value(start).toLongLong();
    const bool byTime = parser.value(order) == QLatin1String("time");
    if (!byTime && parser.value(order) != QLatin1String("series")) {
        std::fprintf(stderr, "opsight-bench-genom: --order is series or time\n");
        return 2;
    }
    if (total <= 0 || hostCount <= 0 || step <= 0) {
        std::fprintf(stderr, "opsight-bench-genom: --samples, --hosts and --interval must be positive\n");
        return 2;
    }
    constexpr int metricCount = int(std::size(kMetrics));
    const qint64 seriesCount = qint64(hostCount) * metricCount;
    const qint64 points = (total + seriesCount - 1) / seriesCount;

    Output om(parser.value(openMetrics));
    std::unique_ptr<Output> rows;
    if (parser.isSet(csv))
        rows = std::make_unique<Output>(parser.value(csv));

    struct Series
    {
        const Metric *metric;
        std::string text; // name{labels}
        std::string csvText; // the same, quoted for CSV
        double value;
    };
    Random random { parser.value(seed).toULongLong() };
    std::vector<Series> all;
    all.reserve(size_t(seriesCount));
    for (const Metric &metric : kMetrics) {
        for (int h = 0; h < hostCount; ++h) {
            char labels[96];
            std::snprintf(labels, sizeof labels, "{cluster=\"cluster-%02d\",host=\"node-%05d\",rack=\"rack-%03d\"}",
                h / 100, h, h / 25);
            Series s { &metric, std::string(metric.name) + labels, "\"", 0 };
            for (const char c : s.text)
                s.csvText += c == '"' ? std::string("\"\"") : std::string(1, c);
            s.csvText += '"';
            // Each host has its own level; values walk around it.
            s.value = metric.low + (metric.start - metric.low) * (0.5 + random.uniform());
            all.push_back(std::move(s));
        }
    }

    qint64 written = 0;
    const auto emit = [&](Series &s, qint64 p) {
        const Metric &metric = *s.metric;
        s.value = std::clamp(s.value + (random.uniform() - 0.5) * 2 * metric.volatility, metric.low, metric.high);
        const qint64 t = first + p * step;
        const size_t valueStart = om.buffer.size() + s.text.size() + 1;
        om.buffer += s.text;
        om.buffer += ' ';
        appendNumber(om.buffer, s.value, metric.decimals);
        if (rows) {
            const std::string_view text(om.buffer.data() + valueStart, om.buffer.size() - valueStart);
            rows->buffer += s.csvText;
            rows->buffer += ',';
            char ms[24];
            rows->buffer.append(ms, std::to_chars(ms, ms + sizeof ms, t * 1000).ptr);
            rows->buffer += ',';
            rows->buffer += text;
            rows->buffer += '\n';
            rows->maybeFlush();
        }
        om.buffer += ' ';
        char seconds[24];
        om.buffer.append(seconds, std::to_chars(seconds, seconds + sizeof seconds, t).ptr);
        om.buffer += '\n';
        om.maybeFlush();
        ++written;
    };
    const auto family = [&](const Metric &metric) {
        om.buffer += std::string("# HELP ") + metric.name + ' ' + metric.help + '\n';
        om.buffer += std::string("# TYPE ") + metric.name + ' ' + metric.type + '\n';
    };
    if (!byTime) {
        // Family by family, series by series, in time order: the layout of a
        // `promtool tsdb dump-openmetrics` export.
        for (size_t i = 0; i < all.size() && written < total; ++i) {
            if (i % size_t(hostCount) == 0)
                family(*all[i].metric);
            for (qint64 p = 0; p < points && written < total; ++p)
                emit(all[i], p);
        }
    } else {
        // Scrape after scrape: every series once per timestamp (concatenated
        // scrapes; families interleave, which the importer accepts).
        for (const Metric &metric : kMetrics)
            family(metric);
        for (qint64 p = 0; p < points && written < total; ++p)
            for (size_t i = 0; i < all.size() && written < total; ++i)
                emit(all[i], p);
    }
    om.buffer += "# EOF\n";
    om.flush();
    if (rows)
        rows->flush();
    std::printf("%lld samples\n", static_cast<long long>(written));
    return 0;
}
