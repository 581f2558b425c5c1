// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertactiondialog.h"

#include "anomaly/alertscan.h"
#include "common/datetimefield.h"
#include "common/error.h"
#include "common/formatting.h"
#include "common/growtofit.h"
#include "warehouse/selector.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

namespace Opsight::Views {

namespace {
QString hostSelector(const AlertRecord &alert)
{
    return QStringLiteral("{host=\"%1\"}").arg(alert.host);
}

QString metricOnHostSelector(const AlertRecord &alert)
{
    return QStringLiteral("%1{host=\"%2\"}").arg(alert.metric, alert.host);
}
} // namespace

AlertActionDialog::AlertActionDialog(AlertAction::Kind kind, const AlertRecord &alert,
                                     const std::vector<AlertRecord> &loaded, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_alert(alert)
    , m_loaded(loaded)
{
    setObjectName(QStringLiteral("timeline.actionDialog"));
    auto *form = new QFormLayout;
    // A rule planned ahead (a maintenance window tonight) comes from no alert.
    const bool planned = alert.eventId == 0;
    m_subject = new QLabel(planned ? tr("Planned ahead, for the series a selector matches")
                                   : QStringLiteral("%1\n%2").arg(alert.series, Format::timestamp(alert.start)),
                           this);
    m_subject->setObjectName(QStringLiteral("timeline.actionSubject"));
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(planned ? tr("Rule:") : tr("Alert:"), m_subject);

    m_author = new QLineEdit(defaultAuthor(), this);
    m_author->setObjectName(QStringLiteral("timeline.actionAuthor"));
    form->addRow(tr("Author:"), m_author);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("timeline.actionComment"));

    switch (kind) {
    case AlertAction::Kind::Acknowledge:
        setWindowTitle(tr("Acknowledge Alert"));
        m_comment->setPlaceholderText(tr("What you found or are doing about it"));
        form->addRow(tr("Comment:"), m_comment);
        break;
    case AlertAction::Kind::Silence: {
        setWindowTitle(planned ? tr("New Silence or Maintenance Window") : tr("Silence Alerts"));
        // A maintenance window mutes as a silence does; it is recorded as planned
        // work, so the list and `alerts silences` tell the two apart.
        m_ruleKind = new QComboBox(this);
        m_ruleKind->setObjectName(QStringLiteral("timeline.actionRuleKind"));
        m_ruleKind->addItem(tr("Silence"), int(Core::Silence::Kind::Silence));
        m_ruleKind->addItem(tr("Maintenance window"), int(Core::Silence::Kind::Maintenance));
        m_ruleKind->setCurrentIndex(planned ? 1 : 0);
        if (!planned) {
            m_scope = new QComboBox(this);
            m_scope->addItem(tr("This series"), alert.series);
            if (!alert.host.isEmpty()) {
                m_scope->addItem(tr("This metric on this host"), metricOnHostSelector(alert));
                m_scope->addItem(tr("Everything on this host"), hostSelector(alert));
            }
            m_scope->addItem(tr("This metric everywhere"), alert.metric);
        }
        m_matcher = new QLineEdit(alert.series, this);
        m_matcher->setObjectName(QStringLiteral("timeline.actionMatcher"));
        m_matcher->setPlaceholderText(tr("{rack=\"c1-r03\"}, {host=~\"c2-r01-.*\"}, cpu_util_percent{cluster=\"c1\"}"));
        if (m_scope)
            connect(m_scope, &QComboBox::currentIndexChanged, this,
                    [this] { m_matcher->setText(m_scope->currentData().toString()); });
        // From the start of the alert's incident: "everything on this host" chosen
        // on its second alert still covers the first. Planned: from the next
        // quarter hour.
        Core::Timestamp start = alert.start;
        for (const AlertRecord &other : loaded)
            if (!alert.incident.isEmpty() && other.incident == alert.incident)
                start = std::min(start, other.start);
        if (planned) {
            const Core::Timestamp quarter = 15 * Core::kMinute;
            start = (QDateTime::currentMSecsSinceEpoch() / quarter + 1) * quarter;
        }
        m_start = new DateTimeField(QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()), this);
        m_start->setObjectName(QStringLiteral("timeline.actionStart"));
        m_start->setTimeSpec(Qt::UTC);
        m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        m_duration = new QComboBox(this);
        m_duration->setObjectName(QStringLiteral("timeline.actionDuration"));
        m_duration->addItem(tr("1 hour"), Core::kHour);
        m_duration->addItem(tr("2 hours"), 2 * Core::kHour);
        m_duration->addItem(tr("4 hours"), 4 * Core::kHour);
        m_duration->addItem(tr("8 hours"), 8 * Core::kHour);
        m_duration->addItem(tr("1 day"), Core::kDay);
        m_duration->addItem(tr("1 week"), 7 * Core::kDay);
        m_duration->setCurrentIndex(2);
        m_comment->setPlaceholderText(planned ? tr("The work planned, a change or ticket number")
                                              : tr("Why these alerts should stay quiet"));
        form->addRow(tr("Kind:"), m_ruleKind);
        if (m_scope)
            form->addRow(tr("Scope:"), m_scope);
        form->addRow(tr("Selector:"), m_matcher);
        form->addRow(tr("Starts:"), m_start);
        form->addRow(tr("Lasts:"), m_duration);
        form->addRow(tr("Reason:"), m_comment);
        connect(m_matcher, &QLineEdit::textChanged, this, &AlertActionDialog::updatePreview);
        connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &AlertActionDialog::updatePreview);
        connect(m_duration, &QComboBox::currentIndexChanged, this, &AlertActionDialog::updatePreview);
        // Tab in the form's order: the reason field was made before the others.
        QWidget::setTabOrder(m_author, m_ruleKind);
        QWidget::setTabOrder(m_ruleKind, m_scope ? static_cast<QWidget *>(m_scope) : m_matcher);
        if (m_scope)
            QWidget::setTabOrder(m_scope, m_matcher);
        QWidget::setTabOrder(m_matcher, m_start);
        QWidget::setTabOrder(m_start, m_duration);
        QWidget::setTabOrder(m_duration, m_comment);
        break;
    }
    case AlertAction::Kind::NotAnAnomaly: {
        setWindowTitle(tr("Not an Anomaly"));
        m_comment->setPlaceholderText(tr("Why this is normal for this series"));
        m_days = new QSpinBox(this);
        m_days->setRange(1, 365);
        m_days->setValue(30);
        // " day" or " days", as the number says.
        auto daysSuffix = [this] { m_days->setSuffix(tr(" day(s)", nullptr, m_days->value())); };
        daysSuffix();
        connect(m_days, &QSpinBox::valueChanged, this, daysSuffix);
        form->addRow(tr("Reason:"), m_comment);
        form->addRow(tr("Remember for:"), m_days);
        connect(m_days, &QSpinBox::valueChanged, this, &AlertActionDialog::updatePreview);
        break;
    }
    case AlertAction::Kind::Annotate:
    case AlertAction::Kind::EndSilence:
        break; // the timeline does these without this dialog
    }

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("timeline.actionPreview"));
    m_preview->setWordWrap(true);
    form->addRow(m_preview);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    setLayout(form);
    connect(m_author, &QLineEdit::textChanged, this, &AlertActionDialog::updatePreview);
    connect(m_comment, &QLineEdit::textChanged, this, &AlertActionDialog::updatePreview);
    setMinimumWidth(520);
    updatePreview();
    // The author is filled in; what the operator has to type is the comment (or,
    // planning a rule, its selector).
    if (kind != AlertAction::Kind::Silence)
        m_comment->setFocus();
    else if (planned)
        m_matcher->setFocus();
}

void AlertActionDialog::setAuthor(const QString &author) { m_author->setText(author); }
void AlertActionDialog::setComment(const QString &comment) { m_comment->setText(comment); }
void AlertActionDialog::setMatcher(const QString &matcher)
{
    if (m_matcher)
        m_matcher->setText(matcher);
}

Core::Silence AlertActionDialog::silenceRule() const
{
    Core::Silence rule;
    rule.kind = Core::Silence::Kind(m_ruleKind->currentData().toInt());
    rule.matcher = m_matcher->text().trimmed();
    rule.author = m_author->text().trimmed();
    rule.reason = m_comment->text().trimmed();
    rule.created = QDateTime::currentMSecsSinceEpoch();
    rule.startsAt = m_start->dateTime().toMSecsSinceEpoch();
    rule.endsAt = rule.startsAt + m_duration->currentData().toLongLong();
    return rule;
}

AlertAction AlertActionDialog::action() const
{
    AlertAction action;
    action.kind = m_kind;
    action.eventId = m_alert.eventId;
    action.together = m_together;
    const QString author = m_author->text().trimmed();
    const QString comment = m_comment->text().trimmed();
    switch (m_kind) {
    case AlertAction::Kind::Acknowledge:
        action.acknowledgement = {m_alert.eventId, author, comment, QDateTime::currentMSecsSinceEpoch()};
        break;
    case AlertAction::Kind::Silence: action.rule = silenceRule(); break;
    case AlertAction::Kind::NotAnAnomaly:
        action.rule = notAnAnomalyRule(m_alert, author, comment, QDateTime::currentMSecsSinceEpoch(), m_days->value());
        break;
    case AlertAction::Kind::Annotate:
    case AlertAction::Kind::EndSilence: break; // not made here
    }
    return action;
}

void AlertActionDialog::acknowledgeTogether(const std::vector<qint64> &others)
{
    if (m_kind != AlertAction::Kind::Acknowledge || others.empty())
        return;
    m_together = others;
    const int count = int(others.size()) + 1;
    setWindowTitle(tr("Acknowledge %n Alerts", nullptr, count));
    const QString title = m_alert.incidentTitle.isEmpty() ? m_alert.series : m_alert.incidentTitle;
    m_subject->setText(tr("%1\n%n alerts from %2, acknowledged together", nullptr, count)
                           .arg(title, Format::timestamp(m_alert.start)));
}

bool AlertActionDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QString AlertActionDialog::preview() const
{
    return m_preview->text();
}

void AlertActionDialog::updatePreview()
{
    QString problem;
    QString text;
    if (m_author->text().trimmed().isEmpty())
        problem = tr("Give an author: actions on alerts are signed.");
    else if (m_kind != AlertAction::Kind::NotAnAnomaly && m_comment->text().trimmed().isEmpty())
        problem = m_kind == AlertAction::Kind::Acknowledge ? tr("Say what you found: the comment is the record.")
                                                           : tr("Give a reason: a rule without one is a mystery later.");
    if (m_kind == AlertAction::Kind::Silence && problem.isEmpty()) {
        try {
            const Core::Selector selector = Core::Selector::parse(m_matcher->text().trimmed());
            if (selector.isEmpty())
                throw Core::Error(tr("an empty selector would silence everything"));
            const Core::Silence rule = silenceRule();
            int matched = 0;
            for (const AlertRecord &alert : m_loaded) // a rack's rule covers its hosts' log alerts too
                matched += rule.activeAt(alert.start) && Core::mutes(rule, selector, alert.toSeriesAlert()) ? 1 : 0;
            // Started at an old alert, a silence of hours can be over before it is
            // saved; planned ahead, it has no loaded alert to backtest yet.
            const Core::Timestamp now = QDateTime::currentMSecsSinceEpoch();
            if (rule.startsAt > now)
                text = tr("It starts %1, in %2, and ends %3.")
                           .arg(Format::timestamp(rule.startsAt), Format::duration(rule.startsAt - now),
                                Format::timestamp(rule.endsAt));
            else
                text = tr("Would have kept %1 of the %2 loaded alerts quiet.").arg(matched).arg(m_loaded.size()) + QLatin1Char(' ')
                    + (rule.endsAt > now ? tr("It ends %1, in %2.").arg(Format::timestamp(rule.endsAt), Format::duration(rule.endsAt - now))
                                         : tr("It ended %1, %2 ago: it keeps only past alerts quiet, none from now on.")
                                               .arg(Format::timestamp(rule.endsAt), Format::duration(now - rule.endsAt)));
        } catch (const Core::Error &error) {
            problem = tr("Selector: %1").arg(error.message());
        }
    } else if (m_kind == AlertAction::Kind::NotAnAnomaly) {
        const Core::Silence rule = action().rule;
        const int days = m_days->value();
        if (rule.maxStrength) // scores saturate: at 1.000 the evidence tells stronger alerts
            text = tr("This alert is at the top of the score scale: alerts on this series stay quiet for %n day(s) "
                      "unless their evidence is stronger than %1σ (this one's %2σ, half again).",
                      nullptr, days)
                       .arg(QLocale().toString(*rule.maxStrength, 'f', 1),
                            QLocale().toString(*rule.maxStrength / Core::kFeedbackStrengthMargin, 'f', 1));
        else if (rule.maxScore.value_or(1.0) >= 1.0)
            text = tr("This alert is at the top of the score scale: every alert on this series stays quiet for %n "
                      "day(s), however strong.",
                      nullptr, days);
        else // the margin: the same kind of event scores a little differently each time
            text = tr("Alerts on this series peaking at up to %1 (this one's %2, and 0.02 more) stay quiet for %n "
                      "day(s); stronger ones still fire.",
                      nullptr, days)
                       .arg(QLocale().toString(rule.maxScore.value_or(1.0), 'f', 3), QLocale().toString(m_alert.peak, 'f', 3));
        // Its backtest, as the silence has: how many loaded alerts it would have muted.
        try {
            const Core::Selector selector = Core::Selector::parse(rule.matcher);
            int muted = 0;
            for (const AlertRecord &alert : m_loaded) // the rule names this series alone
                muted += alert.series == m_alert.series && Core::mutes(rule, selector, alert.toSeriesAlert()) ? 1 : 0;
            text += QLatin1Char(' ') + tr("Would have kept %1 of the %2 loaded alerts quiet.").arg(muted).arg(m_loaded.size());
        } catch (const Core::Error &) {
            // A stored series key always parses; without it, no backtest to give.
        }
    }
    m_preview->setText(problem.isEmpty() ? text : problem);
    growToFit(this);
    QPalette palette = m_preview->palette();
    palette.setColor(QPalette::WindowText, problem.isEmpty() ? palette.color(QPalette::Text) : QColor(0xc0, 0x1f, 0x3a));
    m_preview->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Opsight::Views
