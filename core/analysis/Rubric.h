// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ExampleSet.h"
#include "model/Curve.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief One named check on one output (analysis spec, "Staged rubrics").
struct RubricStage {
    enum class Kind {
        Regex,                   ///< the output matches `pattern` (search, not whole-string)
        ContainsTargetWord,      ///< the output shares a word with a target (or with `words`)
        BleuAtLeast,             ///< sentence BLEU (sacreBLEU 13a, 0–100) ≥ threshold
        TokenEditDistanceAtMost, ///< smallest token edit distance to a target ≤ threshold
        ExactMatch               ///< BIG-bench exact_str_match against the targets
    };
    QString name;
    Kind kind = Kind::ExactMatch;
    QRegularExpression pattern; ///< Regex
    QStringList words;          ///< ContainsTargetWord: fixed words instead of the targets'
    QStringList ignore;         ///< ContainsTargetWord: words that never count (the, a, …)
    double threshold = 0.0;

    /// \brief Whether `output` passes, given the example's `targets`.
    bool passes(const QString& output, const QStringList& targets) const;
};

/// \brief An ordered list of stages; an example reaches stage j when it passes stages 0…j.
struct Rubric {
    QString name;
    QString description;
    QList<RubricStage> stages;

    /// \brief How many leading stages `output` passes (0 … stages.size()).
    int stagesPassed(const QString& output, const QStringList& targets) const;
};

/// \brief Parses a rubric JSON document:
/// `{"name", "description", "stages": [{"name", "type": "regex" | "contains_target_word" |
/// "bleu_at_least" | "token_edit_distance_at_most" | "exact_match", "pattern",
/// "case_insensitive", "words", "ignore", "threshold"}]}`. nullopt with `error` naming the stage.
std::optional<Rubric> rubricFromJson(const QByteArray& json, QString* error = nullptr);
/// \brief Reads and parses a rubric file.
std::optional<Rubric> loadRubric(const QString& path, QString* error = nullptr);

/// \brief A rubric applied to one group of examples (one model).
struct RubricGroupResult {
    ee::ExampleGroupKey key;
    qsizetype examples = 0;         ///< generative examples scored
    std::vector<qsizetype> reached; ///< reached[j]: examples passing stages 0…j
    std::vector<double> rate;       ///< reached[j] / examples
};

/// \brief Applies `rubric` to every group's generative examples (others are skipped).
QList<RubricGroupResult> applyRubric(const Rubric& rubric, const ee::ExampleSet& set);

/// \brief One curve per (task, subtask, family, shots, prompting) and stage: the stage's pass
/// rate against `axis`, metric "rubric:<rubric name>/<stage name>", with n = examples.
QList<Curve> rubricCurves(const Rubric& rubric, const QList<RubricGroupResult>& results,
                          ScaleAxis axis = ScaleAxis::Params);

} // namespace ee
