// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace ee {

/// \brief The range [min, max] a metric can take, when known.
struct MetricRange {
    double min = 0.0;
    double max = 1.0;
    QString source; ///< why we believe it: "metric name", "values within 0–1", …
    double span() const { return max - min; }
};

/// \brief The metric's range from its name (BIG-bench / lm-eval keys), else from the values
/// (all within 0–1 → 0–1; within 0–100 → 0–100); nullopt when neither says.
std::optional<MetricRange> metricRangeFor(const QString& metric, const std::vector<double>& values);

/// \brief True when the name says the metric has no range to fill: log-probabilities,
/// log-likelihoods, their margins (differences), perplexity, NLL, bits per byte.
bool isUnboundedMetric(const QString& metric);

/// \brief metricRangeFor(), but when a value lies outside the range the name promises (a
/// paper's "accuracy" in per cent) the values decide; nullopt when nothing bounds them, and
/// always for an unbounded metric (isUnboundedMetric()), whatever its values happen to be.
std::optional<MetricRange> metricRangeHolding(const QString& metric,
                                              const std::vector<double>& values);

} // namespace ee
