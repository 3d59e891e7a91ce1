// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/CorpusMetric.h"

#include "metrics/Chrf.h"
#include "metrics/MetricNames.h"
#include "metrics/Ter.h"
#include "platform/ParallelJobs.h"

namespace ee::metrics {

namespace {

bool canScore(const Example& e) {
    return e.output.has_value() && !e.targets.isEmpty();
}

// The corpus statistic of the examples that can be scored: their sufficient statistics
// `statsOf(e)` are computed once (in parallel: this is the whole cost of the metric), summed
// and turned into the score by `score`; `sentence(stats)` gives an example's own value. The
// bootstrap resamples the examples' statistics.
template <typename Stats, typename StatsOf, typename Score, typename Sentence>
CorpusMetricScores corpusScores(const QString& m, const ExampleGroup& g, const ScoringOptions& o,
                                bool perExample, int threads, StatsOf statsOf, Score score,
                                Sentence sentence) {
    const auto n = static_cast<std::size_t>(g.examples.size());
    std::vector<std::optional<Stats>> each(n);
    parallelFor(n, threads, [&](std::size_t i) {
        const Example& e = g.examples[static_cast<qsizetype>(i)];
        if (canScore(e))
            each[i] = statsOf(e);
    });
    CorpusMetricScores out;
    MetricValue& mv = out.value;
    mv.metric = m;
    mv.unverified = isUnverifiedMetric(m);
    std::vector<Stats> stats;
    std::vector<qsizetype> refCounts; // the signature's nrefs: references per scored example
    for (std::size_t i = 0; i < n; ++i)
        if (each[i]) {
            stats.push_back(*each[i]);
            refCounts.push_back(g.examples[static_cast<qsizetype>(i)].targets.size());
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

} // namespace

bool isCorpusMetric(const QString& metric, const ScoringOptions& o) {
    return !o.sentenceBleu &&
           (metric == QLatin1String("bleu") || isChrf(metric) || metric == QLatin1String("ter"));
}

CorpusMetricScores scoreCorpusMetric(const QString& m, const ExampleGroup& g,
                                     const ScoringOptions& o, bool perExample, int threads) {
    if (m == QLatin1String("bleu")) {
        const BleuOptions b = bleuOptionsFor(o);
        BleuOptions single = b;
        single.effectiveOrder = true; // a single example is always sentence BLEU
        return corpusScores<BleuStats>(
            m, g, o, perExample, threads,
            [&](const Example& e) { return bleuSegmentStats(*e.output, e.targets, b); },
            [&](const BleuStats& s) { return bleuFromStats(s, b).score; },
            [&](const BleuStats& s) { return bleuFromStats(s, single).score; });
    }
    if (m == QLatin1String("ter"))
        return corpusScores<TerStats>(
            m, g, o, perExample, threads,
            [&](const Example& e) { return terSegmentStats(*e.output, e.targets); },
            [&](const TerStats& s) { return terFromStats(s); },
            [&](const TerStats& s) { return terFromStats(s); });
    const ChrfOptions c = chrfOptionsFor(m, o);
    const bool valid = c.validate().isEmpty(); // sentenceChrf() gives 0 under bad options
    return corpusScores<ChrfStats>(
        m, g, o, perExample, threads,
        [&](const Example& e) { return chrfSegmentStats(*e.output, e.targets, c); },
        [&](const ChrfStats& s) { return chrfFromStats(s, c); },
        [&](const ChrfStats& s) { return valid ? chrfFromStats(s, c) : 0.0; });
}

} // namespace ee::metrics
