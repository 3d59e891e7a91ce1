// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"

#include <QCommandLineParser>
#include <optional>

namespace ee::cli {

/// \brief Adds the scorer's options, the same for `score`, `instances` and `curves` (and the
/// same choices as the Instances tab): --tokenize, --smooth, --smooth-value, --lowercase, --level,
/// --stem, --interval,
/// --bigbench-postprocess, --extract, --answers and --compare.
void addScorerOptions(QCommandLineParser& parser);

/// \brief Reads the scorer's options into `so` (everything but the metrics) and `ro` (the
/// answer rule). Returns the usage error to print, or nullopt when every option is valid.
std::optional<QString> readScorerOptions(const QCommandLineParser& parser, ee::ScoringOptions& so,
                                         ee::ExampleReadOptions& ro);

/// \brief Reads --bootstrap and --seed (options the command adds itself, with its own
/// defaults) into `b`. Returns the usage error, or nullopt.
std::optional<QString> readBootstrapOptions(const QCommandLineParser& parser,
                                            ee::BootstrapOptions& b);

} // namespace ee::cli
