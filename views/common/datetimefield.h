// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>

namespace Opsight::Views {

// A date and time field that Tab leaves, as every other field of a form: a plain
// QDateTimeEdit steps through its year, month, day, hour and minute on Tab, so
// a reason typed after tabbing on went into the date (rev14: a silence saved a
// month late). The arrow keys still move between the sections.
class DateTimeField final : public QDateTimeEdit
{
    Q_OBJECT
public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace Opsight::Views
