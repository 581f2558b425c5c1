// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warehouse/types.h"

#include <QString>
#include <string_view>

// Lexing shared by the text importers: metric and label names, label sets with
// Prometheus escapes, numbers as Prometheus spells them. Nothing here allocates
// on success except the label strings themselves.
namespace Opsight::Core::Lex {

// Where a lexer gave up, relative to the text it was given.
struct Failure
{
    size_t pos = 0;
    QString expected;
};

inline bool isMetricNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
inline bool isMetricNameChar(char c)
{
    return isMetricNameStart(c) || (c >= '0' && c <= '9');
}
inline bool isLabelNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool isLabelNameChar(char c)
{
    return isLabelNameStart(c) || (c >= '0' && c <= '9');
}
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Length of the metric name at the start of `text` (0: none).
size_t metricNameLength(std::string_view text);
bool isValidMetricName(std::string_view name);

// Parses `{a="x",b="y"}` starting at text[pos] == '{'; leaves pos after '}'.
// Labels come back sorted; empty values are dropped as Prometheus does.
bool parseBracedLabels(std::string_view text, size_t &pos, Labels &labels, Failure &failure);
// Parses a whole cell: `a="x",b="y"`, the same in braces, or nothing.
bool parseLabelCell(std::string_view text, Labels &labels, Failure &failure);
// Parses a whole series notation: `name` or `name{a="x"}`.
bool parseSeriesNotation(std::string_view text, SeriesKey &key, Failure &failure);

// A sample value: decimal or exponent notation, NaN, +Inf, -Inf, Inf (any case),
// an optional leading '+'. The whole token must be consumed.
bool parseValue(std::string_view token, double &value);

// Seconds (with optional fraction or exponent) to milliseconds, rounding to the
// nearest millisecond. Exact for plain decimals.
bool parseSecondsToMillis(std::string_view token, Timestamp &millis);

// Shortest text that reads back to the same double; NaN, +Inf, -Inf spelled as
// OpenMetrics does. Appends to `out`.
void appendValue(std::string &out, double value);
// Seconds since the epoch with a millisecond fraction only when needed.
void appendSeconds(std::string &out, Timestamp millis);
// `a="x",b="y"` with `\\`, `\"` and `\n` escaped.
void appendLabels(std::string &out, const Labels &labels);

} // namespace Opsight::Core::Lex
