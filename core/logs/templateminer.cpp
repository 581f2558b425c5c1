// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateminer.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

constexpr size_t kNone = SIZE_MAX;

struct Cluster
{
    std::vector<TokenId> tokens;
    size_t version = 0;   // index into versions
    size_t constants = 0; // constant tokens, kept for the glob match
    qint64 lines = 0;     // over all versions
    qint64 createdAt = 0; // line number that created it
    // Operator controls: a pinned split routes lines by the token at splitPosition
    // to per-value children; a merged cluster hands its lines to `redirect`.
    size_t splitPosition = kNone;
    std::unordered_map<TokenId, size_t> splitChildren;
    size_t redirect = kNone;
};

constexpr qint64 kRecentWindow = 10000;

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

    // A cluster outside the tree when `indexed` is false (split children are
    // reached through their parent only).
    size_t newCluster(std::vector<TokenId> tokens, quint64 leafKey, quint64 pathKey, bool indexed,
                      TemplateId parent = 0)
    {
        Cluster cluster;
        cluster.tokens = std::move(tokens);
        cluster.version = versions.size();
        cluster.constants = size_t(std::count_if(cluster.tokens.begin(), cluster.tokens.end(),
                                                 [](TokenId t) { return t != kWildcard; }));
        cluster.createdAt = lines;
        const size_t index = clusters.size();
        const TemplateId id = TemplateId(versions.size() + 1);
        versions.push_back({id, text(cluster.tokens), 0, 0, id, parent, parent != 0});
        clusterOfVersion.push_back(index);
        clusters.push_back(std::move(cluster));
        if (indexed) {
            leaves[leafKey].push_back(index);
            byPrefix[pathKey].push_back(index);
        }
        return index;
    }

    // A new version of the cluster's template (new id; the old one links to it).
    TemplateId newVersion(size_t index)
    {
        Cluster &cluster = clusters[index];
        LogTemplate &old = versions[cluster.version];
        const TemplateId next = TemplateId(versions.size() + 1);
        old.successor = next;
        const LogTemplate previous = old;
        cluster.version = versions.size();
        versions.push_back({next, text(cluster.tokens), 0, 0, previous.family, previous.parent, previous.pinned});
        clusterOfVersion.push_back(index);
        return previous.id;
    }

    // Makes every position where the line differs a wildcard; returns the id of the
    // version it replaced, or 0 when nothing changed.
    TemplateId generalise(size_t index)
    {
        Cluster &cluster = clusters[index];
        if (cluster.tokens.size() != ids.size())
            return 0;
        bool changed = false;
        for (size_t i = 0; i < ids.size(); ++i) {
            if (i != cluster.splitPosition && cluster.tokens[i] != kWildcard && cluster.tokens[i] != ids[i]) {
                cluster.tokens[i] = kWildcard;
                --cluster.constants;
                changed = true;
            }
        }
        return changed ? newVersion(index) : 0;
    }

    // Follows merges, then pinned splits (creating the child for a new value).
    size_t route(size_t index, bool &created, bool &redirected)
    {
        redirected = clusters[index].redirect != kNone;
        for (int hops = 0; clusters[index].redirect != kNone && hops < 64; ++hops)
            index = clusters[index].redirect;
        Cluster &cluster = clusters[index];
        if (cluster.splitPosition == kNone)
            return index;
        const TokenId value = cluster.splitPosition < ids.size() ? ids[cluster.splitPosition] : kWildcard;
        if (const auto child = cluster.splitChildren.find(value); child != cluster.splitChildren.end())
            return child->second;
        std::vector<TokenId> tokens = cluster.tokens;
        if (cluster.splitPosition < tokens.size())
            tokens[cluster.splitPosition] = value;
        const TemplateId parent = versions[cluster.version].id;
        const size_t child = newCluster(std::move(tokens), 0, 0, false, parent);
        clusters[child].splitPosition = kNone;
        clusters[index].splitChildren.emplace(value, child); // `cluster` may dangle after newCluster
        created = true;
        return child;
    }

    // The parameters of a token the template keeps with its masked runs
    // (`(uid=<*>)`): the runs, not the punctuation around them.
    static void maskedRuns(std::string_view token, std::vector<std::string> &out)
    {
        for (size_t j = 0; j < token.size();) {
            if (!isRunChar(token[j])) {
                ++j;
                continue;
            }
            size_t end = j;
            bool hasDigit = false;
            while (end < token.size() && isRunChar(token[end]))
                hasDigit |= isDigit(token[end++]);
            if (hasDigit)
                out.emplace_back(token.substr(j, end - j));
            j = end;
        }
    }

    void collectParameters(const Cluster &cluster, std::vector<std::string> &out)
    {
        out.clear();
        if (cluster.tokens.size() == ids.size()) {
            for (size_t i = 0; i < ids.size(); ++i) {
                if (cluster.tokens[i] == kWildcard)
                    out.emplace_back(raw[i]); // the whole token varies
                else if (masked[i])
                    maskedRuns(raw[i], out);
            }
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
            } else if (absorbed[i]) {
                out.emplace_back(raw[i]);
            } else if (masked[i]) {
                maskedRuns(raw[i], out);
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
    // Where lines masked exactly alike went, while no template has changed since
    // (`versions` then still has the same size): most lines repeat a masked form
    // seen before, and the search over their leaf would find the same template.
    struct KnownLine
    {
        std::vector<TokenId> ids;
        size_t cluster = 0;
        size_t versions = 0;
    };
    std::unordered_map<quint64, KnownLine> knownLines;
    static constexpr size_t kKnownLines = 1 << 16;

    quint64 idsHash() const
    {
        quint64 h = ids.size();
        for (const TokenId id : ids)
            h = (h ^ quint64(id)) * 0x100000001b3ULL;
        return h;
    }
    std::vector<Cluster> clusters;
    std::vector<LogTemplate> versions; // index = id - 1
    std::vector<size_t> clusterOfVersion;
    qint64 lines = 0;
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
    ++d->lines;
    const quint64 pathKey = d->prefixKey();
    const quint64 leafKey = pathKey * kHashPrime + d->ids.size();
    const size_t n = d->ids.size();

    // 1. Same length and prefix: the template whose constants the line shares most
    //    (share of the template's constants, so a template that generalised keeps
    //    attracting its lines); ties to the more specific, then the older.
    size_t best = kNone;
    double bestSimilarity = -1;
    size_t bestConstants = 0;
    const size_t versionsBefore = d->versions.size();
    const quint64 lineHash = d->idsHash();
    bool known = false;
    if (const auto it = d->knownLines.find(lineHash);
        it != d->knownLines.end() && it->second.versions == versionsBefore && it->second.ids == d->ids) {
        best = it->second.cluster;
        bestSimilarity = 1; // skips the search below: the same state gives the same answer
        known = true;
    } else if (const auto leaf = d->leaves.find(leafKey); leaf != d->leaves.end()) {
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
    if (best == kNone || bestSimilarity < d->settings.similarity) {
        // 2. A template of another length whose wildcard runs absorb the difference
        //    (a parameter of several words: a name with spaces, a list).
        best = kNone;
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
                if ((best == kNone || cluster.constants > d->clusters[best].constants)
                    && d->globMatch(cluster.tokens, nullptr))
                    best = c;
            }
        }
        // 3. Otherwise a new template.
        if (best == kNone) {
            best = d->newCluster(d->ids, leafKey, pathKey, true);
            result.created = true;
        }
    }
    if (!known && !result.created && d->versions.size() == versionsBefore) {
        if (d->knownLines.size() >= Private::kKnownLines)
            d->knownLines.clear();
        d->knownLines.insert_or_assign(lineHash, Private::KnownLine{d->ids, best, versionsBefore});
    }
    // Operator controls come before generalisation: a merged template no longer
    // changes, and a pinned split keeps its value.
    bool redirected = false;
    const size_t target = d->route(best, result.created, redirected);
    if (!result.created && !redirected) // a merged-away template's lines don't reshape the target
        result.generalisedFrom = d->generalise(target);

    Cluster &cluster = d->clusters[target];
    ++cluster.lines;
    LogTemplate &version = d->versions[cluster.version];
    ++version.count;
    result.id = version.id;
    if (parameters)
        d->collectParameters(cluster, *parameters);
    return result;
}

bool TemplateMiner::pinSplit(TemplateId id, size_t position)
{
    if (id < 1 || size_t(id) > d->versions.size())
        return false;
    const size_t index = d->clusterOfVersion[size_t(id - 1)];
    Cluster &cluster = d->clusters[index];
    if (position >= cluster.tokens.size() || cluster.tokens[position] != kWildcard || cluster.redirect != kNone)
        return false;
    cluster.splitPosition = position;
    return true;
}

bool TemplateMiner::merge(TemplateId from, TemplateId into)
{
    if (from < 1 || into < 1 || size_t(from) > d->versions.size() || size_t(into) > d->versions.size())
        return false;
    size_t source = d->clusterOfVersion[size_t(from - 1)];
    size_t target = d->clusterOfVersion[size_t(into - 1)];
    while (d->clusters[target].redirect != kNone)
        target = d->clusters[target].redirect;
    if (source == target)
        return false;
    d->clusters[source].redirect = target;
    d->versions[d->clusters[source].version].successor = d->versions[d->clusters[target].version].id;
    return true;
}

ExplosionStatus TemplateMiner::explosionStatus() const
{
    ExplosionStatus status;
    status.lines = d->lines;
    status.recentLines = std::min(d->lines, kRecentWindow);
    for (const Cluster &cluster : d->clusters) {
        if (cluster.redirect != kNone || cluster.splitPosition != kNone)
            continue;
        ++status.templates;
        status.singletons += cluster.lines == 1;
        status.recentNewTemplates += cluster.createdAt > d->lines - kRecentWindow;
    }
    // Real event vocabularies are a few hundred templates that recur; free text
    // makes most templates singletons and keeps creating new ones.
    status.exploding = status.lines >= 1000 && status.templates >= 200
        && (2 * status.singletons > status.templates || 20 * status.recentNewTemplates > status.recentLines);
    return status;
}

std::vector<std::string> TemplateMiner::parameters(TemplateId id, std::string_view content)
{
    d->tokenize(content);
    std::vector<std::string> out;
    d->collectParameters(d->clusters[d->clusterOfVersion.at(size_t(id - 1))], out);
    return out;
}

namespace {

// 64-bit keys travel as strings: JSON numbers are doubles.
QJsonValue key(quint64 k)
{
    return QString::number(k);
}
quint64 keyOf(const QJsonValue &v)
{
    return v.toString().toULongLong();
}
QJsonArray indexArray(const std::vector<size_t> &v)
{
    QJsonArray a;
    for (size_t x : v)
        a.append(qint64(x));
    return a;
}

} // namespace

QByteArray TemplateMiner::saveState() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("opsight-template-miner"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("similarity"), d->settings.similarity);
    root.insert(QStringLiteral("prefixTokens"), d->settings.prefixTokens);
    root.insert(QStringLiteral("maxChildren"), d->settings.maxChildren);
    root.insert(QStringLiteral("lines"), d->lines);
    QJsonArray tokens;
    for (const std::string &t : d->tokenText)
        tokens.append(QString::fromStdString(t));
    root.insert(QStringLiteral("tokens"), tokens);
    QJsonArray clusters;
    for (const Cluster &c : d->clusters) {
        QJsonArray ids, children;
        for (TokenId t : c.tokens)
            ids.append(qint64(t));
        for (const auto &[token, child] : c.splitChildren)
            children.append(QJsonArray{qint64(token), qint64(child)});
        clusters.append(QJsonObject{{QStringLiteral("tokens"), ids},
                                    {QStringLiteral("version"), qint64(c.version)},
                                    {QStringLiteral("lines"), c.lines},
                                    {QStringLiteral("createdAt"), c.createdAt},
                                    {QStringLiteral("split"), c.splitPosition == kNone ? -1 : qint64(c.splitPosition)},
                                    {QStringLiteral("children"), children},
                                    {QStringLiteral("redirect"), c.redirect == kNone ? -1 : qint64(c.redirect)}});
    }
    root.insert(QStringLiteral("clusters"), clusters);
    QJsonArray versions;
    for (const LogTemplate &v : d->versions)
        versions.append(QJsonArray{v.id, QString::fromStdString(v.text), v.count, v.successor, v.family, v.parent,
                                   v.pinned});
    root.insert(QStringLiteral("versions"), versions);
    root.insert(QStringLiteral("clusterOfVersion"), indexArray(d->clusterOfVersion));
    auto mapArray = [](const auto &map) {
        QJsonArray a;
        for (const auto &[k, values] : map) {
            QJsonArray list;
            for (auto v : values)
                list.append(qint64(v));
            a.append(QJsonArray{key(k), list});
        }
        return a;
    };
    root.insert(QStringLiteral("nodeChildren"), mapArray(d->nodeChildren));
    root.insert(QStringLiteral("leaves"), mapArray(d->leaves));
    root.insert(QStringLiteral("byPrefix"), mapArray(d->byPrefix));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

TemplateMiner TemplateMiner::loadState(const QByteArray &state)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(state, &error).object();
    if (error.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String("opsight-template-miner")
        || root.value(QStringLiteral("version")).toInt() != 1)
        throw Error(QCoreApplication::translate("Opsight::Core::TemplateMiner",
                                                "The stored log template state is not one this Opsight wrote."));
    MinerSettings settings;
    settings.similarity = root.value(QStringLiteral("similarity")).toDouble(settings.similarity);
    settings.prefixTokens = root.value(QStringLiteral("prefixTokens")).toInt(settings.prefixTokens);
    settings.maxChildren = root.value(QStringLiteral("maxChildren")).toInt(settings.maxChildren);
    TemplateMiner miner(settings);
    Private &p = *miner.d;
    p.lines = root.value(QStringLiteral("lines")).toInteger();
    p.tokenText.clear();
    p.tokenIds.clear();
    for (const QJsonValue &t : root.value(QStringLiteral("tokens")).toArray()) {
        p.tokenText.push_back(t.toString().toStdString());
        if (p.tokenText.size() > 1)
            p.tokenIds.emplace(p.tokenText.back(), TokenId(p.tokenText.size() - 1));
    }
    const qint64 tokenCount = qint64(p.tokenText.size());
    for (const QJsonValue &value : root.value(QStringLiteral("clusters")).toArray()) {
        const QJsonObject o = value.toObject();
        Cluster c;
        for (const QJsonValue &t : o.value(QStringLiteral("tokens")).toArray()) {
            if (t.toInteger() < 0 || t.toInteger() >= tokenCount)
                throw Error(QCoreApplication::translate("Opsight::Core::TemplateMiner",
                                                        "The stored log template state is damaged."));
            c.tokens.push_back(TokenId(t.toInteger()));
        }
        c.constants = size_t(std::count_if(c.tokens.begin(), c.tokens.end(), [](TokenId t) { return t != kWildcard; }));
        c.version = size_t(o.value(QStringLiteral("version")).toInteger());
        c.lines = o.value(QStringLiteral("lines")).toInteger();
        c.createdAt = o.value(QStringLiteral("createdAt")).toInteger();
        const qint64 split = o.value(QStringLiteral("split")).toInteger();
        c.splitPosition = split < 0 ? kNone : size_t(split);
        for (const QJsonValue &child : o.value(QStringLiteral("children")).toArray())
            c.splitChildren.emplace(TokenId(child.toArray().at(0).toInteger()), size_t(child.toArray().at(1).toInteger()));
        const qint64 redirect = o.value(QStringLiteral("redirect")).toInteger();
        c.redirect = redirect < 0 ? kNone : size_t(redirect);
        p.clusters.push_back(std::move(c));
    }
    for (const QJsonValue &value : root.value(QStringLiteral("versions")).toArray()) {
        const QJsonArray v = value.toArray();
        p.versions.push_back({v.at(0).toInteger(), v.at(1).toString().toStdString(), v.at(2).toInteger(),
                              v.at(3).toInteger(), v.at(4).toInteger(), v.at(5).toInteger(), v.at(6).toBool()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("clusterOfVersion")).toArray())
        p.clusterOfVersion.push_back(size_t(v.toInteger()));
    auto readMap = [&root](const QString &name, auto &map) {
        for (const QJsonValue &entry : root.value(name).toArray()) {
            auto &values = map[keyOf(entry.toArray().at(0))];
            for (const QJsonValue &v : entry.toArray().at(1).toArray())
                values.push_back(typename std::decay_t<decltype(values)>::value_type(v.toInteger()));
        }
    };
    readMap(QStringLiteral("nodeChildren"), p.nodeChildren);
    readMap(QStringLiteral("leaves"), p.leaves);
    readMap(QStringLiteral("byPrefix"), p.byPrefix);
    // Every index must point inside what was loaded.
    const bool consistent = p.clusterOfVersion.size() == p.versions.size()
        && std::all_of(p.clusters.begin(), p.clusters.end(), [&](const Cluster &c) {
               return c.version < p.versions.size() && (c.redirect == kNone || c.redirect < p.clusters.size());
           })
        && std::all_of(p.clusterOfVersion.begin(), p.clusterOfVersion.end(),
                       [&](size_t c) { return c < p.clusters.size(); });
    if (!consistent)
        throw Error(QCoreApplication::translate("Opsight::Core::TemplateMiner",
                                                "The stored log template state is damaged."));
    return miner;
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
