// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/PanelData.h"

#include "figure/YAxisChoice.h"
#include "model/BinomialInterval.h"
#include "model/ChanceLevel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ee {

namespace {

/// The smallest y span the chart layer draws (Qt Charts' "fuzzy null", 1e-12).
constexpr double kMinDrawnSpan = 1e-12;

// The axis titles' and notes' translation context (QtCore only: the app installs a translator,
// the command line never does, so its output stays English).
struct PanelText {
    Q_DECLARE_TR_FUNCTIONS(PanelData)
};

void addDistinct(QList<double>& list, double v) {
    if (!list.contains(v))
        list.append(v);
}

struct Extent {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void add(double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    bool valid() const { return lo <= hi; }
};

QString chanceLabel(double chance) {
    // Four significant digits, marked as rounded when they are not the whole number.
    const QString shown = QString::number(chance, 'g', 4);
    const bool exact = shown.toDouble() == chance;
    return PanelText::tr("chance %1%2").arg(exact ? QString() : QStringLiteral("≈"), shown);
}

} // namespace

double PanelData::toPlotX(double scale, bool logX) {
    return logX ? std::log10(scale) : scale;
}

PanelData PanelData::prepare(const QList<Curve>& curves, const PanelSpec& panel) {
    PanelData d;
    d.logX = panel.logX;
    d.axis = panel.query.axis;
    const YAxisChoice y = chooseYAxis(curves, panel);
    d.yAxis = y.mode;
    if (!y.note.isEmpty())
        d.yAxisNote = PanelText::tr("%1; the full range is shown").arg(y.note);
    Extent xs, ys;
    for (qsizetype c = 0; c < curves.size(); ++c) {
        const Curve& curve = curves[c];
        const YMapping& map = y.mappings[c];
        const std::optional<double> proportionOf = proportionScale(curve);
        PlotSeries s;
        s.curveIndex = c;
        s.key = curve.key;
        for (qsizetype i = 0; i < curve.points.size(); ++i) {
            const CurvePoint& p = curve.points[i];
            if (!p.x || !std::isfinite(*p.x)) {
                ++d.missingScale;
                continue;
            }
            if (d.logX && *p.x <= 0) {
                ++d.nonPositiveScale;
                continue;
            }
            bool clipped = false;
            const std::optional<double> value = map.map(p.value, &clipped);
            if (!value) {
                ++d.nonPositiveY;
                continue;
            }
            d.clippedY += clipped ? 1 : 0;
            const double x = toPlotX(*p.x, d.logX);
            s.points.append({x, *value, i});
            xs.add(x);
            ys.add(*value);
            // Published interval, else ± standard error, else the Wilson interval from n.
            std::optional<double> lo, hi;
            if (const auto iv = drawnInterval(p, proportionOf))
                lo = iv->low, hi = iv->high;
            // A bound a log axis cannot show drops the interval, never the point.
            if (lo && hi)
                lo = map.map(*lo), hi = map.map(*hi);
            if (lo && hi) {
                s.intervals.append({x, *lo, *hi, i});
                if (panel.ci != CiStyle::None) {
                    ys.add(*lo);
                    ys.add(*hi);
                }
            }
        }
        const std::optional<ChanceLevel> chance = chanceLevelOf(curve);
        if (chance && panel.showChance) {
            if (const auto level = map.map(chance->value);
                level && !d.chanceLevels.contains(*level)) {
                d.chanceLevels.append(*level);
                d.chanceLabels.append(chanceLabel(chance->value));
            }
        }
        if (!chance && isChoiceMetric(curve.key.metric) && !curve.points.isEmpty())
            d.chanceUnknown = true;
        if (curve.high && panel.showPerfect)
            if (const auto level = map.map(*curve.high))
                addDistinct(d.perfectLevels, *level);
        d.series.append(s);
    }
    if (d.clippedY > 0)
        d.yAxisNote =
            (d.clippedY == 1 ? PanelText::tr("%1 point at 0 or 1 drawn at %2 or %3 (logit axis)")
                             : PanelText::tr("%1 points at 0 or 1 drawn at %2 or %3 (logit axis)"))
                .arg(d.clippedY)
                .arg(kLogitClip)
                .arg(1.0 - kLogitClip);
    const YMapping fitMap = y.mappings.isEmpty() ? YMapping{} : y.mappings.first();
    for (qsizetype f = 0; f < panel.fits.size(); ++f) {
        const FittedCurve& fit = panel.fits[f];
        PlotFit pf{f, fit.label, fit.family, {}};
        for (const QPointF& p : fit.points) {
            const std::optional<double> value = fitMap.map(p.y());
            if ((d.logX && p.x() <= 0) || !value) {
                ++d.droppedFitPoints;
                continue;
            }
            const double x = toPlotX(p.x(), d.logX);
            pf.points.append(QPointF(x, *value));
            xs.add(x);
            ys.add(*value);
        }
        d.fits.append(pf);
    }
    for (double v : std::as_const(d.chanceLevels))
        ys.add(v);
    for (double v : std::as_const(d.perfectLevels))
        ys.add(v);
    // The full range holds the metric's whole range and whatever lies outside it (intervals).
    const bool full = y.fullRange && ys.valid();
    if (full) {
        ys.add(y.fullRange->first);
        ys.add(y.fullRange->second);
    }
    if (panel.yMin)
        ys.lo = *panel.yMin;
    if (panel.yMax)
        ys.hi = *panel.yMax;
    d.hasRange = xs.valid() && ys.valid();
    if (!d.hasRange)
        return d;
    // Padding keeps markers off the frame: a fifth of a decade (or 4 %) on x, 5 % on y (2 % on
    // a full range, whose ends are round numbers already).
    const double xSpan = xs.hi - xs.lo;
    const double xPad = xSpan > 0 ? xSpan * 0.04 : (d.logX ? 0.5 : std::max(1.0, xs.lo * 0.1));
    d.xMin = xs.lo - std::max(xPad, d.logX ? 0.1 : 0.0);
    d.xMax = xs.hi + std::max(xPad, d.logX ? 0.1 : 0.0);
    // A span the chart cannot draw counts as none: Qt Charts lays out no axis whose span is
    // within 1e-12 of zero (it kept the labels, line and title of the chart before, issue
    // #20: the product of 100 subtasks' accuracies is about 1e-133).
    const double ySpan = ys.hi - ys.lo;
    const double yPad =
        ySpan > kMinDrawnSpan ? ySpan * (full ? 0.02 : 0.05) : std::max(0.5, std::abs(ys.lo) * 0.1);
    d.yMin = panel.yMin ? *panel.yMin : ys.lo - yPad;
    d.yMax = panel.yMax ? *panel.yMax : ys.hi + yPad;
    return d;
}

double PanelData::freeLabelX(double level, double xMin, double xMax, double yMin,
                             double yMax) const {
    const double xSpan = xMax - xMin, ySpan = yMax - yMin;
    if (!(xSpan > 0) || !(ySpan > 0))
        return xMin + 0.9 * xSpan;
    double bestX = xMin + 0.9 * xSpan, bestDistance = -1;
    // Candidates in order of preference; a later one must be clearly freer to win.
    for (double at : {0.9, 0.1, 0.7, 0.3, 0.5}) {
        const double x = xMin + at * xSpan;
        double nearest = std::numeric_limits<double>::infinity();
        for (const PlotSeries& s : series)
            for (const PlotPoint& p : s.points) {
                // The label is about a tenth of the width wide and sits above the line.
                const double dx = std::max(0.0, std::abs(p.x - x) / xSpan - 0.06);
                const double dy = (p.y - level) / ySpan;
                const double above = dy >= 0 && dy < 0.08 ? 0.0 : std::abs(dy);
                nearest = std::min(nearest, std::hypot(dx, above));
            }
        if (nearest > bestDistance + 0.02) {
            bestDistance = nearest;
            bestX = x;
        }
    }
    return bestX;
}

QString PanelData::yTitle(const QString& base) const {
    switch (yAxis) {
    case YAxisMode::Log:
        return PanelText::tr("%1 (log scale)").arg(base);
    case YAxisMode::Logit:
        return PanelText::tr("%1 (logit scale)").arg(base);
    case YAxisMode::Normalised:
        // Short enough not to be cut on a small chart; the chance line at 0 says the rest.
        return PanelText::tr("normalised %1").arg(base);
    case YAxisMode::Full:
    case YAxisMode::Fit:
        break;
    }
    return base;
}

QString PanelData::droppedNote() const {
    const qsizetype total = droppedPoints();
    if (total == 0)
        return {};
    QStringList parts;
    if (missingScale)
        parts << (missingScale == 1 ? PanelText::tr("%1 has no known %2")
                                    : PanelText::tr("%1 have no known %2"))
                     .arg(missingScale)
                     .arg(scaleAxisLabel(axis));
    if (nonPositiveScale)
        parts << (nonPositiveScale == 1
                      ? PanelText::tr("%1 has a zero or negative scale (log axis)")
                      : PanelText::tr("%1 have a zero or negative scale (log axis)"))
                     .arg(nonPositiveScale);
    if (nonPositiveY)
        parts << (nonPositiveY == 1 ? PanelText::tr("%1 is zero or below (log y axis)")
                                    : PanelText::tr("%1 are zero or below (log y axis)"))
                     .arg(nonPositiveY);
    return (total == 1 ? PanelText::tr("%1 point not shown: %2")
                       : PanelText::tr("%1 points not shown: %2"))
        .arg(total)
        .arg(parts.join(PanelText::tr(", ")));
}

} // namespace ee
