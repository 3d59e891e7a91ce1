// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ModelScale.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief One record of one model on one task (per-example data, docs/formats.md §B2). Fields a
/// source does not have stay empty; metrics that need them skip the example.
struct Example {
    QString id;
    QString input; ///< kept only when ExampleReadOptions::keepInputs is set
    QStringList targets;
    std::optional<QString> output; ///< the generated text (after any source-specific extraction)
    QStringList choices;           ///< multiple choice: option texts (may be empty labels)
    QList<double> choiceLogprobs;  ///< natural-log scores, one per choice
    QList<double> targetScores;    ///< BIG-bench target_scores, one per choice (1 = correct)
    /// log P(choice) after an empty context, one per choice (lm-eval's acc_mutual_info
    /// requests), natural log; empty when the source has none.
    QList<double> unconditionalLogprobs;
    /// What the source put before each choice text (lm-eval samples: the task's target
    /// delimiter, " " by default); acc_norm does not count it in an option's length.
    QString choiceDelimiter;
    /// pass@k: samples drawn for this instance and how many of them are correct, given as
    /// counts (num_samples, num_correct) or counted from `sampleOutputs` against `targets`.
    std::optional<qint64> sampleCount;
    std::optional<qint64> correctCount;
    QStringList sampleOutputs;           ///< every sampled output, when a source has several
    std::optional<double> targetLogprob; ///< natural log, summed over the target's tokens
    std::optional<qint64> targetTokens;
    QList<double> tokenLogprobs;
    /// The whole generation `output` was extracted from, so that a scorer can extract again
    /// with another rule (e.g. extractMmluProAnswer()). Kept only with
    /// ExampleReadOptions::keepGenerations: an MMLU-Pro generation averages ~310 UTF-8 bytes,
    /// ~650 bytes as a QString (UTF-16 plus header), ~8 MB per model of 12,032 questions.
    std::optional<QString> generation;
    /// The whole reference the targets were taken from, where a source has one (GSM8K's worked
    /// solution with its calculator steps): solution-level metrics compare `generation` with
    /// it (calculator steps reached; BLEU or ROUGE with ScoringOptions::wholeText).
    std::optional<QString> reference;
    qint64 line = 0; ///< 1-based line (JSONL) or array index + 1 (JSON) in the source file

    bool isGenerative() const { return output.has_value() && !targets.isEmpty(); }
    bool isMultipleChoice() const {
        return !choiceLogprobs.isEmpty() && choiceLogprobs.size() == targetScores.size();
    }
};

} // namespace ee

// Every member is a Qt container, a QString or a plain value (each movable in memory), so
// QList<Example> grows by realloc instead of moving 100,000 examples member by member.
Q_DECLARE_TYPEINFO(ee::Example, Q_RELOCATABLE_TYPE);

namespace ee {

/// \brief What examples are grouped by: (task, subtask, family, model, scale, shots, prompting).
struct ExampleGroupKey {
    QString task;
    QString subtask;
    QString family;
    QString model;
    ModelScale scale;
    std::optional<int> shots;
    QString prompting;

    bool operator==(const ExampleGroupKey&) const = default;
    /// \brief "task[:subtask] / family model / k-shot prompting" for messages.
    QString label() const;
};

/// \brief The examples of one key, in file order.
struct ExampleGroup {
    ExampleGroupKey key;
    QString source; ///< file the examples came from (the first one, if several)
    QList<Example> examples;
    qint64 skipped = 0; ///< records of this group that were dropped while reading
};

} // namespace ee
