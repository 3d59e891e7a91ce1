// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/SigmoidLm.h"

#include <Eigen/Dense>
#include <cmath>
#include <limits>

namespace ee {

namespace {

template <int K> using Vec = Eigen::Matrix<double, K, 1>;
template <int K> using Mat = Eigen::Matrix<double, K, K>;

/// Σ r², JᵀJ and Jᵀr at `p` in one pass over the points: the Jacobian is never stored, so a
/// rejected trial step costs one pass and no memory. K = 3 fixes the floor.
template <int K>
double evaluate(const SigmoidProblem& pr, std::span<const double> u, std::span<const double> y,
                const Vec<K>& p, Mat<K>& A, Vec<K>& g) {
    const double m = p[0], k = std::exp(p[1]), h = p[2];
    double f = pr.floor;
    if constexpr (K == 4)
        f = p[3];
    A.setZero();
    g.setZero();
    double cost = 0.0;
    Vec<K> j;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double du = u[i] - m;
        const double s = logistic(k * du);
        const double ds = s * (1.0 - s);
        const double r = f + (h - f) * s - y[i];
        j[0] = -(h - f) * ds * k;
        j[1] = (h - f) * ds * du * k;
        j[2] = s;
        if constexpr (K == 4)
            j[3] = 1.0 - s;
        A.noalias() += j * j.transpose();
        g.noalias() += r * j;
        cost += r * r;
    }
    return cost;
}

template <int K>
SigmoidLmResult minimise(const SigmoidProblem& pr, std::span<const double> u,
                         std::span<const double> y, const SigmoidParams& start, int maxIterations) {
    const Vec<K> lower = Eigen::Map<const Vec<K>>(pr.lower.data());
    const Vec<K> upper = Eigen::Map<const Vec<K>>(pr.upper.data());
    Vec<K> p = Eigen::Map<const Vec<K>>(start.data()).cwiseMax(lower).cwiseMin(upper);
    Mat<K> A, trialA;
    Vec<K> g, trialG;
    SigmoidLmResult res;
    double cost = evaluate<K>(pr, u, y, p, A, g);
    res.evaluations = 1;
    const auto finish = [&] {
        Eigen::Map<Vec<K>>(res.params.data()) = p;
        res.cost = cost;
        return res;
    };
    if (!std::isfinite(cost))
        return finish();
    double lambda = 1e-3;
    for (int it = 0; it < maxIterations; ++it) {
        res.iterations = it + 1;
        // A parameter on its bound whose gradient points out of the box stays there: drop it
        // from the step and from the convergence test. Without this a steepness held at its
        // bound (a jump between two models) keeps the gradient large, and the search crawls
        // through hundreds of projected steps that barely lower the cost.
        Mat<K> free = A;
        Vec<K> freeG = g;
        for (int i = 0; i < K; ++i)
            if ((p[i] <= lower[i] && g[i] > 0) || (p[i] >= upper[i] && g[i] < 0)) {
                free.row(i).setZero();
                free.col(i).setZero();
                free(i, i) = 1.0;
                freeG[i] = 0.0;
            }
        if (freeG.template lpNorm<Eigen::Infinity>() < 1e-15 * (1.0 + cost))
            break;
        bool improved = false, converged = false;
        // Raise the damping until a step lowers the cost (or give up).
        while (lambda < 1e12) {
            Mat<K> D = free;
            for (int i = 0; i < K; ++i)
                D(i, i) += lambda * (free(i, i) > 1e-12 ? free(i, i) : 1e-12);
            // D is JᵀJ plus a positive diagonal: Cholesky, a quarter of the time of the
            // pivoting LDLT the reference uses, which stays the fallback for a D that rounding
            // left not quite positive definite.
            const Eigen::LLT<Mat<K>> llt(D);
            const Vec<K> step = llt.info() == Eigen::Success ? Vec<K>(llt.solve(-freeG))
                                                             : Vec<K>(D.ldlt().solve(-freeG));
            const Vec<K> trial = (p + step).cwiseMax(lower).cwiseMin(upper);
            const double trialCost = evaluate<K>(pr, u, y, trial, trialA, trialG);
            ++res.evaluations;
            if (std::isfinite(trialCost) && trialCost < cost) {
                const double gain = cost - trialCost;
                const double moved = (trial - p).norm();
                p = trial;
                A = trialA;
                g = trialG;
                lambda = std::max(lambda / 3.0, 1e-12);
                improved = true;
                converged = gain <= 1e-14 * cost + 1e-300 || moved <= 1e-12 * (1.0 + p.norm());
                cost = trialCost;
                break;
            }
            lambda *= 4.0;
        }
        if (!improved || converged)
            break; // no descent direction left within the bounds, or no progress worth a step
    }
    return finish();
}

} // namespace

SigmoidLmResult minimiseSigmoid(const SigmoidProblem& problem, std::span<const double> u,
                                std::span<const double> y, const SigmoidParams& start,
                                int maxIterations) {
    return problem.fixedFloor ? minimise<3>(problem, u, y, start, maxIterations)
                              : minimise<4>(problem, u, y, start, maxIterations);
}

SigmoidLmResult minimiseSigmoidFromStarts(const SigmoidProblem& problem, std::span<const double> u,
                                          std::span<const double> y) {
    SigmoidLmResult best;
    best.cost = std::numeric_limits<double>::infinity();
    for (const SigmoidParams& start : problem.starts) {
        const SigmoidLmResult run = minimiseSigmoid(problem, u, y, start);
        if (std::isfinite(run.cost) && run.cost < best.cost)
            best = run;
    }
    return best;
}

} // namespace ee
