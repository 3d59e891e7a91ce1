// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ExampleScorer.h"

#include "metrics/CalculatorSteps.h"
#include "metrics/Chrf.h"
#include "metrics/CorpusMetric.h"
#include "metrics/EditDistance.h"
#include "metrics/LogLikelihoodMetrics.h"
#include "metrics/MetricNames.h"
#include "metrics/MultipleChoice.h"
#include "metrics/PassAtK.h"
#include "metrics/Rouge.h"
#include "metrics/SquadAnswer.h"
#include "metrics/Ter.h"
#include "model/ChanceLevel.h"
#include "model/ScoreTable.h"
#include "platform/ParallelJobs.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>
#include <thread>

namespace ee {

namespace {

// A summed statistic (the log-likelihood metrics) of the examples whose `values` are set: the
// per-example sufficient statistics `stats(e)` are summed and turned into the score by
// `score`; the bootstrap resamples the examples' statistics.
template <typename Stats, typename StatsOf, typename Score>
void corpusAggregate(MetricValue& mv, const ExampleGroup& g,
                     const std::vector<std::optional<double>>& values, const ScoringOptions& o,
                     StatsOf statsOf, Score score) {
    std::vector<Stats> stats;
    for (qsizetype i = 0; i < g.examples.size(); ++i)
        if (values[static_cast<std::size_t>(i)])
            stats.push_back(statsOf(g.examples[i]));
    setCorpusValue(mv, stats, o, score);
}

// Metrics whose per-example values are successes and failures, when every value is 0 or 1.
bool isProportion(const QString& m, const std::vector<double>& v) {
    static const QStringList kProportions = {
        QStringLiteral("exact_str_match"),   QStringLiteral("case_insensitive_str_match"),
        QStringLiteral("squad_exact_match"), QStringLiteral("multiple_choice_grade"),
        QStringLiteral("acc_norm"),          QStringLiteral("acc_mutual_info")};
    if (!kProportions.contains(m))
        return false;
    for (double x : v)
        if (x != 0.0 && x != 1.0)
            return false;
    return true;
}

// The output a string metric sees (BIG-bench post-processing when requested).
QString processed(const Example& e, const ScoringOptions& o) {
    if (!o.postprocess)
        return *e.output;
    return postprocessOutput(*e.output, *o.postprocess).text;
}

std::optional<double> logLikelihood(const Example& e) {
    if (e.targetLogprob)
        return e.targetLogprob;
    if (e.tokenLogprobs.isEmpty())
        return std::nullopt;
    double s = 0;
    for (double v : e.tokenLogprobs)
        s += v;
    return s;
}

// The one text a target log-likelihood was measured on (lm-eval's doc_to_target), for the
// word- and byte-weighted perplexities; none when the example has several targets.
std::optional<QString> measuredText(const Example& e) {
    if (e.targets.size() != 1)
        return std::nullopt;
    return e.targets.first();
}

// pass@k's n samples and c correct ones: given as counts, or counted from the sampled outputs
// with exact_str_match (after the same post-processing as the string metrics).
std::optional<std::pair<qint64, qint64>> passCounts(const Example& e, const ScoringOptions& o) {
    if (e.sampleCount && e.correctCount)
        return std::pair(*e.sampleCount, *e.correctCount);
    if (e.sampleOutputs.isEmpty() || e.targets.isEmpty())
        return std::nullopt;
    qint64 c = 0;
    for (const QString& out : e.sampleOutputs) {
        const QString text = o.postprocess ? postprocessOutput(out, *o.postprocess).text : out;
        c += exactStrMatch(text, e.targets) == 1.0 ? 1 : 0;
    }
    return std::pair(static_cast<qint64>(e.sampleOutputs.size()), c);
}

// Why an example that carries what `m` reads still cannot be scored by it (an error for
// pass@k's impossible counts, a warning otherwise), or an empty string.
std::pair<bool, QString> exampleProblem(const QString& m, const Example& e,
                                        const ScoringOptions& o) {
    if (const auto k = passAtKOf(m)) {
        if (const auto nc = passCounts(e, o))
            return {true, passAtKProblem(nc->first, nc->second, *k)};
        return {};
    }
    if (m == QLatin1String("acc_norm") && e.isMultipleChoice() &&
        e.choices.size() == e.choiceLogprobs.size()) {
        for (qsizetype i = 0; i < e.choices.size(); ++i)
            if (pythonLength(e.choices[i]) <= pythonLength(e.choiceDelimiter))
                return {false, QCoreApplication::translate("ExampleScorer",
                                                           "option %1 has no text, so no length "
                                                           "to normalise its log-likelihood by")
                                   .arg(i)};
        return {};
    }
    const auto kind = perplexityKindFromName(m);
    if (kind && *kind != PerplexityKind::Perplexity && logLikelihood(e)) {
        if (const auto text = measuredText(e); text && text->isEmpty())
            return {false, QCoreApplication::translate("ExampleScorer",
                                                       "the target text is empty, so it has no "
                                                       "words or bytes to divide its "
                                                       "log-likelihood by")};
    }
    return {};
}

// Per-example value of `metric`, or nullopt when the example lacks what it needs.
std::optional<double> exampleValue(const QString& m, const Example& e, const ScoringOptions& o) {
    const bool gen = e.output.has_value() && !e.targets.isEmpty();
    const bool mc = !e.choiceLogprobs.isEmpty() && e.choiceLogprobs.size() == e.targetScores.size();
    if (m == QLatin1String("exact_str_match"))
        return gen ? std::optional(exactStrMatch(processed(e, o), e.targets)) : std::nullopt;
    if (m == QLatin1String("case_insensitive_str_match"))
        return gen ? std::optional(caseInsensitiveStrMatch(processed(e, o), e.targets))
                   : std::nullopt;
    if (m == QLatin1String("bleu")) {
        if (!gen)
            return std::nullopt;
        BleuOptions b = bleuOptionsFor(o);
        b.effectiveOrder = true; // a single example is always sentence BLEU
        return sentenceBleu(*e.output, e.targets, b).score;
    }
    if (isChrf(m))
        return gen ? std::optional(sentenceChrf(*e.output, e.targets, chrfOptionsFor(m, o)))
                   : std::nullopt;
    if (m == QLatin1String("ter"))
        return gen ? std::optional(sentenceTer(*e.output, e.targets)) : std::nullopt;
    if (m == QLatin1String("token_f1"))
        return gen ? squadTokenF1(processed(e, o), e.targets) : std::nullopt;
    if (m == QLatin1String("squad_exact_match"))
        return gen ? squadExactMatch(processed(e, o), e.targets) : std::nullopt;
    if (m.startsWith(QLatin1String("rouge"))) {
        if (!gen)
            return std::nullopt;
        return bigbenchRougeExample(*RougeType::fromName(m), e.targets, *e.output, o.stem);
    }
    if (m == QLatin1String("token_edit_distance") || m == QLatin1String("char_edit_distance")) {
        if (!gen)
            return std::nullopt;
        return static_cast<double>(
            minEditDistance(*e.output, e.targets, m.startsWith(QLatin1Char('t'))));
    }
    if (m == QLatin1String("calc_steps_reached"))
        return e.generation && e.reference ? calculatorStepsReached(*e.generation, *e.reference)
                                           : std::nullopt;
    if (m == QLatin1String("multiple_choice_grade"))
        return mc ? multipleChoiceGrade(e.choiceLogprobs, e.targetScores) : std::nullopt;
    if (m == QLatin1String("brier"))
        return mc ? brierScore(e.choiceLogprobs, e.targetScores) : std::nullopt;
    if (m == QLatin1String("log_likelihood"))
        return logLikelihood(e);
    if (m == QLatin1String("log_likelihood_per_token")) {
        if (!e.tokenLogprobs.isEmpty())
            return *logLikelihood(e) / static_cast<double>(e.tokenLogprobs.size());
        if (e.targetLogprob && e.targetTokens && *e.targetTokens > 0)
            return *e.targetLogprob / static_cast<double>(*e.targetTokens);
        return std::nullopt;
    }
    if (m == QLatin1String("p_correct")) {
        if (mc)
            return choiceMargin(e.choiceLogprobs, e.targetScores)->pCorrect;
        if (const auto ll = logLikelihood(e))
            return std::exp(*ll);
        return std::nullopt;
    }
    if (m == QLatin1String("p_correct_margin")) {
        if (!mc)
            return std::nullopt;
        const auto cm = choiceMargin(e.choiceLogprobs, e.targetScores);
        return cm->pCorrect - cm->pBestIncorrect;
    }
    if (m == QLatin1String("acc_norm"))
        return mc ? accNorm(e.choiceLogprobs, e.choices, e.targetScores, e.choiceDelimiter)
                  : std::nullopt;
    if (m == QLatin1String("acc_mutual_info"))
        return mc ? accMutualInfo(e.choiceLogprobs, e.unconditionalLogprobs, e.targetScores)
                  : std::nullopt;
    if (const auto kind = perplexityKindFromName(m)) {
        // Per example: the same formula over this document alone.
        const auto ll = logLikelihood(e);
        const auto t =
            ll ? perplexityTerm(*kind, *ll, measuredText(e).value_or(QString())) : std::nullopt;
        return t ? std::optional(perplexityFromSum(*kind, *t)) : std::nullopt;
    }
    if (const auto k = passAtKOf(m)) {
        const auto nc = passCounts(e, o);
        if (!nc || !passAtKProblem(nc->first, nc->second, *k).isEmpty())
            return std::nullopt;
        const double p = passAtK(nc->first, nc->second, *k);
        return isNegLogPassAtK(m) ? -std::log(p) : p;
    }
    if (m.startsWith(QLatin1String("log_prob_"))) {
        const auto o = mc ? optionLogProbs(e.choiceLogprobs, e.targetScores) : std::nullopt;
        if (!o)
            return std::nullopt;
        if (m == QLatin1String("log_prob_correct_option"))
            return o->correct;
        if (m == QLatin1String("log_prob_best_incorrect_option"))
            return o->bestIncorrect;
        return o->margin();
    }
    return std::nullopt;
}

// One message per (group, metric, reason): the first example's line and how many share it.
void reportProblems(const QString& m, const ExampleGroup& g, const ScoringOptions& o,
                    Diagnostics& out) {
    struct Seen {
        bool error = false;
        qint64 firstLine = 0;
        QString firstId;
        qint64 count = 0;
    };
    QList<QString> order;
    QHash<QString, Seen> seen;
    for (const Example& e : g.examples) {
        const auto [error, why] = exampleProblem(m, e, o);
        if (why.isEmpty())
            continue;
        Seen& s = seen[why];
        if (s.count++ == 0) {
            order << why;
            s = {error, e.line, e.id, 1};
        }
    }
    for (const QString& why : order) {
        const Seen& s = seen[why];
        const QString msg =
            (s.count == 1 ? QCoreApplication::translate(
                                "ExampleScorer", "%1 (%2): example '%3': %4; it is left out of %5")
                                .arg(g.key.label(), m, s.firstId, why, m)
                          : QCoreApplication::translate("ExampleScorer",
                                                        "%1 (%2): example '%3': %4; it and %5 more "
                                                        "example(s) like it are left out of %6")
                                .arg(g.key.label(), m, s.firstId, why)
                                .arg(s.count - 1)
                                .arg(m));
        if (s.error)
            out.error(g.source, s.firstLine, msg);
        else
            out.warn(g.source, s.firstLine, msg);
    }
}

// Every example's value of `m`, in group order (nullopt where it cannot be scored), on up to
// `threads` threads (the metrics keep their scratch space per thread).
std::vector<std::optional<double>> exampleValues(const ExampleGroup& g, const ScoringOptions& o,
                                                 const QString& m, int threads = 1) {
    std::vector<std::optional<double>> values(static_cast<std::size_t>(g.examples.size()));
    parallelFor(values.size(), threads, [&](std::size_t i) {
        values[i] = exampleValue(m, g.examples[static_cast<qsizetype>(i)], o);
    });
    return values;
}

// Threads for the examples of one group: the groups run in parallel, so only what they leave
// free (all of them for a single group, e.g. one model's 100,000 segments).
int exampleThreads(qsizetype groups, int threads) {
    const qsizetype cores =
        threads > 0 ? threads
                    : static_cast<qsizetype>(std::max(1u, std::thread::hardware_concurrency()));
    return static_cast<int>(std::max<qsizetype>(1, cores / std::max<qsizetype>(1, groups)));
}

MetricValue aggregate(const QString& m, const ExampleGroup& g, const ScoringOptions& o,
                      const std::vector<std::optional<double>>& values) {
    const auto kind = perplexityKindFromName(m);
    if (!kind && !isNegLogPassAtK(m)) {
        std::vector<qsizetype> targetCounts; // read for BLEU, chrF and TER only
        if (m == QLatin1String("bleu") || isChrf(m) || m == QLatin1String("ter"))
            for (const Example& e : g.examples)
                targetCounts.push_back(e.targets.size());
        MetricValue mv = meanMetricValue(m, o, values, targetCounts);
        if (m == QLatin1String("multiple_choice_grade") && mv.n > 0) {
            // The data define the options, so they define the chance level too.
            QList<QList<double>> targetScores;
            for (qsizetype i = 0; i < g.examples.size(); ++i)
                if (values[static_cast<std::size_t>(i)])
                    targetScores.append(g.examples[i].targetScores);
            mv.chance = chanceFromTargetScores(targetScores);
        }
        return mv;
    }
    MetricValue mv;
    mv.metric = m;
    mv.definition = metricDefinition(m, o);
    mv.unverified = isUnverifiedMetric(m);
    if (kind) {
        // The harness aggregates sums over documents, not per-document perplexities.
        corpusAggregate<LogLikelihoodSum>(
            mv, g, values, o,
            [&](const Example& e) {
                return *perplexityTerm(*kind, *logLikelihood(e),
                                       measuredText(e).value_or(QString()));
            },
            [&](const LogLikelihoodSum& s) { return perplexityFromSum(*kind, s); });
        if (mv.ciLow && mv.ciHigh && *mv.ciLow > *mv.ciHigh)
            std::swap(*mv.ciLow, *mv.ciHigh);
        return mv;
    }
    // −ln of the group's pass@k (the mean over instances), not the mean of −ln: one instance
    // never solved would make that infinite. Bounds map through −ln as well.
    const MetricValue pass = aggregate(m.mid(8), g, o, exampleValues(g, o, m.mid(8)));
    mv.n = pass.n;
    if (pass.value)
        mv.value = -std::log(*pass.value);
    if (pass.ciLow && pass.ciHigh) {
        mv.ciLow = -std::log(*pass.ciHigh);
        mv.ciHigh = -std::log(*pass.ciLow);
        mv.ciMethod = pass.ciMethod;
    }
    return mv;
}

} // namespace

std::optional<double> exampleMetricValue(const QString& metric, const Example& e,
                                         const ScoringOptions& opts) {
    return exampleValue(metric, e, opts);
}

MetricValue meanMetricValue(const QString& m, const ScoringOptions& o,
                            const std::vector<std::optional<double>>& values,
                            const std::vector<qsizetype>& targetCounts) {
    MetricValue mv;
    mv.metric = m;
    mv.definition = metricDefinition(m, o);
    mv.unverified = isUnverifiedMetric(m);
    if (m == QLatin1String("bleu") || isChrf(m) ||
        m == QLatin1String("ter")) { // sentence level (corpus: CorpusMetric)
        // The signature's nrefs: references per example among those that entered.
        std::vector<qsizetype> refCounts;
        for (std::size_t i = 0; i < values.size(); ++i)
            if (values[i])
                refCounts.push_back(targetCounts[i]);
        if (!refCounts.empty())
            mv.definition = metricDefinition(m, o, referenceCount(refCounts));
    }
    std::vector<double> v;
    for (const auto& x : values)
        if (x)
            v.push_back(*x);
    mv.n = static_cast<qint64>(v.size());
    if (v.empty())
        return mv;
    double sum = 0;
    for (double x : v)
        sum += x;
    mv.value = sum / static_cast<double>(v.size());
    if (o.interval != IntervalMethod::Bootstrap && isProportion(m, v)) {
        // k and n are known exactly: a binomial interval, honest at 0/n and n/n where a
        // bootstrap collapses to a point.
        const auto k = static_cast<std::int64_t>(sum);
        const auto n = static_cast<std::int64_t>(v.size());
        const Interval ci = o.interval == IntervalMethod::Wilson
                                ? wilsonInterval(k, n, o.bootstrap.confidence)
                                : clopperPearsonInterval(k, n, o.bootstrap.confidence);
        mv.ciLow = ci.low;
        mv.ciHigh = ci.high;
        mv.ciMethod = intervalMethodName(o.interval);
    } else if (o.bootstrap.resamples > 0) {
        const Interval ci = bootstrapMean(v, o.bootstrap);
        mv.ciLow = ci.low;
        mv.ciHigh = ci.high;
        mv.ciMethod = intervalMethodName(IntervalMethod::Bootstrap);
    }
    return mv;
}

namespace {
// The examples with their whole generation as output and their whole reference as the one
// target (ScoringOptions::wholeText); examples lacking either keep no output, so the string
// metrics leave them out.
ExampleSet wholeTextView(const ExampleSet& set) {
    ExampleSet out = set;
    out.forEachExample([](Example& e) {
        if (e.generation && e.reference) {
            e.output = e.generation;
            e.targets = {*e.reference};
        } else {
            e.output.reset();
        }
    });
    return out;
}
} // namespace

ScoreResult scoreExamples(const ExampleSet& set, const ScoringOptions& o) {
    if (o.wholeText) {
        ScoringOptions plain = o;
        plain.wholeText = false;
        ScoreResult result = scoreExamples(wholeTextView(set), plain);
        for (GroupScores& g : result.groups)
            for (MetricValue& m : g.metrics)
                if (stringMetricNames().contains(m.metric))
                    m.definition += wholeTextSuffix();
        return result;
    }
    ScoreResult result;
    for (const QString& m : o.metrics)
        if (!isKnownMetric(m))
            result.diagnostics.error(
                QString(), 0,
                QCoreApplication::translate(
                    "ExampleScorer",
                    "unknown metric '%1' (known: %2, pass_at_<k>, neg_log_pass_at_<k>)")
                    .arg(m, knownMetricNames().join(QStringLiteral(", "))));
    if (result.diagnostics.hasErrors())
        return result;
    const auto& groups = set.groups();
    result.groups.resize(groups.size());
    // Groups are few and uneven (a model's 20,000 examples, or a subtask's 300): one at a time
    // per thread, however few there are.
    // Examples a metric cannot score for a reason the user should hear about, per group (the
    // groups run on several threads), merged in group order below.
    std::vector<Diagnostics> problems(static_cast<std::size_t>(groups.size()));
    const int inner = exampleThreads(groups.size(), o.threads);
    parallelForEach(static_cast<std::size_t>(groups.size()), o.threads, [&](std::size_t gi) {
        const ExampleGroup& g = groups[static_cast<qsizetype>(gi)];
        GroupScores& gs = result.groups[static_cast<qsizetype>(gi)];
        gs.key = g.key;
        gs.source = g.source;
        gs.n = g.examples.size();
        gs.skipped = g.skipped;
        if (o.perExample)
            for (const Example& e : g.examples)
                gs.ids << e.id;
        for (const QString& m : o.metrics) {
            reportProblems(m, g, o, problems[gi]);
            std::vector<std::optional<double>> values;
            if (isCorpusMetric(m, o)) {
                CorpusMetricScores c = scoreCorpusMetric(m, g, o, o.perExample, inner);
                gs.metrics.append(std::move(c.value));
                values = std::move(c.perExample);
            } else {
                values = exampleValues(g, o, m, inner);
                gs.metrics.append(aggregate(m, g, o, values));
            }
            if (o.perExample)
                gs.perExample.append(QList<std::optional<double>>(values.begin(), values.end()));
        }
    });
    for (const Diagnostics& d : problems)
        result.diagnostics.append(d);
    return result;
}

void appendScoreRows(const ScoreResult& result, ScoreTable& table, const QString& source) {
    for (const GroupScores& g : result.groups) {
        for (const MetricValue& m : g.metrics) {
            if (!m.value)
                continue;
            ScoreRow r;
            r.source = source.isEmpty() ? m.definition : source;
            r.task = g.key.task;
            r.subtask = g.key.subtask;
            r.family = g.key.family;
            r.model = g.key.model;
            r.scale = g.key.scale;
            r.shots = g.key.shots;
            r.prompting = g.key.prompting;
            r.metric = m.metric;
            r.value = *m.value;
            r.ciLow = m.ciLow;
            r.ciHigh = m.ciHigh;
            r.n = m.n;
            r.low = m.chance;
            table.append(r);
        }
    }
}

} // namespace ee
