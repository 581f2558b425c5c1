// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertactions.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Opsight::Views {

// Asks for what an action on an alert needs (author, comment; for a silence its
// kind, scope and window) and previews its reach before anything is saved: a
// silence counts the loaded alerts it would have kept quiet (a backtest of the
// rule). A silence for an alert with no event id is a rule planned ahead (a
// maintenance window tonight): any selector, from the next quarter hour.
class AlertActionDialog final : public QDialog
{
    Q_OBJECT
public:
    AlertActionDialog(AlertAction::Kind kind, const AlertRecord &alert, const std::vector<AlertRecord> &loaded,
                      QWidget *parent = nullptr);

    AlertAction action() const;
    QString preview() const;
    bool isValid() const;

    // For tests and scripted use; the widgets stay the source of truth.
    void setAuthor(const QString &author);
    void setComment(const QString &comment);
    void setMatcher(const QString &matcher);
    // Acknowledge: these other alerts (an incident's) too, with the same comment.
    void acknowledgeTogether(const std::vector<qint64> &others);

private:
    void updatePreview();
    Core::Silence silenceRule() const;

    AlertAction::Kind m_kind;
    AlertRecord m_alert;
    std::vector<qint64> m_together;
    QLabel *m_subject = nullptr;
    const std::vector<AlertRecord> &m_loaded;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_comment = nullptr;
    QComboBox *m_ruleKind = nullptr;
    QComboBox *m_scope = nullptr; // none for a rule planned ahead
    QLineEdit *m_matcher = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QComboBox *m_duration = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Opsight::Views
