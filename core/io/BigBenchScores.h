// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportResult.h"

#include <QByteArray>

namespace ee {

/// \brief One BIG-bench `scores_<family>_<size>*.json` file (docs/formats.md §A1).
namespace BigBenchScores {

/// \brief Reads every score entry: one row per (subtask, shots, metric in score_dict), with the
/// entry's low and high scores; the model's scale from its `model` block. Aggregate entries (the
/// bare task name on a task with subtasks) keep the subtask empty and are recognisable by their
/// `normalized_aggregate_score` metric.
ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source);

/// \brief Same as read(), appending the rows to `table` and the problems to `diag`: the loader
/// gathers many files into one table per worker without a table per file. Parsing is fastest
/// when `bytes` has at least 64 bytes of spare capacity (simdjson's padding) past its size.
void readInto(const QByteArray& bytes, const QString& fileName, const QString& source,
              ScoreTable& table, Diagnostics& diag);

} // namespace BigBenchScores
} // namespace ee
