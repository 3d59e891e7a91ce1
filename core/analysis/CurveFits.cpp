// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CurveFits.h"

#include "analysis/SigmoidLm.h"
#include "analysis/SigmoidProblem.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ee {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

double SigmoidFit::widthDecades() const {
    return k > 0 ? 2.0 * std::log(9.0) / k : kInf;
}

double SigmoidFit::midpointScale() const {
    return std::pow(10.0, m);
}

double SigmoidFit::at(double u) const {
    return floor + (ceiling - floor) * logistic(k * (u - m));
}

std::optional<double> aiccLeastSquares(double rss, int n, int fittedParameters, double yScale) {
    const int K = fittedParameters + 1;
    if (n - K - 1 <= 0)
        return std::nullopt;
    const double unit = std::max(std::abs(yScale), 1e-12);
    const double floorRss = n * (1e-9 * unit) * (1e-9 * unit);
    const double r = std::max(rss, floorRss);
    return n * std::log(r / n) + 2.0 * K + 2.0 * K * (K + 1.0) / (n - K - 1.0);
}

LogLinearFit fitLogLinear(std::span<const double> u, std::span<const double> y) {
    LogLinearFit f;
    f.n = static_cast<int>(y.size());
    if (y.size() < 2 || u.size() != y.size())
        return f;
    double mu = 0, my = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        mu += u[i];
        my += y[i];
    }
    mu /= f.n;
    my /= f.n;
    double suu = 0, suy = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        suu += (u[i] - mu) * (u[i] - mu);
        suy += (u[i] - mu) * (y[i] - my);
    }
    if (!(suu > 0))
        return f; // every point at one scale
    f.b = suy / suu;
    f.a = my - f.b * mu;
    for (std::size_t i = 0; i < y.size(); ++i) {
        const double r = y[i] - f.at(u[i]);
        f.rss += r * r;
    }
    f.ok = true;
    f.aicc = aiccLeastSquares(f.rss, f.n, f.parameters, largestMagnitude(y));
    return f;
}

SigmoidFit fitSigmoid(std::span<const double> u, std::span<const double> y,
                      const SigmoidConstraints& c, const SigmoidFit* extraStart, bool fullGrid) {
    const SigmoidProblem problem = makeSigmoidProblem(u, y, c, extraStart, fullGrid);
    if (!problem.valid)
        return emptySigmoidFit(problem, y.size());
    const SigmoidLmResult best = minimiseSigmoidFromStarts(problem, u, y);
    if (!std::isfinite(best.cost))
        return emptySigmoidFit(problem, y.size());
    return finishSigmoidFit(problem, best.params, best.cost, u, y, c);
}

SigmoidFit refitSigmoid(std::span<const double> u, std::span<const double> y,
                        const SigmoidConstraints& c, const SigmoidFit& from) {
    const SigmoidProblem problem = makeSigmoidProblem(u, y, c, &from, false);
    if (!problem.valid || !from.ok)
        return fitSigmoid(u, y, c, nullptr, false);
    // A resample usually moves the minimum only a little from the full-data fit, so that start
    // is run to the end. A resample that lost the models of the rise can have its minimum
    // elsewhere: the grid's starts still look for it, but each only for a few steps, and only
    // the most promising one is finished when it is already below the warm start. Running all
    // 12 to the end (the reference) costs about 6 times as much; see docs/analysis.md, "Speed".
    constexpr int kScreenSteps = 3;
    SigmoidLmResult best = minimiseSigmoid(problem, u, y, problem.starts.front());
    SigmoidLmResult lead;
    lead.cost = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < problem.starts.size(); ++i) {
        const SigmoidLmResult r = minimiseSigmoid(problem, u, y, problem.starts[i], kScreenSteps);
        if (std::isfinite(r.cost) && r.cost < lead.cost)
            lead = r;
    }
    if (std::isfinite(lead.cost) && !(lead.cost >= best.cost)) {
        const SigmoidLmResult finished = minimiseSigmoid(problem, u, y, lead.params);
        if (std::isfinite(finished.cost) && !(finished.cost >= best.cost))
            best = finished;
    }
    if (!std::isfinite(best.cost))
        return emptySigmoidFit(problem, y.size());
    return finishSigmoidFit(problem, best.params, best.cost, u, y, c);
}

} // namespace ee
