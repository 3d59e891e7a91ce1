// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Curve.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace ee {

/// \brief A task's chance level on one metric (metric units) and where the number comes from.
struct ChanceLevel {
    double value = 0.0;
    QString origin; ///< e.g. "from the data" or "2 options per question (WinoGrande, …)"
    bool operator==(const ChanceLevel&) const = default;
};

/// \brief The expected score of picking one option uniformly at random, from each question's
/// target scores (BIG-bench `target_scores`; 1 = correct, 0 = wrong): the mean over questions
/// of the mean target score, which is 1 / options when one option is correct. nullopt for no
/// questions or a question with no option.
std::optional<double> chanceFromTargetScores(const QList<QList<double>>& targetScores);

/// \brief True for metrics that score the pick of one option among several (BIG-bench's
/// multiple_choice_grade, lm-evaluation-harness's acc and acc_norm): only these have a chance
/// level defined by the number of options.
bool isChoiceMetric(const QString& metric);

/// \brief The chance level of a well-known benchmark whose questions all have the same number
/// of options (MMLU 4, HellaSwag 4, WinoGrande 2, PIQA 2, SciQ 4, LogiQA 4, SuperGLUE WSC 2), on
/// a 0–1 choice metric; nullopt for every other task (ARC's option count varies; TruthfulQA
/// mc2 is not a pick among options). Task names compare case-insensitively.
std::optional<ChanceLevel> knownChanceLevel(const QString& task, const QString& metric);

/// \brief The curve's chance level: its `low` when the data give one, else knownChanceLevel()
/// when every value lies in 0–1 (the table's numbers are proportions); nullopt = unknown.
std::optional<ChanceLevel> chanceLevelOf(const Curve& curve);

/// \brief The two ends of a curve's normalised score: chance maps to 0 and perfect to 1 (to
/// 100 on BIG-bench's scale), as BIG-bench's low/high scores and the Open LLM Leaderboard do.
struct NormalisationSpan {
    ChanceLevel chance;
    double perfect = 1.0; ///< the data's `high`, else the top of the metric's range
};

/// \brief Why a curve has no normalisation span (callers word it, in the user's language).
enum class NormalisationGap {
    UnknownChance,       ///< chanceLevelOf() is nullopt
    NoPerfectAboveChance ///< neither `high` nor the metric's range gives a perfect score > chance
};

/// \brief The curve's normalisation span: chanceLevelOf() and a perfect score above it, else
/// what is missing. The chart's y menu and `emergence analyze --normalised` both use this one
/// rule.
std::variant<NormalisationSpan, NormalisationGap> normalisationSpanOf(const Curve& curve);

} // namespace ee
