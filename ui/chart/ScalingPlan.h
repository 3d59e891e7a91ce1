// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"
#include "chart/FamilyFilter.h"
#include "chart/ScalingFamilies.h"
#include "figure/FigureSpec.h"

#include <QHash>
#include <functional>
#include <optional>
#include <utility>

namespace ee::ui {

/// \brief Everything besides the data that decides what the Scaling view draws: the view's
/// state after its selection was resolved (resolveSelection()).
struct ScalingRequest {
    ChartSelection selection; ///< resolved against the data
    TaskChoices choices;      ///< what the task offers (families and styles for overlays)
    bool sideBySide = false;
    QStringList sideMetrics;         ///< drawn side by side when sideBySide and 2 or more
    FamilyFilter familyFilter;       ///< the user's picks and hides
    QStringList hiddenFamilies;      ///< families the view itself keeps off (log-prob view)
    QList<FittedCurve> fits;         ///< drawn on the first panel only
    QHash<QString, QString> yLabels; ///< y-axis title per metric (default: the metric)
    std::optional<std::pair<double, double>> xRange; ///< the user's x zoom (log10 scale)
    /// \brief Moves the queried curves onto another x axis (a capability PC) before families
    /// are counted and ranges taken; unset: the selection's scale axis.
    std::function<void(QList<QList<Curve>>&)> moveX;
};

/// \brief What the Scaling view draws for a request: one panel per metric, the curves of each
/// (only families that are drawn), the families and their styles, and the x range.
struct ScalingPlan {
    QStringList metrics;        ///< one panel each: the side-by-side metrics, else the one shown
    QList<QList<Curve>> curves; ///< per panel, the visible families' curves
    /// \brief The first panel's drawn families' curves on the scale axis (before moveX): what
    /// the analysis panel fits.
    QList<Curve> scaleCurves;
    QList<PanelSpec> panels;  ///< per panel; titled when there are 2 or more
    ScalingFamilies families; ///< counted on the unfiltered curves of every panel
    /// \brief Why a whole task with more than kMaxSubtaskLines subtasks draws nothing, else "".
    QString subtaskNote;
    /// \brief Fixed x range: the zoom when set, else for 2+ panels the union of their ranges
    /// (aligned small multiples); unset = each panel its own.
    std::optional<double> xMin, xMax;
};

/// \brief Works out the ScalingPlan of `request` on `table`; `sessionStyles` give every family
/// its look for the whole session. Pure: no widget is involved, so it is tested on its own.
ScalingPlan planScalingCharts(const ScoreTable& table, const FamilyStyles& sessionStyles,
                              const ScalingRequest& request);

/// \brief The panel spec of `metric` for `selection`: its query (shots only when chosen, no
/// prompting when styles are overlaid), y title and mode. The query names `visibleFamilies`
/// when fewer than `familiesOnChart` are drawn, so an export shows what the picker shows.
PanelSpec scalingPanelSpec(const ChartSelection& selection, const QString& metric,
                           const QStringList& visibleFamilies, qsizetype familiesOnChart,
                           const QHash<QString, QString>& yLabels);

} // namespace ee::ui
