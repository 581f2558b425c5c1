// SPDX-License-Identifier: GPL-3.0-or-later
// Events as JSON Lines: one object per line (schema in docs/formats.md). Lines
// are independent, so each is parsed on its own and errors name the line and
// the field.
#include "ingestsink.h"
#include "parseerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstring>

namespace Opsight::Core {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::JsonlParser)
};

const QStringList &entityKinds()
{
    static const QStringList kinds = { QStringLiteral("host"), QStringLiteral("rack"), QStringLiteral("cluster"),
        QStringLiteral("service"), QStringLiteral("job"), QStringLiteral("queue") };
    return kinds;
}

const QStringList &knownFields()
{
    static const QStringList fields = { QStringLiteral("time"), QStringLiteral("end_time"), QStringLiteral("kind"),
        QStringLiteral("severity"), QStringLiteral("entity_kind"), QStringLiteral("entity"), QStringLiteral("title"),
        QStringLiteral("source"), QStringLiteral("payload") };
    return fields;
}


class JsonlParser
{
public:
    JsonlParser(const ParseInput &input, IngestSink &sink)
        : m_input(input)
        , m_sink(sink)
        , m_source(QFileInfo(input.file).fileName())
    { }

    void run()
    {
        const std::string_view data = m_input.data;
        size_t pos = 0;
        quint32 lines = 0;
        while (pos < data.size()) {
            const void *nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
            const size_t eol = nl ? size_t(static_cast<const char *>(nl) - data.data()) : data.size();
            m_lineStart = pos;
            m_line = data.substr(pos, eol - pos);
            if (!m_line.empty() && m_line.back() == '\r')
                m_line.remove_suffix(1);
            if (m_line.find_first_not_of(" \t") != std::string_view::npos)
                parseLine();
            pos = eol + 1;
            if ((++lines & 0x3FF) == 0)
                m_sink.progress(qint64(pos));
        }
    }

private:
    [[noreturn]] void failAt(size_t column, const QString &expected, const QString &found) const
    {
        throw ParseError::at(m_input.file, m_input.data, m_lineStart + column, expected, found);
    }

    // Column of a field's value in the line, for messages (the first match of
    // "key" followed by ':' is good enough: keys are unique per object).
    size_t valueColumn(const QString &key) const
    {
        const std::string quoted = '"' + key.toStdString() + '"';
        size_t at = m_line.find(quoted);
        if (at == std::string_view::npos)
            return 0;
        at += quoted.size();
        while (at < m_line.size() && (m_line[at] == ' ' || m_line[at] == '\t' || m_line[at] == ':'))
            ++at;
        return at;
    }

    [[noreturn]] void failField(const QString &key, const QString &expected, const QJsonValue &found) const
    {
        failAt(valueColumn(key), Messages::tr("%1 for field '%2'").arg(expected, key), ParseError::describe(found));
    }

    Timestamp timeField(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        const QString expected = Messages::tr("a time (RFC 3339 text, epoch seconds or epoch milliseconds)");
        if (value.isString()) {
            if (const auto time = parseTimestamp(value.toString()))
                return *time;
        } else if (value.isDouble()) {
            const double v = value.toDouble();
            // Same rule as text epochs: 12+ digits are milliseconds.
            if (std::isfinite(v) && std::fabs(v) < 9e15)
                return std::fabs(v) >= 1e11 ? Timestamp(std::llround(v)) : Timestamp(std::llround(v * 1000.0));
        }
        failField(key, expected, value);
    }

    QString stringField(const QJsonObject &object, const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return fallback;
        if (!value.isString() || (required && value.toString().isEmpty()))
            failField(key, Messages::tr("a non-empty string"), value);
        return value.toString();
    }

    void parseLine()
    {
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(m_line.data(), qsizetype(m_line.size())), &error);
        if (error.error != QJsonParseError::NoError) {
            const size_t column = std::min(size_t(error.offset), m_line.size());
            failAt(column, Messages::tr("valid JSON (%1)").arg(error.errorString()),
                ParseError::describe(m_input.data, m_lineStart + column));
        }
        if (!document.isObject())
            failAt(m_line.find_first_not_of(" \t"), Messages::tr("a JSON object per line"),
                ParseError::describe(m_input.data, m_lineStart + m_line.find_first_not_of(" \t")));
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!knownFields().contains(it.key()))
                failAt(m_line.find(QStringLiteral("\"%1\"").arg(it.key()).toStdString()),
                    Messages::tr("a known field (%1; put anything else in 'payload')")
                        .arg(knownFields().join(QStringLiteral(", "))),
                    QLatin1Char('"') + it.key() + QLatin1Char('"'));

        if (!object.contains(QLatin1String("time")))
            failAt(0, Messages::tr("a 'time' field"), Messages::tr("none"));
        if (!object.contains(QLatin1String("kind")))
            failAt(0, Messages::tr("a 'kind' field"), Messages::tr("none"));
        if (!object.contains(QLatin1String("entity")))
            failAt(0, Messages::tr("an 'entity' field"), Messages::tr("none"));

        Event event;
        event.time = timeField(object, QStringLiteral("time"));
        if (object.contains(QLatin1String("end_time"))) {
            event.endTime = timeField(object, QStringLiteral("end_time"));
            if (event.endTime < event.time)
                failField(QStringLiteral("end_time"), Messages::tr("a time not before 'time'"),
                    object.value(QLatin1String("end_time")));
        }
        event.kind = stringField(object, QStringLiteral("kind"), true);
        event.entity = stringField(object, QStringLiteral("entity"), true);
        event.severity = stringField(object, QStringLiteral("severity"), false, QStringLiteral("info"));
        if (!isKnownSeverity(event.severity))
            failField(QStringLiteral("severity"), Messages::tr("info, warning, error or critical"),
                object.value(QLatin1String("severity")));
        event.entityKind = stringField(object, QStringLiteral("entity_kind"), false, QStringLiteral("host"));
        if (!entityKinds().contains(event.entityKind))
            failField(QStringLiteral("entity_kind"), entityKinds().join(QStringLiteral(", ")),
                object.value(QLatin1String("entity_kind")));
        event.title = stringField(object, QStringLiteral("title"), false);
        event.source = stringField(object, QStringLiteral("source"), false, m_source);
        event.payload = QByteArrayLiteral("{}");
        if (object.contains(QLatin1String("payload"))) {
            const QJsonValue payload = object.value(QLatin1String("payload"));
            if (!payload.isObject())
                failField(QStringLiteral("payload"), Messages::tr("an object"), payload);
            event.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        }
        m_sink.event(event);
    }

    const ParseInput &m_input;
    IngestSink &m_sink;
    QString m_source;
    size_t m_lineStart = 0;
    std::string_view m_line;
};

} // namespace

void parseJsonlEvents(const ParseInput &input, IngestSink &sink)
{
    JsonlParser(input, sink).run();
}

} // namespace Opsight::Core
