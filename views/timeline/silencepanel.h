// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "silencelistmodel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Opsight::Views {

// The rules that keep alerts quiet, beside the alert list: what each matches,
// who made it and why, how many alerts it mutes, and the buttons to plan a new
// one, end one now or withdraw it. It asks the operator, then the timeline view
// writes and reloads.
class SilencePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SilencePanel(QWidget *parent = nullptr);

    SilenceListModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    void setSilences(std::vector<Core::Silence> rules, const std::vector<AlertRecord> &alerts, Core::Timestamp now,
                     const std::map<qint64, qint64> &matchedSeries = {});
    qint64 currentSilence() const; // 0: none
    void selectSilence(qint64 id);
    void setShowEnded(bool show);

Q_SIGNALS:
    // Confirmed by the operator. withdraw: end it at its start, so it mutes
    // nothing (kept on record).
    void endRequested(qint64 id, bool withdraw);
    void showRequested(qint64 id); // its series over its time on the plot
    void newRuleRequested();       // a rule planned ahead, from no alert
    void inForceCountChanged(int count);

private:
    void updateButtons();
    // Asks before ending or withdrawing a rule: what it mutes, what changes.
    void confirmEnd(qint64 id, bool withdraw);

    SilenceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QCheckBox *m_showEnded = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_endButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
};

} // namespace Opsight::Views
