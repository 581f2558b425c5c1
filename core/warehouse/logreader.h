// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Opsight::Core {

class Database;

struct LogSourceInfo
{
    qint64 id = 0;
    QString name;
    QString format;
    qint64 lines = 0;
    Timestamp first = 0; // time of its first and last line
    Timestamp last = 0;
};

// One version of a template: the text the miner had for it, and where it went.
struct LogTemplateVersion
{
    qint64 id = 0;          // log_template.id
    QString text;
    Timestamp firstSeen = 0;
    Timestamp lastSeen = 0;
    qint64 lines = 0;       // stored lines mined as this version
    bool pinned = false;    // an operator split
    qint64 successorId = 0; // the version that replaced it (generalised, or merged into)
};

// A template family: the versions that succeeded one another as the miner
// generalised it. Its id is the `template` label of its count series, so it stays
// put while the text evolves.
struct LogTemplateFamily
{
    qint64 family = 0;
    std::vector<LogTemplateVersion> versions; // oldest first; the last is current
    qint64 mergedInto = 0; // the family an operator merged it into, 0: none

    const LogTemplateVersion &current() const { return versions.back(); }
    Timestamp firstSeen() const;
    Timestamp lastSeen() const;
    qint64 lines() const;
    bool pinned() const;
};

struct StoredLogLine
{
    qint64 id = 0;
    QString host;
    Timestamp time = 0;
    qint64 lineNumber = 0;
    QString level;
    QString component;
    QString content;
    QStringList parameters; // the text at each <*> of its template, in order
    qint64 templateId = 0;
};

struct LogLinePage
{
    std::vector<StoredLogLine> lines; // in time order, at most the limit asked for
    qint64 total = 0;                 // how many lines matched
};

// Reads log sources, template families with their lineage, and log lines.
class LogReader final
{
    Q_DECLARE_TR_FUNCTIONS(Opsight::Core::LogReader)
public:
    explicit LogReader(Database &db);

    std::vector<LogSourceInfo> sources(); // by name
    std::optional<LogSourceInfo> source(const QString &name);
    // The source of that name, or the first by name when `name` is empty.
    // Throws Error when there is none, naming the sources there are.
    LogSourceInfo sourceOrFirst(const QString &name);
    std::vector<LogTemplateFamily> families(qint64 sourceId); // by family id
    // The source and family of a stored template version; nullopt when unknown.
    std::optional<std::pair<QString, qint64>> familyOfTemplate(qint64 templateId);
    // The current text of a family of a source; empty when unknown.
    QString familyText(const QString &source, qint64 family);
    // The lines of a family (every version) in [from, to), of one host when given,
    // whose message contains `contains` (case-sensitive) when that is not empty.
    LogLinePage lines(qint64 sourceId, qint64 family, const QString &host, Timestamp from, Timestamp to, int limit,
                      const QString &contains = {});

private:
    Database &m_db;
};

} // namespace Opsight::Core
