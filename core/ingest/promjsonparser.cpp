// SPDX-License-Identifier: GPL-3.0-or-later
// A saved response of Prometheus's /api/v1/query_range (resultType matrix) or
// /api/v1/query (vector). QJsonDocument does the parsing; a small locator finds
// where a semantically wrong value sits in the text, so messages still carry
// line and column as well as the JSON path.
#include "ingestsink.h"
#include "lexutil.h"
#include "parseerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <variant>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::PromJsonParser)
};

using PathPart = std::variant<QString, qsizetype>;
using Path = std::vector<PathPart>;

QString pathText(const Path &path)
{
    QString out;
    for (const auto &part : path) {
        if (const auto *key = std::get_if<QString>(&part))
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + *key;
        else
            out += QStringLiteral("[%1]").arg(std::get<qsizetype>(part));
    }
    return out.isEmpty() ? QStringLiteral("(top level)") : out;
}

// Walks already-validated JSON text to the byte offset of the value at a path.
class JsonLocator
{
public:
    explicit JsonLocator(std::string_view text)
        : m_s(text)
    { }

    size_t find(const Path &path)
    {
        m_i = 0;
        size_t found = 0;
        descend(path, 0, found);
        return found;
    }

private:
    void ws()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool take(char c)
    {
        ws();
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    std::string_view string()
    {
        const size_t start = ++m_i; // opening quote
        while (m_i < m_s.size() && m_s[m_i] != '"')
            m_i += m_s[m_i] == '\\' ? 2 : 1;
        return m_s.substr(start, std::min(m_i++, m_s.size()) - start);
    }
    void skipValue()
    {
        ws();
        if (m_i >= m_s.size())
            return;
        if (m_s[m_i] == '"') {
            string();
            return;
        }
        if (m_s[m_i] == '{' || m_s[m_i] == '[') {
            int depth = 0;
            while (m_i < m_s.size()) {
                const char c = m_s[m_i];
                if (c == '"') {
                    string();
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0) {
                    ++m_i;
                    return;
                }
                ++m_i;
            }
            return;
        }
        while (m_i < m_s.size() && m_s[m_i] != ',' && m_s[m_i] != '}' && m_s[m_i] != ']')
            ++m_i;
    }
    // Best effort: stops at the deepest part it can reach.
    void descend(const Path &path, size_t depth, size_t &found)
    {
        ws();
        found = m_i;
        if (depth == path.size())
            return;
        if (const auto *key = std::get_if<QString>(&path[depth])) {
            if (!take('{'))
                return;
            const QByteArray wanted = key->toUtf8();
            while (take('"') ? (--m_i, true) : false) {
                ws();
                const std::string_view name = string();
                take(':');
                if (name == std::string_view(wanted.constData(), size_t(wanted.size())))
                    return descend(path, depth + 1, found);
                skipValue();
                take(',');
            }
            return;
        }
        const qsizetype index = std::get<qsizetype>(path[depth]);
        if (!take('['))
            return;
        for (qsizetype i = 0; i < index; ++i) {
            skipValue();
            if (!take(','))
                return;
        }
        descend(path, depth + 1, found);
    }

    std::string_view m_s;
    size_t m_i = 0;
};


// A metric name from the file name, for results of expressions (rate(...)),
// which carry no __name__.
std::string fallbackMetricName(const QString &file)
{
    std::string name = QFileInfo(file).completeBaseName().toStdString();
    for (char &c : name)
        if (!Lex::isMetricNameChar(c))
            c = '_';
    if (name.empty() || !Lex::isMetricNameStart(name[0]))
        name.insert(name.begin(), '_');
    return name;
}

class PromJsonParser
{
public:
    PromJsonParser(const ParseInput &input, IngestSink &sink)
        : m_input(input)
        , m_sink(sink)
        , m_locator(input.data)
    { }

    void run()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(m_input.data.data(), qsizetype(m_input.data.size())), &error);
        if (error.error != QJsonParseError::NoError)
            throw ParseError::at(m_input.file, m_input.data, size_t(error.offset),
                Messages::tr("valid JSON (%1)").arg(error.errorString()));
        if (!document.isObject())
            fail({}, Messages::tr("a Prometheus API response object"),
                document.isArray() ? Messages::tr("an array") : Messages::tr("a value"));
        const QJsonObject root = document.object();
        const QJsonValue status = root.value(QLatin1String("status"));
        if (status.toString() != QLatin1String("success")) {
            QString found = ParseError::describe(status);
            if (root.contains(QLatin1String("error")))
                found += QStringLiteral(" (%1)").arg(root.value(QLatin1String("error")).toString());
            fail({ QStringLiteral("status") }, Messages::tr("\"success\""), found);
        }
        const QJsonObject data = object(root, { QStringLiteral("data") });
        const Path typePath = { QStringLiteral("data"), QStringLiteral("resultType") };
        const QJsonValue type = data.value(QLatin1String("resultType"));
        const bool matrix = type.toString() == QLatin1String("matrix");
        if (!matrix && type.toString() != QLatin1String("vector"))
            fail(typePath, Messages::tr("\"matrix\" or \"vector\""), ParseError::describe(type));
        const Path resultPath = { QStringLiteral("data"), QStringLiteral("result") };
        const QJsonValue result = data.value(QLatin1String("result"));
        if (!result.isArray())
            fail(resultPath, Messages::tr("an array"), ParseError::describe(result));
        const QJsonArray series = result.toArray();
        for (qsizetype i = 0; i < series.size(); ++i) {
            Path path = resultPath;
            path.emplace_back(i);
            parseSeries(series.at(i), path, matrix);
            m_sink.progress(qint64(m_input.data.size()) * (i + 1) / series.size());
        }
    }

private:
    [[noreturn]] void fail(const Path &path, const QString &expected, const QString &found)
    {
        const size_t offset = m_locator.find(path);
        throw ParseError::at(
            m_input.file, m_input.data, offset, Messages::tr("%1 at %2").arg(expected, pathText(path)), found);
    }

    QJsonObject object(const QJsonObject &parent, const Path &path)
    {
        const QJsonValue value = parent.value(std::get<QString>(path.back()));
        if (!value.isObject())
            fail(path, Messages::tr("an object"), ParseError::describe(value));
        return value.toObject();
    }

    void parseSeries(const QJsonValue &value, const Path &path, bool matrix)
    {
        if (!value.isObject())
            fail(path, Messages::tr("a series object"), ParseError::describe(value));
        const QJsonObject entry = value.toObject();
        Path metricPath = path;
        metricPath.emplace_back(QStringLiteral("metric"));
        const QJsonObject metric = object(entry, metricPath);
        SeriesKey key;
        for (auto it = metric.begin(); it != metric.end(); ++it) {
            Path labelPath = metricPath;
            labelPath.emplace_back(it.key());
            if (!it.value().isString())
                fail(labelPath, Messages::tr("a string label value"), ParseError::describe(it.value()));
            const std::string name = it.key().toStdString();
            const std::string text = it.value().toString().toStdString();
            if (name == "__name__") {
                if (!Lex::isValidMetricName(text))
                    fail(labelPath, Messages::tr("a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)"), ParseError::describe(it.value()));
                key.metric = text;
                continue;
            }
            if (name.empty() || !Lex::isLabelNameStart(name[0])
                || !std::all_of(name.begin(), name.end(), Lex::isLabelNameChar))
                fail(metricPath, Messages::tr("label names of [a-zA-Z_][a-zA-Z0-9_]*"),
                    QLatin1Char('"') + it.key() + QLatin1Char('"'));
            if (!text.empty())
                key.labels.emplace_back(name, text);
        }
        if (key.metric.empty())
            key.metric = fallbackMetricName(m_input.file);
        key.sortLabels();
        if (entry.contains(QLatin1String("histograms")) || entry.contains(QLatin1String("histogram")))
            fail(path, Messages::tr("float samples (native histograms are not supported)"), Messages::tr("histograms"));
        Path valuesPath = path;
        valuesPath.emplace_back(matrix ? QStringLiteral("values") : QStringLiteral("value"));
        const QJsonValue values = entry.value(std::get<QString>(valuesPath.back()));
        if (!values.isArray())
            fail(valuesPath,
                matrix ? Messages::tr("an array of [time, \"value\"] pairs") : Messages::tr("a [time, \"value\"] pair"),
                ParseError::describe(values));
        if (!matrix) {
            parsePoint(m_sink.series(key), values, valuesPath);
            return;
        }
        const QJsonArray points = values.toArray();
        if (points.isEmpty())
            return; // no series without samples
        const SeriesId id = m_sink.series(key);
        for (qsizetype i = 0; i < points.size(); ++i) {
            Path pointPath = valuesPath;
            pointPath.emplace_back(i);
            parsePoint(id, points.at(i), pointPath);
        }
    }

    void parsePoint(SeriesId id, const QJsonValue &value, Path path)
    {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2)
            fail(path, Messages::tr("a [time, \"value\"] pair"), ParseError::describe(value));
        const QJsonValue time = pair.at(0);
        const QJsonValue sample = pair.at(1);
        if (!time.isDouble() || !std::isfinite(time.toDouble()) || std::fabs(time.toDouble()) > 9e12) {
            path.emplace_back(qsizetype(0));
            fail(path, Messages::tr("a time in seconds (a number)"), ParseError::describe(time));
        }
        double number = 0;
        const QByteArray text = sample.toString().toUtf8();
        if (!sample.isString() || !Lex::parseValue(std::string_view(text.constData(), size_t(text.size())), number)) {
            path.emplace_back(qsizetype(1));
            fail(path, Messages::tr("a sample value as a string (\"1.5\", \"NaN\", \"+Inf\")"), ParseError::describe(sample));
        }
        m_sink.sample(id, Timestamp(std::llround(time.toDouble() * 1000.0)), number);
    }

    const ParseInput &m_input;
    IngestSink &m_sink;
    JsonLocator m_locator;
};

} // namespace

void parsePromJson(const ParseInput &input, IngestSink &sink)
{
    PromJsonParser(input, sink).run();
}

} // namespace Opsight::Core
