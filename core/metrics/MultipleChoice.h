// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

namespace ee::metrics {

/// \brief BIG-bench's deterministic argmax (`_argmax`, S6): among the indices holding the
/// maximum (ascending), pick `max_indices[int(sha256(bytes).hexdigest(), 16) % len]`, where
/// the bytes are the float64 array in little-endian order. Bit-identical inputs are needed to
/// reproduce BIG-bench's choice. −1 for an empty list; NaN entries never win (NaN ≠ max).
qsizetype bigbenchArgmax(const QList<double>& logProbs);

/// \brief `multiple_choice_grade` for one example: `targetScores[bigbenchArgmax(logProbs)]`
/// (may be fractional). nullopt when the lists are empty or differ in length.
std::optional<double> multipleChoiceGrade(const QList<double>& logProbs,
                                          const QList<double>& targetScores);

/// \brief `lp − logsumexp(lp)`: log-probabilities renormalised over the choices.
QList<double> normalizeLogProbs(const QList<double>& logProbs);

/// \brief Brier score of one example — **UNVERIFIED** against BIG-bench
/// (`calibration_multiple_choice_brier_score`, whose code was not read): with
/// p = exp(normalizeLogProbs(lp)) and y = target scores (0/1), the mean over choices of
/// (p_i − y_i)² (a per-class mean, so it stays in [0, 1] as BIG-bench's declared range).
/// Lower is better. nullopt when the lists are empty or differ in length.
std::optional<double> brierScore(const QList<double>& logProbs, const QList<double>& targetScores);

/// \brief Probability of the correct choice and of the best incorrect one, after
/// normalisation over the choices. "Correct" = the choices with the highest target score
/// (their probabilities are summed); the rest are incorrect.
struct ChoiceMargin {
    double pCorrect = 0.0;
    double pBestIncorrect = 0.0; ///< 0 when every choice is correct
};
std::optional<ChoiceMargin> choiceMargin(const QList<double>& logProbs,
                                         const QList<double>& targetScores);

} // namespace ee::metrics
