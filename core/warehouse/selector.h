// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace Opsight::Core {

// A Prometheus series selector: `name{label="v", l2!="w", l3=~"re", l4!~"re"}`,
// `{__name__=~"node_.*"}`, or a bare metric name. Regexes are anchored, as in
// PromQL. An empty selector matches every series.
class Selector final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::Selector)
public:
    enum class Op { Equal, NotEqual, Match, NotMatch };
    struct Matcher
    {
        std::string label; // "__name__" for the metric name
        Op op = Op::Equal;
        std::string value;
        QRegularExpression regex;
    };

    // Throws Error with the column of the problem ("selector:1:7: expected ...").
    static Selector parse(const QString &text);

    bool matches(const SeriesKey &key) const;
    // The metric name when the selector pins it with `name` or `__name__="name"`,
    // letting the warehouse use its index.
    std::optional<std::string> metricName() const;
    const std::vector<Matcher> &matchers() const { return m_matchers; }
    bool isEmpty() const { return m_matchers.empty(); }

private:
    std::vector<Matcher> m_matchers;
};

} // namespace Opsight::Core
