// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/ChartSelection.h"

namespace ee::ui {

/// \brief Which setting the user set last and so keeps when the wanted combination of
/// metric, prompting and shots has no data: the other one gives way.
enum class KeepSetting { Prompting, Shots };

/// \brief What the Scaling view shows once a wanted selection is resolved against the data.
struct ResolvedSelection {
    ChartSelection selection;
    TaskChoices choices;
    QStringList sideMetrics; ///< the side-by-side metrics (2–maxPanels when the task has 2+)
};

/// \brief Resolves `wanted` against `keys` (the curve keys of its source, task and subtask) so
/// that the chart has curves whenever the task has any: the metric, prompting and shots each
/// fall back to a setting with data when the wanted one has none *together with the others*.
///
/// - metric: kept when the task has it, else BrowserIndex::preferredMetric();
/// - prompting (unless overlaying styles): kept when the metric has it; else the first style
///   (standard first) that has the wanted shots, else the first style of the metric;
/// - shots (when a shots setting is chosen): kept when the metric and prompting have it; else
///   the smallest known shots setting they have, else "shots unknown".
/// With `keep` = Shots (the user just picked a shots setting) shots are kept first and the
/// prompting gives way. A choice carried over from the previous task is thus never allowed to
/// leave an empty chart (issue 15: 0-shot after a zero-shot task left GSM8K empty).
/// `sideMetrics` keeps the previous side-by-side metrics the task still has, else the first
/// `maxPanels` metrics starting with the shown one.
ResolvedSelection resolveSelection(const QList<CurveKey>& keys, const ChartSelection& wanted,
                                   const QStringList& sideMetrics = {},
                                   KeepSetting keep = KeepSetting::Prompting, int maxPanels = 4);

/// \brief The same on a table: its keys for `wanted`'s source, task and subtask.
ResolvedSelection resolveSelection(const ScoreTable& table, const ChartSelection& wanted,
                                   const QStringList& sideMetrics = {},
                                   KeepSetting keep = KeepSetting::Prompting, int maxPanels = 4);

} // namespace ee::ui
