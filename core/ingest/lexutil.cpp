// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexutil.h"

#include <QCoreApplication>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace Opsight::Core::Lex {

namespace {

// lupdate reads Messages::tr() calls under this context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::Lex)
};

void skipBlanks(std::string_view text, size_t &pos)
{
    while (pos < text.size() && isBlank(text[pos]))
        ++pos;
}

bool fail(Failure &failure, size_t pos, const QString &expected)
{
    failure.pos = pos;
    failure.expected = expected;
    return false;
}

// One `name="value"` pair at text[pos]; appends unless the value is empty.
bool parsePair(std::string_view text, size_t &pos, Labels &labels, Failure &failure)
{
    const size_t nameStart = pos;
    if (pos >= text.size() || !isLabelNameStart(text[pos]))
        return fail(failure, pos, Messages::tr("a label name"));
    while (pos < text.size() && isLabelNameChar(text[pos]))
        ++pos;
    const std::string_view name = text.substr(nameStart, pos - nameStart);
    if (name == "__name__")
        return fail(failure, nameStart, Messages::tr("a label name other than __name__"));
    for (const auto &[existing, value] : labels)
        if (existing == name)
            return fail(failure, nameStart, Messages::tr("a label name not used before in this series"));
    skipBlanks(text, pos);
    if (pos >= text.size() || text[pos] != '=')
        return fail(failure, pos, Messages::tr("'=' after the label name"));
    ++pos;
    skipBlanks(text, pos);
    if (pos >= text.size() || text[pos] != '"')
        return fail(failure, pos, Messages::tr("a quoted label value"));
    ++pos;
    std::string value;
    for (;;) {
        if (pos >= text.size() || text[pos] == '\n')
            return fail(failure, pos, Messages::tr("'\"' closing the label value"));
        const char c = text[pos];
        if (c == '"')
            break;
        if (c == '\\') {
            const char next = pos + 1 < text.size() ? text[pos + 1] : '\0';
            if (next == '\\' || next == '"')
                value += next;
            else if (next == 'n')
                value += '\n';
            else
                return fail(failure, pos, Messages::tr("an escape \\\\, \\\" or \\n"));
            pos += 2;
            continue;
        }
        value += c;
        ++pos;
    }
    ++pos; // closing quote
    // Empty values stay until the duplicate check is done; dropEmptyAndSort removes them.
    labels.emplace_back(std::string(name), std::move(value));
    return true;
}

void dropEmptyAndSort(Labels &labels)
{
    labels.erase(
        std::remove_if(labels.begin(), labels.end(), [](const auto &l) { return l.second.empty(); }), labels.end());
    std::sort(labels.begin(), labels.end());
}

// Pairs separated by ',' until `close` (or the end of text when close is 0).
bool parsePairs(std::string_view text, size_t &pos, char close, Labels &labels, Failure &failure)
{
    skipBlanks(text, pos);
    const auto atClose = [&] { return close ? pos < text.size() && text[pos] == close : pos >= text.size(); };
    while (!atClose()) {
        if (!parsePair(text, pos, labels, failure))
            return false;
        skipBlanks(text, pos);
        if (atClose())
            break;
        if (pos >= text.size() || text[pos] != ',')
            return fail(failure, pos,
                close == '}' ? Messages::tr("',' or '}' after a label") : Messages::tr("',' after a label"));
        ++pos;
        skipBlanks(text, pos); // a trailing comma before the close is allowed
    }
    dropEmptyAndSort(labels);
    return true;
}

} // namespace

size_t metricNameLength(std::string_view text)
{
    if (text.empty() || !isMetricNameStart(text[0]))
        return 0;
    size_t n = 1;
    while (n < text.size() && isMetricNameChar(text[n]))
        ++n;
    return n;
}

bool isValidMetricName(std::string_view name)
{
    return !name.empty() && metricNameLength(name) == name.size();
}

bool parseBracedLabels(std::string_view text, size_t &pos, Labels &labels, Failure &failure)
{
    if (pos >= text.size() || text[pos] != '{')
        return fail(failure, pos, Messages::tr("'{'"));
    ++pos;
    if (!parsePairs(text, pos, '}', labels, failure))
        return false;
    ++pos; // '}'
    return true;
}

bool parseLabelCell(std::string_view text, Labels &labels, Failure &failure)
{
    size_t pos = 0;
    skipBlanks(text, pos);
    if (pos < text.size() && text[pos] == '{') {
        if (!parseBracedLabels(text, pos, labels, failure))
            return false;
        skipBlanks(text, pos);
        if (pos < text.size())
            return fail(failure, pos, Messages::tr("nothing after '}'"));
        return true;
    }
    return parsePairs(text, pos, 0, labels, failure);
}

bool parseSeriesNotation(std::string_view text, SeriesKey &key, Failure &failure)
{
    size_t pos = 0;
    skipBlanks(text, pos);
    const size_t n = metricNameLength(text.substr(pos));
    if (n == 0)
        return fail(failure, pos, Messages::tr("a metric name"));
    key.metric.assign(text.substr(pos, n));
    pos += n;
    key.labels.clear();
    skipBlanks(text, pos);
    if (pos < text.size() && text[pos] == '{') {
        if (!parseBracedLabels(text, pos, key.labels, failure))
            return false;
        skipBlanks(text, pos);
    }
    if (pos < text.size())
        return fail(failure, pos, Messages::tr("'{' or the end of the series name"));
    return true;
}

bool parseValue(std::string_view token, double &value)
{
    if (token.empty())
        return false;
    const char *begin = token.data();
    const char *end = begin + token.size();
    // from_chars takes no leading '+', Prometheus writes "+Inf".
    if (*begin == '+' && token.size() > 1 && begin[1] != '-' && begin[1] != '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ptr != end)
        return false;
    if (ec == std::errc::result_out_of_range) {
        // Denormal underflow or overflow: take the strtod answer (0 or +-HUGE_VAL).
        value = std::strtod(std::string(begin, end).c_str(), nullptr);
        return true;
    }
    return ec == std::errc();
}

bool parseSecondsToMillis(std::string_view token, Timestamp &millis)
{
    if (token.empty())
        return false;
    const char *p = token.data();
    const char *end = p + token.size();
    const bool negative = *p == '-';
    if (*p == '-' || *p == '+')
        ++p;
    if (token.find_first_of("eE") != std::string_view::npos) {
        double seconds = 0;
        if (!parseValue(token, seconds) || !std::isfinite(seconds) || std::fabs(seconds) > 9.2e15)
            return false;
        millis = Timestamp(std::llround(seconds * 1000.0));
        return true;
    }
    qint64 whole = 0;
    const auto [afterWhole, ec] = std::from_chars(p, end, whole);
    if (ec != std::errc() || whole < 0 || whole > std::numeric_limits<qint64>::max() / 1000 - 1)
        return false;
    qint64 frac = 0;
    const char *q = afterWhole;
    if (q < end && *q == '.') {
        ++q;
        int digits = 0;
        bool roundUp = false;
        const char *fracStart = q;
        while (q < end && *q >= '0' && *q <= '9') {
            if (digits < 3)
                frac = frac * 10 + (*q - '0');
            else if (digits == 3)
                roundUp = *q >= '5';
            ++digits;
            ++q;
        }
        if (q == fracStart && afterWhole == p)
            return false; // "." alone
        for (int d = digits; d < 3; ++d)
            frac *= 10;
        if (roundUp)
            ++frac;
    } else if (afterWhole == p) {
        return false;
    }
    if (q != end)
        return false;
    const qint64 total = whole * 1000 + frac;
    millis = negative ? -total : total;
    return true;
}

void appendValue(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buffer[32];
    const auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_ASSERT(ec == std::errc());
    out.append(buffer, ptr);
}

void appendSeconds(std::string &out, Timestamp millis)
{
    // Sign and magnitude: -1500 ms is "-1.5", not floor division's "-2.500".
    if (millis < 0)
        out += '-';
    const quint64 magnitude = millis < 0 ? quint64(0) - quint64(millis) : quint64(millis);
    char buffer[32];
    auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, magnitude / 1000);
    out.append(buffer, ptr);
    const unsigned ms = unsigned(magnitude % 1000);
    if (ms != 0) {
        char frac[4] = { '.', char('0' + ms / 100), char('0' + ms / 10 % 10), char('0' + ms % 10) };
        int len = 4;
        while (frac[len - 1] == '0')
            --len;
        out.append(frac, size_t(len));
    }
}

void appendLabels(std::string &out, const Labels &labels)
{
    bool first = true;
    for (const auto &[name, value] : labels) {
        if (!first)
            out += ',';
        first = false;
        out += name;
        out += "=\"";
        for (const char c : value) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '"':
                out += "\\\"";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out += c;
            }
        }
        out += '"';
    }
}

} // namespace Opsight::Core::Lex
