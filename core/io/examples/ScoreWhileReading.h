// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence score` on our per-example JSONL without keeping the examples (issue 18): each
// record is scored on the thread that parsed it, and only its numbers are kept.
#pragma once

#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"

namespace ee {

/// \brief True when scoreWhileReading() applies: every input is a file in our per-example JSONL
/// (formats.md B2), every metric compares an output with targets (stringMetricNames()), and
/// ScoringOptions::wholeText is off.
bool canScoreWhileReading(const QStringList& inputs, const ScoringOptions& opts);

/// \brief What reading and scoring gave: `set` has every group, skip and diagnostic of
/// readExamples() of each input appended in order, but no examples; `result` is
/// scoreExamples() of the examples it would have held.
struct ReadAndScored {
    ExampleSet set;
    ScoreResult result;
};

/// \brief readExamples() of each input, appended in order, then scoreExamples(), with the same
/// result, but each example scored as it is read (on every core) and dropped: memory and time
/// grow with the numbers kept, not with the texts. Call only when canScoreWhileReading().
ReadAndScored scoreWhileReading(const QStringList& inputs, const ExampleReadOptions& readOpts,
                                const ScoringOptions& opts);

} // namespace ee
