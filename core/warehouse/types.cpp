// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <QCoreApplication>

#include <algorithm>

namespace Opsight::Core {

namespace {
void appendEscaped(std::string &out, const std::string &value)
{
    for (const char c : value) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
}
} // namespace

std::string quotedLabelValue(const std::string &value)
{
    std::string out = "\"";
    appendEscaped(out, value);
    return out + '"';
}

void SeriesKey::sortLabels()
{
    std::sort(labels.begin(), labels.end());
}

std::string SeriesKey::canonicalLabels() const
{
    std::string out;
    for (const auto &[name, value] : labels) {
        if (!out.empty())
            out += ',';
        out += name;
        out += "=\"";
        appendEscaped(out, value);
        out += '"';
    }
    return out;
}

std::string SeriesKey::canonical() const
{
    if (labels.empty())
        return metric;
    return metric + '{' + canonicalLabels() + '}';
}

const std::string *SeriesKey::label(std::string_view name) const
{
    for (const auto &[n, v] : labels)
        if (n == name)
            return &v;
    return nullptr;
}

std::string SeriesKey::hostName() const
{
    if (const std::string *host = label("host"))
        return *host;
    if (const std::string *instance = label("instance")) {
        // "10.0.0.1:9100" -> "10.0.0.1"; keep bracketed IPv6 intact.
        const size_t colon = instance->rfind(':');
        if (colon != std::string::npos && instance->find(']') == std::string::npos
            && instance->find(':') == colon)
            return instance->substr(0, colon);
        return *instance;
    }
    return {};
}

std::optional<Labels> SeriesKey::parseLabels(std::string_view text)
{
    Labels labels;
    size_t i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        const size_t nameStart = i;
        while (i < text.size() && text[i] != '=' && text[i] != ' ')
            ++i;
        std::string name(text.substr(nameStart, i - nameStart));
        skipSpace();
        if (name.empty() || i >= text.size() || text[i] != '=')
            return std::nullopt;
        ++i;
        skipSpace();
        if (i >= text.size() || text[i] != '"')
            return std::nullopt;
        ++i;
        std::string value;
        while (i < text.size() && text[i] != '"') {
            char c = text[i++];
            if (c == '\\' && i < text.size()) {
                c = text[i++];
                if (c == 'n')
                    c = '\n';
            }
            value += c;
        }
        if (i >= text.size())
            return std::nullopt;
        ++i; // closing quote
        labels.emplace_back(std::move(name), std::move(value));
        skipSpace();
        if (i < text.size()) {
            if (text[i] != ',')
                return std::nullopt;
            ++i;
        }
    }
    std::sort(labels.begin(), labels.end());
    return labels;
}

std::optional<SeriesKey> SeriesKey::fromCanonical(std::string_view text)
{
    SeriesKey key;
    const size_t brace = text.find('{');
    key.metric = std::string(text.substr(0, brace));
    if (key.metric.empty())
        return std::nullopt;
    if (brace == std::string_view::npos)
        return key;
    if (text.back() != '}')
        return std::nullopt;
    auto labels = parseLabels(text.substr(brace + 1, text.size() - brace - 2));
    if (!labels)
        return std::nullopt;
    key.labels = std::move(*labels);
    return key;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

bool isKnownSeverity(const QString &name)
{
    return name == QLatin1String("info") || name == QLatin1String("warning") || name == QLatin1String("error")
        || name == QLatin1String("critical");
}

int severityRank(const QString &name)
{
    return name == QLatin1String("critical") ? 3
        : name == QLatin1String("error")     ? 2
        : name == QLatin1String("warning")   ? 1
                                             : 0;
}

} // namespace Opsight::Core
