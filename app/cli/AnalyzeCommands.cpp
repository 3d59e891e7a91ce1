// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis subcommands: analyze, decompose, forecast, simulate. The maths lives in
// core/analysis; this file parses options, selects curves and prints JSON or CSV.
#include "cli/Commands.h"

#include "analysis/AnalysisJson.h"
#include "analysis/CurveAnalysis.h"
#include "io/LongCsv.h"
#include "io/TextDecoding.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace ee::cli {

namespace {

QString q(const QString& s) {
    return QString::fromUtf8(LongCsv::quoteField(s));
}

/// CSV number: finite → exact text, ±inf → "inf"/"-inf", NaN/unknown → empty.
QString num(double v) {
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return formatNumberExact(v);
}

QString num(const std::optional<double>& v) {
    return v ? num(*v) : QString();
}

QString shotsText(const CurveKey& k) {
    return k.shots ? QString::number(*k.shots) : QString();
}

QString keyCsv(const CurveKey& k) {
    return QStringList{q(k.task),   q(k.subtask), q(k.metric),
                       q(k.family), shotsText(k), q(k.prompting)}
        .join(QLatin1Char(','));
}

void printJson(const QJsonObject& o, QTextStream& out) {
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

/// The curve-selection options shared by analyze, decompose and forecast.
void addSelectionOptions(QCommandLineParser& p, bool taskRequired) {
    p.addOption({QStringLiteral("task"),
                 taskRequired ? QStringLiteral("Task name (required).")
                              : QStringLiteral("Task name (default: every task)."),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("subtask"), QStringLiteral("Subtask ('' = the task itself)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("metric"), QStringLiteral("Metric name."), QStringLiteral("M")});
    p.addOption({QStringLiteral("family"), QStringLiteral("Model family (repeatable)."),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("shots"), QStringLiteral("Number of shots."), QStringLiteral("K")});
    p.addOption(
        {QStringLiteral("prompting"), QStringLiteral("Prompting style."), QStringLiteral("P")});
    p.addOption({QStringLiteral("x"),
                 QStringLiteral("Scale axis: params, nonembedding_params, tokens or flops."),
                 QStringLiteral("AXIS"), QStringLiteral("params")});
    p.addOption({QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"),
                 QStringLiteral("csv")});
    p.addPositionalArgument(QStringLiteral("PATH"),
                            QStringLiteral("Files or folders (default: the bundled datasets)."),
                            QStringLiteral("[PATH...]"));
}

bool formatOk(const QCommandLineParser& p, const QString& cmd, Io io) {
    const QString f = p.value(QStringLiteral("format"));
    if (f == QLatin1String("csv") || f == QLatin1String("json"))
        return true;
    io.err << "emergence " << cmd << ": --format must be csv or json\n";
    return false;
}

bool isJson(const QCommandLineParser& p) {
    return p.value(QStringLiteral("format")) == QLatin1String("json");
}

/// Builds the filter from the selection options; false (with a message) on a bad --shots.
bool selectionFilter(const QCommandLineParser& p, const QString& cmd, Io io, CurveFilter& filter) {
    filter.task = p.value(QStringLiteral("task"));
    if (p.isSet(QStringLiteral("subtask")))
        filter.subtask = p.value(QStringLiteral("subtask"));
    filter.metric = p.value(QStringLiteral("metric"));
    filter.families = p.values(QStringLiteral("family"));
    filter.prompting = p.value(QStringLiteral("prompting"));
    if (p.isSet(QStringLiteral("shots"))) {
        bool ok = false;
        const int shots = p.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || shots < 0) {
            io.err << "emergence " << cmd << ": --shots must be a whole number ≥ 0\n";
            return false;
        }
        filter.shots = shots;
    }
    return true;
}

/// Parses a number option; false (with a message) when it is not a number in [lo, hi].
bool numberOption(const QCommandLineParser& p, const QString& name, const QString& cmd, Io io,
                  double& out, double lo = -HUGE_VAL, double hi = HUGE_VAL) {
    if (p.value(name).isEmpty())
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < lo || v > hi) {
        io.err << "emergence " << cmd << ": --" << name << " must be a number";
        if (std::isfinite(lo) || std::isfinite(hi))
            io.err << " in [" << lo << ", " << hi << "]";
        io.err << "\n";
        return false;
    }
    out = v;
    return true;
}

bool intOption(const QCommandLineParser& p, const QString& name, const QString& cmd, Io io,
               int& out, int lo, int hi) {
    if (p.value(name).isEmpty())
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < lo || v > hi) {
        io.err << "emergence " << cmd << ": --" << name << " must be a whole number in [" << lo
               << ", " << hi << "]\n";
        return false;
    }
    out = v;
    return true;
}

// Ranking: larger first, +inf before finite values, undefined last.
double rankValue(const ShapeScore& s) {
    return s.value ? *s.value : -HUGE_VAL;
}

void writeAnalyzeCsv(const QList<CurveStats>& stats, QTextStream& out) {
    out << "task,subtask,metric,family,shots,prompting,x_axis,y_scale,n_points,linearity,"
           "linearity_definition,breakthroughness,emergence_index,flags,sigma,preferred_fit,"
           "delta_aicc,loglinear_a,loglinear_b,sigmoid_floor,sigmoid_ceiling,sigmoid_k,sigmoid_m,"
           "midpoint_scale,width_decades,m_ci_low,m_ci_high,width_ci_low,width_ci_high,"
           "bootstrap_over,bootstrap_samples,notes\n";
    for (const CurveStats& s : stats) {
        QStringList f{keyCsv(s.key),
                      scaleAxisName(s.axis),
                      QString::fromLatin1(yScaleName(s.yScale)),
                      QString::number(s.nPoints),
                      num(s.linearity.value),
                      QStringLiteral("unconfirmed"),
                      num(s.breakthroughness.value),
                      num(s.emergenceIndex),
                      s.flags.names().join(QLatin1Char(';')),
                      num(s.flags.sigma)};
        if (s.fit) {
            const FitComparison& c = *s.fit;
            const auto iv = [&](const std::optional<ParamInterval>& i, bool high) {
                return i ? num(high ? i->high : i->low) : QString();
            };
            const FitBootstrap* b = c.bootstrap ? &*c.bootstrap : nullptr;
            f << QString::fromLatin1(preferredName(c.preferred)) << num(c.deltaAicc)
              << num(c.logLinear.a) << num(c.logLinear.b) << num(c.sigmoid.floor)
              << num(c.sigmoid.ceiling) << num(c.sigmoid.k) << num(c.sigmoid.m)
              << num(c.sigmoid.midpointScale()) << num(c.sigmoid.widthDecades())
              << (b ? iv(b->m, false) : QString()) << (b ? iv(b->m, true) : QString())
              << (b ? iv(b->width, false) : QString()) << (b ? iv(b->width, true) : QString())
              << (b ? b->over : QString()) << (b ? QString::number(b->requested) : QString());
        } else {
            for (int i = 0; i < 16; ++i)
                f << QString();
        }
        QStringList notes = s.notes;
        if (s.breakthroughness.value && std::isinf(*s.breakthroughness.value))
            notes << QStringLiteral("breakthroughness: ") + s.breakthroughness.note;
        if (s.fit)
            notes << s.fit->sigmoid.notes;
        f << q(notes.join(QStringLiteral("; ")));
        out << f.join(QLatin1Char(',')) << "\n";
    }
}

} // namespace

int runAnalyze(const QStringList& args, Io io) {
    const QString cmd = QStringLiteral("analyze");
    QCommandLineParser parser;
    addLoadOptions(parser);
    addSelectionOptions(parser, false);
    parser.addOption({QStringLiteral("normalised"),
                      QStringLiteral("Use BIG-bench's normalised score 100·(y − low)/(high − low) "
                                     "where the task's low and high scores are known.")});
    parser.addOption({QStringLiteral("bootstrap"),
                      QStringLiteral("Bootstrap replicates for the fit intervals (0 = none)."),
                      QStringLiteral("B"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Bootstrap seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("no-fits"),
                      QStringLiteral("Skip the fits (fastest; never flags 'emergent').")});
    parser.addOption({QStringLiteral("rank"),
                      QStringLiteral("Sort curves by linearity or breakthroughness, largest "
                                     "first (undefined last)."),
                      QStringLiteral("BY")});
    parser.addOption({QStringLiteral("flat-sigmas"),
                      QStringLiteral("flat when max − min < this·σ (default 3)."),
                      QStringLiteral("V")});
    parser.addOption(
        {QStringLiteral("emergent-width"),
         QStringLiteral("emergent needs a 10–90 % width ≤ this many decades (default 1)."),
         QStringLiteral("V")});
    parser.addOption({QStringLiteral("floor"),
                      QStringLiteral("Chance level to fix the sigmoid's floor at when the data do "
                                     "not give one (e.g. 0 for generated exact match)."),
                      QStringLiteral("V")});
    parser.addOption(
        {QStringLiteral("sigma"),
         QStringLiteral("Typical standard error σ of the points, overriding the data."),
         QStringLiteral("V")});
    const QString usage = QStringLiteral(
        "emergence analyze [PATH...] [--task T] [--subtask S] [--metric M] [--family F] "
        "[--shots K] [--prompting P] [--x AXIS] [--normalised] [--bootstrap B] [--seed S] "
        "[--floor V] [--no-fits] [--rank linearity|breakthroughness] [--format csv|json]");
    int code = 0;
    if (!parseArgs(parser, args, io, code, usage))
        return code;
    if (!formatOk(parser, cmd, io))
        return UsageError;
    const auto axis = parseAxis(parser.value(QStringLiteral("x")), io);
    if (!axis)
        return UsageError;
    CurveFilter filter;
    if (!selectionFilter(parser, cmd, io, filter))
        return UsageError;
    AnalysisOptions options;
    options.yScale = parser.isSet(QStringLiteral("normalised")) ? YScale::Normalised : YScale::Raw;
    options.fits = !parser.isSet(QStringLiteral("no-fits"));
    int seed = 1;
    double sigma = 0.0, floor = 0.0;
    if (!intOption(parser, QStringLiteral("bootstrap"), cmd, io, options.fit.bootstrapSamples, 0,
                   100000) ||
        !intOption(parser, QStringLiteral("seed"), cmd, io, seed, 0, INT_MAX) ||
        !numberOption(parser, QStringLiteral("flat-sigmas"), cmd, io, options.flags.flatSigmas,
                      0) ||
        !numberOption(parser, QStringLiteral("emergent-width"), cmd, io,
                      options.flags.emergentMaxWidthDecades, 0) ||
        !numberOption(parser, QStringLiteral("sigma"), cmd, io, sigma, 0) ||
        !numberOption(parser, QStringLiteral("floor"), cmd, io, floor))
        return UsageError;
    if (parser.isSet(QStringLiteral("floor")))
        options.floor = floor;
    options.fit.seed = static_cast<quint64>(seed);
    if (parser.isSet(QStringLiteral("sigma")))
        options.sigma = sigma;
    const QString rank = parser.value(QStringLiteral("rank"));
    if (!rank.isEmpty() && rank != QLatin1String("linearity") &&
        rank != QLatin1String("breakthroughness")) {
        io.err << "emergence analyze: --rank must be linearity or breakthroughness\n";
        return UsageError;
    }
    bool ok = false;
    const ImportResult data = loadData(parser, io, ok);
    if (!ok)
        return UsageError;
    if (!filter.task.isEmpty() && !data.table.tasks().contains(filter.task)) {
        io.err << "emergence analyze: no task '" << filter.task << "' in the data\n";
        return DataError;
    }
    const QList<Curve> curves = data.table.curves(filter, *axis);
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
        writeAnalyzeCsv(stats, io.out);
    return data.diagnostics.hasErrors() || curves.isEmpty() ? DataError : Success;
}

int runDecompose(const QStringList& args, Io io) {
    io.err << "emergence " << args.value(0) << ": not available yet\n";
    return UsageError;
}

int runForecast(const QStringList& args, Io io) {
    io.err << "emergence " << args.value(0) << ": not available yet\n";
    return UsageError;
}

int runSimulate(const QStringList& args, Io io) {
    io.err << "emergence " << args.value(0) << ": not available yet\n";
    return UsageError;
}

} // namespace ee::cli
