// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogress.h"
#include "outputfile.h"
#include "commands.h"
#include "common/error.h"
#include "ingest/csvreader.h"
#include "logs/groupingscore.h"
#include "logs/logformat.h"
#include "logs/templateminer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <string>

namespace Opsight::Cli {

namespace {

// lupdate files Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Cli::LogsCommand)
};

void appendCsvField(std::string &out, std::string_view field)
{
    if (field.find_first_of(",\"\n\r") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// loghub's ParameterList: a Python list literal of strings.
void appendParameterList(std::string &out, const std::vector<std::string> &parameters)
{
    std::string list = "[";
    for (size_t i = 0; i < parameters.size(); ++i) {
        if (i)
            list += ", ";
        list += '\'';
        for (const char c : parameters[i]) {
            if (c == '\'' || c == '\\')
                list += '\\';
            list += c;
        }
        list += '\'';
    }
    list += ']';
    appendCsvField(out, list);
}

// Lines of a file read in large blocks, LF or CRLF, without mapping it (the
// pages of a mapped multi-gigabyte log would count as the process's memory).
class LineReader
{
public:
    explicit LineReader(QFile &file)
        : m_file(file)
    {
    }

    bool next(std::string_view &line)
    {
        for (;;) {
            const qsizetype end = m_buffer.indexOf('\n', m_pos);
            if (end >= 0 || (m_eof && m_pos < m_buffer.size())) {
                const qsizetype stop = end >= 0 ? end : m_buffer.size();
                line = std::string_view(m_buffer.constData() + m_pos, size_t(stop - m_pos));
                if (!line.empty() && line.back() == '\r')
                    line.remove_suffix(1);
                m_consumed += stop + 1 - m_pos;
                m_pos = stop + 1;
                return true;
            }
            if (m_eof)
                return false;
            m_buffer.remove(0, m_pos);
            m_pos = 0;
            const QByteArray block = m_file.read(kBlock);
            if (block.isEmpty()) {
                if (m_file.error() != QFileDevice::NoError)
                    m_error = Messages::tr("cannot read '%1': %2").arg(m_file.fileName(), m_file.errorString());
                m_eof = true;
            }
            m_buffer += block;
        }
    }
    qint64 position() const { return m_consumed; }
    const QString &error() const { return m_error; }

private:
    static constexpr qint64 kBlock = 4 << 20;
    QFile &m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    QString m_error;
};

int parseLogs(const QStringList &args)
{
    const QString command = QStringLiteral("logs parse");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Mine the templates of a log file; write one row per input line "
                                        "(LineId,EventId,EventTemplate,ParameterList)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Messages::tr("Header format, e.g. '<Date> <Time> <Level> <Component>: <Content>'."),
                                    Messages::tr("FMT"));
    const QCommandLineOption input(QStringLiteral("input"), Messages::tr("The log file (LF or CRLF line ends)."), Messages::tr("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), Messages::tr("The structured CSV to write."), Messages::tr("FILE"));
    parser.addOptions({format, input, output});
    if (!parseArguments(parser, args, command))
        return 2;
    for (const QCommandLineOption &required : {format, input, output}) {
        if (!parser.isSet(required)) {
            printError(command, Messages::tr("missing --%1").arg(required.names().constFirst()));
            return 2;
        }
    }

    Core::LogFormat logFormat;
    try {
        logFormat = Core::LogFormat::compile(parser.value(format));
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 2;
    }
    QFile file(parser.value(input));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(command, Messages::tr("cannot read '%1': %2").arg(file.fileName(), file.errorString()));
        return 1;
    }
    const qint64 size = file.size();

    // Two passes over the file, so memory stays bounded however long the log:
    // the first mines and keeps only each line's template id; the second writes
    // every line with the final version of its template, as the grouping of a
    // one-pass miner is only complete at the end.
    QElapsedTimer timer;
    timer.start();
    Core::TemplateMiner miner;
    Core::ProgressReporter progress(terminalProgress());
    std::vector<std::string_view> fields;
    std::vector<quint32> ids;
    qint64 unmatched = 0;
    auto contentOf = [&](std::string_view line, bool report) {
        if (logFormat.match(line, fields))
            return fields[size_t(logFormat.contentField())];
        if (report && ++unmatched <= 10)
            printError(command, Messages::tr("%1:%2: the line does not match the format; mined as a whole")
                                    .arg(file.fileName())
                                    .arg(ids.size() + 1));
        return line;
    };
    try {
        progress.beginStage(Messages::tr("Mining %1").arg(file.fileName()), size);
        LineReader reader(file);
        for (std::string_view line; reader.next(line);) {
            ids.push_back(quint32(miner.add(contentOf(line, true)).id));
            if ((ids.size() & 0xffff) == 0)
                progress.update(reader.position());
        }
        if (!reader.error().isEmpty()) {
            printError(command, reader.error());
            return 1;
        }
        progress.finishStage();
    } catch (const Core::Cancelled &) {
        return 130;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    OutputFile out(parser.value(output));
    if (!out.open() || !file.seek(0)) {
        printError(command, Messages::tr("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        return 1;
    }
    std::string buffer = "LineId,EventId,EventTemplate,ParameterList\n";
    LineReader again(file);
    size_t i = 0;
    for (std::string_view line; again.next(line) && i < ids.size(); ++i) {
        const Core::TemplateId current = miner.currentId(ids[i]);
        buffer += std::to_string(i + 1);
        buffer += ",E";
        buffer += std::to_string(current);
        buffer += ',';
        appendCsvField(buffer, miner.templateOf(current).text);
        buffer += ',';
        appendParameterList(buffer, miner.parameters(current, contentOf(line, false)));
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            out.device().write(buffer.data(), qint64(buffer.size()));
            buffer.clear();
        }
    }
    out.device().write(buffer.data(), qint64(buffer.size()));
    if (i != ids.size() || !again.error().isEmpty()) {
        printError(command, Messages::tr("'%1' changed while it was read; nothing written").arg(file.fileName()));
        out.cancel();
        return 1;
    }
    if (!out.commit()) {
        printError(command, Messages::tr("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
        return 1;
    }
    if (unmatched > 10)
        printError(command, Messages::tr("%1 lines in all did not match the format").arg(unmatched));
    printLine(Messages::tr("%1 lines, %2 templates, %3 s mining (%4 lines/s)")
                  .arg(ids.size())
                  .arg(miner.templateCount())
                  .arg(seconds, 0, 'f', 3)
                  .arg(seconds > 0 ? double(ids.size()) / seconds : 0.0, 0, 'f', 0));
    return 0;
}

// Reads two named columns of a structured CSV (loghub's layout).
bool readColumns(const QString &path, const char *idColumn, const char *templateColumn,
                 std::vector<std::string> &ids, std::vector<std::string> &templates, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = Messages::tr("cannot read '%1': %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    Core::CsvReader reader(path, std::string_view(data.constData(), size_t(data.size())));
    if (!reader.next()) {
        error = Messages::tr("%1: the file is empty").arg(path);
        return false;
    }
    int idIndex = -1, templateIndex = -1;
    for (size_t i = 0; i < reader.fields().size(); ++i) {
        const std::string_view name = reader.fields()[i].text;
        if (name == idColumn)
            idIndex = int(i);
        else if (name == templateColumn)
            templateIndex = int(i);
    }
    if (idIndex < 0 || templateIndex < 0) {
        error = Messages::tr("%1:1: expected columns %2 and %3 in the header")
                    .arg(path, QLatin1String(idColumn), QLatin1String(templateColumn));
        return false;
    }
    while (reader.next()) {
        if (reader.isBlank())
            continue;
        const auto &fields = reader.fields();
        if (fields.size() <= size_t(std::max(idIndex, templateIndex))) {
            error = Messages::tr("%1: record %2 has %3 fields, fewer than the header")
                        .arg(path)
                        .arg(ids.size() + 2)
                        .arg(fields.size());
            return false;
        }
        ids.emplace_back(fields[size_t(idIndex)].text);
        templates.emplace_back(fields[size_t(templateIndex)].text);
    }
    return true;
}

int evaluateLogs(const QStringList &args)
{
    const QString command = QStringLiteral("logs evaluate");
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr("Score a structured CSV of 'logs parse' against labelled lines "
                                        "(loghub's *_structured.csv): grouping and parsing accuracy."));
    const QCommandLineOption parsed(QStringLiteral("parsed"), Messages::tr("The CSV 'logs parse' wrote."), Messages::tr("FILE"));
    const QCommandLineOption truth(QStringLiteral("truth"), Messages::tr("The labelled CSV (EventId, EventTemplate)."),
                                   Messages::tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({parsed, truth, json});
    if (!parseArguments(parser, args, command))
        return 2;
    if (!parser.isSet(parsed) || !parser.isSet(truth)) {
        printError(command, Messages::tr("missing --parsed or --truth"));
        return 2;
    }
    std::vector<std::string> predictedIds, predictedTemplates, trueIds, trueTemplates;
    QString error;
    try {
        if (!readColumns(parser.value(parsed), "EventId", "EventTemplate", predictedIds, predictedTemplates, error)
            || !readColumns(parser.value(truth), "EventId", "EventTemplate", trueIds, trueTemplates, error)) {
            printError(command, error);
            return 1;
        }
    } catch (const Core::Error &e) {
        printError(command, e.message());
        return 1;
    }
    if (predictedIds.size() != trueIds.size()) {
        printError(command, Messages::tr("%1 has %2 lines but %3 has %4: they must describe the same log")
                                .arg(parser.value(parsed))
                                .arg(predictedIds.size())
                                .arg(parser.value(truth))
                                .arg(trueIds.size()));
        return 1;
    }
    const Core::GroupingScore score = Core::scoreGrouping(predictedIds, trueIds, predictedTemplates, trueTemplates);
    if (parser.isSet(json)) {
        printLine(QStringLiteral("{\"lines\": %1, \"grouping_accuracy\": %2, \"parsing_accuracy\": %3, "
                                 "\"templates\": %4, \"true_templates\": %5}")
                      .arg(score.lines)
                      .arg(score.groupingAccuracy, 0, 'f', 4)
                      .arg(score.parsingAccuracy, 0, 'f', 4)
                      .arg(score.predictedGroups)
                      .arg(score.trueGroups));
    } else {
        printLine(Messages::tr("%1 lines: grouping accuracy %2, parsing accuracy %3, %4 templates for %5 true events")
                      .arg(score.lines)
                      .arg(score.groupingAccuracy, 0, 'f', 3)
                      .arg(score.parsingAccuracy, 0, 'f', 3)
                      .arg(score.predictedGroups)
                      .arg(score.trueGroups));
    }
    return 0;
}

} // namespace

int logsCommand(const QStringList &args)
{
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    if (sub == QLatin1String("parse"))
        return parseLogs(args.mid(1));
    if (sub == QLatin1String("evaluate"))
        return evaluateLogs(args.mid(1));
    if (const int code = logsWarehouseCommand(args); code >= 0)
        return code;
    return noSubcommand(QStringLiteral("logs"), args, Messages::tr("parse, evaluate, templates, lines, merge or split"));
}

} // namespace Opsight::Cli
