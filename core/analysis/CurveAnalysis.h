// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisOptions.h"
#include "analysis/CurveFits.h"
#include "analysis/PointSigma.h"
#include "analysis/PreparedCurve.h"
#include "analysis/ShapeScores.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief A percentile bootstrap interval.
struct ParamInterval {
    double low = 0.0;
    double high = 0.0;
};

/// \brief Bootstrap intervals of the fit parameters.
struct FitBootstrap {
    QString over; ///< "models" (points resampled) or "examples"
    int requested = 0;
    int used = 0; ///< replicates where both fits succeeded
    quint64 seed = 0;
    double level = 0.95;
    std::optional<ParamInterval> a, b;                        ///< log-linear
    std::optional<ParamInterval> m, k, width, ceiling, floor; ///< sigmoid
    double sigmoidPreferredShare = 0.0; ///< share of replicates where the sigmoid was preferred
};

/// \brief Both fits and the choice between them.
struct FitComparison {
    enum class Preferred { None, LogLinear, Sigmoid };
    LogLinearFit logLinear;
    SigmoidFit sigmoid;
    Preferred preferred = Preferred::None;
    std::optional<double> deltaAicc; ///< AICc(sigmoid) − AICc(log-linear); < 0 favours sigmoid
    QString reason;                  ///< one sentence: why this model
    std::optional<FitBootstrap> bootstrap;
};

/// \brief "log_linear", "sigmoid" or "none".
const char* preferredName(FitComparison::Preferred p);

/// \brief The flags of one curve, with the numbers behind them.
struct CurveFlags {
    bool flat = false;
    bool inverseScaling = false;
    bool uShaped = false;
    bool emergent = false;
    bool smooth = false;
    double d = 0.0;      ///< max y − min y
    double sigma = 0.0;  ///< typical standard error used
    QString sigmaSource; ///< "median standard error", "1/sqrt(n)", …
    FlagThresholds thresholds;
    /// \brief Names of the set flags: "flat", "inverse_scaling", "u_shaped", "emergent", "smooth".
    QStringList names() const;
};

/// \brief Everything the app says about one curve.
struct CurveStats {
    CurveKey key;
    ScaleAxis axis = ScaleAxis::Params;
    YScale yScale = YScale::Raw;
    qsizetype nPoints = 0;       ///< points used
    double emergenceIndex = 0.0; ///< I(y)
    ShapeScore linearity;        ///< definition unconfirmed: see kLinearityDefinition
    ShapeScore breakthroughness;
    CurveFlags flags;
    std::optional<FitComparison> fit; ///< nullopt: too few points or fits switched off
    /// Each point used, with its interval and σ (pointUncertainties()).
    std::vector<PointUncertainty> points;
    ee::IntervalMethod interval = ee::IntervalMethod::Wilson; ///< of `points`
    QStringList notes;
};

/// \brief Flags per the analysis spec. `fit` may be null (then never emergent).
CurveFlags computeFlags(const PreparedCurve& c, const FitComparison* fit, double sigma,
                        const QString& sigmaSource, const FlagThresholds& t);

/// \brief The sigmoid's floor, ceiling and lowest value for a prepared curve: the task's chance
/// level, the metric's maximum and minimum (the ceiling is left free when it lies below the floor,
/// as for metrics where lower is better).
SigmoidConstraints sigmoidConstraintsFor(const PreparedCurve& c);

/// \brief Both fits, AICc choice and (when asked) bootstrap intervals. nullopt with a note when
/// the curve has fewer than `options.fit.minPoints` points.
std::optional<FitComparison> compareFits(const PreparedCurve& c, const AnalysisOptions& options,
                                         QStringList& notes);

/// \brief Linearity, breakthroughness, flags and fits of one curve.
CurveStats analyzeCurve(const Curve& curve, const AnalysisOptions& options = {});

/// \brief analyzeCurve() on each curve, using both cores for long lists. Each curve's numbers
/// depend only on the curve and the options (the bootstrap seeds its own generator), so the
/// result is the same whichever thread takes which curve.
QList<CurveStats> analyzeCurves(const QList<Curve>& curves, const AnalysisOptions& options = {});

} // namespace ee
