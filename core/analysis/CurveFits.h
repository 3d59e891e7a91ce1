// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <cmath>
#include <optional>
#include <span>

namespace ee {

/// \brief Bounds on the sigmoid's steepness k per decade: widths 2·ln 9/k from ~88 decades down
/// to ~0.02 decades. A jump between two neighbouring models drives k to the upper bound; the
/// fit then says so (`kAtBound`).
inline constexpr double kSigmoidMinK = 0.05;
inline constexpr double kSigmoidMaxK = 200.0;

/// \brief 1 / (1 + exp(−z)), split by sign so that exp never overflows. Inline: the fitters
/// call it for every point of every step.
inline double logistic(double z) {
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

/// \brief y = a + b·u with u = log10(scale); least squares.
struct LogLinearFit {
    bool ok = false;
    double a = 0.0; ///< value at scale 1 (u = 0)
    double b = 0.0; ///< change of y per decade of scale
    double rss = 0.0;
    int n = 0;
    int parameters = 2;
    std::optional<double> aicc; ///< undefined when n ≤ parameters + 2
    double at(double u) const { return a + b * u; }
};

/// \brief Bounds and fixed values of the sigmoid fit, on the curve's y scale.
struct SigmoidConstraints {
    std::optional<double> floor;   ///< fixed floor f (the task's chance level) when known
    std::optional<double> ceiling; ///< upper bound on h (the metric's maximum) when known
    std::optional<double> lowest;  ///< lower bound on f and h (the metric's minimum) when known
};

/// \brief y = f + (h − f) / (1 + exp(−k (u − m))), k > 0, u = log10(scale).
struct SigmoidFit {
    bool ok = false;
    double floor = 0.0; ///< f
    bool floorFixed = false;
    double ceiling = 0.0; ///< h
    double k = 0.0;       ///< steepness per decade
    double m = 0.0;       ///< midpoint in log10 scale
    double rss = 0.0;
    int n = 0;
    int parameters = 0; ///< 3 with a fixed floor, else 4
    std::optional<double> aicc;
    bool kAtBound = false;       ///< the transition is sharper than the data resolve
    bool ceilingAtBound = false; ///< h sits on the metric's maximum
    /// \brief False when no data point lies inside the 10–90 % band: the transition falls
    /// between two neighbouring models and its width is only bounded by their gap.
    bool widthResolved = true;
    int starts = 0; ///< initial guesses tried
    QStringList notes;

    /// \brief 10 % → 90 % width in decades of scale: 2·ln(9)/k.
    double widthDecades() const;
    /// \brief 10^m: the scale at the midpoint.
    double midpointScale() const;
    double at(double u) const;
};

/// \brief Small-sample AIC for least squares: n·ln(RSS/n) + 2K + 2K(K+1)/(n − K − 1) with K =
/// fitted parameters + 1 (the noise variance). nullopt when n − K − 1 ≤ 0. RSS is floored at a
/// tiny multiple of the data's scale so that two perfect fits tie.
std::optional<double> aiccLeastSquares(double rss, int n, int fittedParameters, double yScale);

/// \brief Least-squares line in u. Needs ≥ 2 distinct u.
LogLinearFit fitLogLinear(std::span<const double> u, std::span<const double> y);

/// \brief Sigmoid by Levenberg–Marquardt from a grid of starts (midpoints across and around the
/// data, several steepnesses, rising and falling), keeping the lowest RSS. `extraStart` (m, k, h,
/// f) is tried first when given (the reference bootstrap passed the full-data fit). `fullGrid`
/// false uses the bootstrap's smaller grid (12 starts instead of 42).
SigmoidFit fitSigmoid(std::span<const double> u, std::span<const double> y,
                      const SigmoidConstraints& constraints, const SigmoidFit* extraStart = nullptr,
                      bool fullGrid = true);

/// \brief The sigmoid refitted to resampled data, the bootstrap's fit since issue 19: a full
/// minimisation from `from` (the full-data fit), the small grid's starts screened with a few steps
/// each, and the best of those finished only when it is already below the warm start.
SigmoidFit refitSigmoid(std::span<const double> u, std::span<const double> y,
                        const SigmoidConstraints& constraints, const SigmoidFit& from);

} // namespace ee
