// SPDX-License-Identifier: GPL-3.0-or-later
#include "browser/SparklineDelegate.h"

#include "browser/TaskBrowserModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace ee::ui {

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto points = index.data(TaskBrowserModel::SparklineRole).value<QList<QPointF>>();
    if (points.size() < 2)
        return;
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF& p : points) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const double sx = x1 > x0 ? r.width() / (x1 - x0) : 0.0;
    const double sy = y1 > y0 ? r.height() / (y1 - y0) : 0.0;
    const auto map = [&](const QPointF& p) {
        return QPointF(r.left() + (p.x() - x0) * sx,
                       sy > 0 ? r.bottom() - (p.y() - y0) * sy : r.center().y());
    };
    QPainterPath path(map(points.first()));
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(map(points[i]));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor line =
        selected ? option.palette.highlightedText().color() : option.palette.color(QPalette::Link);
    painter->setPen(QPen(line, 1.3));
    painter->drawPath(path);
    painter->setBrush(line);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(map(points.last()), 1.8, 1.8);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 64));
    return s;
}

} // namespace ee::ui
