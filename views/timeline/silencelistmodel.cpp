// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencelistmodel.h"

#include "anomaly/alertscan.h"
#include "common/error.h"
#include "common/formatting.h"
#include "common/severity.h"
#include "warehouse/selector.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <map>

namespace Opsight::Views {

SilenceListModel::SilenceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SilenceListModel::setSilences(std::vector<Core::Silence> rules, const std::vector<AlertRecord> &alerts,
                                   Core::Timestamp now, const std::map<qint64, qint64> &matchedSeries)
{
    beginResetModel();
    m_rules = std::move(rules);
    m_now = now;
    m_matchedSeries = matchedSeries;
    // Each rule's own count: an alert that two rules cover counts for both (it
    // names one of them as what silenced it, the first found).
    std::vector<std::optional<Core::Selector>> matchers;
    for (const Core::Silence &rule : m_rules) {
        try {
            matchers.emplace_back(Core::Selector::parse(rule.matcher));
        } catch (const Core::Error &) {
            matchers.emplace_back(); // stored rules were validated; a bad one mutes nothing
        }
    }
    m_muted.assign(m_rules.size(), 0);
    for (const AlertRecord &alert : alerts) {
        if (!alert.silencedBy)
            continue;
        const Core::SeriesAlert seriesAlert = alert.toSeriesAlert();
        for (size_t i = 0; i < m_rules.size(); ++i)
            if (m_rules[i].id == alert.silencedBy || (matchers[i] && Core::mutes(m_rules[i], *matchers[i], seriesAlert)))
                ++m_muted[i];
    }
    endResetModel();
}

void SilenceListModel::setNow(Core::Timestamp now)
{
    m_now = now;
    if (!m_rules.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SilenceListModel::mutedCount(qint64 id) const
{
    const Core::Silence *rule = silenceById(id);
    return rule ? m_muted[size_t(rule - m_rules.data())] : 0;
}

const Core::Silence *SilenceListModel::silenceAt(const QModelIndex &index) const
{
    return index.isValid() && size_t(index.row()) < m_rules.size() ? &m_rules[size_t(index.row())] : nullptr;
}

const Core::Silence *SilenceListModel::silenceById(qint64 id) const
{
    const auto found = std::find_if(m_rules.begin(), m_rules.end(), [id](const Core::Silence &s) { return s.id == id; });
    return found == m_rules.end() ? nullptr : &*found;
}

QModelIndex SilenceListModel::indexOfSilence(qint64 id) const
{
    const Core::Silence *rule = silenceById(id);
    return rule ? index(int(rule - m_rules.data()), 0) : QModelIndex();
}

SilenceListModel::State SilenceListModel::state(const Core::Silence &rule) const
{
    if (rule.endsAt <= rule.startsAt)
        return State::Withdrawn;
    if (rule.endsAt <= m_now)
        return State::Ended;
    return rule.startsAt > m_now ? State::Scheduled : State::Active;
}

int SilenceListModel::inForceCount() const
{
    return int(std::count_if(m_rules.begin(), m_rules.end(), [this](const Core::Silence &rule) {
        const State s = state(rule);
        return s == State::Active || s == State::Scheduled;
    }));
}

bool SilenceListModel::isGhost(const Core::Silence &rule) const
{
    const auto matched = m_matchedSeries.find(rule.id);
    const State s = state(rule);
    return matched != m_matchedSeries.end() && matched->second == 0 && (s == State::Active || s == State::Scheduled);
}

int SilenceListModel::ghostCount() const
{
    return int(std::count_if(m_rules.begin(), m_rules.end(), [this](const Core::Silence &rule) { return isGhost(rule); }));
}

QString SilenceListModel::kindLabel(Core::Silence::Kind kind)
{
    switch (kind) {
    case Core::Silence::Kind::Silence: return tr("Silence");
    case Core::Silence::Kind::Maintenance: return tr("Maintenance");
    case Core::Silence::Kind::Feedback: return tr("Not an anomaly");
    }
    return tr("Silence");
}

QString SilenceListModel::stateLabel(const Core::Silence &rule) const
{
    switch (state(rule)) {
    case State::Scheduled:
        return isGhost(rule) ? tr("starts in %1; matches no series").arg(Format::duration(rule.startsAt - m_now))
                             : tr("starts in %1").arg(Format::duration(rule.startsAt - m_now));
    case State::Active:
        return isGhost(rule) ? tr("active, %1 left; matches no series").arg(Format::duration(rule.endsAt - m_now))
                             : tr("active, %1 left").arg(Format::duration(rule.endsAt - m_now));
    case State::Ended: return tr("ended");
    case State::Withdrawn: return tr("withdrawn");
    }
    return {};
}

int SilenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int SilenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilenceListModel::data(const QModelIndex &index, int role) const
{
    const Core::Silence *rule = silenceAt(index);
    if (!rule)
        return {};
    const int muted = m_muted[size_t(index.row())];
    const State ruleState = state(*rule);
    const bool inForce = ruleState == State::Active || ruleState == State::Scheduled;
    switch (role) {
    case SilenceIdRole: return rule->id;
    case InForceRole: return inForce ? QStringLiteral("1") : QStringLiteral("0");
    case Qt::ForegroundRole:
        if (isGhost(*rule) && (index.column() == StateColumn || index.column() == SeriesColumn))
            return QBrush(Severity::color(QStringLiteral("critical")));
        return inForce ? QVariant() : QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    case Qt::ToolTipRole:
        if (isGhost(*rule) && (index.column() == StateColumn || index.column() == SeriesColumn))
            return tr("No series of this warehouse matches %1: a typo, or a host or metric that is gone. It mutes "
                      "nothing now; end or withdraw it, or correct it as a new silence.")
                .arg(rule->matcher);
        if (index.column() == MatcherColumn && rule->kind == Core::Silence::Kind::Feedback)
            return Core::feedbackReach(*rule);
        return index.column() == ReasonColumn || index.column() == MatcherColumn ? data(index, Qt::DisplayRole) : QVariant();
    case SortRole:
        switch (index.column()) {
        case StateColumn: return int(ruleState);
        case StartColumn: return rule->startsAt;
        case EndColumn: return rule->endsAt;
        case MutedColumn: return muted;
        case SeriesColumn: {
            const auto matched = m_matchedSeries.find(rule->id);
            return matched == m_matchedSeries.end() ? qint64(-1) : matched->second;
        }
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateLabel(*rule);
        case KindColumn: return kindLabel(rule->kind);
        case MatcherColumn: return rule->matcher;
        case SeriesColumn: {
            // Counted for the rules in force only (also once the clock ends one): what
            // an ended rule matched is history.
            const auto matched = m_matchedSeries.find(rule->id);
            return matched == m_matchedSeries.end() || !inForce ? QString() : Format::count(matched->second);
        }
        case StartColumn: return Format::timestamp(rule->startsAt);
        case EndColumn: return Format::timestamp(rule->endsAt);
        case MutedColumn: return Format::count(muted);
        case AuthorColumn: return rule->author;
        case ReasonColumn:
            return rule->reason.isEmpty() && rule->kind == Core::Silence::Kind::Feedback ? tr("(no comment)") : rule->reason;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == MutedColumn || index.column() == SeriesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                               : QVariant();
    }
    return {};
}

QVariant SilenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == MutedColumn)
        return tr("How many of the stored alerts this rule keeps quiet");
    if (role == Qt::ToolTipRole && section == SeriesColumn)
        return tr("How many series of the warehouse the rule matches (counted for the rules in force)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case KindColumn: return tr("Kind");
    case MatcherColumn: return tr("Matches");
    case SeriesColumn: return tr("Series");
    case StartColumn: return tr("From");
    case EndColumn: return tr("Until");
    case MutedColumn: return tr("Mutes");
    case AuthorColumn: return tr("Author");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

} // namespace Opsight::Views
