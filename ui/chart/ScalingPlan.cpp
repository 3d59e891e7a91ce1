// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/ScalingPlan.h"

#include "figure/PanelData.h"

#include <QCoreApplication>

#include <algorithm>

namespace ee::ui {

PanelSpec scalingPanelSpec(const ChartSelection& selection, const QString& metric,
                           const QStringList& visibleFamilies, qsizetype familiesOnChart,
                           const QHash<QString, QString>& yLabels) {
    PanelSpec p;
    p.query.task = selection.task;
    p.query.subtask = selection.subtask;
    p.query.metric = metric;
    p.query.shots = selection.shotsChosen ? selection.shots : std::nullopt;
    p.query.prompting = selection.overlayPrompting ? QString() : selection.prompting;
    p.query.axis = selection.axis;
    if (selection.capabilityPc > 0) {
        // PC scores are centred on the benchmark means: negative values need a linear axis.
        p.logX = false;
        p.xLabel = QCoreApplication::translate("ee::ui::ScalingPanel", "capability PC%1")
                       .arg(selection.capabilityPc);
    }
    if (visibleFamilies.size() < familiesOnChart)
        p.query.families = visibleFamilies; // export what the picker shows
    p.yLabel = yLabels.value(metric, metric);
    p.yAxis = selection.yAxis;
    return p;
}

ScalingPlan planScalingCharts(const ScoreTable& table, const FamilyStyles& sessionStyles,
                              const ScalingRequest& r) {
    const ChartSelection& sel = r.selection;
    ScalingPlan plan;
    plan.metrics =
        r.sideBySide && r.sideMetrics.size() >= 2 ? r.sideMetrics : QStringList{sel.metric};
    for (const QString& m : std::as_const(plan.metrics))
        plan.curves.append(queryCurves(table, sel, m));
    plan.subtaskNote = limitSubtaskLines(sel, plan.curves);
    plan.scaleCurves = plan.curves.first();
    if (r.moveX)
        r.moveX(plan.curves);
    plan.families = ScalingFamilies::of(sessionStyles, plan.curves, r.familyFilter, r.choices, sel,
                                        r.hiddenFamilies);
    plan.families.filter(plan.scaleCurves);
    const bool titled = plan.metrics.size() > 1;
    for (qsizetype i = 0; i < plan.metrics.size(); ++i) {
        plan.families.filter(plan.curves[i]);
        PanelSpec p = scalingPanelSpec(sel, plan.metrics[i], plan.families.visible,
                                       plan.families.scoresOnChart.size(), r.yLabels);
        p.title = titled ? plan.metrics[i] : QString(QLatin1Char(' '));
        if (plan.panels.isEmpty())
            p.fits = r.fits;
        plan.panels.append(p);
    }
    if (r.xRange) {
        plan.xMin = r.xRange->first;
        plan.xMax = r.xRange->second;
    } else if (titled) {
        // Aligned small multiples: one x range for all panels.
        for (qsizetype i = 0; i < plan.panels.size(); ++i) {
            const PanelData d = PanelData::prepare(plan.curves[i], plan.panels[i]);
            if (!d.hasRange)
                continue;
            plan.xMin = plan.xMin ? std::min(*plan.xMin, d.xMin) : d.xMin;
            plan.xMax = plan.xMax ? std::max(*plan.xMax, d.xMax) : d.xMax;
        }
    }
    return plan;
}

} // namespace ee::ui
