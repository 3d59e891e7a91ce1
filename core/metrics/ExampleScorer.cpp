// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/ExampleScorer.h"

#include "metrics/CalculatorSteps.h"
#include "metrics/Chrf.h"
#include "metrics/EditDistance.h"
#include "metrics/MultipleChoice.h"
#include "metrics/ParallelFor.h"
#include "metrics/Rouge.h"
#include "metrics/SquadAnswer.h"
#include "model/ChanceLevel.h"
#include "model/ScoreTable.h"

#include <cmath>

namespace ee::metrics {

namespace {

// The metrics that compare an output with targets (ScoringOptions::wholeText changes what
// they compare); the rest read log-probs or the whole texts themselves.
const QStringList kStringMetrics = {QStringLiteral("exact_str_match"),
                                    QStringLiteral("case_insensitive_str_match"),
                                    QStringLiteral("bleu"),
                                    QStringLiteral("chrf"),
                                    QStringLiteral("chrf_pp"),
                                    QStringLiteral("token_f1"),
                                    QStringLiteral("squad_exact_match"),
                                    QStringLiteral("rouge1"),
                                    QStringLiteral("rouge2"),
                                    QStringLiteral("rougeL"),
                                    QStringLiteral("rougeLsum"),
                                    QStringLiteral("token_edit_distance"),
                                    QStringLiteral("char_edit_distance")};

const QStringList kMetrics =
    kStringMetrics + QStringList{QStringLiteral("calc_steps_reached"),
                                 QStringLiteral("multiple_choice_grade"),
                                 QStringLiteral("brier"),
                                 QStringLiteral("log_likelihood"),
                                 QStringLiteral("log_likelihood_per_token"),
                                 QStringLiteral("p_correct"),
                                 QStringLiteral("p_correct_margin"),
                                 QStringLiteral("log_prob_correct_option"),
                                 QStringLiteral("log_prob_best_incorrect_option"),
                                 QStringLiteral("log_prob_margin")};

const QString kWholeTextSuffix =
    QStringLiteral("; whole generated solution against the whole reference solution");

BleuOptions bleuOptions(const ScoringOptions& o) {
    BleuOptions b = o.bleu;
    b.effectiveOrder = o.sentenceBleu;
    return b;
}

ChrfOptions chrfOptions(const QString& m, const ScoringOptions& o) {
    ChrfOptions c = m == QLatin1String("chrf_pp") ? ChrfOptions::chrfPlusPlus() : ChrfOptions();
    c.lowercase = o.bleu.lowercase;
    return c;
}

bool isChrf(const QString& m) {
    return m == QLatin1String("chrf") || m == QLatin1String("chrf_pp");
}

// A corpus statistic (corpus BLEU, corpus chrF) of the examples whose `values` are set: the
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
    mv.n = static_cast<qint64>(stats.size());
    if (stats.empty())
        return;
    Stats sum;
    for (const auto& s : stats)
        sum += s;
    mv.value = score(sum);
    if (o.bootstrap.resamples > 0) {
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
}

// Metrics whose per-example values are successes and failures, when every value is 0 or 1.
bool isProportion(const QString& m, const std::vector<double>& v) {
    static const QStringList kProportions = {
        QStringLiteral("exact_str_match"), QStringLiteral("case_insensitive_str_match"),
        QStringLiteral("squad_exact_match"), QStringLiteral("multiple_choice_grade")};
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
        BleuOptions b = bleuOptions(o);
        b.effectiveOrder = true; // a single example is always sentence BLEU
        return sentenceBleu(*e.output, e.targets, b).score;
    }
    if (isChrf(m))
        return gen ? std::optional(sentenceChrf(*e.output, e.targets, chrfOptions(m, o)))
                   : std::nullopt;
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

MetricValue aggregate(const QString& m, const ExampleGroup& g, const ScoringOptions& o,
                      const std::vector<std::optional<double>>& values) {
    MetricValue mv;
    mv.metric = m;
    mv.definition = metricDefinition(m, o);
    mv.unverified = isUnverifiedMetric(m);
    if (m == QLatin1String("bleu") || isChrf(m)) {
        // The signature's nrefs: references per example among those that entered.
        std::vector<qsizetype> refCounts;
        for (qsizetype i = 0; i < g.examples.size(); ++i)
            if (values[static_cast<std::size_t>(i)])
                refCounts.push_back(g.examples[i].targets.size());
        if (!refCounts.empty())
            mv.definition = metricDefinition(m, o, referenceCount(refCounts));
    }
    if (m == QLatin1String("bleu") && !o.sentenceBleu) {
        // One corpus BLEU over the group's examples.
        const BleuOptions b = bleuOptions(o);
        corpusAggregate<BleuStats>(
            mv, g, values, o,
            [&](const Example& e) { return bleuSegmentStats(*e.output, e.targets, b); },
            [&](const BleuStats& s) { return bleuFromStats(s, b).score; });
        return mv;
    }
    if (isChrf(m) && !o.sentenceBleu) {
        const ChrfOptions c = chrfOptions(m, o);
        corpusAggregate<ChrfStats>(
            mv, g, values, o,
            [&](const Example& e) { return chrfSegmentStats(*e.output, e.targets, c); },
            [&](const ChrfStats& s) { return chrfFromStats(s, c); });
        return mv;
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
    if (m == QLatin1String("multiple_choice_grade")) {
        // The data define the options, so they define the chance level too.
        QList<QList<double>> targetScores;
        for (qsizetype i = 0; i < g.examples.size(); ++i)
            if (values[static_cast<std::size_t>(i)])
                targetScores.append(g.examples[i].targetScores);
        mv.chance = chanceFromTargetScores(targetScores);
    }
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

} // namespace

QStringList knownMetricNames() {
    return kMetrics;
}

bool isUnverifiedMetric(const QString& m) {
    return m == QLatin1String("case_insensitive_str_match") || m == QLatin1String("brier") ||
           m == QLatin1String("log_likelihood") || m == QLatin1String("log_likelihood_per_token");
}

QString metricDefinition(const QString& m, const ScoringOptions& o, std::optional<int> nrefs) {
    // Metrics that do not read output and targets are the same under wholeText.
    if (o.wholeText && kStringMetrics.contains(m)) {
        ScoringOptions plain = o;
        plain.wholeText = false;
        return metricDefinition(m, plain, nrefs) + kWholeTextSuffix;
    }
    const QString pp =
        o.postprocess
            ? QStringLiteral(" after bigbench postprocess(%1)").arg(o.postprocess->describe())
            : QString();
    const QString stem = o.stem ? QStringLiteral("stem=porter-nltk") : QStringLiteral("stem=false");
    if (m == QLatin1String("exact_str_match"))
        return QStringLiteral(
                   "bigbench exact_str_match: output equals a target (code points)%1; mean 0-1")
            .arg(pp);
    if (m == QLatin1String("case_insensitive_str_match"))
        return QStringLiteral("UNVERIFIED bigbench case_insensitive_str_match: python lower() "
                              "equality%1; mean 0-1")
            .arg(pp);
    if (m == QLatin1String("bleu"))
        return bleuOptions(o).definition(o.sentenceBleu, nrefs) +
               (o.sentenceBleu ? QStringLiteral(" mean") : QString());
    if (isChrf(m))
        return chrfOptions(m, o).definition(o.sentenceBleu, nrefs) +
               (o.sentenceBleu ? QStringLiteral(" mean") : QString());
    if (m == QLatin1String("token_f1"))
        return QStringLiteral("squad-v1.1 token F1 after normalize_answer, max over targets%1; "
                              "mean 0-1")
            .arg(pp);
    if (m == QLatin1String("squad_exact_match"))
        return QStringLiteral("squad-v1.1 exact match after normalize_answer, max over "
                              "targets%1; mean 0-1")
            .arg(pp);
    if (m == QLatin1String("rougeL"))
        return QStringLiteral("rouge_score rougeL fmeasure x100 best target %1; mean 0-100")
            .arg(stem);
    if (m.startsWith(QLatin1String("rouge")))
        return QStringLiteral(
                   "rouge_score %1 fmeasure x100 best target %2 t5-sentence-split; mean 0-100 "
                   "(bigbench reports a bootstrap median)")
            .arg(m, stem);
    if (m == QLatin1String("token_edit_distance"))
        return QStringLiteral("levenshtein over whitespace tokens, min over targets; mean");
    if (m == QLatin1String("char_edit_distance"))
        return QStringLiteral("levenshtein over code points, min over targets; mean");
    if (m == QLatin1String("calc_steps_reached"))
        return QStringLiteral("share of the reference solution's calculator results <<expr=r>> "
                              "that the generated solution also computes (numbers equal, each "
                              "used once); mean 0-1");
    if (m == QLatin1String("multiple_choice_grade"))
        return QStringLiteral("bigbench multiple_choice_grade: target score of argmax log-prob, "
                              "sha256 tie-break; mean 0-1");
    if (m == QLatin1String("brier"))
        return QStringLiteral("UNVERIFIED brier: mean over choices of (softmax(log-probs) - "
                              "target)^2; mean, lower is better");
    if (m == QLatin1String("log_likelihood"))
        return QStringLiteral(
            "UNVERIFIED bigbench log_likelihood: target log-prob summed over tokens (nats); mean");
    if (m == QLatin1String("log_likelihood_per_token"))
        return QStringLiteral("UNVERIFIED target log-prob / target tokens (nats per token); mean");
    if (m == QLatin1String("p_correct"))
        return QStringLiteral(
            "p(correct choices) after softmax over choices, else exp(target log-prob); mean");
    if (m == QLatin1String("p_correct_margin"))
        return QStringLiteral("p(correct) - max p(incorrect) after softmax over choices; mean");
    if (m == QLatin1String("log_prob_correct_option"))
        return QStringLiteral("log-prob of the correct option as given (nats; log-sum-exp if "
                              "several are correct), not renormalised; mean");
    if (m == QLatin1String("log_prob_best_incorrect_option"))
        return QStringLiteral(
            "max log-prob over the incorrect options as given (nats), not renormalised; mean");
    if (m == QLatin1String("log_prob_margin"))
        return QStringLiteral("log-prob of the correct option - max over the incorrect options "
                              "(nats), per example; mean");
    return {};
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
                if (kStringMetrics.contains(m.metric))
                    m.definition += kWholeTextSuffix;
        return result;
    }
    ScoreResult result;
    for (const QString& m : o.metrics)
        if (!kMetrics.contains(m))
            result.diagnostics.error(QString(), 0,
                                     QStringLiteral("unknown metric '%1' (known: %2)")
                                         .arg(m, kMetrics.join(QStringLiteral(", "))));
    if (result.diagnostics.hasErrors())
        return result;
    const auto& groups = set.groups();
    result.groups.resize(groups.size());
    // Groups are few and uneven (a model's 20,000 examples, or a subtask's 300): one at a time
    // per thread, however few there are.
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
            std::vector<std::optional<double>> values;
            values.reserve(static_cast<std::size_t>(g.examples.size()));
            for (const Example& e : g.examples)
                values.push_back(exampleValue(m, e, o));
            gs.metrics.append(aggregate(m, g, o, values));
            if (o.perExample)
                gs.perExample.append(QList<std::optional<double>>(values.begin(), values.end()));
        }
    });
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

} // namespace ee::metrics
