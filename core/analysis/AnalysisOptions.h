// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/ProportionInterval.h"

#include <QtGlobal>
#include <functional>
#include <optional>
#include <random>
#include <vector>

namespace ee {

/// \brief Which y a number was computed on (analysis spec, "Curves").
enum class YScale {
    Raw,       ///< the metric's own scale
    Normalised ///< BIG-bench's 100·(y − chance)/(perfect − chance) (normalisationSpanOf)
};

/// \brief "raw" or "normalised".
const char* yScaleName(YScale s);

/// \brief Thresholds of the curve flags (analysis spec, "Flags"); defaults are the spec's.
struct FlagThresholds {
    double flatSigmas = 3.0;   ///< flat: d < flatSigmas·σ
    double uShapeSigmas = 3.0; ///< U-shaped: both ends above the interior minimum by > this·σ
    double emergentMaxWidthDecades = 1.0; ///< emergent: 10–90 % width ≤ this many decades
    double emergentMinRiseFraction = 0.5; ///< emergent: fitted rise over the data ≥ this · d
};

/// \brief Settings of the two fits and their bootstrap.
struct FitOptions {
    double aiccTie = 2.0;     ///< |ΔAICc| below this is a tie; ties favour the simpler model
    int bootstrapSamples = 0; ///< 0 = no intervals (fast); the CLI uses 200
    quint64 seed = 1;         ///< bootstrap seed: same seed, same intervals
    double level = 0.95;      ///< two-sided percentile interval
    int minPoints = 4;        ///< fits need at least this many points ("too few points" otherwise)
    /// \brief Use the fitter of before issue 19 (generic minimiser, 13 starts per bootstrap
    /// replicate): the oracle for tests and the benchmark, many times slower.
    bool referenceFitter = false;
};

/// \brief Per-example bootstrap hook: returns, for one bootstrap replicate, the curve's y values
/// recomputed from examples resampled with replacement within each model, in the order of the
/// prepared curve's points (same length), on the metric's raw scale. When set, intervals are
/// "over examples"; else "over models" (points resampled).
using ExampleResampler = std::function<std::vector<double>(std::mt19937_64& rng)>;

/// \brief Everything analyzeCurve() can be told.
struct AnalysisOptions {
    YScale yScale = YScale::Raw;
    FlagThresholds flags;
    FitOptions fit;
    bool fits = true; ///< false skips the fits (and the emergent flag) for the fastest pass
    /// \brief Typical standard error σ of the points, overriding what the data say.
    std::optional<double> sigma;
    /// \brief Chance level for the sigmoid's floor when the curve does not give one (the
    /// curve's own low score wins). On the raw scale.
    std::optional<double> floor;
    /// \brief Full range (max − min) of the metric, overriding the built-in table.
    std::optional<double> metricRange;
    /// \brief The binomial interval of points of proportion metrics with a known n and no
    /// published standard error, which the flat test's σ is taken from (ee::typicalSigma);
    /// Bootstrap computes none (only published uncertainties count).
    ee::IntervalMethod interval = ee::IntervalMethod::Wilson;
    ExampleResampler exampleResampler;
};

} // namespace ee
