// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScorerOptions.h"

#include "cli/CommandOptions.h"

#include <cmath>

namespace ee::cli {

using namespace ee;

void addScorerOptions(QCommandLineParser& parser) {
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr,
                         const char* def = nullptr) { addOption(parser, name, help, value, def); };
    opt("tokenize", "BLEU tokenizer (sacreBLEU's): 13a, intl, none, zh or char.", "TOK", "13a");
    opt("smooth", "BLEU smoothing: exp, floor, add-k or none.", "METHOD", "exp");
    opt("smooth-value",
        "The value of floor (default 0.1) or add-k (default 1) smoothing; an error with exp or "
        "none, which take none.",
        "V");
    opt("lowercase", "Lower-case outputs and references before BLEU and chrF (Python lower()); TER "
                     "always lower-cases, as sacreBLEU's TER does by default.");
    opt("level", "BLEU, chrF and TER level: corpus (one score per group) or sentence (mean).",
        "LEVEL", "corpus");
    opt("stem", "Porter stemming for ROUGE (BIG-bench uses none).");
    opt("interval",
        "Confidence interval of proportion metrics (exact matches, multiple-choice grade): "
        "wilson or clopper-pearson from k and n, or bootstrap (with --bootstrap N, which also "
        "gives every other metric its interval).",
        "METHOD", "wilson");
    opt("bigbench-postprocess",
        "Apply BIG-bench's default output regex before the string-match metrics.");
    opt("extract",
        "A regular expression applied to outputs before string matching (the first match, or "
        "its one capture group, is the answer), as the Instances tab's answer regex.",
        "REGEX");
    opt("answers",
        "MMLU-Pro: the answer each model chose, as the file extracted it (file), or re-extracted "
        "from the generated text: strict (\"answer is (X)\" only) or lenient (also "
        "\"Answer: X\" and a last \"(X)\").",
        "RULE", "file");
    opt("compare",
        "What the string metrics compare: the extracted answer with the targets (answer), or "
        "the whole generated solution with the whole reference solution (solution; GSM8K).",
        "WHAT", "answer");
}

std::optional<QString> readScorerOptions(const QCommandLineParser& parser, ScoringOptions& so,
                                         ExampleReadOptions& ro) {
    const auto tok = bleuTokenizerFromName(parser.value(QStringLiteral("tokenize")));
    if (!tok)
        return QStringLiteral("--tokenize must be 13a, intl, none, zh or char");
    const auto smooth = bleuSmoothFromName(parser.value(QStringLiteral("smooth")));
    if (!smooth)
        return QStringLiteral("--smooth must be exp, floor, add-k or none");
    so.bleu.tokenize = *tok;
    so.bleu.smooth = *smooth;
    if (parser.isSet(QStringLiteral("smooth-value"))) {
        // sacreBLEU accepts a value with every method and ignores it with exp and none; an
        // ignored option here would be a number the user believes was used.
        if (*smooth != BleuSmooth::Floor && *smooth != BleuSmooth::AddK)
            return QStringLiteral("--smooth-value applies only to --smooth floor or add-k");
        bool ok = false;
        const double v = parser.value(QStringLiteral("smooth-value")).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0)
            return QStringLiteral("--smooth-value must be a finite number >= 0, not '%1'")
                .arg(parser.value(QStringLiteral("smooth-value")));
        so.bleu.smoothValue = v;
    }
    so.bleu.lowercase = parser.isSet(QStringLiteral("lowercase"));
    const QString level = parser.value(QStringLiteral("level"));
    if (level != QLatin1String("corpus") && level != QLatin1String("sentence"))
        return QStringLiteral("--level must be corpus or sentence");
    so.sentenceBleu = level == QLatin1String("sentence");
    so.stem = parser.isSet(QStringLiteral("stem"));
    const auto interval = intervalMethodFromName(parser.value(QStringLiteral("interval")));
    if (!interval)
        return QStringLiteral("--interval must be wilson, clopper-pearson or bootstrap");
    so.interval = *interval;
    if (parser.isSet(QStringLiteral("bigbench-postprocess")))
        so.postprocess = PostProcess::bigbenchDefault();
    if (parser.isSet(QStringLiteral("extract")))
        if (const QString e =
                addOutputRegex(so.postprocess, parser.value(QStringLiteral("extract")));
            !e.isEmpty())
            return QStringLiteral("--extract: %1").arg(e);
    if (!answerExtractionFromName(parser.value(QStringLiteral("answers")), ro.answerExtraction))
        return QStringLiteral("--answers must be file, strict or lenient");
    const QString compare = parser.value(QStringLiteral("compare"));
    if (compare != QLatin1String("answer") && compare != QLatin1String("solution"))
        return QStringLiteral("--compare must be answer or solution");
    so.wholeText = compare == QLatin1String("solution");
    return std::nullopt;
}

std::optional<QString> readBootstrapOptions(const QCommandLineParser& parser, BootstrapOptions& b) {
    bool ok = false;
    b.resamples = parser.value(QStringLiteral("bootstrap")).toInt(&ok);
    if (!ok || b.resamples < 0)
        return QStringLiteral("--bootstrap must be a whole number ≥ 0");
    b.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return QStringLiteral("--seed must be a whole number ≥ 0");
    return std::nullopt;
}

} // namespace ee::cli
