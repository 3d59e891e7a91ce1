// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/XTickFitter.h"

#include "render/ChartFitter.h"

#include "render/TickFit.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <cmath>

namespace ee::render {

namespace {

/// The ticks an axis over [min, max] labels: inside (min, max] (Qt Charts draws no label at the
/// start value), each label once.
QList<AxisTick> labelled(const QList<AxisTick>& ticks, double min, double max) {
    QList<AxisTick> out;
    QStringList seen;
    for (const AxisTick& t : ticks)
        if (t.position > min && t.position <= max && !seen.contains(t.label)) {
            seen.append(t.label);
            out.append(t);
        }
    return out;
}

} // namespace

void setCategoryTicks(QCategoryAxis* axis, const QList<AxisTick>& ticks, double min, double max) {
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QList<AxisTick> shown = labelled(ticks, min, max);
    QStringList labels;
    for (const AxisTick& t : shown)
        labels.append(t.label);
    bool same = axis->categoriesLabels() == labels && axis->startValue() == min;
    for (qsizetype i = 0; same && i < shown.size(); ++i)
        same = axis->endValue(labels[i]) == shown[i].position;
    if (!same) {
        for (const QString& l : axis->categoriesLabels())
            axis->remove(l);
    }
    axis->setRange(min, max);
    axis->setStartValue(min);
    if (!same) {
        for (const AxisTick& t : shown)
            axis->append(t.label, t.position);
    }
    axis->setShadesVisible(false);
    axis->setTruncateLabels(false); // "100M" must never become "10..."
    axis->setMinorGridLineVisible(false);
}

QList<AxisTick> fittedTicks(const QList<AxisTick>& ticks, double min, double max, const QFont& font,
                            double plotWidth, double* rightOverhang) {
    const QList<AxisTick> shown = labelled(ticks, min, max);
    const QFontMetricsF fm(font);
    QList<double> positions, widths;
    for (const AxisTick& t : shown) {
        positions.append(t.position);
        widths.append(fm.horizontalAdvance(t.label));
    }
    // Half a digit between labels reads as a gap; less runs "10M100M" together.
    const TickFit fit = fitTicks(positions, widths, min, max, plotWidth,
                                 fm.horizontalAdvance(QLatin1Char('0')) / 2);
    QList<AxisTick> kept;
    for (qsizetype i : fit.kept)
        kept.append(shown[i]);
    if (rightOverhang)
        *rightOverhang = fit.rightOverhang;
    return kept;
}

XTickFitter::XTickFitter(QChart* chart, QCategoryAxis* axis)
    : QObject(chart)
    , m_chart(chart)
    , m_axis(axis) {
    connect(chart, &QChart::plotAreaChanged, this, &XTickFitter::fit);
}

XTickFitter* XTickFitter::of(QChart* chart, QCategoryAxis* axis) {
    return chartFitterOf<XTickFitter>(chart, axis);
}

QCategoryAxis* XTickFitter::axis() const {
    return m_axis;
}

void XTickFitter::setTicks(const QList<AxisTick>& ticks, double min, double max,
                           const QFont& font) {
    m_ticks = ticks;
    m_min = min;
    m_max = max;
    m_font = font;
    fit(m_chart->plotArea());
}

void XTickFitter::fit(const QRectF& plotArea) {
    if (!m_axis)
        return;
    if (plotArea.width() <= 0) {
        setCategoryTicks(m_axis, m_ticks, m_min, m_max); // not laid out yet: all of them
        return;
    }
    // Labels are chosen for the plot width the chart would have without the right margin set
    // below, less the most that margin can take: the choice then does not change with the
    // margin, so the two settle after one more layout instead of taking turns.
    const QMargins margins = m_chart->margins();
    const QFontMetricsF fm(m_font);
    double widest = 0;
    for (const AxisTick& t : std::as_const(m_ticks))
        widest = std::max(widest, fm.horizontalAdvance(t.label));
    const double width = plotArea.width() + margins.right() - widest / 2;
    const QList<AxisTick> kept = fittedTicks(m_ticks, m_min, m_max, m_font, width);
    setCategoryTicks(m_axis, kept, m_min, m_max);
    // The last label is centred on its tick: where that sits at the plot's right edge, half of
    // it hangs past the plot, and the chart (no margins of its own) cut it there.
    double overhang = 0;
    for (const AxisTick& t : kept) {
        const double x = (t.position - m_min) / (m_max - m_min) * plotArea.width();
        overhang = std::max(overhang, x + fm.horizontalAdvance(t.label) / 2 - plotArea.width());
    }
    const double room = m_chart->size().width() - plotArea.right() - margins.right();
    const int right = int(std::ceil(std::max(0.0, overhang - room)));
    if (right != margins.right())
        m_chart->setMargins(QMargins(margins.left(), margins.top(), right, margins.bottom()));
}

} // namespace ee::render
