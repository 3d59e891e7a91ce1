// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/SigmoidProblem.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ee {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

double largestMagnitude(std::span<const double> y) {
    double s = 0.0;
    for (double v : y)
        s = std::max(s, std::abs(v));
    return s;
}

SigmoidProblem makeSigmoidProblem(std::span<const double> u, std::span<const double> y,
                                  const SigmoidConstraints& c, const SigmoidFit* extraStart,
                                  bool fullGrid) {
    SigmoidProblem p;
    p.fixedFloor = c.floor.has_value();
    p.floor = c.floor.value_or(0.0);
    p.parameters = p.fixedFloor ? 3 : 4;
    if (y.size() < 2 || u.size() != y.size())
        return p;
    const auto [uMinIt, uMaxIt] = std::minmax_element(u.begin(), u.end());
    const auto [yMinIt, yMaxIt] = std::minmax_element(y.begin(), y.end());
    const double uMin = *uMinIt, uMax = *uMaxIt, yMin = *yMinIt, yMax = *yMaxIt;
    if (!(uMax > uMin))
        return p;
    p.valid = true;
    // A fitted floor has the same bounds as the ceiling: the metric's minimum and maximum.
    p.lower = {uMin - 2.0, std::log(kSigmoidMinK), c.lowest.value_or(-kInf),
               c.lowest.value_or(-kInf)};
    p.upper = {uMax + 2.0, std::log(kSigmoidMaxK), c.ceiling.value_or(kInf),
               c.ceiling.value_or(kInf)};

    const auto addStart = [&](double m, double k, double h, double f) {
        p.starts.push_back({m, std::log(k), h, p.fixedFloor ? 0.0 : f});
    };
    if (extraStart && extraStart->ok)
        addStart(extraStart->m, std::clamp(extraStart->k, kSigmoidMinK, kSigmoidMaxK),
                 extraStart->ceiling, extraStart->floor);
    const int mCount = fullGrid ? 7 : 3;
    const std::vector<double> ks =
        fullGrid ? std::vector<double>{1.0, 4.0, 20.0} : std::vector<double>{2.0, 10.0};
    const double hiStart = c.ceiling ? std::min(yMax, *c.ceiling) : yMax;
    const double loStart = c.ceiling ? std::min(yMin, *c.ceiling) : yMin;
    for (int i = 0; i < mCount; ++i) {
        const double m = uMin + (uMax - uMin) * (i + 0.5) / mCount;
        for (double k : ks) {
            if (p.fixedFloor) {
                // Rising from the floor to the top of the data, or falling towards its bottom.
                addStart(m, k, hiStart, p.floor);
                if (loStart < p.floor)
                    addStart(m, k, loStart, p.floor);
            } else {
                addStart(m, k, hiStart, yMin);
                addStart(m, k, loStart, yMax);
            }
        }
    }
    return p;
}

SigmoidFit emptySigmoidFit(const SigmoidProblem& problem, std::size_t n) {
    SigmoidFit f;
    f.n = static_cast<int>(n);
    f.floorFixed = problem.fixedFloor;
    f.parameters = problem.parameters;
    f.starts = static_cast<int>(problem.starts.size());
    return f;
}

SigmoidFit finishSigmoidFit(const SigmoidProblem& problem, const SigmoidParams& p, double rss,
                            std::span<const double> u, std::span<const double> y,
                            const SigmoidConstraints& c) {
    SigmoidFit best = emptySigmoidFit(problem, y.size());
    best.ok = true;
    best.m = p[0];
    best.k = std::exp(p[1]);
    best.ceiling = p[2];
    best.floor = problem.fixedFloor ? problem.floor : p[3];
    best.rss = rss;
    best.kAtBound = p[1] >= std::log(kSigmoidMaxK) - 1e-6;
    best.ceilingAtBound = c.ceiling && best.ceiling >= *c.ceiling - 1e-12;
    best.aicc = aiccLeastSquares(best.rss, best.n, best.parameters, largestMagnitude(y));
    const double half = best.widthDecades() / 2.0;
    best.widthResolved = std::any_of(
        u.begin(), u.end(), [&](double v) { return v > best.m - half && v < best.m + half; });
    if (best.kAtBound || !best.widthResolved)
        best.notes << QStringLiteral(
            "no model lies inside the 10–90 % transition: it happens between two neighbouring "
            "models and the width is only bounded by their gap");
    if (best.m <= problem.lower[0] + 1e-9 || best.m >= problem.upper[0] - 1e-9)
        best.notes << QStringLiteral("the midpoint lies far outside the data (at its bound)");
    return best;
}

} // namespace ee
