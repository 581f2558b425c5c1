// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencepanel.h"

#include "common/formatting.h"
#include "common/itemlist.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

namespace Opsight::Views {

namespace {
constexpr int kClockMs = 30 * 1000;
} // namespace

SilencePanel::SilencePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SilenceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SilenceListModel::SortRole);
    m_proxy->setFilterRole(SilenceListModel::InForceRole);
    m_proxy->setFilterKeyColumn(0);

    m_showEnded = new QCheckBox(tr("Show ended and withdrawn"), this);
    m_showEnded->setObjectName(QStringLiteral("timeline.showEndedSilences"));
    connect(m_showEnded, &QCheckBox::toggled, this, &SilencePanel::setShowEnded);
    setShowEnded(false);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("timeline.silences"));
    m_tree->setModel(m_proxy);
    setUpRecordList(m_tree);
    m_tree->sortByColumn(SilenceListModel::StartColumn, Qt::DescendingOrder);
    // Wide enough for "2026-11-23 11:00 UTC" and the Chinese headers; the reason stretches.
    const std::pair<int, int> widths[] = {{SilenceListModel::StateColumn, 200}, {SilenceListModel::KindColumn, 120},
                                          {SilenceListModel::MatcherColumn, 220}, {SilenceListModel::SeriesColumn, 60},
                                          {SilenceListModel::StartColumn, 145}, {SilenceListModel::EndColumn, 145},
                                          {SilenceListModel::MutedColumn, 90}, {SilenceListModel::AuthorColumn, 80}};
    for (const auto &[column, width] : widths)
        m_tree->header()->resizeSection(column, width);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SilencePanel::updateButtons);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(SilenceListModel::SilenceIdRole).toLongLong())
            Q_EMIT showRequested(id);
    });

    m_showButton = new QPushButton(tr("Show on &Plot"), this);
    m_showButton->setObjectName(QStringLiteral("timeline.showSilence"));
    m_showButton->setToolTip(tr("Plot the series the rule matches over the time it covers"));
    connect(m_showButton, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(currentSilence()); });
    m_endButton = new QPushButton(tr("&End Now…"), this);
    m_endButton->setObjectName(QStringLiteral("timeline.endSilence"));
    m_endButton->setToolTip(tr("Alerts from now on fire again; what the rule muted before stays muted"));
    connect(m_endButton, &QPushButton::clicked, this, [this] { confirmEnd(currentSilence(), false); });
    m_withdrawButton = new QPushButton(tr("&Withdraw…"), this);
    m_withdrawButton->setObjectName(QStringLiteral("timeline.withdrawSilence"));
    m_withdrawButton->setToolTip(tr("Its end moves back to its start: every alert it muted shows again"));
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] { confirmEnd(currentSilence(), true); });
    m_newButton = new QPushButton(tr("&New Rule…"), this);
    m_newButton->setObjectName(QStringLiteral("timeline.newSilence"));
    m_newButton->setToolTip(tr("A silence or maintenance window planned ahead, for any selector"));
    connect(m_newButton, &QPushButton::clicked, this, &SilencePanel::newRuleRequested);
    mirrorButtonsInContextMenu(m_tree, {m_showButton, m_endButton, m_withdrawButton},
                               [](const QModelIndex &index) { return index.isValid(); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timeline.silenceCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showEnded);
    filters->addStretch(1);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_count, 1);
    actionRow->addWidget(m_newButton);
    actionRow->addWidget(m_showButton);
    actionRow->addWidget(m_endButton);
    actionRow->addWidget(m_withdrawButton);
    layOutRecordList(this, filters, m_tree, actionRow);
    updateButtons();
    // States and countdowns move with the clock: an operator leaves the tab open.
    auto *clock = new QTimer(this);
    clock->setInterval(kClockMs);
    connect(clock, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentMSecsSinceEpoch());
        updateButtons();
        Q_EMIT inForceCountChanged(m_model->inForceCount());
    });
    clock->start();
}

void SilencePanel::setSilences(std::vector<Core::Silence> rules, const std::vector<AlertRecord> &alerts,
                               Core::Timestamp now, const std::map<qint64, qint64> &matchedSeries)
{
    const qint64 keep = currentSilence();
    m_model->setSilences(std::move(rules), alerts, now, matchedSeries);
    if (keep)
        selectSilence(keep);
    updateButtons();
    Q_EMIT inForceCountChanged(m_model->inForceCount());
}

qint64 SilencePanel::currentSilence() const
{
    return m_tree->currentIndex().data(SilenceListModel::SilenceIdRole).toLongLong();
}

void SilencePanel::selectSilence(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfSilence(id));
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    updateButtons();
}

void SilencePanel::setShowEnded(bool show)
{
    if (m_showEnded->isChecked() != show)
        m_showEnded->setChecked(show); // comes back here through toggled
    else
        m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("1"));
}

void SilencePanel::confirmEnd(qint64 id, bool withdraw)
{
    const Core::Silence *rule = m_model->silenceById(id);
    if (!rule)
        return;
    const QString kind = SilenceListModel::kindLabel(rule->kind);
    const QString question = withdraw ? tr("Withdraw rule %1 (%2 on %3 by %4)?").arg(id).arg(kind, rule->matcher, rule->author)
                                      : tr("End rule %1 (%2 on %3 by %4) now?").arg(id).arg(kind, rule->matcher, rule->author);
    const QString muted = Format::count(m_model->mutedCount(id));
    const QString consequence = withdraw
        ? tr("It mutes %1 of the stored alerts. Withdrawn, it covers nothing: they show again unless another rule "
             "mutes them. It stays on record as withdrawn.").arg(muted)
        : tr("It mutes %1 of the stored alerts; they stay muted. Alerts from now on fire again unless another rule "
             "mutes them. It stays on record as ended.").arg(muted);
    QMessageBox box(QMessageBox::Question, withdraw ? tr("Withdraw Rule") : tr("End Rule Now"), question,
                    QMessageBox::Cancel, this);
    box.setInformativeText(consequence);
    QPushButton *confirm = box.addButton(withdraw ? tr("&Withdraw") : tr("&End Now"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec(); // `rule` may be gone after this: a reload can come meanwhile
    if (box.clickedButton() == confirm)
        Q_EMIT endRequested(id, withdraw);
}

void SilencePanel::updateButtons()
{
    const Core::Silence *rule = m_model->silenceById(currentSilence());
    const SilenceListModel::State state = rule ? m_model->state(*rule) : SilenceListModel::State::Withdrawn;
    m_showButton->setEnabled(rule);
    m_endButton->setEnabled(rule && state == SilenceListModel::State::Active);
    m_withdrawButton->setEnabled(rule && state != SilenceListModel::State::Withdrawn);
    const int inForce = m_model->inForceCount();
    const int others = m_model->rowCount() - inForce;
    QString text = others ? tr("%1 in force, %2 ended or withdrawn").arg(Format::count(inForce), Format::count(others))
                          : tr("%1 in force").arg(Format::count(inForce));
    if (const int ghosts = m_model->ghostCount())
        text += tr("; %1 match no series").arg(Format::count(ghosts));
    m_count->setText(text);
}

} // namespace Opsight::Views
