// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/timeutil.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Opsight::Core {

using SeriesId = qint64;

// Label pairs sorted by name, `__name__` excluded. UTF-8.
using Labels = std::vector<std::pair<std::string, std::string>>;

// A metric series: name plus label set. Its canonical text is the Prometheus
// series notation, `name{a="x",b="y"}` with label values escaped.
struct SeriesKey
{
    std::string metric;
    Labels labels;

    void sortLabels();
    std::string canonicalLabels() const; // `a="x",b="y"` (no braces)
    std::string canonical() const;       // `name{a="x",b="y"}` or `name`
    const std::string *label(std::string_view name) const;
    // The host this series belongs to: label `host`, else `instance` without a port.
    std::string hostName() const;
    bool operator==(const SeriesKey &) const = default;

    // Inverse of canonical(): parses `name{a="x"}` or `name`; nullopt when malformed.
    static std::optional<SeriesKey> fromCanonical(std::string_view text);
    // Parses the stored label text `a="x",b="y"` into sorted labels.
    static std::optional<Labels> parseLabels(std::string_view text);
};

// A label value as a selector or canonical key writes it: in double quotes,
// with backslashes, quotes and newlines escaped.
std::string quotedLabelValue(const std::string &value);

struct Sample
{
    Timestamp time = 0;
    double value = 0;
};

// An instant or interval on an entity: an alert, a hardware event, an action, an
// annotation (deploy, maintenance), an injected fault's ground truth.
struct Event
{
    Timestamp time = 0;
    Timestamp endTime = 0; // 0: instant
    QString kind;          // alert, hardware, action, annotation, ...
    QString severity;      // info, warning, error, critical
    QString entityKind;    // host, rack, cluster, service, job, queue
    QString entity;        // its name
    QString title;
    QString source;        // where it came from (file, collector, simulator)
    QByteArray payload;    // compact JSON object, "{}" when none
};

enum class Severity { Info, Warning, Error, Critical };
QString severityName(Severity s);
bool isKnownSeverity(const QString &name);
int severityRank(const QString &name); // 0 info (or unknown) .. 3 critical

struct HostRecord
{
    QString name;
    QString cluster;
    QString rack;
    QString role;     // e.g. datanode, nodemanager, compute
    QString service;  // e.g. hdfs, yarn, odps
    QString hardwareModel;
    int cores = 0;
    double memoryGiB = 0;
    QString ip;
};

struct LogLine
{
    Timestamp time = 0; // 0 when the line has none
    QString source;     // log source name (HDFS, kernel, ...)
    QString host;
    qint64 lineNumber = 0; // 1-based in its file
    QString level;
    QString component;
    QString content;    // the message to mine
    QString raw;        // the line as read
    qint64 templateRow = 0;     // log_template.id of its template version, 0 when not mined
    QByteArray parameters;      // JSON array of the values at the template's <*>
};

} // namespace Opsight::Core
