// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <string>
#include <vector>

namespace Opsight::Core {

// The loghub benchmark's measures of a log parser against labelled lines.
struct GroupingScore
{
    qint64 lines = 0;
    qint64 predictedGroups = 0;
    qint64 trueGroups = 0;
    // A line counts when the set of lines sharing its predicted template equals
    // the set of lines sharing its true event id (Zhu et al., ICSE-SEIP 2019).
    double groupingAccuracy = 0;
    // A line counts when its template text equals the true template exactly.
    double parsingAccuracy = 0;
};

// All four vectors have one entry per line, in the same order.
GroupingScore scoreGrouping(const std::vector<std::string> &predictedIds, const std::vector<std::string> &trueIds,
                            const std::vector<std::string> &predictedTemplates,
                            const std::vector<std::string> &trueTemplates);

} // namespace Opsight::Core
