// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/Bleu.h"
#include "metrics/Bootstrap.h"
#include "metrics/ExactMatch.h"
#include "metrics/ExampleSet.h"
#include "metrics/ProportionInterval.h"

#include <vector>

namespace ee {
class ScoreTable;
}

namespace ee {

/// \brief How to score an ExampleSet.
struct ScoringOptions {
    QStringList metrics; ///< names from knownMetricNames()
    BleuOptions bleu;    ///< tokenizer, smoothing, lowercase (effective order follows level)
    /// false: one corpus BLEU (and chrF) per group; true: the mean of sentence BLEU (chrF)
    bool sentenceBleu = false;
    bool stem = false;                      ///< Porter stemming for ROUGE
    BootstrapOptions bootstrap{0, 0, 0.95}; ///< resamples 0 = no bootstrap interval
    /// Proportion metrics (every example 0 or 1: exact matches, multiple-choice grade) get a
    /// Wilson or Clopper–Pearson interval at bootstrap.confidence from their k and n, without
    /// resampling; Bootstrap (or any other metric) needs bootstrap.resamples > 0.
    IntervalMethod interval = IntervalMethod::Wilson;
    std::optional<PostProcess> postprocess; ///< applied to outputs before the string metrics
    /// The string metrics compare each example's whole generation with its whole reference
    /// (GSM8K: the model's worked solution against the reference solution) instead of the
    /// extracted answer with the targets; examples without both are left out.
    bool wholeText = false;
    bool perExample = false; ///< keep every example's value
    int threads = 0;         ///< groups in parallel, and a few groups' examples too (0 = all cores)
};

/// \brief One aggregate of one metric for one group.
struct MetricValue {
    QString metric;
    std::optional<double> value; ///< empty when no example could be scored
    std::optional<double> ciLow; ///< see ciMethod
    std::optional<double> ciHigh;
    QString ciMethod;   ///< intervalMethodName() of the interval, empty without one
    qint64 n = 0;       ///< examples that entered this metric
    QString definition; ///< reference + settings, e.g. "sacrebleu corpus nrefs:1|case:mixed|…"
    bool unverified = false; ///< the definition rests on an UNVERIFIED line of the spec
    /// multiple_choice_grade: the expected score of a uniform guess among the options of the
    /// examples that entered (chanceFromTargetScores()); written as the rows' `low`.
    std::optional<double> chance;
};

/// \brief The scores of one ExampleGroup.
struct GroupScores {
    ExampleGroupKey key;
    QString source;
    qint64 n = 0;       ///< examples in the group
    qint64 skipped = 0; ///< records of the group dropped while reading
    QList<MetricValue> metrics;
    QStringList ids;                                ///< with perExample
    QList<QList<std::optional<double>>> perExample; ///< [metric][example]
};

struct ScoreResult {
    QList<GroupScores> groups;
    Diagnostics diagnostics;
};

/// \brief Metric names accepted by scoreExamples(): BIG-bench keys where one exists.
QStringList knownMetricNames();
/// \brief True for a name of knownMetricNames() and for `pass_at_<k>` / `neg_log_pass_at_<k>`
/// with any k ≥ 1.
bool isKnownMetric(const QString& metric);
/// \brief The definition string a metric will carry under `opts`. `nrefs` (references per
/// example, kVariableRefs when they differ) completes BLEU's and chrF's sacreBLEU signatures;
/// without it their `nrefs` field is left out.
QString metricDefinition(const QString& metric, const ScoringOptions& opts,
                         std::optional<int> nrefs = std::nullopt);
/// \brief True for metrics whose definition is UNVERIFIED in specs/metrics.md.
bool isUnverifiedMetric(const QString& metric);

/// \brief Scores every group for every metric. Examples lacking what a metric needs are left
/// out of that metric (its `n` says how many entered); unknown metric names are errors.
ScoreResult scoreExamples(const ExampleSet& set, const ScoringOptions& opts);

/// \brief One example's value of `metric` as scoreExamples() averages it (not for the corpus
/// metrics of isCorpusMetric()); nullopt when the example lacks what the metric reads.
std::optional<double> exampleMetricValue(const QString& metric, const Example& e,
                                         const ScoringOptions& opts);
/// \brief scoreExamples()'s value of `metric` from its examples' values (exampleMetricValue()):
/// the mean and its interval, and for sentence BLEU and chrF the definition's reference count
/// from `targetCounts` (each example's number of targets; not read for other metrics). Not for
/// the metrics whose value needs more than the values: the perplexities, neg_log_pass_at_<k>,
/// and multiple_choice_grade's chance level.
MetricValue meanMetricValue(const QString& metric, const ScoringOptions& opts,
                            const std::vector<std::optional<double>>& values,
                            const std::vector<qsizetype>& targetCounts);

/// \brief Appends one ScoreRow per (group, metric) with a value to `table` (value, CI, n), so
/// scored outputs become curves through the ScoreTable API. `source` fills ScoreRow::source;
/// empty: each row's source is its metric's definition string (MetricValue::definition), which
/// names the reference and every option that changes the number.
void appendScoreRows(const ScoreResult& result, ScoreTable& table, const QString& source);

} // namespace ee
