// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundled/BundledDatasets.h"

namespace ee {

class ModelCatalog;

/// \brief Scores a recipe's per-example inputs (`paths`: absolute, in `inputs` order) with the
/// metrics engine: reads each input with the engine's readers (model and shots from the
/// recipe, family and scale from `catalog`, the recipe's `models` tables), scores the recipe's
/// metrics with its bootstrap settings, and returns one row per (model, metric) whose `source`
/// is the input as the recipe names it.
ImportResult scoreBundledRecipe(const BundledDataset& recipe, const QStringList& paths,
                                const ModelCatalog& catalog);

} // namespace ee
