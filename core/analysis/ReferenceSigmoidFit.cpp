// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ReferenceSigmoidFit.h"

#include "analysis/LevenbergMarquardt.h"
#include "analysis/SigmoidProblem.h"

#include <cmath>
#include <limits>

namespace ee {

SigmoidFit fitSigmoidReference(std::span<const double> u, std::span<const double> y,
                               const SigmoidConstraints& c, const SigmoidFit* extraStart,
                               bool fullGrid) {
    const SigmoidProblem problem = makeSigmoidProblem(u, y, c, extraStart, fullGrid);
    if (!problem.valid)
        return emptySigmoidFit(problem, y.size());
    const int np = problem.parameters;
    const bool fixedF = problem.fixedFloor;
    const double fixedFloor = problem.floor;
    const Eigen::Index n = static_cast<Eigen::Index>(y.size());
    LmFunction fn = [&](const Eigen::VectorXd& p, Eigen::VectorXd& r, Eigen::MatrixXd& J) {
        const double m = p[0], k = std::exp(p[1]), h = p[2], f = fixedF ? fixedFloor : p[3];
        r.resize(n);
        J.resize(n, np);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double du = u[static_cast<std::size_t>(i)] - m;
            const double s = logistic(k * du);
            const double ds = s * (1.0 - s);
            r[i] = f + (h - f) * s - y[static_cast<std::size_t>(i)];
            J(i, 0) = -(h - f) * ds * k;
            J(i, 1) = (h - f) * ds * du * k;
            J(i, 2) = s;
            if (!fixedF)
                J(i, 3) = 1.0 - s;
        }
    };
    const Eigen::VectorXd lower = Eigen::Map<const Eigen::VectorXd>(problem.lower.data(), np);
    const Eigen::VectorXd upper = Eigen::Map<const Eigen::VectorXd>(problem.upper.data(), np);
    LmResult bestRun;
    bestRun.cost = std::numeric_limits<double>::infinity();
    for (const SigmoidParams& start : problem.starts) {
        const Eigen::VectorXd p0 = Eigen::Map<const Eigen::VectorXd>(start.data(), np);
        LmResult run = levenbergMarquardt(fn, p0, lower, upper, 200);
        if (std::isfinite(run.cost) && run.cost < bestRun.cost)
            bestRun = run;
    }
    if (!std::isfinite(bestRun.cost))
        return emptySigmoidFit(problem, y.size());
    SigmoidParams best{};
    for (int i = 0; i < np; ++i)
        best[static_cast<std::size_t>(i)] = bestRun.params[i];
    return finishSigmoidFit(problem, best, bestRun.cost, u, y, c);
}

} // namespace ee
