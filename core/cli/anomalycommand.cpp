// SPDX-License-Identifier: GPL-3.0-or-later
#include "anomaly/alertevaluation.h"
#include "anomaly/alertscan.h"
#include "anomaly/anomalydetector.h"
#include "anomaly/nabscorer.h"
#include "cliprogress.h"
#include "outputfile.h"
#include "commands.h"
#include "common/error.h"
#include "ingest/csvreader.h"
#include "ingest/parseerror.h"
#include "warehouse/dimensionreader.h"
#include "warehouse/eventreader.h"
#include "warehouse/warehouse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <string_view>

namespace Opsight::Cli {

namespace {

// lupdate files Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::AnomalyCommand)
};

// Rows out of time order of one kind: where the first one is (file:line:column
// and what it says), and how many there are.
struct OrderNote
{
    QString first;
    size_t rows = 0;
};

struct SeriesFile
{
    // The texts are views into `data` (rows are written back verbatim); only a
    // quoted field with "" pairs gets its own copy, in `unescaped`. A string per
    // field cost more than the detector.
    QByteArray data;
    std::deque<std::string> unescaped;
    std::vector<std::string_view> timeTexts;
    std::vector<Core::Timestamp> times;
    std::vector<std::string_view> valueTexts;
    std::vector<double> values;
    std::vector<double> scores; // when the file has an anomaly_score column
    // A stream is scored in the order it arrives, as a collector would see it: a
    // clock set back (NAB's machine_temperature goes back an hour) or a time
    // given twice is real data, so it is reported, not refused.
    OrderNote earlierRows;
    OrderNote sameTimeRows;
};

struct SeriesColumns
{
    int time = -1;
    int value = -1;
    int score = -1;
};

// Where a field's text starts, past the spaces it is trimmed of.
size_t trimmedOffset(const Core::CsvReader &reader, const Core::CsvReader::Field &field)
{
    return reader.offsetOf(field, size_t(Core::CsvReader::trimmed(field.text).data() - field.text.data()));
}

// The header's columns by name, in any case (a spreadsheet writes Timestamp,Value).
// A column read here named twice is refused: either could be the one meant (a
// column of the file's own, as label,label, is not read and may repeat).
SeriesColumns readHeader(const QString &path, const Core::CsvReader &reader)
{
    SeriesColumns columns;
    for (size_t i = 0; i < reader.fields().size(); ++i) {
        const Core::CsvReader::Field &field = reader.fields()[i];
        const QString name = QString::fromUtf8(Core::CsvReader::trimmed(field.text));
        int *column = name.compare(QLatin1String("timestamp"), Qt::CaseInsensitive) == 0 ? &columns.time
            : name.compare(QLatin1String("value"), Qt::CaseInsensitive) == 0           ? &columns.value
            : name.compare(QLatin1String("anomaly_score"), Qt::CaseInsensitive) == 0   ? &columns.score
                                                                                      : nullptr;
        if (!column)
            continue;
        if (*column >= 0)
            throw Core::ParseError::custom(path, reader.data(), trimmedOffset(reader, field),
                                           Messages::tr("the header names the column '%1' a second time").arg(name));
        *column = int(i);
    }
    if (columns.time < 0 || columns.value < 0)
        reader.failAt(reader.recordStart(), Messages::tr("a header with the columns timestamp and value"));
    return columns;
}

// A cell's whole trimmed text as a finite number, or a located error.
double finiteNumber(const Core::CsvReader &reader, const Core::CsvReader::Field &field)
{
    const std::string_view text = Core::CsvReader::trimmed(field.text);
    double number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
        reader.failAt(trimmedOffset(reader, field), Messages::tr("a finite number"));
    return number;
}

// Reads `timestamp,value[,anomaly_score,...]` (NAB's layout), by header names;
// the scores only when asked (`anomaly score` writes its own over them). Blank
// lines and lines starting with '#' are no rows.
SeriesFile readSeries(const QString &path, bool withScores = false)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Core::Error(Messages::tr("cannot read '%1': %2").arg(path, file.errorString()));
    SeriesFile series;
    series.data = file.readAll();
    std::string_view data(series.data.constData(), size_t(series.data.size()));
    if (data.substr(0, 3) == "\xEF\xBB\xBF")
        data.remove_prefix(3); // a UTF-8 byte order mark: without it, columns on line 1 match editors
    Core::CsvReader reader(path, data);
    reader.setCommentMarker('#');
    auto keep = [&series](std::string_view text, bool escaped) {
        return escaped ? std::string_view(series.unescaped.emplace_back(text)) : text;
    };
    if (!reader.next())
        throw Core::Error(Messages::tr("%1: the file is empty").arg(path));
    SeriesColumns columns = readHeader(path, reader);
    if (!withScores)
        columns.score = -1;
    const int needed = std::max({columns.time, columns.value, columns.score});
    while (reader.next()) {
        if (reader.isBlank())
            continue;
        const auto &fields = reader.fields();
        if (int(fields.size()) <= needed)
            reader.failAt(reader.recordEnd(), Messages::tr("%1 fields").arg(needed + 1), Messages::tr("%1").arg(fields.size()));
        const Core::CsvReader::Field &timeField = fields[size_t(columns.time)];
        const std::string_view timeText = Core::CsvReader::trimmed(timeField.text);
        const std::optional<Core::Timestamp> t = Core::parseTimestamp(timeText);
        if (!t)
            reader.failAt(trimmedOffset(reader, timeField), Messages::tr("a timestamp (RFC 3339 or epoch)"));
        const Core::CsvReader::Field &valueField = fields[size_t(columns.value)];
        const double value = finiteNumber(reader, valueField);
        if (!series.times.empty() && *t <= series.times.back()) {
            const bool earlier = *t < series.times.back();
            OrderNote &note = earlier ? series.earlierRows : series.sameTimeRows;
            if (note.rows++ == 0) {
                const QString before = QString::fromUtf8(series.timeTexts.back());
                const QString what = earlier
                    ? Messages::tr("the time '%1' is earlier than the row before's ('%2')").arg(QString::fromUtf8(timeText), before)
                    : Messages::tr("the time '%1' is the row before's too").arg(QString::fromUtf8(timeText));
                note.first = Core::ParseError::custom(path, reader.data(), trimmedOffset(reader, timeField), what).message();
            }
        }
        series.timeTexts.push_back(keep(timeText, timeField.escaped));
        series.times.push_back(*t);
        series.valueTexts.push_back(keep(Core::CsvReader::trimmed(valueField.text), valueField.escaped));
        series.values.push_back(value);
        if (columns.score >= 0)
            series.scores.push_back(finiteNumber(reader, fields[size_t(columns.score)]));
    }
    return series;
}

// A score in [0, 1] with six decimals, as to_chars(fixed, 6) writes it but
// without its general-purpose cost (which was a tenth of the command's time).
void appendScore(std::string &text, double score)
{
    const double scaled = std::clamp(score, 0.0, 1.0) * 1e6;
    if (std::abs(scaled - std::floor(scaled) - 0.5) < 1e-6) { // near a tie the product's rounding decides: ask to_chars
        char number[32];
        const auto [end, ec] = std::to_chars(number, number + sizeof number, score, std::chars_format::fixed, 6);
        text.append(number, end);
        return;
    }
    const long micros = std::lround(scaled);
    char digits[8] = {char('0' + micros / 1000000), '.'};
    for (int i = 7, rest = int(micros % 1000000); i >= 2; --i, rest /= 10)
        digits[i] = char('0' + rest % 10);
    text.append(digits, sizeof digits);
}

// What the scores cannot show, said on stderr: rows out of time order, and a
// series that ends while the detector still learns it.
void warnAboutTimes(const QString &command, const SeriesFile &series)
{
    if (series.earlierRows.rows > 0)
        printError(command, Messages::tr("warning: %1; rows earlier than the row before: %2; every row is scored in file order")
                                .arg(series.earlierRows.first)
                                .arg(series.earlierRows.rows));
    if (series.sameTimeRows.rows > 0)
        printError(command, Messages::tr("warning: %1; rows at the same time as the row before: %2; every row is scored "
                                         "in file order")
                                .arg(series.sameTimeRows.first)
                                .arg(series.sameTimeRows.rows));
    if (series.times.empty())
        return;
    // The detector's learning span runs from the first row's time (in file order)
    // to the latest time seen: a file that ends within it cannot alert.
    const Core::Timestamp latest = *std::max_element(series.times.begin(), series.times.end());
    if (latest - series.times.front() < Core::AnomalyDetector::kLearningSpan)
        printError(command, Messages::tr("warning: all %n row(s) lie within the series' first day (from %1, the first "
                                         "row's time): the detector learns it, so every score stays below the record "
                                         "band (0.9) and no alert fires",
                                         nullptr, int(series.times.size()))
                                .arg(Core::formatTimestamp(series.times.front())));
}

int scoreSeries(const QStringList &args)
{
    const QString command = QStringLiteral("anomaly score");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Score a series (CSV timestamp,value) with the streaming detector; write "
                                        "timestamp,value,anomaly_score, one row per input row. The first day of the "
                                        "series is learned: no score in it reaches the record band (0.9)."));
    const QCommandLineOption input(QStringLiteral("input"), Messages::tr("The series CSV."), Messages::tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), Messages::tr("The scores CSV to write."), Messages::tr("FILE"));
    parser.addOptions({input, output});
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(input) || !parser.isSet(output)) {
        printError(command, Messages::tr("missing --input or --output"));
        return 2;
    }
    try {
        const SeriesFile series = readSeries(parser.value(input));
        QElapsedTimer timer;
        timer.start();
        Core::AnomalyDetector detector;
        std::vector<double> scores(series.values.size());
        for (size_t i = 0; i < series.values.size(); ++i)
            scores[i] = detector.update(series.times[i], series.values[i]);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;

        OutputFile out(parser.value(output));
        if (!out.open())
            throw Core::Error(Messages::tr("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        std::string text = "timestamp,value,anomaly_score\n";
        text.reserve(size_t(series.data.size()) + 10 * scores.size());
        for (size_t i = 0; i < scores.size(); ++i) {
            text += series.timeTexts[i];
            text += ',';
            text += series.valueTexts[i];
            text += ',';
            appendScore(text, scores[i]);
            text += '\n';
        }
        out.device().write(text.data(), qint64(text.size()));
        if (!out.commit())
            throw Core::Error(Messages::tr("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        warnAboutTimes(command, series);
        printLine(Messages::tr("%1 samples scored in %2 s (%3 samples/s)")
                      .arg(scores.size())
                      .arg(seconds, 0, 'f', 3)
                      .arg(seconds > 0 ? double(scores.size()) / seconds : 0.0, 0, 'f', 0));
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

QJsonArray perFileJson(const Core::NabResult &r, bool wanted)
{
    QJsonArray files;
    if (!wanted)
        return files;
    for (const Core::NabFileResult &f : r.files)
        files.append(QJsonObject{{QStringLiteral("file"), f.name},
                                 {QStringLiteral("raw_score"), f.rawScore},
                                 {QStringLiteral("windows"), f.windows},
                                 {QStringLiteral("true_positives"), f.truePositives},
                                 {QStringLiteral("false_positives"), f.falsePositives}});
    return files;
}

int scoreNab(const QStringList &args)
{
    const QString command = QStringLiteral("anomaly nab-score");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Score detector results with NAB's method (standard profile unless told): "
                                        "results mirror NAB's data folders (<category>/<file>.csv with an "
                                        "anomaly_score column)."));
    const QCommandLineOption results(QStringLiteral("results"), Messages::tr("Folder of result CSVs."), Messages::tr("DIR"));
    const QCommandLineOption labels(QStringLiteral("labels"), Messages::tr("NAB's combined_windows.json."), Messages::tr("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"), Messages::tr("standard, reward_low_FP or reward_low_FN."),
                                     Messages::tr("NAME"), QStringLiteral("standard"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    const QCommandLineOption perFile(QStringLiteral("per-file"),
                                     Messages::tr("Also give each file's raw score, detected windows and false positives."));
    parser.addOptions({results, labels, profile, json, perFile});
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(results) || !parser.isSet(labels)) {
        printError(command, Messages::tr("missing --results or --labels"));
        return 2;
    }
    Core::NabProfile weights;
    if (parser.value(profile) == QLatin1String("reward_low_FP"))
        weights = Core::NabProfile::rewardLowFalsePositives();
    else if (parser.value(profile) == QLatin1String("reward_low_FN"))
        weights = Core::NabProfile::rewardLowFalseNegatives();
    else if (parser.value(profile) != QLatin1String("standard")) {
        printError(command, Messages::tr("unknown profile '%1'").arg(parser.value(profile)));
        return 2;
    }
    try {
        QFile labelFile(parser.value(labels));
        if (!labelFile.open(QIODevice::ReadOnly))
            throw Core::Error(Messages::tr("cannot read '%1': %2").arg(labelFile.fileName(), labelFile.errorString()));
        QJsonParseError error;
        const QJsonObject windows = QJsonDocument::fromJson(labelFile.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError)
            throw Core::Error(Messages::tr("%1: not JSON: %2").arg(labelFile.fileName(), error.errorString()));
        std::vector<Core::NabFile> files;
        QStringList missing;
        const QDir dir(parser.value(results));
        for (auto it = windows.begin(); it != windows.end(); ++it) {
            const QString path = dir.filePath(it.key());
            if (!QFile::exists(path)) {
                missing << it.key();
                continue;
            }
            const SeriesFile series = readSeries(path, true);
            if (series.scores.size() != series.times.size())
                throw Core::Error(Messages::tr("%1: expected an anomaly_score column").arg(path));
            Core::NabFile file{it.key(), series.times, series.scores, {}};
            for (const QJsonValue &w : it.value().toArray()) {
                const auto start = Core::parseTimestamp(w.toArray().at(0).toString());
                const auto end = Core::parseTimestamp(w.toArray().at(1).toString());
                if (!start || !end)
                    throw Core::Error(Messages::tr("%1: a window of '%2' has a bad timestamp").arg(labelFile.fileName(), it.key()));
                file.windows.emplace_back(*start, *end);
            }
            files.push_back(std::move(file));
        }
        const Core::NabResult r = Core::scoreNab(files, weights);
        if (parser.isSet(json)) {
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("score"), r.score},
                                                                  {QStringLiteral("threshold"), r.threshold},
                                                                  {QStringLiteral("files"), qint64(files.size())},
                                                                  {QStringLiteral("windows"), r.windows},
                                                                  {QStringLiteral("true_positives"), r.truePositives},
                                                                  {QStringLiteral("false_positives"), r.falsePositives},
                                                                  {QStringLiteral("false_negatives"), r.falseNegatives},
                                                                  {QStringLiteral("per_file"), perFileJson(r, parser.isSet(perFile))}})
                                            .toJson(QJsonDocument::Compact)));
        } else {
            printLine(Messages::tr("NAB %1 score %2 over %3 files (%4 not in the results), threshold %5: "
                         "%6 of %7 windows detected, %8 false positives")
                          .arg(parser.value(profile))
                          .arg(r.score, 0, 'f', 1)
                          .arg(files.size())
                          .arg(missing.size())
                          .arg(r.threshold, 0, 'f', 4)
                          .arg(r.truePositives)
                          .arg(r.windows)
                          .arg(r.falsePositives));
            if (parser.isSet(perFile)) {
                for (const Core::NabFileResult &f : r.files)
                    printLine(Messages::tr("%1  raw %2  %3 of %4 windows  %5 false positives")
                                  .arg(f.name)
                                  .arg(f.rawScore, 0, 'f', 3)
                                  .arg(f.truePositives)
                                  .arg(f.windows)
                                  .arg(f.falsePositives));
            }
        }
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

std::optional<Core::Timestamp> timeOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                          const QString &command, Core::Timestamp fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const auto t = Core::parseTimestamp(parser.value(option));
    if (!t)
        printError(command, Messages::tr("--%1 expects a time (RFC 3339 or epoch), not '%2'")
                                .arg(option.names().constFirst(), parser.value(option)));
    return t;
}

// A scan that read nothing says so, with where the data lies: "0 alerts" alone
// reads as a quiet fleet when the window missed the data (--from past its end).
QString noSamplesWarning(Core::Warehouse &warehouse, const Core::ScanRequest &request)
{
    const Core::WarehouseSummary held = warehouse.summary();
    if (!held.firstTime)
        return Messages::tr("warning: no samples read: the warehouse holds no data");
    const QString first = Core::formatTimestamp(held.firstTime), last = Core::formatTimestamp(held.lastTime);
    const QString from = Core::formatTimestamp(request.from), to = Core::formatTimestamp(request.to);
    const bool bounded = request.from > Core::kEarliest, ended = request.to < Core::kLatest;
    if (bounded && ended)
        return Messages::tr("warning: no samples in the window from %1 to %2 (the warehouse's data spans %3 .. %4)")
            .arg(from, to, first, last);
    if (bounded)
        return Messages::tr("warning: no samples in the window from %1 on (the warehouse's data ends %2)").arg(from, last);
    if (ended)
        return Messages::tr("warning: no samples in the window before %1 (the warehouse's data starts %2)").arg(to, first);
    return Messages::tr("warning: the selected series hold no samples (the warehouse's data spans %1 .. %2)").arg(first, last);
}

int scanWarehouse(const QStringList &args)
{
    const QString command = QStringLiteral("anomaly scan");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Score warehouse series and store their alerts (and incidents of "
                                                  "related alerts) as events; silences apply."));
    const QCommandLineOption db(QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE"));
    const QCommandLineOption match(QStringLiteral("match"), Messages::tr("Series selector (default: all)."),
                                   Messages::tr("SELECTOR"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Messages::tr("Start time of the alerts (the detectors learn from the 4 days before it)."),
                                  Messages::tr("T"));
    const QCommandLineOption to(QStringLiteral("to"), Messages::tr("End time (exclusive)."), Messages::tr("T"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Messages::tr("Count what would fire (a backtest); store nothing."));
    const QCommandLineOption fire(QStringLiteral("fire"),
                                  Messages::tr("Score at which an alert fires (default: the threshold of the "
                                               "warehouse's last full stored scan, else 0.95: a record of surprise "
                                               "by a 50% margin). A stored scan of every series over all time saves it."),
                                  Messages::tr("SCORE"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     Messages::tr("Worker threads that read and score series (default: one per core)."),
                                     Messages::tr("N"));
    parser.addOptions({db, match, from, to, dryRun, fire, threads});
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(db)) {
        printError(command, Messages::tr("missing --db FILE"));
        return 2;
    }
    Core::ScanRequest request;
    request.match = parser.value(match);
    if (!checkSelector(command, match.names().front(), request.match))
        return 2;
    request.store = !parser.isSet(dryRun);
    bool fireOk = !parser.isSet(fire);
    if (parser.isSet(fire))
        request.policy.fireThreshold = parser.value(fire).toDouble(&fireOk);
    // Asked as "inside the range", not "outside it": NaN fails every comparison.
    const bool fireInRange = request.policy.fireThreshold > request.policy.clearThreshold && request.policy.fireThreshold <= 1;
    if (!fireOk || !fireInRange) {
        printError(command, Messages::tr("--fire expects a score above %1 and at most 1, not '%2'")
                                .arg(request.policy.clearThreshold)
                                .arg(parser.value(fire)));
        return 2;
    }
    if (parser.isSet(threads)) {
        bool threadsOk = false;
        request.threads = parser.value(threads).toInt(&threadsOk);
        if (!threadsOk || request.threads < 1) {
            printError(command, Messages::tr("--threads expects a whole number of at least 1, not '%1'")
                                    .arg(parser.value(threads)));
            return 2;
        }
    }
    const auto start = timeOption(parser, from, command, Core::kEarliest);
    const auto end = timeOption(parser, to, command, Core::kLatest);
    if (!start || !end)
        return 2;
    request.from = *start;
    request.to = *end;
    if (request.to <= request.from) {
        printError(command, Messages::tr("--to must come after --from (%1 is not after %2)")
                                .arg(parser.value(to), parser.value(from)));
        return 2;
    }
    try {
        auto warehouse = Core::Warehouse::open(parser.value(db), request.store ? Core::Warehouse::Mode::ReadWrite
                                                                               : Core::Warehouse::Mode::ReadOnly);
        const std::optional<double> saved = Core::savedFireThreshold(warehouse->db());
        if (!parser.isSet(fire) && saved) {
            request.policy.fireThreshold = *saved;
            printLine(Messages::tr("Firing at %1, the threshold of the warehouse's last full stored scan (--fire to change)")
                          .arg(*saved));
        }
        QElapsedTimer timer;
        timer.start();
        const Core::ScanResult r = Core::scanWarehouse(*warehouse, request, terminalProgress());
        if (!r.ok) {
            printError(command, r.error);
            return r.cancelled ? 130 : 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        printLine(Messages::tr("%1 series, %2 samples: %3 alerts (%4 silenced), %5 incidents; %6 events added; "
                               "%7 s (%8 samples/s)")
                      .arg(r.series)
                      .arg(r.samples)
                      .arg(r.alerts)
                      .arg(r.silenced)
                      .arg(r.incidents)
                      .arg(r.eventsAdded)
                      .arg(seconds, 0, 'f', 2)
                      .arg(seconds > 0 ? double(r.samples) / seconds : 0.0, 0, 'f', 0));
        if (r.samples == 0)
            printError(command, noSamplesWarning(*warehouse, request));
        if (r.thresholdSaved)
            printLine(Messages::tr("Fire threshold %1 saved as the warehouse's: later scans start from it")
                          .arg(request.policy.fireThreshold));
        else if (request.store && r.eventsAdded > 0 && saved && *saved != request.policy.fireThreshold)
            printLine(Messages::tr("Stored at %1, not the warehouse's %2 (a scan of part of it keeps the warehouse's "
                                   "threshold): each alert says what it fired at (alerts list --json: fire_threshold)")
                          .arg(request.policy.fireThreshold)
                          .arg(*saved));
        if (r.alreadyStored)
            printLine(Messages::tr("%n alert(s) had been stored by an earlier scan (the same series at an overlapping "
                                   "time) and were kept as they were",
                                   nullptr, int(r.alreadyStored)));
        if (r.alertsExtended)
            printLine(Messages::tr("%n of them lasted past the end of that scan's data and now end later "
                                   "(the same alerts: acknowledgements stay)",
                                   nullptr, int(r.alertsExtended)));
        if (r.fleetWide)
            printLine(Messages::tr("%n fleet-wide episode(s) (many hosts moving at once) hold %1 of the alerts, kept at info",
                                   nullptr, int(r.fleetWide))
                          .arg(r.fleetWideAlerts));
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

int evaluateWarehouse(const QStringList &args)
{
    const QString command = QStringLiteral("anomaly evaluate");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Precision and recall of the stored alerts against the warehouse's "
                                                  "ground truth (a simulated fleet's injected faults), the time to "
                                                  "detect, and both by fault kind and by host group."));
    const QCommandLineOption db(QStringLiteral("db"), Messages::tr("The warehouse file."), Messages::tr("FILE"));
    const QCommandLineOption slack(QStringLiteral("slack-minutes"),
                                   Messages::tr("How far an alert may lie outside a fault's window (default 30)."),
                                   Messages::tr("N"), QStringLiteral("30"));
    const QCommandLineOption groupBy(QStringLiteral("group-by"),
                                     Messages::tr("Host groups to break the figures down by: role, cluster, rack or service "
                                                  "(default role)."),
                                     Messages::tr("FIELD"), QStringLiteral("role"));
    parser.addOptions({db, slack, groupBy});
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(db)) {
        printError(command, Messages::tr("missing --db FILE"));
        return 2;
    }
    bool ok = false;
    constexpr int kMaxSlack = 7 * 24 * 60; // a week: beyond it every alert is near every fault
    const int minutes = parser.value(slack).toInt(&ok);
    if (!ok || minutes < 0 || minutes > kMaxSlack) {
        printError(command, Messages::tr("--slack-minutes expects a whole number of minutes from 0 to %1, not '%2'")
                                .arg(kMaxSlack)
                                .arg(parser.value(slack)));
        return 2;
    }
    const QStringList fields{QStringLiteral("role"), QStringLiteral("cluster"), QStringLiteral("rack"), QStringLiteral("service")};
    const QString field = parser.value(groupBy);
    if (!fields.contains(field)) {
        printError(command, Messages::tr("--group-by expects one of %1, not '%2'").arg(fields.join(QStringLiteral(", ")), field));
        return 2;
    }
    try {
        auto warehouse = Core::Warehouse::open(parser.value(db), Core::Warehouse::Mode::ReadOnly);
        Core::EventReader reader(warehouse->db());
        std::map<QString, QString> hostGroups;
        for (const Core::HostRecord &host : Core::DimensionReader(warehouse->db()).hosts())
            hostGroups[host.name] = field == QLatin1String("role")      ? host.role
                                  : field == QLatin1String("cluster")   ? host.cluster
                                  : field == QLatin1String("rack")      ? host.rack
                                                                        : host.service;
        const std::vector<Core::GroundTruth> truth = reader.groundTruth();
        if (truth.empty()) {
            printError(command, Messages::tr("%1 has no ground truth (it is not a simulated fleet)").arg(parser.value(db)));
            return 1;
        }
        const auto alerts = reader.events(Core::kEarliest, Core::kLatest, {QStringLiteral("alert")});
        const Core::AlertEvaluation e = Core::evaluateAlerts(alerts, truth, minutes * Core::kMinute, hostGroups);
        // Minutes from a fault's start to its first alert; negative: the alert came first.
        auto delay = [](const std::vector<Core::Timestamp> &delays, double q) {
            return delays.empty() ? QStringLiteral("-")
                                  : Messages::tr("%1 min").arg(double(Core::delayQuantile(delays, q)) / double(Core::kMinute), 0, 'f', 0);
        };
        printLine(Messages::tr("recall %1 (%2 of %3 faults), precision %4 (%5 of %6 alerts)")
                      .arg(e.recall(), 0, 'f', 3)
                      .arg(e.detected)
                      .arg(e.faults)
                      .arg(e.precision(), 0, 'f', 3)
                      .arg(e.trueAlerts)
                      .arg(e.alerts));
        printLine(Messages::tr("left out: %1 faults of jobs and other entities no alert names; %2 alerts muted by a "
                               "rule, %3 hosts' parts of fleet-wide episodes (the episode's alert counts)")
                      .arg(e.otherFaults)
                      .arg(e.silencedAlerts)
                      .arg(e.fleetAlerts));
        printLine(Messages::tr("time to detect (fault start to first alert; an alert already open counts from %1 min "
                               "before): median %2, 90% within %3")
                      .arg(minutes)
                      .arg(delay(e.delays, 0.5), delay(e.delays, 0.9)));
        const auto rate = [](qint64 part, qint64 all) { return all ? QString::number(double(part) / double(all), 'f', 3) : QStringLiteral("-"); };
        printLine(Messages::tr("faults by kind (detected / all, recall; time to detect: median, 90%):"));
        for (const auto &[kind, k] : e.kinds)
            printLine(QStringLiteral("  %1 %2 / %3 %4;  %5, %6")
                          .arg(kind.leftJustified(22))
                          .arg(k.detected)
                          .arg(k.faults)
                          .arg(rate(k.detected, k.faults), delay(k.delays, 0.5), delay(k.delays, 0.9)));
        printLine(Messages::tr("by host %1 (faults detected / all, recall; alerts true / all, precision; time to detect: "
                               "median, 90%):")
                      .arg(field));
        for (const auto &[group, g] : e.groups)
            printLine(QStringLiteral("  %1 %2 / %3 %4;  %5 / %6 %7;  %8, %9")
                          .arg((group.isEmpty() ? Messages::tr("(no host or queue)") : group).leftJustified(22))
                          .arg(g.detected)
                          .arg(g.faults)
                          .arg(rate(g.detected, g.faults))
                          .arg(g.trueAlerts)
                          .arg(g.alerts)
                          .arg(rate(g.trueAlerts, g.alerts), delay(g.delays, 0.5), delay(g.delays, 0.9)));
        printLine(Messages::tr("alerts by metric (true / all):"));
        for (const auto &[metric, m] : e.metrics)
            printLine(QStringLiteral("  %1 %2 / %3").arg(metric.leftJustified(30)).arg(m.trueAlerts).arg(m.alerts));
        printLine(Messages::tr("as an operator reads them: %1 items (%2 incidents, %3 alerts alone), precision %4 (%5 true)")
                      .arg(e.notices)
                      .arg(e.incidents)
                      .arg(e.notices - e.incidents)
                      .arg(e.noticePrecision(), 0, 'f', 3)
                      .arg(e.trueNotices));
        return 0;
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
}

} // namespace

int anomalyCommand(const QStringList &args)
{
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    if (sub == QLatin1String("score"))
        return scoreSeries(args.mid(1));
    if (sub == QLatin1String("nab-score"))
        return scoreNab(args.mid(1));
    if (sub == QLatin1String("scan"))
        return scanWarehouse(args.mid(1));
    if (sub == QLatin1String("evaluate"))
        return evaluateWarehouse(args.mid(1));
    return noSubcommand(QStringLiteral("anomaly"), args, Messages::tr("score, nab-score, scan or evaluate"));
}

} // namespace Opsight::Cli
