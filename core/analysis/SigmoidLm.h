// SPDX-License-Identifier: GPL-3.0-or-later
// The fast sigmoid minimiser (issue 19): the same Levenberg–Marquardt steps as the generic
// levenbergMarquardt(), written for this one model so that it needs no heap memory: fixed-size
// Eigen matrices, and the normal equations JᵀJ and Jᵀr summed point by point from the
// analytic derivatives instead of forming the n × k Jacobian.
#pragma once

#include "analysis/SigmoidProblem.h"

#include <span>

namespace ee {

/// \brief Outcome of one minimisation from one start.
struct SigmoidLmResult {
    SigmoidParams params{}; ///< m, ln k, h, [f]
    double cost = 0.0;      ///< Σ residual² at `params`; not finite when the start was unusable
    int iterations = 0;
    int evaluations = 0; ///< passes over the data (accepted and rejected trial steps)
};

/// \brief Minimises Σ (f + (h − f)·logistic(k(u − m)) − y)² from `start` within the problem's
/// box (steps leaving it are projected back). Damping, step acceptance and stopping rules are
/// those of levenbergMarquardt(); only the order of floating-point sums differs.
SigmoidLmResult minimiseSigmoid(const SigmoidProblem& problem, std::span<const double> u,
                                std::span<const double> y, const SigmoidParams& start,
                                int maxIterations = 200);

/// \brief minimiseSigmoid() from every start of the problem, keeping the lowest finite cost
/// (the first on ties, as the reference does). cost = +inf when every start failed.
SigmoidLmResult minimiseSigmoidFromStarts(const SigmoidProblem& problem, std::span<const double> u,
                                          std::span<const double> y);

} // namespace ee
