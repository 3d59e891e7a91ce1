// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence forecast`: the breakthrough scale of an exact-match task forecast from a smooth
// metric (core/analysis/Forecast), printed as JSON or CSV.
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "analysis/AnalysisJson.h"
#include "analysis/Forecast.h"

#include <climits>

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("forecast");

/// One curve's forecast with what it was computed from.
struct ForecastRow {
    const Curve& curve;
    ScaleAxis axis;
    const ForecastOptions& options;
    const ForecastResult& result;
    QString exactMetric;
    bool haveExact; ///< an observed exact-match curve was found for this selection
    QStringList notes;
};

QJsonObject forecastJson(const ForecastRow& row) {
    const ForecastOptions& o = row.options;
    const ForecastResult& r = row.result;
    QJsonObject j;
    AnalysisJson::writeKey(j, row.curve.key);
    j.insert(QStringLiteral("x_axis"), scaleAxisName(row.axis));
    j.insert(QStringLiteral("kind"), QString::fromLatin1(smoothMetricKindName(o.kind)));
    j.insert(QStringLiteral("answer_tokens"), o.answerTokens);
    j.insert(QStringLiteral("tau"), o.tau);
    j.insert(QStringLiteral("relation"),
             QStringLiteral("per-token loss = (N/c)^alpha; N* = c*(-ln(tau)/L)^(1/alpha)"));
    j.insert(QStringLiteral("alpha"), r.ok ? AnalysisJson::number(r.alpha) : QJsonValue());
    j.insert(QStringLiteral("c"), r.ok ? AnalysisJson::number(r.c) : QJsonValue());
    j.insert(QStringLiteral("n_fit"), r.nFit);
    j.insert(QStringLiteral("fit_max_scale"), AnalysisJson::number(o.fitMaxScale));
    j.insert(QStringLiteral("n_star"), AnalysisJson::number(r.nStar));
    j.insert(QStringLiteral("n_star_interval"), AnalysisJson::interval(r.nStarInterval));
    j.insert(QStringLiteral("bootstrap"),
             QJsonObject{{QStringLiteral("over"), QStringLiteral("models")},
                         {QStringLiteral("samples"), o.bootstrapSamples},
                         {QStringLiteral("used"), r.bootstrapUsed},
                         {QStringLiteral("seed"), QString::number(o.seed)},
                         {QStringLiteral("level"), o.level}});
    j.insert(QStringLiteral("exact_metric"),
             row.haveExact ? QJsonValue(row.exactMetric) : QJsonValue());
    j.insert(QStringLiteral("observed_crossing"), AnalysisJson::number(r.observedCrossing));
    j.insert(QStringLiteral("observed_model"),
             r.observedCrossing ? QJsonValue(r.observedModel) : QJsonValue());
    j.insert(QStringLiteral("error_decades"), AnalysisJson::number(r.errorDecades));
    QJsonArray inputs;
    for (const ForecastInput& in : r.inputs)
        inputs.append(
            QJsonObject{{QStringLiteral("model"), in.model},
                        {QStringLiteral("x"), AnalysisJson::number(in.x)},
                        {QStringLiteral("token_loss"), AnalysisJson::number(in.tokenLoss)},
                        {QStringLiteral("used_in_fit"), in.usedInFit}});
    j.insert(QStringLiteral("inputs"), inputs);
    j.insert(QStringLiteral("notes"), AnalysisJson::strings(row.notes));
    return j;
}

const char* const kCsvHeader =
    "task,subtask,metric,family,shots,prompting,x_axis,kind,answer_tokens,tau,alpha,c,n_fit,"
    "n_star,n_star_low,n_star_high,bootstrap_used,exact_metric,observed_crossing,"
    "observed_model,error_decades,notes";

QString forecastCsv(const ForecastRow& row, const CsvCells& csv) {
    using N = CsvCells;
    const ForecastOptions& o = row.options;
    const ForecastResult& r = row.result;
    return QStringList{csv.key(row.curve.key),
                       scaleAxisName(row.axis),
                       QString::fromLatin1(smoothMetricKindName(o.kind)),
                       QString::number(o.answerTokens),
                       N::number(o.tau),
                       r.ok ? N::number(r.alpha) : QString(),
                       r.ok ? N::number(r.c) : QString(),
                       QString::number(r.nFit),
                       N::number(r.nStar),
                       r.nStarInterval ? N::number(r.nStarInterval->low) : QString(),
                       r.nStarInterval ? N::number(r.nStarInterval->high) : QString(),
                       QString::number(r.bootstrapUsed),
                       row.haveExact ? csv.text(row.exactMetric) : QString(),
                       N::number(r.observedCrossing),
                       r.observedCrossing ? csv.text(r.observedModel) : QString(),
                       N::number(r.errorDecades),
                       csv.text(row.notes.join(QStringLiteral("; ")))}
        .join(QLatin1Char(','));
}

void addForecastOptions(QCommandLineParser& parser) {
    addCurveCommandOptions(parser, "Task name (required).");
    addOption(parser, "from", "The smooth metric to fit (required), e.g. target_logprob.",
              "METRIC");
    addOption(parser, "kind",
              "What --from measures: target_logprob (natural log summed over the answer), "
              "token_accuracy or token_loss.",
              "KIND", "target_logprob");
    addOption(parser, "length", "Answer length L in tokens (required).", "L");
    addOption(parser, "tau", "Exact-match level whose crossing is forecast (0–1).", "TAU", "0.5");
    addOption(parser, "exact-metric",
              "Metric holding the observed exact match, for the observed crossing and the "
              "forecast's error.",
              "METRIC");
    addOption(parser, "fit-max", "Fit only models up to this scale (hold out larger ones).", "N");
    addOption(parser, "bootstrap", "Bootstrap replicates over models (0 = no interval).", "B",
              "1000");
    addOption(parser, "seed", "Bootstrap seed.", "S", "1");
}

/// Reads the forecast options; false (with a message) on a bad value.
bool forecastOptions(const QCommandLineParser& parser, Io io, ForecastOptions& o) {
    const auto kind = smoothMetricKindFromName(parser.value(QStringLiteral("kind")));
    if (!kind) {
        io.err
            << "emergence forecast: --kind must be target_logprob, token_accuracy or token_loss\n";
        return false;
    }
    o.kind = *kind;
    int seed = 1;
    double fitMax = 0.0;
    if (!intOption(parser, QStringLiteral("length"), kCommand, io, o.answerTokens, 1, 100000) ||
        !numberOption(parser, QStringLiteral("tau"), kCommand, io, o.tau, 1e-12, 1 - 1e-12) ||
        !numberOption(parser, QStringLiteral("fit-max"), kCommand, io, fitMax, 0) ||
        !intOption(parser, QStringLiteral("bootstrap"), kCommand, io, o.bootstrapSamples, 0,
                   1000000) ||
        !intOption(parser, QStringLiteral("seed"), kCommand, io, seed, 0, INT_MAX))
        return false;
    o.seed = static_cast<quint64>(seed);
    if (parser.isSet(QStringLiteral("fit-max")))
        o.fitMaxScale = fitMax;
    return true;
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral(
        "emergence forecast [PATH...] --task T --from METRIC --length L [--kind "
        "target_logprob|token_accuracy|token_loss] [--tau 0.5] [--exact-metric M] [--fit-max N] "
        "[--subtask S] [--family F] [--shots K] [--prompting P] [--x AXIS] [--bootstrap B] "
        "[--seed S] [--format csv|json] [--raw]"),
    addForecastOptions,
    csvOrJson(),
    {QStringLiteral("task"), QStringLiteral("from"), QStringLiteral("length")}};

/// The command once its command line is valid.
int forecastMain(const QCommandLineParser& parser, Io io) {
    ForecastOptions o;
    if (!forecastOptions(parser, io, o))
        return UsageError;
    auto selection = readSelection(parser, kCommand, io);
    if (!selection)
        return UsageError;
    CurveFilter& filter = selection->filter;
    const ScaleAxis axis = selection->axis;
    filter.metric = parser.value(QStringLiteral("from"));
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    const QList<Curve> curves = data->table.curves(filter, axis);
    if (curves.isEmpty()) {
        io.err << "emergence forecast: no curve of task '" << filter.task << "' with metric '"
               << filter.metric << "' matches the selection\n";
        return DataError;
    }
    const QString exactMetric = parser.value(QStringLiteral("exact-metric"));
    const CsvCells csv = CsvCells::fromOptions(parser);
    QJsonArray all;
    io.out.flush();
    QStringList csvLines{QString::fromLatin1(kCsvHeader)};
    for (const Curve& c : curves) {
        Curve em;
        bool haveEm = false;
        if (!exactMetric.isEmpty()) {
            CurveKey k = c.key;
            k.metric = exactMetric;
            // A pooled curve (--pool-sources) names no source: its exact-match twin is pooled too.
            em = filter.poolSources ? data->table.pooledCurve(k, axis) : data->table.curve(k, axis);
            haveEm = !em.points.isEmpty();
        }
        const ForecastResult r = forecastBreakthrough(c, haveEm ? &em : nullptr, o);
        ForecastRow row{c, axis, o, r, exactMetric, haveEm, r.notes};
        if (!exactMetric.isEmpty() && !haveEm)
            row.notes << QStringLiteral("no '%1' curve for this selection").arg(exactMetric);
        all.append(forecastJson(row));
        csvLines << forecastCsv(row, csv);
    }
    if (isJson(parser))
        printJson(QJsonObject{{QStringLiteral("forecasts"), all}}, io.out);
    else
        io.out << csvLines.join(QLatin1Char('\n')) << "\n";
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace

int runForecast(const QStringList& args, Io io) {
    // Two forecasts share the command: the breakthrough scale from a smooth metric, and the
    // observational backtest (ObservationalCommand.cpp), whose options differ.
    if (args.contains(QStringLiteral("--observational")))
        return runObservationalForecast(args, io);
    return runCommand(kSyntax, forecastMain, args, io);
}

} // namespace ee::cli
