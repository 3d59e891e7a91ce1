// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/LegendStrip.h"

#include "render/ChartBuilder.h"

#include <QPainter>

namespace ee::ui {

namespace {
constexpr int kMarker = 9;
constexpr int kGap = 14;
constexpr int kPad = 4;
} // namespace

LegendStrip::LegendStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LegendStrip::setEntries(const QStringList& families, const FamilyStyles& styles, bool dark) {
    m_families = families;
    m_styles.clear();
    for (const QString& f : families)
        m_styles.append(styles.of(f));
    m_dark = dark;
    updateGeometry();
    update();
}

QList<QPoint> LegendStrip::layoutFor(int width, int* height) const {
    const QFontMetrics fm(font());
    const int lineHeight = std::max(fm.height(), kMarker) + 2;
    QList<QPoint> out;
    int x = kPad, y = kPad;
    for (const QString& f : m_families) {
        const int w = kMarker + 4 + fm.horizontalAdvance(f);
        if (x > kPad && x + w > width - kPad) {
            x = kPad;
            y += lineHeight;
        }
        out.append(QPoint(x, y));
        x += w + kGap;
    }
    if (height)
        *height = m_families.isEmpty() ? 0 : y + lineHeight + kPad;
    return out;
}

int LegendStrip::heightForWidth(int width) const {
    int h = 0;
    layoutFor(width, &h);
    return h;
}

QSize LegendStrip::sizeHint() const {
    return QSize(400, heightForWidth(width() > 0 ? width() : 400));
}

void LegendStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const QList<QPoint> pos = layoutFor(width(), nullptr);
    const int lineHeight = std::max(fm.height(), kMarker) + 2;
    for (qsizetype i = 0; i < m_families.size(); ++i) {
        const QPoint at = pos[i];
        const QColor colour(m_styles[i].colour);
        p.save();
        p.translate(at.x() + kMarker / 2.0, at.y() + lineHeight / 2.0);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(render::ChartBuilder::markerPath(m_styles[i].marker, kMarker));
        p.restore();
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(at.x() + kMarker + 4, at.y(), width(), lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, m_families[i]);
    }
}

} // namespace ee::ui
