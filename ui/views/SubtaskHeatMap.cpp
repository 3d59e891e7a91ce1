// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/SubtaskHeatMap.h"

#include "figure/AxisTicks.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

namespace ee::ui {

namespace {

constexpr int kBarWidth = 14;
constexpr int kGap = 6;

} // namespace

SubtaskHeatMap::SubtaskHeatMap(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
}

QColor SubtaskHeatMap::viridis(double t) {
    // Matplotlib's viridis (CC0) at eleven even steps, interpolated linearly between them.
    static constexpr std::array<QRgb, 11> stops = {0x440154, 0x482475, 0x414487, 0x355f8d,
                                                   0x2a788e, 0x21918c, 0x22a884, 0x44bf70,
                                                   0x7ad151, 0xbddf26, 0xfde725};
    if (!std::isfinite(t))
        t = 0.0;
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const std::size_t i = std::min(std::size_t(t), stops.size() - 2);
    const double f = t - double(i);
    const QColor a(stops[i]), b(stops[i + 1]);
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
                            float(a.greenF() + f * (b.greenF() - a.greenF())),
                            float(a.blueF() + f * (b.blueF() - a.blueF())));
}

void SubtaskHeatMap::setGrid(HeatGrid grid, const QString& title, const QString& valueLabel,
                             ScaleAxis axis) {
    m_grid = std::move(grid);
    m_title = title;
    m_valueLabel = valueLabel;
    m_axis = axis;
    update();
}

QString SubtaskHeatMap::caption() const {
    QString text = tr("%1 by subtask: %2 subtasks × %3 sizes; rows: easiest (highest mean) first")
                       .arg(m_valueLabel)
                       .arg(m_grid.rows.size())
                       .arg(m_grid.x.size());
    if (m_grid.missing > 0)
        text += tr("; %n cell(s) without a score (grey)", nullptr, int(m_grid.missing));
    return text;
}

int SubtaskHeatMap::labelWidth() const {
    int w = 0;
    for (const QString& r : m_grid.rows)
        w = std::max(w, fontMetrics().horizontalAdvance(r));
    return std::min(w + kGap + 4, fontMetrics().averageCharWidth() * 18);
}

QRect SubtaskHeatMap::cellArea() const {
    const QFontMetrics fm = fontMetrics();
    const int top = 2 * fm.height() + kGap;    // title and caption
    const int bottom = fm.height() * 2 + kGap; // size labels, axis name
    const int right = kBarWidth + fm.horizontalAdvance(QStringLiteral("0.00")) + 3 * kGap;
    return QRect(labelWidth(), top, std::max(10, width() - labelWidth() - right),
                 std::max(10, height() - top - bottom));
}

QSize SubtaskHeatMap::minimumSizeHint() const {
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 40, fm.height() * 9};
}

QSize SubtaskHeatMap::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    return {fm.averageCharWidth() * 80, fm.height() * 22};
}

void SubtaskHeatMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    p.setPen(palette().text().color());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    // A narrow view (1,024 px wide) cut the title and caption mid-word: they end in "…" now and
    // show whole in the tooltip over them.
    p.drawText(QRect(0, 0, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width()));
    p.setFont(font());
    if (m_grid.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No subtask has a score at a known size."));
        return;
    }
    p.drawText(QRect(0, fm.height(), width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(caption(), Qt::ElideRight, width()));
    const QRect area = cellArea();
    const int nr = int(m_grid.rows.size()), nc = int(m_grid.x.size());
    const double cw = double(area.width()) / nc, ch = double(area.height()) / nr;
    const double span = m_grid.max - m_grid.min;
    for (int r = 0; r < nr; ++r)
        for (int c = 0; c < nc; ++c) {
            const QRectF cell(area.left() + c * cw, area.top() + r * ch, cw, ch);
            const std::optional<double>& v = m_grid.values[std::size_t(r)][std::size_t(c)];
            p.fillRect(cell.adjusted(0, 0, 0.6, 0.6),
                       v ? viridis(span > 0 ? (*v - m_grid.min) / span : 0.5)
                         : QColor(0xdd, 0xdd, 0xdd));
        }
    // Row labels: every row when they fit, else every k-th.
    const int step = std::max(1, int(std::ceil(fm.height() / std::max(ch, 1e-9))));
    for (int r = 0; r < nr; r += step) {
        const QRectF label(0, area.top() + r * ch + ch / 2 - fm.height() / 2.0, labelWidth() - kGap,
                           fm.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(m_grid.rows[r], Qt::ElideMiddle, labelWidth() - kGap));
    }
    // Column labels: model sizes, as many as fit without overlapping.
    int lastRight = -1;
    for (int c = 0; c < nc; ++c) {
        const QString text = AxisTicks::formatScale(m_grid.x[std::size_t(c)], m_axis);
        const int w = fm.horizontalAdvance(text);
        const int centre = int(area.left() + (c + 0.5) * cw);
        if (centre - w / 2 <= lastRight + kGap)
            continue;
        p.drawText(QRect(centre - w / 2, area.bottom() + 2, w, fm.height()), Qt::AlignCenter, text);
        lastRight = centre + w / 2;
    }
    p.drawText(QRect(area.left(), area.bottom() + 2 + fm.height(), area.width(), fm.height()),
               Qt::AlignCenter, scaleAxisLabel(m_axis));
    // Colour bar with its ends and middle labelled.
    const QRect bar(area.right() + 2 * kGap, area.top(), kBarWidth, area.height());
    for (int y = 0; y < bar.height(); ++y)
        p.fillRect(QRect(bar.left(), bar.top() + y, bar.width(), 1),
                   viridis(1.0 - double(y) / std::max(1, bar.height() - 1)));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    for (double t : {0.0, 0.5, 1.0}) {
        const double value = m_grid.min + t * span;
        const int y = int(bar.bottom() - t * bar.height());
        p.drawText(QRect(bar.right() + 3, y - fm.height() / 2, width() - bar.right(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(value, 'g', 3));
    }
}

bool SubtaskHeatMap::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip || m_grid.empty())
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    const QRect area = cellArea();
    if (help->pos().y() < 2 * fontMetrics().height()) { // over the title and caption
        QToolTip::showText(help->globalPos(), m_title + QLatin1Char('\n') + caption(), this);
        return true;
    }
    if (!area.contains(help->pos())) {
        QToolTip::hideText();
        return true;
    }
    const int c = std::min(int(m_grid.x.size()) - 1,
                           int((help->pos().x() - area.left()) * m_grid.x.size() / area.width()));
    const int r = std::min(int(m_grid.rows.size()) - 1, int((help->pos().y() - area.top()) *
                                                            m_grid.rows.size() / area.height()));
    const std::optional<double>& v = m_grid.values[std::size_t(r)][std::size_t(c)];
    QToolTip::showText(help->globalPos(),
                       tr("%1 · %2 (%3): %4 %5")
                           .arg(m_grid.rows[r], m_grid.models[c],
                                AxisTicks::formatScale(m_grid.x[std::size_t(c)], m_axis),
                                m_valueLabel, v ? QString::number(*v, 'g', 6) : tr("no score")),
                       this);
    return true;
}

} // namespace ee::ui
