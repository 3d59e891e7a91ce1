// SPDX-License-Identifier: GPL-3.0-or-later
// What both sigmoid fitters share (the fast one and the reference kept as its oracle): the
// parameterisation, the box bounds, the grid of starting points, and turning the best
// parameters into a SigmoidFit with its flags and notes. Only the minimiser differs.
#pragma once

#include "analysis/CurveFits.h"

#include <array>
#include <span>
#include <vector>

namespace ee {

/// \brief Sigmoid parameters in fitting order: m, ln k, h and (when not fixed) f. ln k keeps
/// k > 0 without a constraint.
using SigmoidParams = std::array<double, 4>;

/// \brief One sigmoid fit to run: data, bounds and starts, before any minimisation.
struct SigmoidProblem {
    bool valid = false;      ///< false: fewer than 2 points or a single scale; nothing to fit
    bool fixedFloor = false; ///< true: 3 parameters, f = `floor`
    double floor = 0.0;      ///< the fixed floor when `fixedFloor`
    int parameters = 4;      ///< 3 or 4
    SigmoidParams lower{};   ///< box bounds; entries past `parameters` are unused
    SigmoidParams upper{};
    std::vector<SigmoidParams> starts; ///< `extraStart` first, then the grid
};

/// \brief max |y|: the data's scale for AICc's RSS floor.
double largestMagnitude(std::span<const double> y);

/// \brief Bounds and starts for fitSigmoid() (see its contract in CurveFits.h).
SigmoidProblem makeSigmoidProblem(std::span<const double> u, std::span<const double> y,
                                  const SigmoidConstraints& c, const SigmoidFit* extraStart,
                                  bool fullGrid);

/// \brief A SigmoidFit with n, parameters and starts filled in but not fitted (ok = false).
SigmoidFit emptySigmoidFit(const SigmoidProblem& problem, std::size_t n);

/// \brief The SigmoidFit for the best parameters `p` with residual sum of squares `rss`: ok,
/// the parameters on their natural scale, AICc, the at-bound flags and the notes.
SigmoidFit finishSigmoidFit(const SigmoidProblem& problem, const SigmoidParams& p, double rss,
                            std::span<const double> u, std::span<const double> y,
                            const SigmoidConstraints& c);

} // namespace ee
