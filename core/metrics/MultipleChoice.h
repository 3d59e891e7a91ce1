// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

namespace ee {

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

/// \brief Log-probabilities (natural log, nats) of the correct option and of the best
/// incorrect one, as the source gives them (lm-eval: the log-likelihood of each option's
/// continuation; no renormalisation over the options, so both move with scale, not only
/// their difference). "Correct" = the options with the highest target score, which must be
/// positive; with several, their log-sum-exp (the log-prob form of ChoiceMargin::pCorrect).
/// "Best incorrect" = the maximum over the other options.
struct OptionLogProbs {
    double correct = 0.0;       ///< nats
    double bestIncorrect = 0.0; ///< nats
    /// \brief correct − bestIncorrect (nats): positive when the correct option wins.
    double margin() const { return correct - bestIncorrect; }
};
/// \brief nullopt when the lists are empty or differ in length, a log-prob is NaN, no option
/// has a positive target score, or every option is correct (no incorrect option to compare).
std::optional<OptionLogProbs> optionLogProbs(const QList<double>& logProbs,
                                             const QList<double>& targetScores);

} // namespace ee
