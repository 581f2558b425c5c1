// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Opsight::Views {

// Paints a cell's text with the spans the model gives under `spansRole`
// (TextSpans) highlighted: the parameters of a log line, the wildcards of a
// template. Cells without spans paint as usual.
class SpanDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SpanDelegate(int spansRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_spansRole;
};

// Paints a cell's QList<double> (under `valuesRole`) as a small bar chart
// scaled to its own maximum: how a count moved across the window.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(int valuesRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_valuesRole;
};

} // namespace Opsight::Views
