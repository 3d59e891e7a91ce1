// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/BinomialInterval.h"

#include "model/MetricRange.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ee {

bool isProportionMetric(const QString& metric) {
    static const QStringList names = {QStringLiteral("exact_str_match"),
                                      QStringLiteral("case_insensitive_str_match"),
                                      QStringLiteral("squad_exact_match"),
                                      QStringLiteral("exact_match"),
                                      QStringLiteral("em"),
                                      QStringLiteral("acc"),
                                      QStringLiteral("acc_norm"),
                                      QStringLiteral("acc_mutual_info"),
                                      QStringLiteral("accuracy"),
                                      QStringLiteral("multiple_choice_grade")};
    return names.contains(metric.section(QLatin1Char(','), 0, 0));
}

std::optional<double> proportionScale(const Curve& curve) {
    if (!isProportionMetric(curve.key.metric))
        return std::nullopt;
    if (curve.high && (*curve.high == 1.0 || *curve.high == 100.0))
        return curve.high;
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(curve.points.size()));
    for (const CurvePoint& p : curve.points)
        if (std::isfinite(p.value))
            values.push_back(p.value);
    const auto range = metricRangeHolding(curve.key.metric, values);
    if (range && range->min == 0.0 && (range->max == 1.0 || range->max == 100.0))
        return range->max;
    return std::nullopt;
}

std::pair<double, double> wilsonScoreInterval(double p, double n, double z) {
    const double z2 = z * z;
    const double denom = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At 0/n and n/n the bound is exactly 0 or 1; the subtraction would leave rounding dust.
    return {p <= 0 ? 0.0 : centre - half, p >= 1 ? 1.0 : centre + half};
}

QString pointIntervalKindName(PointIntervalKind k) {
    switch (k) {
    case PointIntervalKind::Published:
        return QStringLiteral("published");
    case PointIntervalKind::StandardError:
        return QStringLiteral("standard_error");
    case PointIntervalKind::Wilson:
        return QStringLiteral("wilson");
    }
    return {};
}

std::optional<PointInterval> drawnInterval(const CurvePoint& p, std::optional<double> scale) {
    if (p.ciLow && p.ciHigh)
        return PointInterval{*p.ciLow, *p.ciHigh, PointIntervalKind::Published};
    if (p.stderr_ && *p.stderr_ > 0)
        return PointInterval{p.value - *p.stderr_, p.value + *p.stderr_,
                             PointIntervalKind::StandardError};
    // A share known with its n: its binomial uncertainty, even at 0/n where a published
    // normal-approximation standard error is 0.
    if (scale && p.n && *p.n > 0 && std::isfinite(p.value)) {
        const double share = p.value / *scale;
        if (share >= 0 && share <= 1) {
            const auto [lo, hi] = wilsonScoreInterval(share, static_cast<double>(*p.n), kZ95);
            return PointInterval{lo * *scale, hi * *scale, PointIntervalKind::Wilson};
        }
    }
    if (p.stderr_)
        return PointInterval{p.value - *p.stderr_, p.value + *p.stderr_,
                             PointIntervalKind::StandardError};
    return std::nullopt;
}

} // namespace ee
