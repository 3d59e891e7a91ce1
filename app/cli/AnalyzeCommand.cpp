// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence analyze`: linearity, breakthroughness, fits and flags per curve. The maths lives in
// core/analysis; this file reads the options and prints JSON or CSV.
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "analysis/AnalysisJson.h"
#include "analysis/CurveAnalysis.h"

#include <algorithm>
#include <climits>

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("analyze");

// Ranking: larger first, +inf before finite values, undefined last.
double rankValue(const ShapeScore& s) {
    return s.value ? *s.value : -HUGE_VAL;
}

/// The fit's 16 columns (preferred_fit … bootstrap_samples); empty cells without a fit.
QStringList fitCells(const std::optional<FitComparison>& fit) {
    using N = CsvCells;
    QStringList f;
    if (!fit) {
        for (int i = 0; i < 16; ++i)
            f << QString();
        return f;
    }
    const FitComparison& c = *fit;
    const auto iv = [&](const std::optional<ParamInterval>& i, bool high) {
        return i ? N::number(high ? i->high : i->low) : QString();
    };
    const FitBootstrap* b = c.bootstrap ? &*c.bootstrap : nullptr;
    f << QString::fromLatin1(preferredName(c.preferred)) << N::number(c.deltaAicc)
      << N::number(c.logLinear.a) << N::number(c.logLinear.b) << N::number(c.sigmoid.floor)
      << N::number(c.sigmoid.ceiling) << N::number(c.sigmoid.k) << N::number(c.sigmoid.m)
      << N::number(c.sigmoid.midpointScale()) << N::number(c.sigmoid.widthDecades())
      << (b ? iv(b->m, false) : QString()) << (b ? iv(b->m, true) : QString())
      << (b ? iv(b->width, false) : QString()) << (b ? iv(b->width, true) : QString())
      << (b ? b->over : QString()) << (b ? QString::number(b->requested) : QString());
    return f;
}

void writeAnalyzeCsv(const QList<CurveStats>& stats, const CsvCells& csv, QTextStream& out) {
    out << "task,subtask,metric,family,shots,prompting,x_axis,y_scale,n_points,linearity,"
           "linearity_definition,breakthroughness,emergence_index,flags,sigma,preferred_fit,"
           "delta_aicc,loglinear_a,loglinear_b,sigmoid_floor,sigmoid_ceiling,sigmoid_k,sigmoid_m,"
           "midpoint_scale,width_decades,m_ci_low,m_ci_high,width_ci_low,width_ci_high,"
           "bootstrap_over,bootstrap_samples,notes\n";
    for (const CurveStats& s : stats) {
        QStringList f{csv.key(s.key),
                      scaleAxisName(s.axis),
                      QString::fromLatin1(yScaleName(s.yScale)),
                      QString::number(s.nPoints),
                      CsvCells::number(s.linearity.value),
                      QStringLiteral("unconfirmed"),
                      CsvCells::number(s.breakthroughness.value),
                      CsvCells::number(s.emergenceIndex),
                      s.flags.names().join(QLatin1Char(';')),
                      CsvCells::number(s.flags.sigma)};
        f << fitCells(s.fit);
        QStringList notes = s.notes;
        if (s.breakthroughness.value && std::isinf(*s.breakthroughness.value))
            notes << QStringLiteral("breakthroughness: ") + s.breakthroughness.note;
        if (s.fit)
            notes << s.fit->sigmoid.notes;
        f << csv.text(notes.join(QStringLiteral("; ")));
        out << f.join(QLatin1Char(',')) << "\n";
    }
}

void addAnalyzeOptions(QCommandLineParser& parser) {
    addCurveCommandOptions(parser, "Task name (default: every task).");
    addOption(parser, "normalised",
              "Use BIG-bench's normalised score 100·(y − low)/(high − low) where the task's low "
              "and high scores are known.");
    addOption(parser, "bootstrap", "Bootstrap replicates for the fit intervals (0 = none).", "B",
              "200");
    addOption(parser, "seed", "Bootstrap seed.", "S", "1");
    addOption(parser, "no-fits", "Skip the fits (fastest; never flags 'emergent').");
    addOption(parser, "rank",
              "Sort curves by linearity or breakthroughness, largest first (undefined last).",
              "BY");
    addOption(parser, "flat-sigmas", "flat when max − min < this·σ (default 3).", "V");
    addOption(parser, "emergent-width",
              "emergent needs a 10–90 % width ≤ this many decades (default 1).", "V");
    addOption(parser, "floor",
              "Chance level to fix the sigmoid's floor at when the data do not give one (e.g. 0 "
              "for generated exact match).",
              "V");
    addOption(parser, "sigma", "Typical standard error σ of the points, overriding the data.", "V");
    addOption(parser, "interval",
              "95 % interval of points of proportion metrics with a known n and no published "
              "standard error, printed with each point (JSON) and giving the flat test its σ: "
              "wilson (default), clopper-pearson, or bootstrap (none computed: a curve has no "
              "examples to resample; published intervals only).",
              "METHOD", "wilson");
}

/// Reads the analysis options; false (with a message) on a bad value.
bool analysisOptions(const QCommandLineParser& parser, Io io, AnalysisOptions& options) {
    options.yScale = parser.isSet(QStringLiteral("normalised")) ? YScale::Normalised : YScale::Raw;
    options.fits = !parser.isSet(QStringLiteral("no-fits"));
    int seed = 1;
    double sigma = 0.0, floor = 0.0;
    if (!intOption(parser, QStringLiteral("bootstrap"), kCommand, io, options.fit.bootstrapSamples,
                   0, 100000) ||
        !intOption(parser, QStringLiteral("seed"), kCommand, io, seed, 0, INT_MAX) ||
        !numberOption(parser, QStringLiteral("flat-sigmas"), kCommand, io, options.flags.flatSigmas,
                      0) ||
        !numberOption(parser, QStringLiteral("emergent-width"), kCommand, io,
                      options.flags.emergentMaxWidthDecades, 0) ||
        !numberOption(parser, QStringLiteral("sigma"), kCommand, io, sigma, 0) ||
        !numberOption(parser, QStringLiteral("floor"), kCommand, io, floor))
        return false;
    if (parser.isSet(QStringLiteral("floor")))
        options.floor = floor;
    options.fit.seed = static_cast<quint64>(seed);
    if (parser.isSet(QStringLiteral("sigma")))
        options.sigma = sigma;
    const auto interval = ee::intervalMethodFromName(parser.value(QStringLiteral("interval")));
    if (!interval) {
        io.err << "emergence analyze: --interval must be wilson, clopper-pearson or bootstrap\n";
        return false;
    }
    options.interval = *interval;
    return true;
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral(
        "emergence analyze [PATH...] [--task T] [--subtask S] [--metric M] [--family F] "
        "[--shots K] [--prompting P] [--x AXIS] [--normalised] [--bootstrap B] [--seed S] "
        "[--floor V] [--no-fits] [--rank linearity|breakthroughness] "
        "[--interval wilson|clopper-pearson|bootstrap] [--format csv|json] "
        "[--raw]"),
    addAnalyzeOptions,
    csvOrJson(),
    {}};

/// The command once its command line is valid.
int analyzeMain(const QCommandLineParser& parser, Io io) {
    const auto selection = readSelection(parser, kCommand, io);
    AnalysisOptions options;
    if (!selection || !analysisOptions(parser, io, options))
        return UsageError;
    const CurveFilter& filter = selection->filter;
    const QString rank = parser.value(QStringLiteral("rank"));
    if (!rank.isEmpty() && rank != QLatin1String("linearity") &&
        rank != QLatin1String("breakthroughness")) {
        io.err << "emergence analyze: --rank must be linearity or breakthroughness\n";
        return UsageError;
    }
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    if (!filter.task.isEmpty() && !requireTask(data->table, filter.task, kCommand, io))
        return DataError;
    const QList<Curve> curves = data->table.curves(filter, selection->axis);
    if (curves.isEmpty())
        io.err << "emergence analyze: no curve matches the selection\n";
    QList<CurveStats> stats = analyzeCurves(curves, options);
    if (!rank.isEmpty()) {
        const bool byLin = rank == QLatin1String("linearity");
        std::stable_sort(stats.begin(), stats.end(), [&](const CurveStats& a, const CurveStats& b) {
            return byLin ? rankValue(a.linearity) > rankValue(b.linearity)
                         : rankValue(a.breakthroughness) > rankValue(b.breakthroughness);
        });
    }
    if (isJson(parser))
        printJson(AnalysisJson::analyze(stats), io.out);
    else
        writeAnalyzeCsv(stats, CsvCells::fromOptions(parser), io.out);
    return data->diagnostics.hasErrors() || curves.isEmpty() ? DataError : Success;
}

} // namespace

int runAnalyze(const QStringList& args, Io io) {
    return runCommand(kSyntax, analyzeMain, args, io);
}

} // namespace ee::cli
