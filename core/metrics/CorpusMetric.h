// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus BLEU, chrF and TER of one group of examples, for scoreExamples().
#pragma once

#include "metrics/Bleu.h"
#include "metrics/Bootstrap.h"
#include "metrics/Chrf.h"
#include "metrics/ExampleScorer.h"
#include "metrics/ProportionInterval.h"

#include <vector>

namespace ee {

/// \brief A corpus statistic from the scored examples' sufficient statistics: their sum turned
/// into the value by `score`, and (when asked) the percentile bootstrap that resamples the
/// examples' statistics. Shared by corpus BLEU/chrF and the summed log-likelihood metrics.
template <typename Stats, typename Score>
void setCorpusValue(MetricValue& mv, const std::vector<Stats>& stats, const ScoringOptions& o,
                    Score score) {
    mv.n = static_cast<qint64>(stats.size());
    if (stats.empty())
        return;
    Stats sum;
    for (const auto& s : stats)
        sum += s;
    mv.value = score(sum);
    if (o.bootstrap.resamples <= 0)
        return;
    const Interval ci = percentileBootstrap(
        stats.size(),
        [&](const std::vector<std::uint32_t>& counts) {
            Stats t;
            for (std::size_t i = 0; i < stats.size(); ++i)
                for (std::uint32_t c = 0; c < counts[i]; ++c)
                    t += stats[i];
            return score(t);
        },
        o.bootstrap);
    mv.ciLow = ci.low;
    mv.ciHigh = ci.high;
    mv.ciMethod = intervalMethodName(IntervalMethod::Bootstrap);
}

/// \brief True when `metric` is scored as one corpus statistic per group under `o` (BLEU, the
/// chrF variants and TER at corpus level).
bool isCorpusMetric(const QString& metric, const ScoringOptions& o);

/// \brief A corpus metric of one group and, when asked, each example's own value.
struct CorpusMetricScores {
    MetricValue value;
    /// Each example's sentence BLEU / chrF / TER, nullopt where it has no output or no
    /// target; empty unless `perExample` was asked for.
    std::vector<std::optional<double>> perExample;
};

/// \brief Scores `metric` (isCorpusMetric()) over the group's examples that have an output and
/// a target, computing each example's sufficient statistics once on up to `threads` threads
/// (0 = all cores). The per-example values come from the same statistics, exactly as
/// sentenceBleu() (effective order) and sentenceChrf() compute them.
CorpusMetricScores scoreCorpusMetric(const QString& metric, const ExampleGroup& g,
                                     const ScoringOptions& o, bool perExample, int threads);

/// \brief scoreCorpusMetric() of BLEU from each example's statistics (nullopt where it has no
/// output or no target, as bleuExampleStats() gives them) and its number of references.
CorpusMetricScores bleuCorpusFromStats(const QString& metric, const ScoringOptions& o,
                                       bool perExample,
                                       const std::vector<std::optional<BleuStats>>& each,
                                       const std::vector<qsizetype>& targetCounts);
/// \brief The same for the chrF variants (chrfExampleStats()).
CorpusMetricScores chrfCorpusFromStats(const QString& metric, const ScoringOptions& o,
                                       bool perExample,
                                       const std::vector<std::optional<ChrfStats>>& each,
                                       const std::vector<qsizetype>& targetCounts);
/// \brief One example's BLEU statistics under `b` (bleuOptionsFor()), nullopt without an output
/// or a target: what scoreCorpusMetric() sums.
std::optional<BleuStats> bleuExampleStats(const Example& e, const BleuOptions& b);
/// \brief One example's chrF statistics under `c` (chrfOptionsFor()), as bleuExampleStats().
std::optional<ChrfStats> chrfExampleStats(const Example& e, const ChrfOptions& c);

} // namespace ee
