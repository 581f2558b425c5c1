// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwareevents.h"

#include "simrandom.h"
#include "simulator.h"
#include "topology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace Opsight::Core::Sim {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

class HostEvents
{
public:
    HostEvents(const SimulationSpec &spec, const SimHost &host)
        : m_host(host)
        , m_rng(subSeed(spec.seed, "hardware-events", quint64(host.index)))
    {
        m_selRecord = int(m_rng.uniformInt(0x0100, 0x0800));
        m_serial = QStringLiteral("ZA%1").arg(m_rng.next() % 0xFFFFFFull, 6, 16, QLatin1Char('0')).toUpper();
    }

    std::vector<Event> take() { return std::move(m_events); }
    Rng &rng() { return m_rng; }

    void add(
        Timestamp t, const QString &severity, const QString &title, const QJsonObject &payload, Timestamp endTime = 0)
    {
        Event e;
        e.time = t;
        e.endTime = endTime;
        e.kind = QStringLiteral("hardware");
        e.severity = severity;
        e.entityKind = QStringLiteral("host");
        e.entity = m_host.name;
        e.title = title;
        e.source = QStringLiteral("simulator");
        e.payload = compact(payload);
        m_events.push_back(std::move(e));
    }

    void smart(Timestamp t, int disk, int reallocated, int pending, bool failed)
    {
        const QString device = QString(QStringLiteral("/dev/") + dataDiskDevice(disk));
        QJsonArray attributes;
        auto attribute = [&](int id, const char *name, int raw) {
            attributes.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("name"), QString::fromLatin1(name) }, { QStringLiteral("raw"), raw } });
        };
        attribute(5, "Reallocated_Sector_Ct", reallocated);
        attribute(187, "Reported_Uncorrect", pending / 4);
        attribute(197, "Current_Pending_Sector", pending);
        attribute(198, "Offline_Uncorrectable", pending / 2);
        const QJsonObject payload { { QStringLiteral("collector"), QStringLiteral("smartctl") },
            { QStringLiteral("device"), device }, { QStringLiteral("mount"), QStringLiteral("/data/%1").arg(disk) },
            { QStringLiteral("model"), m_host.diskModel },
            { QStringLiteral("serial"), QString(m_serial + QString::number(disk)) },
            { QStringLiteral("smart_status"), failed ? QStringLiteral("FAILED") : QStringLiteral("PASSED") },
            { QStringLiteral("attributes"), attributes } };
        const QString severity = failed ? QStringLiteral("critical")
                                        : (pending > 40 ? QStringLiteral("error") : QStringLiteral("warning"));
        add(t, severity,
            QStringLiteral("SMART %1: Reallocated_Sector_Ct %2, Current_Pending_Sector %3")
                .arg(device)
                .arg(reallocated)
                .arg(pending),
            payload);
    }

    void edac(Timestamp t, int slot, int correctable, int total, int uncorrectable)
    {
        const QJsonObject payload { { QStringLiteral("collector"), QStringLiteral("edac") },
            { QStringLiteral("dimm"), dimmName(slot) }, { QStringLiteral("mc"), slot / 6 },
            { QStringLiteral("correctable"), correctable }, { QStringLiteral("correctable_total"), total },
            { QStringLiteral("uncorrectable"), uncorrectable } };
        if (uncorrectable > 0)
            add(t, QStringLiteral("critical"), QStringLiteral("Uncorrectable memory error on %1").arg(dimmName(slot)),
                payload);
        else
            add(t, correctable > 10 ? QStringLiteral("warning") : QStringLiteral("info"),
                QStringLiteral("%1 corrected memory errors on %2").arg(correctable).arg(dimmName(slot)), payload);
    }

    void sel(Timestamp t, const QString &severity, const QString &sensor, const QString &type, const QString &event,
        bool asserted, const QJsonObject &extra = {})
    {
        QJsonObject payload = extra;
        payload[QStringLiteral("collector")] = QStringLiteral("ipmi-sel");
        payload[QStringLiteral("record_id")] = QStringLiteral("0x%1").arg(m_selRecord++, 4, 16, QLatin1Char('0'));
        payload[QStringLiteral("sensor")] = sensor;
        payload[QStringLiteral("sensor_type")] = type;
        payload[QStringLiteral("event")] = event;
        payload[QStringLiteral("direction")] = asserted ? QStringLiteral("Asserted") : QStringLiteral("Deasserted");
        add(t, severity,
            QStringLiteral("%1 | %2 | %3")
                .arg(sensor, event, asserted ? QStringLiteral("Asserted") : QStringLiteral("Deasserted")),
            payload);
    }

    void link(Timestamp t, bool up)
    {
        const QJsonObject payload { { QStringLiteral("collector"), QStringLiteral("netlink") },
            { QStringLiteral("interface"), QStringLiteral("eth0") },
            { QStringLiteral("driver"), QStringLiteral("ixgbe") },
            { QStringLiteral("state"), up ? QStringLiteral("up") : QStringLiteral("down") },
            { QStringLiteral("speed_mbps"), up ? 10000 : 0 } };
        add(t, up ? QStringLiteral("info") : QStringLiteral("warning"),
            up ? QStringLiteral("eth0 link up, 10 Gbps") : QStringLiteral("eth0 link down"), payload);
    }

private:
    const SimHost &m_host;
    Rng m_rng;
    int m_selRecord = 0x100;
    QString m_serial;
    std::vector<Event> m_events;
};

Timestamp jitter(Rng &rng, Timestamp maxMs)
{
    return Timestamp(rng.uniform() * double(maxMs)) / kSecond * kSecond;
}

void diskFault(HostEvents &ev, const Fault &f)
{
    // SMART polled every two hours; pending and reallocated sectors climb as the
    // surface degrades, and the drive finally fails its self-assessment.
    Rng &rng = ev.rng();
    int reallocated = int(rng.uniformInt(0, 8));
    int pending = int(rng.uniformInt(1, 8));
    const Timestamp poll = 2 * kHour;
    const int polls = int(std::max<Timestamp>(1, (f.end - f.start) / poll));
    for (int i = 0; i < polls; ++i) {
        const Timestamp t = f.start + i * poll + jitter(rng, 10 * kMinute);
        ev.smart(t, f.device, reallocated, pending, i == polls - 1 && polls > 6);
        reallocated += int(rng.uniformInt(1, 6) + i / 3);
        pending += int(rng.uniformInt(2, 9) + i / 2);
    }
}

void eccStorm(HostEvents &ev, const Fault &f)
{
    Rng &rng = ev.rng();
    int total = 0;
    for (Timestamp t = f.start; t < f.end; t += kHour) {
        const double progress = double(t - f.start) / double(std::max<Timestamp>(1, f.end - f.start));
        const int count = 1 + rng.poisson(4 + 40 * progress);
        total += count;
        ev.edac(t + jitter(rng, 5 * kMinute), f.device, count, total, 0);
    }
}

void uncorrectable(HostEvents &ev, const Fault &f, Timestamp runStart)
{
    Rng &rng = ev.rng();
    // A few corrected errors on the same DIMM usually come first.
    int total = 0;
    const int before = int(rng.uniformInt(1, 3));
    for (int i = before; i >= 1; --i) {
        const int count = int(rng.uniformInt(1, 12));
        total += count;
        const Timestamp t = f.start - i * Timestamp(rng.uniform(1, 2) * double(kHour)) / kSecond * kSecond;
        ev.edac(std::max(runStart, t), f.device, count, total, 0);
    }
    ev.edac(f.start, f.device, 0, total, 1);
    ev.sel(f.start, QStringLiteral("critical"), QStringLiteral("Memory #0x87"), QStringLiteral("Memory"),
        QStringLiteral("Uncorrectable ECC"), true, QJsonObject { { QStringLiteral("dimm"), dimmName(f.device) } });
    ev.sel(f.end, QStringLiteral("info"), QStringLiteral("System Event #0x83"), QStringLiteral("System Event"),
        QStringLiteral("OEM System Boot Event"), true);
}

} // namespace

QString dimmName(int slot)
{
    return QStringLiteral("CPU%1_DIMM_%2%3").arg(slot / 6).arg(QChar(char16_t(u'A' + slot / 6))).arg(slot % 6 + 1);
}

QString dataDiskDevice(int disk)
{
    return QStringLiteral("sd") + QChar(char16_t(u'a' + disk)); // sda is the system disk
}

std::vector<Event> hardwareEvents(const SimulationSpec &spec, const SimHost &host,
    const std::vector<const Fault *> &faults, Timestamp start, Timestamp end)
{
    HostEvents ev(spec, host);
    Rng &rng = ev.rng();
    for (const Fault *f : faults) {
        switch (f->kind) {
        case FaultKind::DiskDegraded:
            diskFault(ev, *f);
            break;
        case FaultKind::EccCorrectable:
            eccStorm(ev, *f);
            break;
        case FaultKind::EccUncorrectable:
            uncorrectable(ev, *f, start);
            break;
        case FaultKind::PsuFailure:
            ev.sel(f->start, QStringLiteral("error"), QStringLiteral("PS2 Status"), QStringLiteral("Power Supply"),
                QStringLiteral("Failure detected"), true, QJsonObject { { QStringLiteral("psu"), 2 } });
            ev.sel(f->start + kSecond, QStringLiteral("warning"), QStringLiteral("PS Redundancy"),
                QStringLiteral("Power Supply"), QStringLiteral("Redundancy Lost"), true);
            ev.sel(f->end, QStringLiteral("info"), QStringLiteral("PS2 Status"), QStringLiteral("Power Supply"),
                QStringLiteral("Failure detected"), false, QJsonObject { { QStringLiteral("psu"), 2 } });
            ev.sel(f->end + kSecond, QStringLiteral("info"), QStringLiteral("PS Redundancy"),
                QStringLiteral("Power Supply"), QStringLiteral("Fully Redundant"), true);
            break;
        case FaultKind::FanFailure:
            ev.sel(f->start, QStringLiteral("error"), QStringLiteral("FAN3"), QStringLiteral("Fan"),
                QStringLiteral("Lower Critical going low"), true,
                QJsonObject { { QStringLiteral("reading_rpm"), 0 }, { QStringLiteral("threshold_rpm"), 1200 } });
            ev.sel(f->start + 20 * kMinute, QStringLiteral("warning"), QStringLiteral("CPU1 Temp"),
                QStringLiteral("Temperature"), QStringLiteral("Upper Non-critical going high"), true,
                QJsonObject { { QStringLiteral("threshold_celsius"), 85 } });
            ev.sel(f->end, QStringLiteral("info"), QStringLiteral("FAN3"), QStringLiteral("Fan"),
                QStringLiteral("Lower Critical going low"), false,
                QJsonObject { { QStringLiteral("reading_rpm"), 8400 }, { QStringLiteral("threshold_rpm"), 1200 } });
            break;
        case FaultKind::NicLinkFlap:
            for (const Interval &down : f->downs) {
                ev.link(down.start, false);
                ev.link(down.end, true);
            }
            break;
        default:
            break;
        }
    }

    // Harmless look-alikes on some healthy workers (never on a host with a fault
    // of the same component, so the ground truth stays unambiguous).
    auto hasFault = [&](FaultKind kind) {
        for (const Fault *f : faults)
            if (f->kind == kind)
                return true;
        return false;
    };
    if (host.role == Role::Worker && end > start) {
        const auto when = [&] { return start + Timestamp(rng.uniform() * double(end - start)) / kSecond * kSecond; };
        if (rng.chance(0.04) && !hasFault(FaultKind::DiskDegraded)) {
            const int disk = int(rng.uniformInt(1, std::max(1, host.dataDisks)));
            ev.smart(when(), disk, int(rng.uniformInt(1, 3)) * 8, 0, false);
        }
        if (rng.chance(0.03) && !hasFault(FaultKind::EccCorrectable) && !hasFault(FaultKind::EccUncorrectable)) {
            ev.edac(when(), int(rng.uniformInt(0, 11)), 1, 1, 0);
        }
    }
    return ev.take();
}

} // namespace Opsight::Core::Sim
