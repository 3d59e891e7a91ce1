// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/BundledDatasets.h"

namespace ee::cli {

/// \brief The example scorer for bundled tables derived from per-example outputs
/// (BundledDataset::scoring): reads each input with the metrics engine's readers (model and
/// shots from the recipe, family and scale from the catalog), scores the recipe's metrics with
/// its bootstrap settings, and returns one row per (model, metric) whose `source` is the input
/// as the recipe names it. Lives here because ee_io must not depend on ee_metrics.
BundledScorer bundledExampleScorer();

} // namespace ee::cli
