// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/TaskMapFigure.h"

#include "views/TaskMapView.h"

#include <algorithm>
#include <cmath>

namespace ee::ui {

ViewFigure figureOfTaskMap(const QList<BrowserRow>& rows, const FigureSpec& page) {
    ViewFigure f;
    f.spec = page;
    PanelSpec panel;
    panel.query.task = QStringLiteral("Tasks in (L, B)");
    panel.title = TaskMapView::tr("Tasks in (L, B): one point per task curve");
    panel.xLabel = TaskMapView::tr("L: linearity (definition unconfirmed)");
    panel.yLabel = TaskMapView::tr("B: breakthroughness");
    panel.logX = false;
    panel.lines = false;
    panel.ci = CiStyle::None;
    panel.showChance = panel.showPerfect = false;
    QList<Curve> curves;
    for (const BrowserRow& r : rows) {
        if (!r.linearity || !r.breakthroughness || !std::isfinite(*r.linearity) ||
            !std::isfinite(*r.breakthroughness))
            continue;
        const QString flag = TaskMapView::flagLabel(r.flag);
        auto it = std::find_if(curves.begin(), curves.end(),
                               [&](const Curve& c) { return c.key.family == flag; });
        if (it == curves.end()) {
            Curve c;
            c.key.task = panel.query.task;
            c.key.metric = QStringLiteral("B");
            c.key.family = flag;
            curves.append(c);
            it = curves.end() - 1;
        }
        CurvePoint p;
        p.model = r.subtask.isEmpty() ? r.task : r.task + QLatin1Char('/') + r.subtask;
        p.source = r.source;
        p.x = *r.linearity;
        p.value = *r.breakthroughness;
        it->points.append(p);
    }
    for (Curve& c : curves)
        std::sort(c.points.begin(), c.points.end(), [](const CurvePoint& a, const CurvePoint& b) {
            return *a.x < *b.x || (*a.x == *b.x && a.model < b.model);
        });
    if (!curves.isEmpty()) {
        f.spec.panels = {panel};
        f.curves.panels = {curves};
    } else {
        f.spec.panels.clear();
    }
    setGridFor(f.spec);
    // Its titles and flag names are the view's tr(): made again from the same rows in the
    // figure's language.
    f.relabel = [rows](FigureSpec& spec, render::FigureCurves& curves) {
        const ViewFigure again = figureOfTaskMap(rows, spec);
        spec.panels = again.spec.panels;
        curves = again.curves;
    };
    return f;
}

} // namespace ee::ui
