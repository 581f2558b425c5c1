// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupingscore.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace Opsight::Core {

GroupingScore scoreGrouping(const std::vector<std::string> &predictedIds, const std::vector<std::string> &trueIds,
                            const std::vector<std::string> &predictedTemplates,
                            const std::vector<std::string> &trueTemplates)
{
    GroupingScore score;
    const size_t n = std::min(predictedIds.size(), trueIds.size());
    score.lines = qint64(n);
    if (n == 0)
        return score;
    std::unordered_map<std::string, std::vector<size_t>> predicted;
    std::unordered_map<std::string, size_t> trueSizes;
    for (size_t i = 0; i < n; ++i) {
        predicted[predictedIds[i]].push_back(i);
        ++trueSizes[trueIds[i]];
    }
    score.predictedGroups = qint64(predicted.size());
    score.trueGroups = qint64(trueSizes.size());
    // A predicted group is right when all its lines share one true id and that id
    // has no lines elsewhere.
    qint64 correct = 0;
    for (const auto &[id, members] : predicted) {
        const std::string &truth = trueIds[members.front()];
        bool pure = true;
        for (size_t i : members)
            pure = pure && trueIds[i] == truth;
        if (pure && trueSizes[truth] == members.size())
            correct += qint64(members.size());
    }
    score.groupingAccuracy = double(correct) / double(n);
    qint64 exact = 0;
    const size_t m = std::min({n, predictedTemplates.size(), trueTemplates.size()});
    for (size_t i = 0; i < m; ++i)
        exact += predictedTemplates[i] == trueTemplates[i];
    score.parsingAccuracy = double(exact) / double(n);
    return score;
}

} // namespace Opsight::Core
