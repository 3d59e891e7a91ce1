// SPDX-License-Identifier: GPL-3.0-or-later
// The metric names the scorer knows and the definition string each one carries.
#include "metrics/MetricNames.h"
#include "metrics/PassAtK.h"
#include "metrics/Ter.h"

namespace ee {

namespace {

// The metrics that compare an output with targets (ScoringOptions::wholeText changes what
// they compare); the rest read log-probs or the whole texts themselves.
const QStringList kStringMetrics = {QStringLiteral("exact_str_match"),
                                    QStringLiteral("case_insensitive_str_match"),
                                    QStringLiteral("bleu"),
                                    QStringLiteral("chrf"),
                                    QStringLiteral("chrf_pp"),
                                    QStringLiteral("ter"),
                                    QStringLiteral("token_f1"),
                                    QStringLiteral("squad_exact_match"),
                                    QStringLiteral("rouge1"),
                                    QStringLiteral("rouge2"),
                                    QStringLiteral("rougeL"),
                                    QStringLiteral("rougeLsum"),
                                    QStringLiteral("token_edit_distance"),
                                    QStringLiteral("char_edit_distance")};

// Every fixed name; pass_at_<k> and neg_log_pass_at_<k> are accepted for any k (isKnownMetric),
// and pass_at_1 with its companion stand for them in lists.
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
                                 QStringLiteral("log_prob_margin"),
                                 QStringLiteral("acc_norm"),
                                 QStringLiteral("acc_mutual_info"),
                                 QStringLiteral("perplexity"),
                                 QStringLiteral("word_perplexity"),
                                 QStringLiteral("byte_perplexity"),
                                 QStringLiteral("bits_per_byte"),
                                 QStringLiteral("pass_at_1"),
                                 QStringLiteral("neg_log_pass_at_1")};

const QString kWholeTextSuffix =
    QStringLiteral("; whole generated solution against the whole reference solution");

} // namespace

const QStringList& stringMetricNames() {
    return kStringMetrics;
}

const QString& wholeTextSuffix() {
    return kWholeTextSuffix;
}

BleuOptions bleuOptionsFor(const ScoringOptions& o) {
    BleuOptions b = o.bleu;
    b.effectiveOrder = o.sentenceBleu;
    return b;
}

ChrfOptions chrfOptionsFor(const QString& m, const ScoringOptions& o) {
    ChrfOptions c = m == QLatin1String("chrf_pp") ? ChrfOptions::chrfPlusPlus() : ChrfOptions();
    c.lowercase = o.bleu.lowercase;
    return c;
}

bool isChrf(const QString& m) {
    return m == QLatin1String("chrf") || m == QLatin1String("chrf_pp");
}

QStringList knownMetricNames() {
    return kMetrics;
}

bool isKnownMetric(const QString& m) {
    return kMetrics.contains(m) || passAtKOf(m).has_value();
}

bool isUnverifiedMetric(const QString& m) {
    return m == QLatin1String("case_insensitive_str_match") || m == QLatin1String("brier") ||
           m == QLatin1String("log_likelihood") || m == QLatin1String("log_likelihood_per_token");
}

QString metricDefinition(const QString& m, const ScoringOptions& o, std::optional<int> nrefs) {
    // Metrics that do not read output and targets are the same under wholeText.
    if (o.wholeText && stringMetricNames().contains(m)) {
        ScoringOptions plain = o;
        plain.wholeText = false;
        return metricDefinition(m, plain, nrefs) + wholeTextSuffix();
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
        return bleuOptionsFor(o).definition(o.sentenceBleu, nrefs) +
               (o.sentenceBleu ? QStringLiteral(" mean") : QString());
    if (isChrf(m))
        return chrfOptionsFor(m, o).definition(o.sentenceBleu, nrefs) +
               (o.sentenceBleu ? QStringLiteral(" mean") : QString());
    if (m == QLatin1String("ter"))
        return terDefinition(o.sentenceBleu, nrefs) +
               (o.sentenceBleu ? QStringLiteral(" mean") : QString()) +
               QStringLiteral("; lower is better");
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
    if (m == QLatin1String("acc_norm"))
        return QStringLiteral("lm-eval acc_norm: the option with the highest log-likelihood / "
                              "len(option text in code points, target delimiter not counted) "
                              "is correct (first maximum); mean 0-1");
    if (m == QLatin1String("acc_mutual_info"))
        return QStringLiteral("lm-eval acc_mutual_info: the option with the highest "
                              "log P(option|context) - log P(option) is correct (first "
                              "maximum); mean 0-1");
    if (m == QLatin1String("perplexity"))
        return QStringLiteral("lm-eval perplexity: exp(-mean log-likelihood of the target over "
                              "documents), i.e. exp of the mean NLL in nats; lower is better");
    if (m == QLatin1String("word_perplexity"))
        return QStringLiteral("lm-eval word_perplexity: exp(-sum of log-likelihoods / sum of "
                              "words), words = len(re.split(r'\\s+', text)); lower is better");
    if (m == QLatin1String("byte_perplexity"))
        return QStringLiteral("lm-eval byte_perplexity: exp(-sum of log-likelihoods / sum of "
                              "UTF-8 bytes of the text); lower is better");
    if (m == QLatin1String("bits_per_byte"))
        return QStringLiteral("lm-eval bits_per_byte: -sum of log-likelihoods (nats) / sum of "
                              "UTF-8 bytes / ln 2; lower is better");
    if (const auto k = passAtKOf(m)) {
        const QString pass =
            QStringLiteral("pass@%1 (Chen et al. 2021 unbiased estimator 1 - C(n-c,%1)/"
                           "C(n,%1) per instance, n samples of which c are correct%2)")
                .arg(*k)
                .arg(pp.isEmpty() ? QString() : QStringLiteral(", matched") + pp);
        return isNegLogPassAtK(m) ? QStringLiteral("neg-log pass@k: -ln of the mean ") + pass +
                                        QStringLiteral("; lower is better")
                                  : QStringLiteral("mean ") + pass + QStringLiteral(", 0-1");
    }
    return {};
}

} // namespace ee
