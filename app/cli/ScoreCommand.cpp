// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"
#include "cli/ModelsOption.h"
#include "cli/ScorerOptions.h"

#include "io/TextDecoding.h"
#include "io/examples/ExampleReaders.h"
#include "io/examples/ScoreWhileReading.h"
#include "metrics/ExampleScorer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace ee::cli {

using namespace ee;

namespace {

// B3: unknown numbers are null, non-finite ones the strings "inf" / "-inf".
QJsonValue jsonNumber(const std::optional<double>& v) {
    if (!v || std::isnan(*v))
        return QJsonValue::Null;
    if (std::isinf(*v))
        return *v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return *v;
}

QJsonObject scoreJson(const ScoreResult& r, const Diagnostics& diag) {
    QJsonArray groups;
    for (const GroupScores& g : r.groups) {
        QJsonObject metrics;
        for (const MetricValue& m : g.metrics)
            metrics.insert(m.metric, QJsonObject{{QStringLiteral("value"), jsonNumber(m.value)},
                                                 {QStringLiteral("ci_low"), jsonNumber(m.ciLow)},
                                                 {QStringLiteral("ci_high"), jsonNumber(m.ciHigh)},
                                                 {QStringLiteral("ci_method"), m.ciMethod},
                                                 {QStringLiteral("n"), m.n},
                                                 {QStringLiteral("definition"), m.definition},
                                                 {QStringLiteral("unverified"), m.unverified}});
        QJsonObject o{
            {QStringLiteral("task"), g.key.task},
            {QStringLiteral("subtask"), g.key.subtask},
            {QStringLiteral("family"), g.key.family},
            {QStringLiteral("model"), g.key.model},
            {QStringLiteral("params"), jsonNumber(g.key.scale.params)},
            {QStringLiteral("shots"), g.key.shots ? QJsonValue(*g.key.shots) : QJsonValue::Null},
            {QStringLiteral("prompting"), g.key.prompting},
            {QStringLiteral("n"), g.n},
            {QStringLiteral("skipped"), g.skipped},
            {QStringLiteral("metrics"), metrics}};
        if (!g.ids.isEmpty() || !g.perExample.isEmpty()) {
            QJsonArray per;
            for (qsizetype i = 0; i < g.ids.size(); ++i) {
                QJsonObject e{{QStringLiteral("id"), g.ids[i]}};
                for (qsizetype k = 0; k < g.metrics.size(); ++k)
                    e.insert(g.metrics[k].metric, jsonNumber(g.perExample[k][i]));
                per.append(e);
            }
            o.insert(QStringLiteral("per_example"), per);
        }
        groups.append(o);
    }
    QJsonArray warnings;
    for (const Diagnostic& d : diag.items)
        warnings.append(QJsonObject{
            {QStringLiteral("file"), d.file},
            {QStringLiteral("line"), d.line},
            {QStringLiteral("message"),
             d.place.isEmpty() ? d.message : d.place + QStringLiteral(": ") + d.message}});
    return {{QStringLiteral("groups"), groups}, {QStringLiteral("warnings"), warnings}};
}

/// Text cells (names, ids, definitions) are neutralised unless --raw (see CsvCells).
void writeScoreCsv(const ScoreResult& r, const CsvCells& csv, QTextStream& out) {
    using N = CsvCells;
    out << "task,subtask,family,model,params,shots,prompting,metric,id,value,ci_low,ci_high,n,"
           "skipped,definition,ci_method\n";
    for (const GroupScores& g : r.groups) {
        const QString head = QStringList{csv.text(g.key.task),
                                         csv.text(g.key.subtask),
                                         csv.text(g.key.family),
                                         csv.text(g.key.model),
                                         N::exact(g.key.scale.params),
                                         g.key.shots ? QString::number(*g.key.shots) : QString(),
                                         csv.text(g.key.prompting)}
                                 .join(QLatin1Char(','));
        for (qsizetype k = 0; k < g.metrics.size(); ++k) {
            const MetricValue& m = g.metrics[k];
            out << head << ',' << csv.text(m.metric) << ",," << N::exact(m.value) << ','
                << N::exact(m.ciLow) << ',' << N::exact(m.ciHigh) << ',' << m.n << ',' << g.skipped
                << ',' << csv.text(m.definition) << ',' << m.ciMethod << "\n";
            if (k < g.perExample.size())
                for (qsizetype i = 0; i < g.ids.size(); ++i)
                    out << head << ',' << csv.text(m.metric) << ',' << csv.text(g.ids[i]) << ','
                        << N::exact(g.perExample[k][i]) << ",,,1,,,"
                        << "\n";
        }
    }
}

void addScoreOptions(QCommandLineParser& parser) {
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr,
                         const char* def = nullptr) { addOption(parser, name, help, value, def); };
    opt("input", "Per-example file (repeatable; positional paths work too).", "FILE");
    opt("metric",
        "Metric name(s), comma-separated: "
        "exact_str_match, case_insensitive_str_match, bleu, chrf, chrf_pp, ter, token_f1, "
        "squad_exact_match, rouge1, "
        "rouge2, rougeL, rougeLsum, token_edit_distance, char_edit_distance, "
        "multiple_choice_grade, "
        "brier, log_likelihood, log_likelihood_per_token, p_correct, p_correct_margin, "
        "log_prob_correct_option, log_prob_best_incorrect_option, log_prob_margin, acc_norm, "
        "acc_mutual_info, perplexity, word_perplexity, byte_perplexity, bits_per_byte, "
        "pass_at_k (with --k; gives pass_at_<k> and neg_log_pass_at_<k>).",
        "NAME");
    opt("k", "k of pass_at_k (repeatable or comma-separated, each >= 1).", "K");
    addScorerOptions(parser);
    opt("bootstrap", "Percentile bootstrap resamples for confidence intervals (0 = none).", "N",
        "0");
    opt("seed", "Bootstrap seed.", "S", "0");
    opt("per-example", "Also print each example's value.");
    addOutputOptions(parser, {QStringLiteral("json"), QStringLiteral("csv")});
    opt("task", "Task name for files that do not carry one.", "T");
    opt("model", "Model name for files that do not carry one.", "M");
    opt("family", "Model family for files that do not carry one.", "F");
    opt("params", "Parameter count for files that do not carry one.", "P");
    opt("models",
        "A model metadata CSV for files that name models but not their sizes (default: the "
        "models of the bundled datasets).",
        "FILE");
    opt("shots", "Number of shots for files that do not carry one.", "K");
    opt("prompting", "Prompting style for files that do not carry one.", "STYLE");
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Per-example files."),
                                 QStringLiteral("[FILE...]"));
}

const CommandSyntax kSyntax{
    QStringLiteral("score"),
    QStringLiteral(
        "emergence score --input FILE|FOLDER... --metric NAME[,NAME...] [--models FILE] "
        "[--tokenize 13a|intl|none|zh|char] [--smooth exp|floor|add-k|none] [--smooth-value V] "
        "[--lowercase] [--level corpus|sentence] [--stem] "
        "[--interval wilson|clopper-pearson|bootstrap] [--bootstrap N --seed S] [--k K...] "
        "[--extract REGEX] [--answers file|strict|lenient] [--compare answer|solution] "
        "[--per-example] [--format json|csv] "
        "[--raw]"),
    addScoreOptions,
    {},
    {}};

/// Replaces `pass_at_k` by pass_at_<k> and neg_log_pass_at_<k> for each --k; the usage error
/// when --k is missing, not a whole number >= 1, or given without pass_at_k.
std::optional<QString> expandPassAtK(const QCommandLineParser& parser, QStringList& metrics) {
    QList<qint64> ks;
    for (const QString& v : parser.values(QStringLiteral("k")))
        for (const QString& part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 k = part.trimmed().toLongLong(&ok);
            if (!ok || k < 1 || k > 999999999)
                return QStringLiteral("--k must be a whole number >= 1, not '%1'").arg(part);
            if (!ks.contains(k))
                ks << k;
        }
    const qsizetype at = metrics.indexOf(QStringLiteral("pass_at_k"));
    if (at < 0)
        return ks.isEmpty()
                   ? std::nullopt
                   : std::optional(QStringLiteral("--k applies only to --metric pass_at_k"));
    if (ks.isEmpty())
        return QStringLiteral("--metric pass_at_k needs --k K (e.g. --k 1 --k 10)");
    metrics.removeAll(QStringLiteral("pass_at_k"));
    QStringList expanded;
    for (qint64 k : ks)
        expanded << QStringLiteral("pass_at_%1").arg(k)
                 << QStringLiteral("neg_log_pass_at_%1").arg(k);
    for (qsizetype i = 0; i < expanded.size(); ++i)
        metrics.insert(std::min(at + i, metrics.size()), expanded[i]);
    return std::nullopt;
}

/// The command once its command line parsed; the options are checked here, in this order.
int scoreMain(const QCommandLineParser& parser, Io io) {
    const QString& usage = kSyntax.usage;
    const auto usageError = [&](const QString& msg) {
        return cli::usageError(io, kSyntax.name, msg, usage);
    };
    QStringList inputs;
    for (const QString& v : parser.values(QStringLiteral("input")))
        inputs << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    inputs << parser.positionalArguments();
    if (inputs.isEmpty())
        return usageError(QStringLiteral("--input is required"));
    ScoringOptions so;
    for (const QString& v : parser.values(QStringLiteral("metric")))
        for (const QString& m : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            so.metrics << m.trimmed();
    if (so.metrics.isEmpty())
        return usageError(QStringLiteral("--metric is required"));
    if (const auto e = expandPassAtK(parser, so.metrics))
        return usageError(*e);
    for (const QString& m : so.metrics)
        if (!isKnownMetric(m))
            return usageError(QStringLiteral("unknown metric '%1'").arg(m));
    ExampleReadOptions ro;
    if (const auto e = readScorerOptions(parser, so, ro))
        return usageError(*e);
    if (const auto e = readBootstrapOptions(parser, so.bootstrap))
        return usageError(*e);
    bool ok = false;
    so.perExample = parser.isSet(QStringLiteral("per-example"));
    if (!formatValue(parser, {QStringLiteral("json"), QStringLiteral("csv")}, kSyntax.name, io,
                     usage))
        return UsageError;
    ro.task = parser.value(QStringLiteral("task"));
    ro.model = parser.value(QStringLiteral("model"));
    ro.family = parser.value(QStringLiteral("family"));
    ro.prompting = parser.value(QStringLiteral("prompting"));
    if (parser.isSet(QStringLiteral("params"))) {
        const auto p = parseFiniteDouble(parser.value(QStringLiteral("params")));
        if (!p || *p <= 0)
            return usageError(QStringLiteral("--params must be a positive number"));
        ro.scale.params = *p;
    }
    if (parser.isSet(QStringLiteral("shots"))) {
        const int k = parser.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || k < 0)
            return usageError(QStringLiteral("--shots must be a whole number ≥ 0"));
        ro.shots = k;
    }

    Diagnostics catalogDiag;
    std::optional<ModelCatalog> catalog;
    if (parser.isSet(QStringLiteral("models")) || inputsMayNeedModelCatalog(inputs)) {
        catalog = exampleModelCatalog(parser, io, catalogDiag);
        if (!catalog)
            return DataError;
        ro.catalog = &*catalog;
    }
    // Our JSONL with string metrics (the common case, and issue 18's benchmark) is scored as it
    // is read, without keeping 100,000 examples' texts; the result is the same.
    ExampleSet set;
    ScoreResult result;
    if (canScoreWhileReading(inputs, so)) {
        ReadAndScored r = scoreWhileReading(inputs, ro, so);
        set = std::move(r.set);
        result = std::move(r.result);
    } else {
        for (const QString& path : inputs)
            set.append(readExamples(path, ro));
        result = scoreExamples(set, so);
    }
    Diagnostics diag = catalogDiag;
    diag.append(set.diagnostics);
    diag.append(result.diagnostics);
    printDiagnostics(diag, io.err);
    if (set.skippedCount() > 0)
        io.err << "note: " << set.skippedCount() << " record(s) skipped while reading\n";
    for (const GroupScores& g : result.groups)
        for (const MetricValue& m : g.metrics)
            if (m.unverified && g.key == result.groups.first().key)
                io.err << "note: " << m.metric
                       << " rests on an UNVERIFIED definition: " << m.definition << "\n";
    if (isJson(parser))
        printJson(scoreJson(result, diag), io.out);
    else
        writeScoreCsv(result, CsvCells::fromOptions(parser), io.out);
    if (diag.hasErrors() || result.groups.isEmpty()) {
        if (result.groups.isEmpty())
            io.err << "emergence score: no examples could be read\n";
        return DataError;
    }
    return Success;
}

} // namespace

int runScore(const QStringList& args, Io io) {
    return runCommand(kSyntax, scoreMain, args, io);
}

} // namespace ee::cli
