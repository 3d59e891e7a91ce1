// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Bootstrap.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace ee {

/// \brief How a metric's confidence interval is computed.
enum class IntervalMethod {
    Wilson,         ///< Wilson score interval, for proportions with a known n (the default)
    ClopperPearson, ///< exact binomial interval, for proportions with a known n
    Bootstrap       ///< percentile bootstrap over examples (needs a number of resamples)
};

/// \brief `wilson`, `clopper-pearson` or `bootstrap`.
QString intervalMethodName(IntervalMethod m);
std::optional<IntervalMethod> intervalMethodFromName(const QString& name);

/// \brief The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation
/// refined by one Halley step on std::erfc; relative error below 1e-15).
double normalQuantile(double p);

/// \brief Wilson score interval for k successes in n trials at two-sided `confidence`: stays
/// inside [0, 1] and has width at 0/n and n/n (0/25 at 95 %: [0, 0.1332]). Requires
/// 0 ≤ k ≤ n, n > 0 and 0 < confidence < 1 (callers check; otherwise the result is NaN).
Interval wilsonInterval(std::int64_t k, std::int64_t n, double confidence);

/// \brief Clopper–Pearson ("exact") interval: the Beta(k, n−k+1) and Beta(k+1, n−k) quantiles
/// at (1−c)/2 and (1+c)/2, with 0 at k = 0 and 1 at k = n. Same requirements as Wilson.
Interval clopperPearsonInterval(std::int64_t k, std::int64_t n, double confidence);

/// \brief The regularized incomplete beta function I_x(a, b) (continued fraction; a, b > 0).
double regularizedIncompleteBeta(double a, double b, double x);

} // namespace ee
