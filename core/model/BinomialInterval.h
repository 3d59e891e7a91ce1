// SPDX-License-Identifier: GPL-3.0-or-later
// Intervals of points whose value is a share of n examples answered right (issue 19): such a
// point has an honest interval from n alone, so 0 of 25 is drawn [0, 0.133], not ±0.
#pragma once

#include "model/Curve.h"

#include <QString>
#include <optional>
#include <utility>

namespace ee {

/// \brief Φ⁻¹(0.975): the normal quantile of a two-sided 95 % interval.
inline constexpr double kZ95 = 1.959963984540054;

/// \brief True for accuracy-like metrics, whose value is the share of examples answered right
/// (exact_str_match, case_insensitive_str_match, squad_exact_match, exact_match, em, acc,
/// acc_norm, acc_mutual_info, accuracy, multiple_choice_grade; lm-eval filter suffixes such as
/// "exact_match,strict-match" are ignored). Not BLEU, ROUGE, F1, Brier or calibration errors.
bool isProportionMetric(const QString& metric);

/// \brief 1 when the curve's proportion metric is scored 0–1, 100 when 0–100 (the curve's
/// perfect score `high` when known, else MetricRange from the name and the values); nullopt
/// when the metric is not a proportion or its scale is unknown.
std::optional<double> proportionScale(const Curve& curve);

/// \brief The Wilson score interval of an observed share p (0–1) of n trials at the normal
/// quantile z: inside [0, 1], exactly 0 (1) at p = 0 (1). p need not be k/n exactly (a rounded
/// published accuracy); requires n > 0.
std::pair<double, double> wilsonScoreInterval(double p, double n, double z);

/// \brief Where a point's drawn interval comes from.
enum class PointIntervalKind {
    Published,     ///< its ciLow/ciHigh
    StandardError, ///< value ± its published standard error
    Wilson         ///< the 95 % Wilson interval from its share and n
};

/// \brief "published", "standard_error" or "wilson".
QString pointIntervalKindName(PointIntervalKind k);

/// \brief A point's interval, on the metric's own scale.
struct PointInterval {
    double low = 0.0;
    double high = 0.0;
    PointIntervalKind kind = PointIntervalKind::Published;
};

/// \brief The interval a chart draws at `p`: its published ciLow/ciHigh; else value ± a
/// positive published standard error; else, when `scale` (proportionScale() of its curve) and
/// n are known, the 95 % Wilson interval of value/scale from n, times scale; else value ± a
/// published standard error of 0; else none.
std::optional<PointInterval> drawnInterval(const CurvePoint& p, std::optional<double> scale);

} // namespace ee
