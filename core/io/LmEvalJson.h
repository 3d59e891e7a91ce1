// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportResult.h"
#include "io/ModelCatalog.h"

#include <QByteArray>

namespace ee {

/// \brief lm-evaluation-harness results JSON, v0.3 and v0.4 (docs/formats.md §A3).
namespace LmEvalJson {

/// \brief One row per (task, metric) of `results`, with `<metric>_stderr` as the standard
/// error and `config.num_fewshot` as shots. The model is `config.model_args`'s `pretrained=`;
/// its family and scale come from `catalog`, else they stay unknown with a warning.
ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source,
                  const ModelCatalog& catalog);

} // namespace LmEvalJson
} // namespace ee
