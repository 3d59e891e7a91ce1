// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PreparedCurve.h"

#include <algorithm>
#include <cmath>

namespace ee {

const char* yScaleName(YScale s) {
    return s == YScale::Normalised ? "normalised" : "raw";
}

namespace {

// Metric keys whose scale the formats spec states (A1) plus lm-eval's common 0–1 keys.
const QStringList& unitMetrics() {
    static const QStringList names = {QStringLiteral("exact_str_match"),
                                      QStringLiteral("case_insensitive_str_match"),
                                      QStringLiteral("multiple_choice_grade"),
                                      QStringLiteral("calibration_multiple_choice_brier_score"),
                                      QStringLiteral("expected_calibration_error"),
                                      QStringLiteral("macro_f1"),
                                      QStringLiteral("numeric_match_with_0_1_relative_error"),
                                      QStringLiteral("exact_match"),
                                      QStringLiteral("acc"),
                                      QStringLiteral("acc_norm"),
                                      QStringLiteral("em"),
                                      QStringLiteral("accuracy")};
    return names;
}

const QStringList& percentMetrics() {
    static const QStringList names = {QStringLiteral("bleu"),
                                      QStringLiteral("rouge1"),
                                      QStringLiteral("rouge2"),
                                      QStringLiteral("rougeL"),
                                      QStringLiteral("rougeLsum"),
                                      QStringLiteral("sequence_f1"),
                                      QStringLiteral("normalized_aggregate_score")};
    return names;
}

} // namespace

std::optional<MetricRange> metricRangeFor(const QString& metric,
                                          const std::vector<double>& values) {
    // lm-eval v0.4 keys may carry a filter suffix ("exact_match,strict-match").
    const QString base = metric.section(QLatin1Char(','), 0, 0);
    if (unitMetrics().contains(base))
        return MetricRange{0.0, 1.0, QStringLiteral("%1 is scored 0–1").arg(base)};
    if (percentMetrics().contains(base))
        return MetricRange{0.0, 100.0, QStringLiteral("%1 is scored 0–100").arg(base)};
    if (values.empty())
        return std::nullopt;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    if (*lo >= 0.0 && *hi <= 1.0)
        return MetricRange{0.0, 1.0, QStringLiteral("values within 0–1")};
    if (*lo >= 0.0 && *hi <= 100.0)
        return MetricRange{0.0, 100.0, QStringLiteral("values within 0–100")};
    return std::nullopt;
}

PreparedCurve prepareCurve(const Curve& curve, YScale yScale,
                           std::optional<double> metricRangeOverride) {
    PreparedCurve out;
    out.key = curve.key;
    out.axis = curve.axis;
    const qsizetype total = curve.points.size();
    out.x.reserve(total);
    out.u.reserve(total);
    out.y.reserve(total);
    out.stderr_.reserve(total);
    out.n.reserve(total);
    for (const CurvePoint& p : curve.points) {
        if (!std::isfinite(p.value)) {
            ++out.droppedMissingY;
            continue;
        }
        if (!p.x || !std::isfinite(*p.x)) {
            ++out.droppedMissingX;
            continue;
        }
        if (!(*p.x > 0)) {
            ++out.droppedNonPositiveX;
            continue;
        }
        out.x.push_back(*p.x);
        out.u.push_back(std::log10(*p.x));
        out.y.push_back(p.value);
        out.models.append(p.model);
        out.stderr_.push_back(p.stderr_ && std::isfinite(*p.stderr_) ? p.stderr_
                                                                     : std::optional<double>());
        out.n.push_back(p.n);
    }
    if (out.droppedMissingY)
        out.notes
            << QStringLiteral("%1 point(s) without a value left out").arg(out.droppedMissingY);
    if (out.droppedMissingX)
        out.notes << QStringLiteral("%1 point(s) with no known %2 left out")
                         .arg(out.droppedMissingX)
                         .arg(scaleAxisLabel(curve.axis));
    if (out.droppedNonPositiveX)
        out.notes << QStringLiteral("%1 point(s) with a zero or negative scale left out")
                         .arg(out.droppedNonPositiveX);

    std::optional<MetricRange> range = metricRangeFor(curve.key.metric, out.y);
    if (metricRangeOverride && *metricRangeOverride > 0) {
        const double lo = range ? range->min : 0.0;
        range = MetricRange{lo, lo + *metricRangeOverride, QStringLiteral("given")};
    }
    out.floor = curve.low;
    out.ceiling =
        curve.high ? curve.high : (range ? std::optional<double>(range->max) : std::nullopt);
    out.range = range;

    if (yScale == YScale::Normalised) {
        if (curve.low && curve.high && *curve.high != *curve.low) {
            const double lo = *curve.low, scale = 100.0 / (*curve.high - *curve.low);
            for (double& v : out.y)
                v = (v - lo) * scale;
            for (auto& s : out.stderr_)
                if (s)
                    *s = std::abs(*s * scale);
            out.yScale = YScale::Normalised;
            out.yShift = lo;
            out.yFactor = scale;
            out.floor = 0.0;
            out.ceiling = 100.0;
            if (range) {
                const double a = (range->min - lo) * scale, b = (range->max - lo) * scale;
                out.range = MetricRange{std::min(a, b), std::max(a, b), range->source};
            }
        } else {
            out.notes << QStringLiteral(
                "normalised score unavailable (the task's low and high scores are unknown): raw "
                "values used");
        }
    }
    return out;
}

} // namespace ee
