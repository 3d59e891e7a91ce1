// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON of `emergence forecast --observational` (docs/analysis.md), shared by the CLI and
// the tests.
#pragma once

#include "analysis/ObservationalForecast.h"

#include <QJsonObject>

namespace ee {

/// \brief "pc:3" or "flops": the --predictors text of `o`.
QString observationalPredictorsText(const ObservationalOptions& o);

/// \brief {"task", "subtask", "metric", "shots", "predictors", "cutoff", "n_train", "n_test",
/// "train_mse", "test_mse", "form": {...}, "impute": {...} | null, "band": {...}, "outside_count",
/// "points": [...], "left_out": [...], "notes": [...]} for a result that is ok.
QJsonObject observationalJson(const ObservationalResult& r, const ObservationalOptions& o);

} // namespace ee
