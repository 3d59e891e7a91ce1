// SPDX-License-Identifier: GPL-3.0-or-later
// What ExampleScorer.cpp and MetricDefinitions.cpp share: which metrics read output and
// targets, and the BLEU/chrF options a ScoringOptions implies. Not part of the public API.
#pragma once

#include "metrics/Chrf.h"
#include "metrics/ExampleScorer.h"

namespace ee {

/// \brief The metrics that compare an output with targets (ScoringOptions::wholeText changes
/// what they compare); the rest read log-probs or the whole texts themselves.
const QStringList& stringMetricNames();
/// \brief Appended to a string metric's definition under ScoringOptions::wholeText.
const QString& wholeTextSuffix();
/// \brief BLEU options of `o` (effective order follows the level).
BleuOptions bleuOptionsFor(const ScoringOptions& o);
/// \brief chrF (or chrF++ for "chrf_pp") options of `o`.
ChrfOptions chrfOptionsFor(const QString& metric, const ScoringOptions& o);
bool isChrf(const QString& metric);

} // namespace ee
