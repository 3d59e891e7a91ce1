// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/AxisTicks.h"

#include <QFont>
#include <QObject>
#include <QPointer>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace ee::render {

/// \brief Sets a category axis (new or reused) to label `ticks` over [min, max]: ticks at min or
/// outside the range and repeated labels are left out. The categories are replaced only when
/// they differ, so an unchanged axis is not laid out again.
void setCategoryTicks(QCategoryAxis* axis, const QList<AxisTick>& ticks, double min, double max);

/// \brief The x tick labels of a chart that fit its plot width (render::fitTicks), kept so as
/// the chart is resized: a chart on screen learns its plot width only when Qt Charts lays it
/// out, and a narrow one ran its log-axis labels together ("10M100M") and cut the last one
/// ("10T") at its right edge. Owned by the chart; ChartBuilder creates or updates it.
class XTickFitter : public QObject {
    Q_OBJECT
public:
    XTickFitter(QChart* chart, QCategoryAxis* axis);

    /// \brief The chart's fitter, or a new one for `axis` (the chart's x axis).
    static XTickFitter* of(QChart* chart, QCategoryAxis* axis);
    /// \brief The axis it serves (null once the axis is gone).
    QCategoryAxis* axis() const;
    /// \brief The ticks to choose from and the labels' font; applied at once when the chart
    /// has been laid out already (a chart updated in place), else at its first layout.
    void setTicks(const QList<AxisTick>& ticks, double min, double max, const QFont& font);

private:
    void fit(const QRectF& plotArea);

    QChart* m_chart;
    QPointer<QCategoryAxis> m_axis;
    QList<AxisTick> m_ticks;
    double m_min = 0, m_max = 1;
    QFont m_font;
};

/// \brief The ticks of `ticks` (inside (min, max], labels unique) whose labels in `font` fit
/// `plotWidth` scene units (render::fitTicks); `rightOverhang`, if given, is how far the last
/// one reaches past the plot's right edge.
QList<AxisTick> fittedTicks(const QList<AxisTick>& ticks, double min, double max, const QFont& font,
                            double plotWidth, double* rightOverhang = nullptr);

} // namespace ee::render
