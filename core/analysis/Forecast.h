// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/CurveAnalysis.h"
#include "model/Curve.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace ee {

/// \brief What the smooth curve measures.
enum class SmoothMetricKind {
    TargetLogProb, ///< ℓ(N): natural-log probability of the whole L-token target (≤ 0)
    TokenAccuracy, ///< p(N): per-token probability of being right (0–1; 0–100 is rescaled)
    TokenLoss      ///< L_CE(N): per-token cross-entropy in nats (> 0)
};

/// \brief "target_logprob", "token_accuracy", "token_loss".
const char* smoothMetricKindName(SmoothMetricKind k);
std::optional<SmoothMetricKind> smoothMetricKindFromName(const QString& name);

/// \brief Settings of a breakthrough-scale forecast.
struct ForecastOptions {
    SmoothMetricKind kind = SmoothMetricKind::TargetLogProb;
    int answerTokens = 1;              ///< L: tokens that must all be right
    double tau = 0.5;                  ///< exact-match level whose crossing is forecast (0–1)
    std::optional<double> fitMaxScale; ///< fit only on models up to this scale (hold out the rest)
    int bootstrapSamples = 1000;       ///< over models; 0 = no interval
    quint64 seed = 1;
    double level = 0.95;
};

/// \brief One point of the smooth curve as used by the fit.
struct ForecastInput {
    QString model;
    double x = 0.0;
    double tokenLoss = 0.0; ///< −ℓ/L, −ln p or L_CE: per-token loss in nats
    bool usedInFit = false;
};

/// \brief N* = c · (−ln τ / L)^(1/α) from the fit −ℓ(N)/L = (N/c)^α (analysis spec).
struct ForecastResult {
    bool ok = false; ///< the power law was fitted
    double alpha = 0.0;
    double c = 0.0;
    int nFit = 0;
    double rssLog = 0.0;         ///< residual sum of squares in ln–ln
    std::optional<double> nStar; ///< forecast scale; null when the loss does not fall
    std::optional<ParamInterval> nStarInterval;
    int bootstrapUsed = 0;
    std::vector<ForecastInput> inputs;
    std::optional<double> observedCrossing; ///< first scale where exact match ≥ τ
    QString observedModel;
    std::optional<double> errorDecades; ///< log10(N*/observed)
    QStringList notes;
};

/// \brief Per-token loss L_CE at which exact match of L tokens is τ: −ln τ / L.
double tokenLossForExactMatch(double tau, int answerTokens);

/// \brief The forecast from `smooth` (its kind in `options`), with the observed crossing of
/// `exactMatch` (optional; values in 0–1, or 0–100 which is rescaled) when given.
ForecastResult forecastBreakthrough(const Curve& smooth, const Curve* exactMatch,
                                    const ForecastOptions& options);

} // namespace ee
