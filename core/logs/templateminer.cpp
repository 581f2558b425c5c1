// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateminer.h"

#include <algorithm>
#include <unordered_map>

namespace Opsight::Core {

namespace {

using TokenId = quint32;
constexpr TokenId kWildcard = 0;
constexpr quint64 kHashPrime = 1000003ULL;

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Characters of an identifier-like run inside a token; a run that holds a digit is
// a variable (ids, numbers, addresses, paths with numbers, host names like node-17).
bool isRunChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '.' || c == '-'
        || c == ':' || c == '/' || c == '@' || c == '+';
}

struct Cluster
{
    std::vector<TokenId> tokens;
    size_t version = 0;  // index into versions
    size_t constants = 0; // constant tokens, kept for the glob match
};

} // namespace

struct TemplateMiner::Private
{
    explicit Private(MinerSettings s)
        : settings(s)
    {
        tokenText.emplace_back("<*>");
    }

    TokenId intern(std::string_view text)
    {
        const auto it = tokenIds.find(text);
        if (it != tokenIds.end())
            return it->second;
        const TokenId id = TokenId(tokenText.size());
        tokenText.emplace_back(text);
        tokenIds.emplace(tokenText.back(), id);
        return id;
    }

    // Splits on blanks and masks variables: each identifier-like run holding a digit
    // becomes `<*>`, the punctuation around it stays: `(uid=0)` -> `(uid=<*>)`. A
    // token that is nothing but such runs is a plain wildcard.
    void tokenize(std::string_view content)
    {
        ids.clear();
        raw.clear();
        masked.clear();
        size_t i = 0;
        while (i < content.size()) {
            while (i < content.size() && (content[i] == ' ' || content[i] == '\t'))
                ++i;
            const size_t start = i;
            bool digit = false;
            while (i < content.size() && content[i] != ' ' && content[i] != '\t')
                digit |= isDigit(content[i++]);
            if (i == start)
                break;
            const std::string_view token = content.substr(start, i - start);
            raw.push_back(token);
            masked.push_back(digit);
            if (!digit) {
                ids.push_back(intern(token));
                continue;
            }
            buffer.clear();
            bool kept = false;
            for (size_t j = 0; j < token.size();) {
                if (!isRunChar(token[j])) {
                    buffer += token[j++];
                    kept = true;
                    continue;
                }
                size_t end = j;
                bool hasDigit = false;
                while (end < token.size() && isRunChar(token[end]))
                    hasDigit |= isDigit(token[end++]);
                if (hasDigit) {
                    buffer += "<*>";
                } else {
                    buffer.append(token.substr(j, end - j));
                    kept = true;
                }
                j = end;
            }
            ids.push_back(kept ? intern(buffer) : kWildcard);
        }
    }

    // The first tokens below the length layer; past maxChildren distinct tokens
    // at a level, further ones share the wildcard child (Drain's maxChild).
    quint64 prefixKey()
    {
        const size_t n = std::min<size_t>(size_t(settings.prefixTokens), ids.size());
        quint64 node = ids.size(), path = 0;
        for (size_t i = 0; i < n; ++i) {
            TokenId token = ids[i];
            auto &children = nodeChildren[node];
            if (token != kWildcard && !std::binary_search(children.begin(), children.end(), token)) {
                if (int(children.size()) >= settings.maxChildren)
                    token = kWildcard;
                else
                    children.insert(std::upper_bound(children.begin(), children.end(), token), token);
            }
            node = node * kHashPrime + token;
            path = path * kHashPrime + token + 1;
        }
        return path;
    }

    // Does the line match the template when every run of wildcards may stand for
    // one or more tokens? Constants must match in order. Fills `absorbed` (line
    // positions that fall on wildcards) when it does.
    bool globMatch(const std::vector<TokenId> &pattern, std::vector<bool> *absorbed) const
    {
        const size_t m = pattern.size(), n = ids.size();
        // reach[i][j]: pattern[i..] matches line[j..]. Lines are short; this runs
        // only for lines that would otherwise start a new template.
        std::vector<char> reach((m + 1) * (n + 1), 0);
        auto at = [&](size_t i, size_t j) -> char & { return reach[i * (n + 1) + j]; };
        at(m, n) = 1;
        for (size_t i = m; i-- > 0;) {
            for (size_t j = n + 1; j-- > 0;) {
                if (pattern[i] != kWildcard) {
                    at(i, j) = j < n && ids[j] == pattern[i] && at(i + 1, j + 1);
                } else if (i + 1 < m && pattern[i + 1] == kWildcard) {
                    at(i, j) = at(i + 1, j); // inside a run: the run's last wildcard decides
                } else {
                    // The last wildcard of a run takes one token, then optionally more.
                    at(i, j) = j < n && (at(i + 1, j + 1) || at(i, j + 1));
                }
            }
        }
        if (!at(0, 0))
            return false;
        if (absorbed) {
            absorbed->assign(n, false);
            size_t i = 0, j = 0;
            while (i < m) {
                if (pattern[i] != kWildcard) {
                    ++i, ++j;
                } else if (i + 1 < m && pattern[i + 1] == kWildcard) {
                    ++i;
                } else {
                    (*absorbed)[j] = true;
                    if (at(i + 1, j + 1))
                        ++i;
                    ++j;
                }
            }
        }
        return true;
    }

    static size_t collapsedLength(const std::vector<TokenId> &tokens)
    {
        size_t length = 0;
        for (size_t i = 0; i < tokens.size(); ++i)
            length += tokens[i] != kWildcard || i == 0 || tokens[i - 1] != kWildcard;
        return length;
    }

    size_t newCluster(quint64 leafKey, quint64 pathKey)
    {
        Cluster cluster{ids, versions.size(), 0};
        cluster.constants = size_t(std::count_if(ids.begin(), ids.end(), [](TokenId t) { return t != kWildcard; }));
        const size_t index = clusters.size();
        versions.push_back({TemplateId(versions.size() + 1), text(ids), 0, 0});
        clusterOfVersion.push_back(index);
        clusters.push_back(std::move(cluster));
        leaves[leafKey].push_back(index);
        byPrefix[pathKey].push_back(index);
        return index;
    }

    void collectParameters(const Cluster &cluster, std::vector<std::string> &out)
    {
        out.clear();
        if (cluster.tokens.size() == ids.size()) {
            for (size_t i = 0; i < ids.size(); ++i)
                if (cluster.tokens[i] == kWildcard || masked[i])
                    out.emplace_back(raw[i]);
            return;
        }
        std::vector<bool> absorbed;
        if (!globMatch(cluster.tokens, &absorbed))
            return;
        // Tokens absorbed by one wildcard run form one parameter.
        for (size_t i = 0; i < ids.size(); ++i) {
            if (absorbed[i] && i > 0 && absorbed[i - 1] && !out.empty()) {
                out.back() += ' ';
                out.back() += raw[i];
            } else if (absorbed[i] || masked[i]) {
                out.emplace_back(raw[i]);
            }
        }
    }

    std::string text(const std::vector<TokenId> &tokens) const
    {
        std::string out;
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (i)
                out += ' ';
            out += tokenText[tokens[i]];
        }
        return out;
    }

    MinerSettings settings;
    std::vector<std::string> tokenText;
    std::unordered_map<std::string, TokenId, StringHash, std::equal_to<>> tokenIds;
    std::unordered_map<quint64, std::vector<TokenId>> nodeChildren;
    std::unordered_map<quint64, std::vector<size_t>> leaves;   // (length, prefix) -> clusters
    std::unordered_map<quint64, std::vector<size_t>> byPrefix; // prefix, any length -> clusters
    std::vector<Cluster> clusters;
    std::vector<LogTemplate> versions; // index = id - 1
    std::vector<size_t> clusterOfVersion;
    // Scratch of the line being mined.
    std::string buffer;
    std::vector<TokenId> ids;
    std::vector<std::string_view> raw;
    std::vector<bool> masked;
};

TemplateMiner::TemplateMiner(MinerSettings settings)
    : d(std::make_unique<Private>(settings))
{
}

TemplateMiner::~TemplateMiner() = default;
TemplateMiner::TemplateMiner(TemplateMiner &&) noexcept = default;
TemplateMiner &TemplateMiner::operator=(TemplateMiner &&) noexcept = default;

MatchResult TemplateMiner::add(std::string_view content, std::vector<std::string> *parameters)
{
    d->tokenize(content);
    const quint64 pathKey = d->prefixKey();
    const quint64 leafKey = pathKey * kHashPrime + d->ids.size();
    const size_t n = d->ids.size();

    // 1. Same length and prefix: the template whose constants the line shares most
    //    (share of the template's constants, so a template that generalised keeps
    //    attracting its lines); ties to the more specific, then the older.
    size_t best = SIZE_MAX;
    double bestSimilarity = -1;
    size_t bestConstants = 0;
    if (const auto leaf = d->leaves.find(leafKey); leaf != d->leaves.end()) {
        for (size_t c : leaf->second) {
            const Cluster &cluster = d->clusters[c];
            size_t equal = 0;
            for (size_t i = 0; i < n; ++i)
                equal += cluster.tokens[i] != kWildcard && cluster.tokens[i] == d->ids[i];
            const double similarity = cluster.constants ? double(equal) / double(cluster.constants) : 1.0;
            if (similarity > bestSimilarity || (similarity == bestSimilarity && cluster.constants > bestConstants)) {
                best = c;
                bestSimilarity = similarity;
                bestConstants = cluster.constants;
            }
        }
    }

    MatchResult result;
    if (best != SIZE_MAX && bestSimilarity >= d->settings.similarity) {
        Cluster &cluster = d->clusters[best];
        bool changed = false;
        for (size_t i = 0; i < n; ++i) {
            if (cluster.tokens[i] != kWildcard && cluster.tokens[i] != d->ids[i]) {
                cluster.tokens[i] = kWildcard;
                --cluster.constants;
                changed = true;
            }
        }
        if (changed) {
            // A new version with a new id; the old one points to it (lineage).
            const TemplateId previous = d->versions[cluster.version].id;
            const TemplateId next = TemplateId(d->versions.size() + 1);
            d->versions[cluster.version].successor = next;
            cluster.version = d->versions.size();
            d->versions.push_back({next, d->text(cluster.tokens), 0, 0});
            d->clusterOfVersion.push_back(best);
            result.generalisedFrom = previous;
        }
    } else {
        // 2. A template of another length whose wildcard runs absorb the difference
        //    (a parameter of several words: a name with spaces, a list).
        best = SIZE_MAX;
        if (const auto family = d->byPrefix.find(pathKey); family != d->byPrefix.end()) {
            for (size_t c : family->second) {
                const Cluster &cluster = d->clusters[c];
                // Bounded: a short template ending in a wildcard must not swallow
                // whole sentences of another event.
                const size_t m = cluster.tokens.size();
                const size_t difference = m > n ? m - n : n - m;
                if (difference == 0 || difference > std::max<size_t>(4, m) || cluster.constants < 2
                    || 2 * cluster.constants < Private::collapsedLength(cluster.tokens))
                    continue;
                if ((best == SIZE_MAX || cluster.constants > d->clusters[best].constants)
                    && d->globMatch(cluster.tokens, nullptr))
                    best = c;
            }
        }
        // 3. Otherwise a new template.
        if (best == SIZE_MAX) {
            best = d->newCluster(leafKey, pathKey);
            result.created = true;
        }
    }
    const Cluster &cluster = d->clusters[best];
    LogTemplate &version = d->versions[cluster.version];
    ++version.count;
    result.id = version.id;
    if (parameters)
        d->collectParameters(cluster, *parameters);
    return result;
}

std::vector<std::string> TemplateMiner::parameters(TemplateId id, std::string_view content)
{
    d->tokenize(content);
    std::vector<std::string> out;
    d->collectParameters(d->clusters[d->clusterOfVersion.at(size_t(id - 1))], out);
    return out;
}

const LogTemplate &TemplateMiner::templateOf(TemplateId id) const
{
    return d->versions.at(size_t(id - 1));
}

TemplateId TemplateMiner::currentId(TemplateId id) const
{
    while (d->versions.at(size_t(id - 1)).successor)
        id = d->versions[size_t(id - 1)].successor;
    return id;
}

std::vector<LogTemplate> TemplateMiner::templates() const
{
    return d->versions;
}

size_t TemplateMiner::templateCount() const
{
    return d->clusters.size();
}

} // namespace Opsight::Core
