// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus BLEU and corpus chrF of one group of examples, for scoreExamples().
#pragma once

#include "metrics/ExampleScorer.h"

#include <vector>

namespace ee::metrics {

/// \brief True when `metric` is scored as one corpus statistic per group under `o` (BLEU and
/// the chrF variants at corpus level).
bool isCorpusMetric(const QString& metric, const ScoringOptions& o);

/// \brief A corpus metric of one group and, when asked, each example's own value.
struct CorpusMetricScores {
    MetricValue value;
    /// Each example's sentence BLEU / sentence chrF, nullopt where it has no output or no
    /// target; empty unless `perExample` was asked for.
    std::vector<std::optional<double>> perExample;
};

/// \brief Scores `metric` (isCorpusMetric()) over the group's examples that have an output and
/// a target, computing each example's sufficient statistics once on up to `threads` threads
/// (0 = all cores). The per-example values come from the same statistics, exactly as
/// sentenceBleu() (effective order) and sentenceChrf() compute them.
CorpusMetricScores scoreCorpusMetric(const QString& metric, const ExampleGroup& g,
                                     const ScoringOptions& o, bool perExample, int threads);

} // namespace ee::metrics
