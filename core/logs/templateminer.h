// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Opsight::Core {

using TemplateId = qint64;

struct MinerSettings
{
    // Share of a template's constant tokens that a line must equal to join it.
    double similarity = 0.7;
    // Tokens of the prefix tree below the length layer (Drain's depth - 2).
    int prefixTokens = 2;
    // Children per tree node before further distinct tokens share a wildcard child.
    int maxChildren = 100;
};

struct LogTemplate
{
    TemplateId id = 0;
    std::string text;         // tokens joined by spaces, `<*>` for variables
    qint64 count = 0;         // lines assigned while this was the current version
    TemplateId successor = 0; // the next version, when this one generalised or was merged
    TemplateId family = 0;    // the first version's id: stable across generalisation,
                              // so counts per family make series without gaps
    TemplateId parent = 0;    // the template an operator split this one from
    bool pinned = false;      // an operator split: its position stays constant
};

// Signs that a source yields more templates than it has events: a variable the
// masking does not catch, or free-text messages (Elastic's "category explosion").
struct ExplosionStatus
{
    qint64 lines = 0;
    qint64 templates = 0;        // current versions
    qint64 singletons = 0;       // current templates seen on one line only
    qint64 recentLines = 0;      // lines in the recent window
    qint64 recentNewTemplates = 0;
    bool exploding = false;
};

struct MatchResult
{
    TemplateId id = 0;       // the current template of the line
    bool created = false;    // a template never seen before
    TemplateId generalisedFrom = 0; // the previous version, when this line generalised it
};

// Online, deterministic log template miner (a Drain-style fixed-depth prefix tree
// over masked tokens). One pass, line by line: the same lines in the same order
// always give the same templates and ids.
//
// Masking: a token holding a digit is a variable; in `key=value` and `key:value`
// tokens only the value is. When a line generalises a template (a constant
// position becomes `<*>`), the template gets a new id and the old one records its
// successor: ids are never silently reused for different text.
class TemplateMiner final
{
public:
    explicit TemplateMiner(MinerSettings settings = {});
    ~TemplateMiner();
    TemplateMiner(TemplateMiner &&) noexcept;
    TemplateMiner &operator=(TemplateMiner &&) noexcept;

    // Mines one message (the Content field). `parameters`, when given, receives
    // the text of the line at each `<*>` of its template.
    MatchResult add(std::string_view content, std::vector<std::string> *parameters = nullptr);

    // The parameters of `content` against the current version of template `id`.
    std::vector<std::string> parameters(TemplateId id, std::string_view content);

    // Operator controls. pinSplit: the miner merged lines that differ at `position`
    // of template `id` (e.g. "VM Started" and "VM Paused" into "VM <*>"); from now
    // on each value there gets its own template (pinned, parent = id). merge: lines
    // of `from` count as `into` from now on (from's successor becomes into).
    // Both return false for an unknown id or position.
    bool pinSplit(TemplateId id, size_t position);
    bool merge(TemplateId from, TemplateId into);

    ExplosionStatus explosionStatus() const;

    // The whole state (tokens, tree, versions, lineage) as JSON, so a miner
    // restarted from it continues exactly as if it had never stopped.
    QByteArray saveState() const;
    // Throws Error when the state is not one saveState() wrote.
    static TemplateMiner loadState(const QByteArray &state);

    const LogTemplate &templateOf(TemplateId id) const;
    // Follows successors to the current version.
    TemplateId currentId(TemplateId id) const;
    std::vector<LogTemplate> templates() const; // every version, by id
    size_t templateCount() const;               // current versions only

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Opsight::Core
