// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/FigureSpec.h"
#include "model/Curve.h"

#include <QList>
#include <QPointF>

namespace ee {

/// \brief One point as plotted. `x` is in plot coordinates (log10 of the scale on a log axis);
/// `index` is the point's position in its Curve::points, so a hover can find the model.
struct PlotPoint {
    double x = 0.0;
    double y = 0.0;
    qsizetype index = -1;
};

/// \brief A confidence interval at one point, in plot coordinates.
struct PlotInterval {
    double x = 0.0;
    double low = 0.0;
    double high = 0.0;
    qsizetype index = -1;
};

/// \brief One curve ready to draw: only the points its axis can show.
struct PlotSeries {
    qsizetype curveIndex = -1; ///< index into the curves given to PanelData::prepare()
    CurveKey key;
    QList<PlotPoint> points;
    /// ee::drawnInterval(): ciLow/ciHigh, else value ± a positive standard error, else the 95 %
    /// Wilson interval of a proportion metric's point with a known n (0/25: [0, 0.133]).
    QList<PlotInterval> intervals;
};

/// \brief A caller-supplied fitted curve in plot coordinates.
struct PlotFit {
    qsizetype fitIndex = -1; ///< index into PanelSpec::fits
    QString label;
    QString family;
    QList<QPointF> points;
};

/// \brief Everything a renderer needs for one panel, with no Qt Gui types: the plottable points,
/// reference levels, axis ranges, and how many points could not be drawn and why.
///
/// Points with an unknown scale, or (on a log axis) a zero or negative scale, are never silently
/// dropped: they are counted here and droppedNote() says so in a sentence.
struct PanelData {
    QList<PlotSeries> series;
    QList<PlotFit> fits;
    /// Distinct chance levels of the curves (ee::chanceLevelOf()), in plot coordinates.
    QList<double> chanceLevels;
    QStringList chanceLabels;    ///< one per chance level, e.g. "chance 0.25" (metric units)
    QList<double> perfectLevels; ///< distinct `high` values, in plot coordinates
    /// A curve of a choice metric (ee::isChoiceMetric()) whose chance level is unknown.
    bool chanceUnknown = false;
    YAxisMode yAxis = YAxisMode::Fit; ///< the mode drawn (a wanted one may be impossible)
    QString yAxisNote;                ///< why the wanted mode was not possible, or what it clipped
    bool logX = true;
    ScaleAxis axis = ScaleAxis::Params;

    qsizetype missingScale = 0;     ///< points with no known scale on this axis
    qsizetype nonPositiveScale = 0; ///< points at a zero or negative scale on a log axis
    qsizetype droppedFitPoints = 0; ///< fit points at a zero or negative x on a log axis
    qsizetype nonPositiveY = 0;     ///< points at zero or below on a log y axis
    qsizetype clippedY = 0;         ///< points at 0 or 1 drawn clipped on a logit y axis

    bool hasRange = false;                         ///< false when nothing at all can be drawn
    double xMin = 0, xMax = 1, yMin = 0, yMax = 1; ///< padded ranges in plot coordinates

    /// \brief Filters, converts and measures `curves` for `panel`.
    static PanelData prepare(const QList<Curve>& curves, const PanelSpec& panel);

    /// \brief Points with data that are not drawn (missingScale + nonPositiveScale +
    /// nonPositiveY).
    qsizetype droppedPoints() const { return missingScale + nonPositiveScale + nonPositiveY; }
    /// \brief e.g. "3 points not shown: 2 have no known parameters, 1 has a zero or negative
    /// scale"; empty when every point is drawn.
    QString droppedNote() const;
    /// \brief Where along [xMin, xMax] a label sitting on the line y = `level` is farthest from
    /// every point drawn (the axes' ranges scale the distances): near the right end when that
    /// is free, else near the left end, else further in.
    double freeLabelX(double level, double xMin, double xMax, double yMin, double yMax) const;
    /// \brief y ticks over [lo, hi] (plot coordinates) for the mode drawn.
    QList<AxisTick> yTicks(double lo, double hi) const { return yAxisTicks(yAxis, lo, hi); }
    /// \brief The y-axis title: `base` (the metric) and how it is mapped.
    QString yTitle(const QString& base) const;
    /// \brief The plot coordinate of a scale (log10 on a log axis).
    static double toPlotX(double scale, bool logX);
};

} // namespace ee
