// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace ee {

/// \brief The toy model of Schaeffer et al. 2023 (§2, Appendix A). Everything it produces is
/// SIMULATED, not measured: label it so wherever it is shown.
struct ToyModelParams {
    double c = 8.8e13;     ///< scale constant (> 0), in parameters
    double alpha = -0.076; ///< exponent (< 0)
    int length = 5;        ///< L: answer length in tokens
};

/// \brief A named (c, α) pair.
struct ToyPreset {
    QString name;
    double c = 0.0;
    double alpha = 0.0;
    QString description;
};

/// \brief "kaplan" (Kaplan et al. 2020: c = 8.8e13, α = −0.076) and "teaching" (c = 1e9,
/// α = −1: the L = 5 exact-match transition, 10 % → 90 %, lies between 2e9 and 5e10).
QList<ToyPreset> toyPresets();
std::optional<ToyPreset> toyPreset(const QString& name);

/// \brief One scale of the closed-form model.
struct ToyPoint {
    double scale = 0.0;
    double lossNats = 0.0;          ///< L_CE = (N/c)^α
    double pToken = 0.0;            ///< p = exp(−L_CE)
    double exactMatch = 0.0;        ///< p^L
    double tokenEditDistance = 0.0; ///< L·(1 − p)
    /// \brief Exact match a test set of n examples can show: round(n·p^L)/n (nearest multiple of
    /// 1/n, halves away from zero); set only when n is given.
    std::optional<double> exactMatchFinite;
};

/// \brief `count` scales log-spaced from `from` to `to` inclusive (count ≥ 2).
std::vector<double> logSpacedScales(double from, double to, int count);

/// \brief Closed form at each scale; `examples` adds the finite-test-set rounding.
std::vector<ToyPoint> toyModelClosedForm(const ToyModelParams& p, const std::vector<double>& scales,
                                         std::optional<int> examples = std::nullopt);

/// \brief One scale of the sampled model, scored with the real metrics engine.
struct ToySampledPoint {
    double scale = 0.0;
    double pToken = 0.0;
    double exactMatch = 0.0;            ///< fraction of outputs equal to the target
    double meanTokenEditDistance = 0.0; ///< tokens
    double meanSentenceBleu = 0.0;      ///< sacreBLEU sentence BLEU, 0–100, mean over examples
    double corpusBleu = 0.0;            ///< sacreBLEU corpus BLEU, 0–100
};

/// \brief The target answer of L tokens the sampled mode uses ("t1 t2 … tL").
QString toyTarget(int length);
/// \brief The fixed wrong token that replaces a wrong draw.
QString toyWrongToken();

/// \brief For each scale and each of `examples` examples, draws each of the L tokens correct with
/// probability p (mt19937_64 seeded with `seed`, the same draws on every platform), builds the
/// output, and scores it against the target (exact match, token edit distance, sentence and
/// corpus BLEU with sacreBLEU defaults).
std::vector<ToySampledPoint> toyModelSampled(const ToyModelParams& p,
                                             const std::vector<double>& scales, int examples,
                                             quint64 seed);

} // namespace ee
