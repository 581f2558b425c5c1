// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "ingest/importjob.h"
#include "ingest/ingestsink.h"
#include "testutil.h"
#include "warehouse/digest.h"
#include "warehouse/warehouse.h"

#include <QFile>
#include <QTemporaryDir>
#include <cmath>
#include <map>
#include <memory>

namespace Opsight::Test {

// Records what a parser emits, without a warehouse.
class RecordingSink final : public Core::IngestSink
{
public:
    Core::SeriesId series(const Core::SeriesKey &key) override
    {
        const std::string text = key.canonical();
        const auto it = m_ids.find(text);
        if (it != m_ids.end())
            return it->second;
        keys.push_back(text);
        return m_ids[text] = Core::SeriesId(keys.size());
    }
    void sample(Core::SeriesId series, Core::Timestamp time, double value) override
    {
        samples.push_back({ keys.at(size_t(series - 1)), time, value });
    }
    void event(const Core::Event &event) override { events.push_back(event); }
    void host(const Core::HostRecord &host) override { hosts.push_back(host); }
    void progress(qint64 done) override { lastProgress = done; }

    struct Point
    {
        std::string series;
        Core::Timestamp time;
        double value;
    };
    // "series@time=value", with NaN and infinities spelled out, for compact QCOMPAREs.
    QStringList printed() const
    {
        QStringList out;
        for (const Point &p : samples) {
            const QString value = std::isnan(p.value) ? QStringLiteral("NaN")
                : std::isinf(p.value)                 ? (p.value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf"))
                                                      : QString::number(p.value, 'g', 17);
            out << QStringLiteral("%1@%2=%3").arg(QString::fromStdString(p.series)).arg(p.time).arg(value);
        }
        return out;
    }

    std::vector<std::string> keys;
    std::vector<Point> samples;
    std::vector<Core::Event> events;
    std::vector<Core::HostRecord> hosts;
    qint64 lastProgress = -1;

private:
    std::map<std::string, Core::SeriesId> m_ids;
};

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline std::unique_ptr<Core::Warehouse> createWarehouse(const QTemporaryDir &dir, const QString &name)
{
    return Core::Warehouse::open(dir.filePath(name), Core::Warehouse::Mode::Create);
}

inline Core::ImportResult importFiles(Core::Warehouse &warehouse, const QStringList &inputs,
    Core::ImportFormat format = Core::ImportFormat::Auto, const Core::ProgressCallback &progress = {})
{
    return Core::runImport(warehouse, Core::ImportRequest { inputs, format, {} }, progress);
}

inline QByteArray digest(Core::Warehouse &warehouse)
{
    return Core::contentDigest(warehouse.db());
}

// Parses bytes with one parser into a RecordingSink; returns the error message
// ("" when it parsed).
template <typename Parse>
QString parseError(Parse parse, const QString &file, const QByteArray &bytes, RecordingSink *sink = nullptr)
{
    RecordingSink local;
    try {
        parse(
            Core::ParseInput { file, std::string_view(bytes.constData(), size_t(bytes.size())) }, sink ? *sink : local);
    } catch (const Core::Error &e) {
        return e.message();
    }
    return QString();
}

// A malformed input is refused with `message` (its "FILE:" prefix standing for
// the path), and a warehouse that already holds data keeps its exact digest.
inline void checkRejected(
    Core::ImportFormat format, const QString &fileName, const QByteArray &content, const QString &message)
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto warehouse = createWarehouse(dir, QStringLiteral("w.db"));
    const Core::ImportResult seed = importFiles(*warehouse,
        { fixture(QStringLiteral("ingest/node.prom")), fixture(QStringLiteral("ingest/events.jsonl")),
            fixture(QStringLiteral("ingest/inventory.csv")) });
    QVERIFY2(seed.ok, qPrintable(seed.error));
    const QByteArray before = digest(*warehouse);
    const QString path = writeFile(dir, fileName, content);
    const Core::ImportResult result = importFiles(*warehouse, { path }, format);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.error, QString(message).replace(QLatin1String("FILE:"), path + QLatin1Char(':')));
    QCOMPARE(digest(*warehouse), before);
}

} // namespace Opsight::Test
