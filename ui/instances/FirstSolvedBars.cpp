// SPDX-License-Identifier: GPL-3.0-or-later
#include "instances/FirstSolvedBars.h"

#include <QPainter>
#include <algorithm>

namespace ee::ui {

FirstSolvedBars::FirstSolvedBars(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FirstSolvedBars::setBars(const QStringList& names, const QList<qsizetype>& counts) {
    m_names = names;
    m_counts = counts;
    updateGeometry();
    update();
}

QSize FirstSolvedBars::sizeHint() const {
    const int line = fontMetrics().height() + 4;
    return {320, line * static_cast<int>(std::max<qsizetype>(m_names.size(), 1) + 1)};
}

QSize FirstSolvedBars::minimumSizeHint() const {
    return {160, (fontMetrics().height() + 2) * static_cast<int>(m_names.size())};
}

void FirstSolvedBars::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int n = static_cast<int>(m_names.size());
    if (n == 0)
        return;
    const int line = std::max(fm.height() + 2, height() / n);
    const int nameWidth = std::min(width() / 3, [&] {
        int w = 0;
        for (const QString& s : m_names)
            w = std::max(w, fm.horizontalAdvance(s));
        return w + 8;
    }());
    qsizetype top = 1;
    for (const qsizetype c : m_counts)
        top = std::max(top, c);
    const QString widest = QString::number(top);
    const int countWidth = fm.horizontalAdvance(widest) + 8;
    const int barSpace = std::max(10, width() - nameWidth - countWidth);
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < n; ++i) {
        const int y = i * line;
        const QRect nameRect(0, y, nameWidth - 6, line);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(nameRect, Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(m_names[i], Qt::ElideMiddle, nameRect.width()));
        const int length =
            static_cast<int>(static_cast<double>(barSpace) *
                             static_cast<double>(m_counts.value(i)) / static_cast<double>(top));
        p.fillRect(QRect(nameWidth, y + line / 6, length, line - line / 3), bar);
        p.drawText(QRect(nameWidth + length + 4, y, countWidth, line), Qt::AlignVCenter,
                   QString::number(m_counts.value(i)));
    }
}

} // namespace ee::ui
