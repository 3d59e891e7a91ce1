// SPDX-License-Identifier: GPL-3.0-or-later
// The generic minimiser the sigmoid fit used before issue 19. Kept unchanged as the reference
// (ReferenceSigmoidFit.h) that tests and bench/analysis compare the fast SigmoidLm with.
#pragma once

#include <Eigen/Dense>
#include <functional>

namespace ee {

/// \brief Residuals r(p) (size n) and their Jacobian J = ∂r/∂p (n × k) at parameters p.
using LmFunction =
    std::function<void(const Eigen::VectorXd& p, Eigen::VectorXd& r, Eigen::MatrixXd& J)>;

/// \brief Outcome of a Levenberg–Marquardt run.
struct LmResult {
    Eigen::VectorXd params;
    double cost = 0.0; ///< sum of squared residuals at `params`
    int iterations = 0;
    bool converged = false;
};

/// \brief Minimises Σ r_i(p)² from `p0` with box bounds [lower, upper] (use ±infinity for
/// none). Marquardt's damping of the normal equations' diagonal; steps leaving the box are
/// projected back onto it (enough for the few simple bounds of our fits).
LmResult levenbergMarquardt(const LmFunction& f, Eigen::VectorXd p0, const Eigen::VectorXd& lower,
                            const Eigen::VectorXd& upper, int maxIterations = 200);

} // namespace ee
