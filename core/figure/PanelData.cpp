// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/PanelData.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ee {

namespace {

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

} // namespace

double PanelData::toPlotX(double scale, bool logX) {
    return logX ? std::log10(scale) : scale;
}

PanelData PanelData::prepare(const QList<Curve>& curves, const PanelSpec& panel) {
    PanelData d;
    d.logX = panel.logX;
    d.axis = panel.query.axis;
    Extent xs, ys;
    for (qsizetype c = 0; c < curves.size(); ++c) {
        const Curve& curve = curves[c];
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
            const double x = toPlotX(*p.x, d.logX);
            s.points.append({x, p.value, i});
            xs.add(x);
            ys.add(p.value);
            std::optional<double> lo = p.ciLow, hi = p.ciHigh;
            if ((!lo || !hi) && p.stderr_) {
                lo = p.value - *p.stderr_;
                hi = p.value + *p.stderr_;
            }
            if (lo && hi) {
                s.intervals.append({x, *lo, *hi, i});
                if (panel.ci != CiStyle::None) {
                    ys.add(*lo);
                    ys.add(*hi);
                }
            }
        }
        if (curve.low && panel.showChance)
            addDistinct(d.chanceLevels, *curve.low);
        if (curve.high && panel.showPerfect)
            addDistinct(d.perfectLevels, *curve.high);
        d.series.append(s);
    }
    for (qsizetype f = 0; f < panel.fits.size(); ++f) {
        const FittedCurve& fit = panel.fits[f];
        PlotFit pf{f, fit.label, fit.family, {}};
        for (const QPointF& p : fit.points) {
            if (d.logX && p.x() <= 0) {
                ++d.droppedFitPoints;
                continue;
            }
            const double x = toPlotX(p.x(), d.logX);
            pf.points.append(QPointF(x, p.y()));
            xs.add(x);
            ys.add(p.y());
        }
        d.fits.append(pf);
    }
    for (double v : std::as_const(d.chanceLevels))
        ys.add(v);
    for (double v : std::as_const(d.perfectLevels))
        ys.add(v);
    if (panel.yMin)
        ys.lo = *panel.yMin;
    if (panel.yMax)
        ys.hi = *panel.yMax;
    d.hasRange = xs.valid() && ys.valid();
    if (!d.hasRange)
        return d;
    // Padding keeps markers off the frame: a fifth of a decade (or 4 %) on x, 5 % on y.
    const double xSpan = xs.hi - xs.lo;
    const double xPad = xSpan > 0 ? xSpan * 0.04 : (d.logX ? 0.5 : std::max(1.0, xs.lo * 0.1));
    d.xMin = xs.lo - std::max(xPad, d.logX ? 0.1 : 0.0);
    d.xMax = xs.hi + std::max(xPad, d.logX ? 0.1 : 0.0);
    const double ySpan = ys.hi - ys.lo;
    const double yPad = ySpan > 0 ? ySpan * 0.05 : std::max(0.5, std::abs(ys.lo) * 0.1);
    d.yMin = panel.yMin ? *panel.yMin : ys.lo - yPad;
    d.yMax = panel.yMax ? *panel.yMax : ys.hi + yPad;
    return d;
}

QString PanelData::droppedNote() const {
    const qsizetype total = droppedPoints();
    if (total == 0)
        return {};
    QStringList parts;
    if (missingScale)
        parts << QStringLiteral("%1 %2 no known %3")
                     .arg(missingScale)
                     .arg(missingScale == 1 ? QStringLiteral("has") : QStringLiteral("have"))
                     .arg(scaleAxisLabel(axis));
    if (nonPositiveScale)
        parts << QStringLiteral("%1 %2 a zero or negative scale (log axis)")
                     .arg(nonPositiveScale)
                     .arg(nonPositiveScale == 1 ? QStringLiteral("has") : QStringLiteral("have"));
    return QStringLiteral("%1 %2 not shown: %3")
        .arg(total)
        .arg(total == 1 ? QStringLiteral("point") : QStringLiteral("points"))
        .arg(parts.join(QLatin1String(", ")));
}

} // namespace ee
