// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"
#include "cli/ScorerOptions.h"

#include "analysis/AnalysisJson.h"
#include "analysis/CapabilityAxis.h"
#include "io/CurvesCsv.h"
#include "io/DataLoader.h"
#include "io/JsonShapes.h"
#include "io/TextDecoding.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("curves");

/// Notes on points a log-scale plot cannot show.
void printScaleNotes(const QList<Curve>& curves, ScaleAxis axis, QTextStream& err) {
    for (const Curve& c : curves) {
        if (const auto missing = c.missingScaleCount())
            err << "note: " << c.key.label() << ": " << missing << " point(s) have no known "
                << scaleAxisLabel(axis) << "\n";
        if (const auto bad = c.nonPositiveScaleCount())
            err << "note: " << c.key.label() << ": " << bad
                << " point(s) have a zero or negative scale\n";
    }
}

void addCurvesOptions(QCommandLineParser& parser) {
    addCurveCommandOptions(parser, "Task name (required).", QStringLiteral("Files or folders."),
                           "x axis: params, nonembedding_params, tokens or flops, or pc1, pc2 or "
                           "pc3 (the model's capability PC score from the standard benchmarks, "
                           "as on the Scaling chart).");
    addOption(parser, "examples",
              "A per-example file to score into curves (repeatable): with --metric M scored "
              "under M, otherwise under every metric it allows; rows name the metric's "
              "definition as their source. Without score files (PATH), only these are read.",
              "FILE");
    addScorerOptions(parser);
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral(
        "emergence curves [PATH...] [--examples FILE...] --task T [--subtask S] "
        "[--metric M] [--family F] [--shots K] [--prompting P] [--source NAME] [--pool-sources] "
        "[--x params|nonembedding_params|flops|tokens|pc1|pc2|pc3] [--compare answer|solution] "
        "[--answers file|strict|lenient] [--extract REGEX] [--tokenize 13a|intl|none|zh|char] "
        "[--interval wilson|clopper-pearson|bootstrap] "
        "[--format csv|json] [--raw]"),
    addCurvesOptions,
    {},
    {}};

/// Scores the --examples files as the Instances tab does and adds their rows to `data`.
bool addScoredExamples(const QCommandLineParser& parser, const CurveFilter& filter,
                       ImportResult& data, Io io) {
    ee::ScoringOptions so;
    ee::ExampleReadOptions ro;
    if (const auto e = readScorerOptions(parser, so, ro)) {
        usageError(io, kCommand, *e, kSyntax.usage);
        return false;
    }
    so.metrics = filter.metric.isEmpty() ? ee::knownMetricNames() : QStringList{filter.metric};
    if (!ee::isKnownMetric(so.metrics.first())) {
        usageError(io, kCommand, QStringLiteral("unknown metric '%1'").arg(filter.metric),
                   kSyntax.usage);
        return false;
    }
    ee::ExampleSet set;
    QStringList paths;
    for (const QString& v : parser.values(QStringLiteral("examples")))
        paths << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& path : paths)
        set.append(ee::readExamples(path, ro));
    const ee::ScoreResult result = ee::scoreExamples(set, so);
    Diagnostics diag = set.diagnostics;
    diag.append(result.diagnostics);
    printDiagnostics(diag, io.err);
    data.diagnostics.append(diag);
    const qsizetype before = data.table.rowCount();
    ee::appendScoreRows(result, data.table, QString());
    // The scored files are one more source beside the PATHs (named as DataLoader names inputs).
    data.table.setInput(before, DataLoader::inputNamesFor(paths).join(QStringLiteral(" + ")));
    return true;
}

/// `"x_axis"` of the JSON with --x pcN: what the PC is, once for every curve.
QJsonObject capabilityAxisJson(const CapabilityAxis& axis, int pc,
                               const QStringList& modelsWithout) {
    const CapabilityPca& pca = *axis.pca;
    QJsonObject loadings;
    for (int b = 0; b < pca.benchmarks.size(); ++b)
        loadings.insert(pca.benchmarks[b], AnalysisJson::number(pca.loadings(pc - 1, b)));
    QJsonArray without;
    for (const QString& m : modelsWithout) {
        const QStringList lacks = axis.incomplete.value(m);
        without.append(QJsonObject{{QStringLiteral("model"), m},
                                   {QStringLiteral("lacks"), AnalysisJson::strings(lacks)}});
    }
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("pc%1").arg(pc)},
        {QStringLiteral("kind"), QStringLiteral("capability PC")},
        {QStringLiteral("benchmarks"), AnalysisJson::strings(pca.benchmarks)},
        {QStringLiteral("metric"), QStringLiteral("score")},
        {QStringLiteral("standardised"), false},
        {QStringLiteral("fitted_models"), pca.fittedModels},
        {QStringLiteral("explained_variance"), AnalysisJson::number(pca.explainedVariance[pc - 1])},
        {QStringLiteral("loadings"), loadings},
        {QStringLiteral("models_without"), without}};
}

/// The command once its command line is valid.
int curvesMain(const QCommandLineParser& parser, Io io) {
    // --task is checked before --format, as it always was.
    if (!requireOptions(parser, {QStringLiteral("task")}, kCommand, io, kSyntax.usage) ||
        !formatValue(parser, csvOrJson(), kCommand, io))
        return UsageError;
    const auto selection = readSelection(parser, kCommand, io, /*allowCapabilityPc=*/true);
    if (!selection)
        return UsageError;
    const CurveFilter& filter = selection->filter;
    const bool examplesOnly =
        parser.isSet(QStringLiteral("examples")) && parser.positionalArguments().isEmpty();
    auto data = examplesOnly ? std::optional<ImportResult>(ImportResult{}) : loadData(parser, io);
    if (!data)
        return UsageError;
    if (parser.isSet(QStringLiteral("examples")) && !addScoredExamples(parser, filter, *data, io))
        return UsageError;
    if (!requireTask(data->table, filter.task, kCommand, io))
        return DataError;
    QList<Curve> curves = data->table.curves(filter, selection->axis);
    if (curves.isEmpty())
        io.err << "emergence curves: no curve of task '" << filter.task
               << "' matches the selection\n";
    const int pc = selection->capabilityPc;
    std::optional<CapabilityAxis> axis;
    QStringList without;
    if (pc) {
        // The same axis as the Scaling chart's: fitted on every loaded model with all eight
        // standard benchmarks. Points of models without a PC score leave the curves and are
        // named, with what they lack, never dropped silently.
        axis = fitCapabilityAxis(data->table, 3);
        if (!axis->ok()) {
            io.err << "emergence curves: no capability PCs for --x pc" << pc << ": " << axis->error
                   << "\n";
            return DataError;
        }
        CapabilityCurves moved = onCapabilityAxis(curves, *axis, pc);
        curves = std::move(moved.curves);
        without = moved.modelsWithout;
        if (!without.isEmpty())
            io.err << "emergence curves: " << axis->withoutScoreSentence(without) << "\n";
        io.err << "emergence curves: " << axis->describe(pc) << "\n";
    } else {
        printScaleNotes(curves, selection->axis, io.err);
    }
    const QString xName = pc ? QStringLiteral("pc%1").arg(pc) : QString();
    if (isJson(parser)) {
        QJsonObject json = JsonShapes::curves(curves);
        if (pc) {
            QJsonArray list = json.value(QStringLiteral("curves")).toArray();
            for (QJsonValueRef c : list) {
                QJsonObject o = c.toObject();
                o.insert(QStringLiteral("x_axis"), xName);
                c = o;
            }
            json.insert(QStringLiteral("curves"), list);
            json.insert(QStringLiteral("x_axis"), capabilityAxisJson(*axis, pc, without));
        }
        printJson(json, io.out);
    } else {
        io.out << curvesCsv(curves, parser.isSet(QStringLiteral("raw")), xName);
    }
    return data->diagnostics.hasErrors() || curves.isEmpty() ? DataError : Success;
}

} // namespace

int runCurves(const QStringList& args, Io io) {
    return runCommand(kSyntax, curvesMain, args, io);
}

} // namespace ee::cli
