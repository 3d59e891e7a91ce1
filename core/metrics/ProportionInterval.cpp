// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ProportionInterval.h"

#include "model/BinomialInterval.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace ee {

QString intervalMethodName(IntervalMethod m) {
    switch (m) {
    case IntervalMethod::Wilson:
        return QStringLiteral("wilson");
    case IntervalMethod::ClopperPearson:
        return QStringLiteral("clopper-pearson");
    case IntervalMethod::Bootstrap:
        return QStringLiteral("bootstrap");
    }
    return {};
}

std::optional<IntervalMethod> intervalMethodFromName(const QString& name) {
    for (IntervalMethod m :
         {IntervalMethod::Wilson, IntervalMethod::ClopperPearson, IntervalMethod::Bootstrap})
        if (intervalMethodName(m) == name)
            return m;
    return std::nullopt;
}

double normalQuantile(double p) {
    if (!(p > 0.0 && p < 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    // Acklam's coefficients for the central and tail regions.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                               -2.759285104469687e+02, 1.383577518672690e+02,
                               -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                               -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                               -2.400758277161838e+00, -2.549732539343734e+00,
                               4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One Halley step against the exact CDF brings the error to machine precision.
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

Interval wilsonInterval(std::int64_t k, std::int64_t n, double confidence) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (n <= 0 || k < 0 || k > n || !(confidence > 0 && confidence < 1))
        return {nan, nan};
    const double nn = static_cast<double>(n);
    // One formula for scored examples and for points drawn from a share and n (issue 19).
    const auto [low, high] =
        wilsonScoreInterval(static_cast<double>(k) / nn, nn, normalQuantile(0.5 + confidence / 2));
    return {low, high};
}

double regularizedIncompleteBeta(double a, double b, double x) {
    if (x <= 0)
        return 0.0;
    if (x >= 1)
        return 1.0;
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry
    // I_x(a, b) = 1 − I_{1−x}(b, a) on the other side.
    if (x > (a + 1) / (a + b + 2))
        return 1.0 - regularizedIncompleteBeta(b, a, 1 - x);
    const double lnFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    // Lentz's method for the continued fraction of I_x(a, b).
    const double tiny = 1e-300;
    double f = 1.0, c = 1.0, d = 0.0;
    for (int i = 0; i <= 400; ++i) {
        const int m = i / 2;
        double num;
        if (i == 0)
            num = 1.0;
        else if (i % 2 == 0)
            num = (m * (b - m) * x) / ((a + 2.0 * m - 1) * (a + 2.0 * m));
        else
            num = -((a + m) * (a + b + m) * x) / ((a + 2.0 * m) * (a + 2.0 * m + 1));
        d = 1.0 + num * d;
        d = std::abs(d) < tiny ? tiny : d;
        d = 1.0 / d;
        c = 1.0 + num / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double cd = c * d;
        f *= cd;
        if (std::abs(1.0 - cd) < 1e-16)
            break;
    }
    return std::exp(lnFront) * (f - 1.0) / a;
}

namespace {
// x with I_x(a, b) = q, by bisection (I is increasing in x); 200 halvings reach the spacing of
// doubles near any root in (0, 1).
double betaQuantile(double q, double a, double b) {
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 200 && hi - lo > 0; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi)
            break;
        (regularizedIncompleteBeta(a, b, mid) < q ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}
} // namespace

Interval clopperPearsonInterval(std::int64_t k, std::int64_t n, double confidence) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (n <= 0 || k < 0 || k > n || !(confidence > 0 && confidence < 1))
        return {nan, nan};
    const double alpha = 1 - confidence;
    const double kk = static_cast<double>(k), nn = static_cast<double>(n);
    return {k == 0 ? 0.0 : betaQuantile(alpha / 2, kk, nn - kk + 1),
            k == n ? 1.0 : betaQuantile(1 - alpha / 2, kk + 1, nn - kk)};
}

} // namespace ee
