// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/LevenbergMarquardt.h"

#include <cmath>

namespace ee {

LmResult levenbergMarquardt(const LmFunction& f, Eigen::VectorXd p0, const Eigen::VectorXd& lower,
                            const Eigen::VectorXd& upper, int maxIterations) {
    const auto project = [&](Eigen::VectorXd& p) { p = p.cwiseMax(lower).cwiseMin(upper); };
    project(p0);
    Eigen::VectorXd r, rTrial;
    Eigen::MatrixXd J, JTrial;
    f(p0, r, J);
    LmResult res;
    res.params = p0;
    res.cost = r.squaredNorm();
    if (!std::isfinite(res.cost))
        return res;
    double lambda = 1e-3;
    const Eigen::Index k = p0.size();
    for (int it = 0; it < maxIterations; ++it) {
        res.iterations = it + 1;
        const Eigen::MatrixXd A = J.transpose() * J;
        const Eigen::VectorXd g = J.transpose() * r;
        if (g.lpNorm<Eigen::Infinity>() < 1e-15 * (1.0 + res.cost)) {
            res.converged = true;
            break;
        }
        bool improved = false;
        // Raise the damping until a step lowers the cost (or give up).
        while (lambda < 1e12) {
            Eigen::MatrixXd D = A;
            for (Eigen::Index i = 0; i < k; ++i)
                D(i, i) += lambda * (A(i, i) > 1e-12 ? A(i, i) : 1e-12);
            const Eigen::VectorXd step = D.ldlt().solve(-g);
            Eigen::VectorXd trial = res.params + step;
            project(trial);
            f(trial, rTrial, JTrial);
            const double cost = rTrial.squaredNorm();
            if (std::isfinite(cost) && cost < res.cost) {
                const double gain = res.cost - cost;
                const double moved = (trial - res.params).norm();
                res.params = trial;
                r.swap(rTrial);
                J.swap(JTrial);
                lambda = std::max(lambda / 3.0, 1e-12);
                improved = true;
                if (gain <= 1e-14 * res.cost + 1e-300 || moved <= 1e-12 * (1.0 + res.params.norm()))
                    res.converged = true;
                res.cost = cost;
                break;
            }
            lambda *= 4.0;
        }
        if (!improved) {
            res.converged = true; // no descent direction left within the bounds
            break;
        }
        if (res.converged)
            break;
    }
    return res;
}

} // namespace ee
