// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Commands.h"
#include "io/ModelCatalog.h"
#include "model/Diagnostic.h"

#include <QCommandLineParser>
#include <optional>

namespace ee::cli {

/// \brief The model sizes for per-example files that name a model but not its size (MMLU-Pro,
/// lm-eval samples without a results file): the `--models FILE` table when given, else the
/// models of the bundled datasets. nullopt (reported on `io.err`) when the table cannot be
/// read; problems inside it go to `diag`.
std::optional<ModelCatalog> exampleModelCatalog(const QCommandLineParser& parser, Io io,
                                                Diagnostics& diag);

/// \brief False when every input is a file in our per-example JSONL, which carries model sizes
/// itself and never consults a catalogue: then the bundled datasets need not be loaded (a
/// tenth of a second, most of `emergence score`'s start on such a file).
bool inputsMayNeedModelCatalog(const QStringList& inputs);

} // namespace ee::cli
