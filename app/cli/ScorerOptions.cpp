// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScorerOptions.h"

#include "cli/CommandOptions.h"

namespace ee::cli {

using namespace ee::metrics;

void addScorerOptions(QCommandLineParser& parser) {
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr,
                         const char* def = nullptr) { addOption(parser, name, help, value, def); };
    opt("tokenize", "BLEU tokenizer: 13a, intl or none.", "TOK", "13a");
    opt("smooth", "BLEU smoothing: exp, floor, add-k or none.", "METHOD", "exp");
    opt("level", "BLEU level: corpus (one BLEU per group) or sentence (mean).", "LEVEL", "corpus");
    opt("stem", "Porter stemming for ROUGE (BIG-bench uses none).");
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
        return QStringLiteral("--tokenize must be 13a, intl or none");
    const auto smooth = bleuSmoothFromName(parser.value(QStringLiteral("smooth")));
    if (!smooth)
        return QStringLiteral("--smooth must be exp, floor, add-k or none");
    so.bleu.tokenize = *tok;
    so.bleu.smooth = *smooth;
    const QString level = parser.value(QStringLiteral("level"));
    if (level != QLatin1String("corpus") && level != QLatin1String("sentence"))
        return QStringLiteral("--level must be corpus or sentence");
    so.sentenceBleu = level == QLatin1String("sentence");
    so.stem = parser.isSet(QStringLiteral("stem"));
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

} // namespace ee::cli
