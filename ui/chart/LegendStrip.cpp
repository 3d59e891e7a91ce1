// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/LegendStrip.h"

#include "render/ChartBuilder.h"

#include <QMouseEvent>
#include <QPainter>

namespace ee::ui {

namespace {
constexpr int kMarker = 9;
// Width of an entry's sample: the marker, then a line long enough for a whole period of the
// longest dash pattern, so two families of one colour and marker still differ by their dash
// here as they do on the chart.
constexpr int kSample = 34;
constexpr double kLineWidth = 1.5;
constexpr int kGap = 14;
constexpr int kPad = 4;
} // namespace

LegendStrip::LegendStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void LegendStrip::setEntries(const QList<Entry>& entries) {
    m_entries = entries;
    updateGeometry();
    update();
}

LegendStrip::Layout LegendStrip::layoutFor(int width) const {
    const QFontMetrics fm(font());
    const int lineHeight = std::max(fm.height(), kMarker) + 2;
    const auto moreText = [this](qsizetype left) { return tr("+%1 more…").arg(left); };
    Layout out;
    int x = kPad, line = 0;
    bool overflow = false;
    for (const Entry& e : m_entries) {
        const int w = kSample + 4 + fm.horizontalAdvance(e.name);
        if (x > kPad && x + w > width - kPad) {
            x = kPad;
            ++line;
        }
        if (line >= maxLines()) {
            overflow = true;
            break;
        }
        out.boxes.append(QRect(x, kPad + line * lineHeight, w, lineHeight));
        x += w + kGap;
    }
    const int lines = std::min(line + 1, maxLines());
    out.height = m_entries.isEmpty() ? 0 : 2 * kPad + lines * lineHeight;
    if (!overflow)
        return out;
    // "+N more…" ends the last line; entries make room for it from the end.
    const int lastY = kPad + (maxLines() - 1) * lineHeight;
    for (;;) {
        const int w = fm.horizontalAdvance(moreText(m_entries.size() - out.boxes.size()));
        const int at = out.boxes.isEmpty() ? kPad : out.boxes.last().right() + 1 + kGap;
        if (out.boxes.isEmpty() || out.boxes.last().y() != lastY || at + w <= width - kPad) {
            out.more = QRect(out.boxes.isEmpty() || out.boxes.last().y() != lastY ? kPad : at,
                             lastY, w, lineHeight);
            return out;
        }
        out.boxes.removeLast();
    }
}

void LegendStrip::setInteractive(bool on) {
    m_interactive = on;
    setMouseTracking(on);
}

qsizetype LegendStrip::shownCount() const {
    return layoutFor(width()).boxes.size();
}

QPoint LegendStrip::entryCentre(qsizetype i) const {
    return layoutFor(width()).boxes.value(i).center();
}

int LegendStrip::heightForWidth(int width) const {
    return layoutFor(width).height;
}

QSize LegendStrip::sizeHint() const {
    return QSize(400, heightForWidth(width() > 0 ? width() : 400));
}

qsizetype LegendStrip::hit(const QPoint& pos) const {
    if (!m_interactive)
        return -1;
    const Layout l = layoutFor(width());
    if (l.more.contains(pos))
        return -2;
    for (qsizetype i = 0; i < l.boxes.size(); ++i)
        if (l.boxes[i].contains(pos) && !m_entries[i].fit)
            return i;
    return -1;
}

void LegendStrip::mouseMoveEvent(QMouseEvent* event) {
    const qsizetype i = hit(event->position().toPoint());
    setCursor(i == -1 ? Qt::ArrowCursor : Qt::PointingHandCursor);
    const QString name = i >= 0 && !m_entries[i].hidden ? m_entries[i].name : QString();
    if (name != m_hovered) {
        m_hovered = name;
        emit familyHovered(name);
    }
    QWidget::mouseMoveEvent(event);
}

void LegendStrip::leaveEvent(QEvent* event) {
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        emit familyHovered(QString());
    }
    QWidget::leaveEvent(event);
}

void LegendStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const qsizetype i = hit(event->position().toPoint());
    if (i == -2)
        emit moreClicked();
    else if (i >= 0)
        emit familyClicked(m_entries[i].family);
}

int LegendStrip::sampleWidth() {
    return kSample;
}

void LegendStrip::paintSample(QPainter& p, const SeriesStyle& style, const QColor& colour,
                              bool fit) {
    QPen pen(colour, kLineWidth);
    pen.setCapStyle(Qt::FlatCap);
    if (fit)
        pen.setDashPattern({3.0, 1.5});
    else if (const QList<qreal> dashes = render::ChartBuilder::dashPattern(style.dash);
             !dashes.isEmpty())
        pen.setDashPattern(dashes);
    p.setPen(pen);
    p.drawLine(QPointF(fit ? 0 : kMarker + 1, 0), QPointF(kSample, 0));
    if (fit)
        return;
    p.translate(kMarker / 2.0, 0);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPath(render::ChartBuilder::markerPath(style.marker, kMarker));
    p.translate(-kMarker / 2.0, 0);
}

void LegendStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layoutFor(width());
    const QColor text = palette().color(QPalette::WindowText);
    QColor greyed = text;
    greyed.setAlphaF(0.4);
    for (qsizetype i = 0; i < l.boxes.size(); ++i) {
        const Entry& e = m_entries[i];
        const QRect box = l.boxes[i];
        QColor colour(e.style.colour);
        if (e.hidden)
            colour.setAlphaF(0.3);
        p.save();
        p.translate(box.x(), box.center().y() + 0.5);
        paintSample(p, e.style, colour, e.fit);
        p.restore();
        QFont f = font();
        f.setStrikeOut(e.hidden);
        p.setFont(f);
        p.setPen(e.hidden ? greyed : text);
        p.drawText(QRect(box.x() + kSample + 4, box.y(), box.width(), box.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, e.name);
    }
    if (!l.more.isNull()) {
        p.setFont(font());
        p.setPen(palette().color(QPalette::Link));
        p.drawText(l.more, Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%1 more…").arg(m_entries.size() - l.boxes.size()));
    }
}

} // namespace ee::ui
