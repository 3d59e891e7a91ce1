// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browser/BrowserRow.h"
#include "model/ScoreTable.h"

#include <atomic>

namespace ee::ui {

/// \brief Builds the data browser's rows from a table. Pure computation (no widgets), meant to
/// run on a worker thread right after loading so the GUI thread only swaps in the result.
namespace BrowserIndex {

/// \brief One row per (source, task, subtask) in a stable order (source, task, subtask).
/// Stops early (returning what it has) when `cancel` becomes true. Without `withFits` the
/// flags come from the fast pass (no sigmoid fit, so never "emergent"); the GUI shows that
/// first and refines it in the background. Every family of a row is flagged with `thresholds`.
/// Rows name their source only when the table has more than one and `poolSources` is off;
/// otherwise every row's source is empty (one group, its curves pooled when there are several).
QList<BrowserRow> build(const ScoreTable& table, const std::atomic<bool>* cancel = nullptr,
                        bool withFits = true, const FlagThresholds& thresholds = {},
                        bool poolSources = false);

/// \brief The metric the browser and chart show first: exact match, then accuracy-like names,
/// then multiple-choice grade, else the first in `metrics`.
QString preferredMetric(const QStringList& metrics);

} // namespace BrowserIndex
} // namespace ee::ui
