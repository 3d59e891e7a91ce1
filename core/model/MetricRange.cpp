// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/MetricRange.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace ee {

namespace {

// Metric keys whose scale docs/formats.md §A1 states plus lm-eval's common 0–1 keys.
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
                                      QStringLiteral("chrf"),
                                      QStringLiteral("chrf_pp"),
                                      QStringLiteral("normalized_aggregate_score")};
    return names;
}

} // namespace

std::optional<MetricRange> metricRangeFor(const QString& metric,
                                          const std::vector<double>& values) {
    // lm-eval v0.4 keys may carry a filter suffix ("exact_match,strict-match").
    const QString base = metric.section(QLatin1Char(','), 0, 0);
    if (unitMetrics().contains(base))
        return MetricRange{
            0.0, 1.0, QCoreApplication::translate("MetricRange", "%1 is scored 0–1").arg(base)};
    if (percentMetrics().contains(base))
        return MetricRange{
            0.0, 100.0, QCoreApplication::translate("MetricRange", "%1 is scored 0–100").arg(base)};
    if (values.empty())
        return std::nullopt;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    if (*lo >= 0.0 && *hi <= 1.0)
        return MetricRange{0.0, 1.0,
                           QCoreApplication::translate("MetricRange", "values within 0–1")};
    if (*lo >= 0.0 && *hi <= 100.0)
        return MetricRange{0.0, 100.0,
                           QCoreApplication::translate("MetricRange", "values within 0–100")};
    return std::nullopt;
}

bool isUnboundedMetric(const QString& metric) {
    // Whole words of the name ("log_prob_margin", "log_likelihood_derived", "word_perplexity"):
    // a mean gap of 0.8 nats is not a value "within 0–100".
    static const QRegularExpression re(
        QStringLiteral("(^|_)(ppl|perplexity|nll|log_?prob|logp|log_?likelihood|loglik|bpb|"
                       "bits_per_byte|margin)($|_|,)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(metric).hasMatch();
}

std::optional<MetricRange> metricRangeHolding(const QString& metric,
                                              const std::vector<double>& values) {
    if (isUnboundedMetric(metric))
        return std::nullopt;
    const auto byName = metricRangeFor(metric, values);
    const auto holds = [&](const MetricRange& r) {
        return std::all_of(values.begin(), values.end(),
                           [&](double v) { return v >= r.min && v <= r.max; });
    };
    if (byName && holds(*byName))
        return byName;
    return metricRangeFor(QString(), values);
}

} // namespace ee
