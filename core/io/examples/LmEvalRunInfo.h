// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleSet.h"

#include <QHash>
#include <optional>

namespace ee {

/// \brief What an lm-evaluation-harness v0.4 `results_<date>.json` says about the run whose
/// `samples_<task>_<date>.jsonl` files lie beside it: the per-example files name neither the
/// model nor its size nor the shots.
struct LmEvalRunInfo {
    QString file;
    QString model;                ///< `model_name`, else `config.model_args`' `pretrained=`
    std::optional<double> params; ///< `config.model_num_parameters`, when positive and finite
    qint64 paramsLine = 0;        ///< its line in `file` (0 when absent)
    QHash<QString, int> shots;    ///< `n-shot`, per task
};

/// \brief True for a results file: a `.json` whose name starts with "results" and whose first
/// bytes hold a `"results"` key. Such a file holds scores, not per-example records.
bool looksLikeLmEvalResults(const QByteArray& head, const QString& fileName);

/// \brief Reads the run's model, size and shots from a results file. Problems (unreadable,
/// not JSON, a size or shot count that cannot be one) are reported to `set` as `file:line`;
/// nullopt when the file could not be read at all.
std::optional<LmEvalRunInfo> readLmEvalRunInfo(const QString& path, ExampleSet& set);

} // namespace ee
