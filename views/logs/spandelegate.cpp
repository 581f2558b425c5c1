// SPDX-License-Identifier: GPL-3.0-or-later
#include "spandelegate.h"

#include "textspans.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Opsight::Views {

SpanDelegate::SpanDelegate(int spansRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_spansRole(spansRole)
{
}

void SpanDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const TextSpans spans = index.data(m_spansRole).value<TextSpans>();
    if (spans.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlpha(selected ? 0 : 60);
    QFont bold = opt.font;
    bold.setBold(true);

    painter->save();
    painter->setClipRect(area);
    int x = area.left();
    qsizetype at = 0;
    auto draw = [&](qsizetype from, qsizetype length, bool highlighted) {
        if (length <= 0 || x > area.right())
            return;
        const QString piece = text.mid(from, length);
        const QFontMetrics metrics(highlighted ? bold : opt.font);
        const int width = metrics.horizontalAdvance(piece);
        if (highlighted)
            painter->fillRect(QRect(x, area.top() + 1, width, area.height() - 2), mark);
        painter->setFont(highlighted ? bold : opt.font);
        painter->setPen(textColor);
        painter->drawText(QRect(x, area.top(), width + 1, area.height()), Qt::AlignVCenter | Qt::AlignLeft, piece);
        x += width;
    };
    for (const QPoint &span : spans) {
        const qsizetype start = std::clamp<qsizetype>(span.x(), at, text.size());
        draw(at, start - at, false);
        const qsizetype end = std::min<qsizetype>(start + span.y(), text.size());
        draw(start, end - start, true);
        at = end;
    }
    draw(at, text.size() - at, false);
    painter->restore();
}

SparklineDelegate::SparklineDelegate(int valuesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_valuesRole(valuesRole)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QList<double> values = index.data(m_valuesRole).value<QList<double>>();
    if (values.isEmpty())
        return;
    const double peak = *std::max_element(values.begin(), values.end());
    if (peak <= 0)
        return;
    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const double width = area.width() / double(values.size());
    const bool selected = option.state & QStyle::State_Selected;
    const QColor bar = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->save();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i] <= 0)
            continue;
        // At least one pixel high: a single line in a slice must stay visible.
        const double height = std::max(1.0, area.height() * values[i] / peak);
        painter->fillRect(QRectF(area.left() + double(i) * width, area.bottom() - height, std::max(1.0, width - 0.5), height), bar);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 0));
}

} // namespace Opsight::Views
