// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CurveFits.h"

#include "analysis/LevenbergMarquardt.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ee {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Steepness bounds per decade: width 2·ln 9/k from ~88 decades down to ~0.02 decades. A jump
// between two neighbouring models drives k to the upper bound; we then say so.
constexpr double kMinK = 0.05;
constexpr double kMaxK = 200.0;

double logistic(double z) {
    // Split by sign so that exp never overflows.
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

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

namespace {

double scaleOf(std::span<const double> y) {
    double s = 0.0;
    for (double v : y)
        s = std::max(s, std::abs(v));
    return s;
}

} // namespace

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
    f.aicc = aiccLeastSquares(f.rss, f.n, f.parameters, scaleOf(y));
    return f;
}

SigmoidFit fitSigmoid(std::span<const double> u, std::span<const double> y,
                      const SigmoidConstraints& c, const SigmoidFit* extraStart, bool fullGrid) {
    SigmoidFit best;
    best.n = static_cast<int>(y.size());
    best.floorFixed = c.floor.has_value();
    best.parameters = best.floorFixed ? 3 : 4;
    if (y.size() < 2 || u.size() != y.size())
        return best;
    const auto [uMinIt, uMaxIt] = std::minmax_element(u.begin(), u.end());
    const auto [yMinIt, yMaxIt] = std::minmax_element(y.begin(), y.end());
    const double uMin = *uMinIt, uMax = *uMaxIt, yMin = *yMinIt, yMax = *yMaxIt;
    if (!(uMax > uMin))
        return best;
    const int np = best.parameters;
    const Eigen::Index n = static_cast<Eigen::Index>(y.size());

    // Parameters: m, ln k, h, [f]. ln k keeps k > 0 without a constraint.
    const double fixedFloor = c.floor.value_or(0.0);
    const bool fixedF = best.floorFixed;
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
    Eigen::VectorXd lower(np), upper(np);
    // The first three bounds always exist; a fitted floor adds a fourth below.
    lower.head<3>() << uMin - 2.0, std::log(kMinK), c.lowest.value_or(-kInf);
    upper.head<3>() << uMax + 2.0, std::log(kMaxK), c.ceiling.value_or(kInf);
    if (!fixedF) {
        lower[3] = c.lowest.value_or(-kInf);
        upper[3] = c.ceiling.value_or(kInf);
    }

    std::vector<Eigen::VectorXd> starts;
    auto addStart = [&](double m, double k, double h, double f) {
        Eigen::VectorXd p(np);
        p[0] = m;
        p[1] = std::log(k);
        p[2] = h;
        if (!fixedF)
            p[3] = f;
        starts.push_back(p);
    };
    if (extraStart && extraStart->ok)
        addStart(extraStart->m, std::clamp(extraStart->k, kMinK, kMaxK), extraStart->ceiling,
                 extraStart->floor);
    const int mCount = fullGrid ? 7 : 3;
    const std::vector<double> ks =
        fullGrid ? std::vector<double>{1.0, 4.0, 20.0} : std::vector<double>{2.0, 10.0};
    const double hiStart = c.ceiling ? std::min(yMax, *c.ceiling) : yMax;
    const double loStart = c.ceiling ? std::min(yMin, *c.ceiling) : yMin;
    for (int i = 0; i < mCount; ++i) {
        const double m = uMin + (uMax - uMin) * (i + 0.5) / mCount;
        for (double k : ks) {
            if (fixedF) {
                // Rising from the floor to the top of the data, or falling towards its bottom.
                addStart(m, k, hiStart, fixedFloor);
                if (loStart < fixedFloor)
                    addStart(m, k, loStart, fixedFloor);
            } else {
                addStart(m, k, hiStart, yMin);
                addStart(m, k, loStart, yMax);
            }
        }
    }
    best.starts = static_cast<int>(starts.size());

    LmResult bestRun;
    bestRun.cost = kInf;
    for (const Eigen::VectorXd& p0 : starts) {
        LmResult run = levenbergMarquardt(fn, p0, lower, upper, 200);
        if (std::isfinite(run.cost) && run.cost < bestRun.cost)
            bestRun = run;
    }
    if (!std::isfinite(bestRun.cost))
        return best;
    best.ok = true;
    best.m = bestRun.params[0];
    best.k = std::exp(bestRun.params[1]);
    best.ceiling = bestRun.params[2];
    best.floor = fixedF ? fixedFloor : bestRun.params[3];
    best.rss = bestRun.cost;
    best.kAtBound = bestRun.params[1] >= std::log(kMaxK) - 1e-6;
    best.ceilingAtBound = c.ceiling && best.ceiling >= *c.ceiling - 1e-12;
    best.aicc = aiccLeastSquares(best.rss, best.n, best.parameters, scaleOf(y));
    const double half = best.widthDecades() / 2.0;
    best.widthResolved = std::any_of(
        u.begin(), u.end(), [&](double v) { return v > best.m - half && v < best.m + half; });
    if (best.kAtBound || !best.widthResolved)
        best.notes << QStringLiteral(
            "no model lies inside the 10–90 % transition: it happens between two neighbouring "
            "models and the width is only bounded by their gap");
    if (best.m <= uMin - 2.0 + 1e-9 || best.m >= uMax + 2.0 - 1e-9)
        best.notes << QStringLiteral("the midpoint lies far outside the data (at its bound)");
    return best;
}

} // namespace ee
