// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/CorpusMetric.h"

#include "metrics/Chrf.h"
#include "metrics/MetricNames.h"
#include "metrics/Ter.h"
#include "platform/ParallelJobs.h"

namespace ee {

namespace {

bool canScore(const Example& e) {
    return e.output.has_value() && !e.targets.isEmpty();
}

// The corpus statistic of the examples that can be scored (`each[i]` set), from their
// sufficient statistics: summed and turned into the score by `score`; `sentence(stats)` gives
// an example's own value; `targetCounts[i]` is example i's number of references. The
// bootstrap resamples the examples' statistics.
template <typename Stats, typename Score, typename Sentence>
CorpusMetricScores corpusFromStats(const QString& m, const ScoringOptions& o, bool perExample,
                                   const std::vector<std::optional<Stats>>& each,
                                   const std::vector<qsizetype>& targetCounts, Score score,
                                   Sentence sentence) {
    const std::size_t n = each.size();
    CorpusMetricScores out;
    MetricValue& mv = out.value;
    mv.metric = m;
    mv.unverified = isUnverifiedMetric(m);
    std::vector<Stats> stats;
    std::vector<qsizetype> refCounts; // the signature's nrefs: references per scored example
    stats.reserve(n); // chrF's statistics are 192 bytes: growing by doubling showed in perf
    refCounts.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (each[i]) {
            stats.push_back(*each[i]);
            refCounts.push_back(targetCounts[i]);
        }
    mv.definition = refCounts.empty() ? metricDefinition(m, o)
                                      : metricDefinition(m, o, referenceCount(refCounts));
    if (perExample) {
        out.perExample.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            if (each[i])
                out.perExample[i] = sentence(*each[i]);
    }
    setCorpusValue(mv, stats, o, score);
    return out;
}

// Each example's statistics `statsOf(e)` where it can be scored, computed once (in parallel:
// this is the whole cost of the metric), and each example's number of references.
template <typename Stats, typename StatsOf>
std::vector<std::optional<Stats>> statsOfExamples(const ExampleGroup& g, int threads,
                                                  StatsOf statsOf,
                                                  std::vector<qsizetype>& targetCounts) {
    const auto n = static_cast<std::size_t>(g.examples.size());
    std::vector<std::optional<Stats>> each(n);
    parallelFor(n, threads, [&](std::size_t i) {
        const Example& e = g.examples[static_cast<qsizetype>(i)];
        if (canScore(e))
            each[i] = statsOf(e);
    });
    targetCounts.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        targetCounts[i] = g.examples[static_cast<qsizetype>(i)].targets.size();
    return each;
}

} // namespace

bool isCorpusMetric(const QString& metric, const ScoringOptions& o) {
    return !o.sentenceBleu &&
           (metric == QLatin1String("bleu") || isChrf(metric) || metric == QLatin1String("ter"));
}

CorpusMetricScores bleuCorpusFromStats(const QString& m, const ScoringOptions& o, bool perExample,
                                       const std::vector<std::optional<BleuStats>>& each,
                                       const std::vector<qsizetype>& targetCounts) {
    const BleuOptions b = bleuOptionsFor(o);
    BleuOptions single = b;
    single.effectiveOrder = true; // a single example is always sentence BLEU
    return corpusFromStats<BleuStats>(
        m, o, perExample, each, targetCounts,
        [&](const BleuStats& s) { return bleuFromStats(s, b).score; },
        [&](const BleuStats& s) { return bleuFromStats(s, single).score; });
}

CorpusMetricScores chrfCorpusFromStats(const QString& m, const ScoringOptions& o, bool perExample,
                                       const std::vector<std::optional<ChrfStats>>& each,
                                       const std::vector<qsizetype>& targetCounts) {
    const ChrfOptions c = chrfOptionsFor(m, o);
    const bool valid = c.validate().isEmpty(); // sentenceChrf() gives 0 under bad options
    return corpusFromStats<ChrfStats>(
        m, o, perExample, each, targetCounts,
        [&](const ChrfStats& s) { return chrfFromStats(s, c); },
        [&](const ChrfStats& s) { return valid ? chrfFromStats(s, c) : 0.0; });
}

std::optional<BleuStats> bleuExampleStats(const Example& e, const BleuOptions& b) {
    return canScore(e) ? std::optional(bleuSegmentStats(*e.output, e.targets, b)) : std::nullopt;
}

std::optional<ChrfStats> chrfExampleStats(const Example& e, const ChrfOptions& c) {
    return canScore(e) ? std::optional(chrfSegmentStats(*e.output, e.targets, c)) : std::nullopt;
}

CorpusMetricScores scoreCorpusMetric(const QString& m, const ExampleGroup& g,
                                     const ScoringOptions& o, bool perExample, int threads) {
    std::vector<qsizetype> targetCounts;
    if (m == QLatin1String("bleu")) {
        const BleuOptions b = bleuOptionsFor(o);
        const auto each = statsOfExamples<BleuStats>(
            g, threads, [&](const Example& e) { return bleuSegmentStats(*e.output, e.targets, b); },
            targetCounts);
        return bleuCorpusFromStats(m, o, perExample, each, targetCounts);
    }
    if (m == QLatin1String("ter")) {
        const auto each = statsOfExamples<TerStats>(
            g, threads, [&](const Example& e) { return terSegmentStats(*e.output, e.targets); },
            targetCounts);
        // A single example's TER is the corpus formula on its own statistics.
        return corpusFromStats<TerStats>(
            m, o, perExample, each, targetCounts, [](const TerStats& s) { return terFromStats(s); },
            [](const TerStats& s) { return terFromStats(s); });
    }
    const ChrfOptions c = chrfOptionsFor(m, o);
    const auto each = statsOfExamples<ChrfStats>(
        g, threads, [&](const Example& e) { return chrfSegmentStats(*e.output, e.targets, c); },
        targetCounts);
    return chrfCorpusFromStats(m, o, perExample, each, targetCounts);
}

} // namespace ee
