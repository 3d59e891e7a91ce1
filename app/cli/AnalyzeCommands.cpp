// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis subcommands: analyze, decompose, forecast, simulate. The maths lives in
// core/analysis; this file parses options, selects curves and prints JSON or CSV.
#include "cli/Commands.h"

#include "analysis/AnalysisJson.h"
#include "analysis/CurveAnalysis.h"
#include "analysis/Decomposition.h"
#include "analysis/Forecast.h"
#include "analysis/ToyModel.h"
#include "io/LongCsv.h"
#include "io/TextDecoding.h"

#include <QHash>
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

namespace {

/// Curves of `task` matching the selection, grouped by everything but the subtask.
struct CurveGroup {
    CurveKey key; // subtask empty
    QHash<QString, Curve> bySubtask;
};

QList<CurveGroup> groupBySubtask(const QList<Curve>& curves) {
    QList<CurveGroup> groups;
    for (const Curve& c : curves) {
        CurveKey k = c.key;
        k.subtask.clear();
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const CurveGroup& g) { return g.key == k; });
        if (it == groups.end()) {
            groups.append({k, {}});
            it = groups.end() - 1;
        }
        it->bySubtask.insert(c.key.subtask, c);
    }
    return groups;
}

QJsonObject shapeJson(const PartShape& s) {
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("linearity"), AnalysisJson::score(s.linearity)},
            {QStringLiteral("breakthroughness"), AnalysisJson::score(s.breakthroughness)}};
}

QJsonObject decompositionJson(const CurveKey& key, ScaleAxis axis, const QStringList& subtasks,
                              const QString& observedName, const DecompositionResult& r) {
    QJsonObject o;
    AnalysisJson::writeKey(o, key);
    o.remove(QStringLiteral("subtask"));
    o.insert(QStringLiteral("x_axis"), scaleAxisName(axis));
    o.insert(QStringLiteral("rule"), r.rule.name());
    o.insert(QStringLiteral("formula"), r.rule.formula());
    o.insert(QStringLiteral("value_scale"), r.valueScale);
    o.insert(QStringLiteral("subtasks"), AnalysisJson::strings(subtasks));
    o.insert(QStringLiteral("observed_subtask"),
             observedName.isNull() ? QJsonValue() : QJsonValue(observedName));
    QJsonArray parts;
    for (const PartShape& p : r.parts)
        parts.append(shapeJson(p));
    o.insert(QStringLiteral("parts"), parts);
    o.insert(QStringLiteral("predicted"), shapeJson(r.predicted));
    o.insert(QStringLiteral("observed"),
             r.observed ? QJsonValue(shapeJson(*r.observed)) : QJsonValue());
    o.insert(QStringLiteral("linearity_definition"), QString::fromUtf8(kLinearityDefinition));
    QJsonArray rows;
    for (const DecompositionRow& row : r.rows) {
        QJsonObject values;
        for (std::size_t j = 0; j < row.parts.size(); ++j)
            values.insert(subtasks.value(static_cast<qsizetype>(j)),
                          AnalysisJson::number(row.parts[j]));
        rows.append(QJsonObject{{QStringLiteral("model"), row.model},
                                {QStringLiteral("x"), AnalysisJson::number(row.x)},
                                {QStringLiteral("parts"), values},
                                {QStringLiteral("predicted"), AnalysisJson::number(row.predicted)},
                                {QStringLiteral("observed"), AnalysisJson::number(row.observed)},
                                {QStringLiteral("residual"), AnalysisJson::number(row.residual)}});
    }
    o.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("rms_residual"), AnalysisJson::number(r.rmsResidual));
    o.insert(QStringLiteral("left_out"), r.leftOutModels.size());
    o.insert(QStringLiteral("left_out_models"), AnalysisJson::strings(r.leftOutModels));
    o.insert(QStringLiteral("notes"), AnalysisJson::strings(r.notes));
    return o;
}

} // namespace

int runDecompose(const QStringList& args, Io io) {
    const QString cmd = QStringLiteral("decompose");
    QCommandLineParser parser;
    addLoadOptions(parser);
    addSelectionOptions(parser, true);
    parser.addOption({QStringLiteral("subtasks"),
                      QStringLiteral("Comma-separated subtasks that make up the task (required)."),
                      QStringLiteral("A,B,...")});
    parser.addOption({QStringLiteral("rule"),
                      QStringLiteral("all, any, k-of-n:K, chain:L or mean (required)."),
                      QStringLiteral("RULE")});
    parser.addOption({QStringLiteral("observed"),
                      QStringLiteral("Subtask holding the observed composite ('' = the task "
                                     "itself; default: the task itself when present)."),
                      QStringLiteral("S")});
    const QString usage = QStringLiteral(
        "emergence decompose [PATH...] --task T --subtasks A,B,... --rule "
        "all|any|k-of-n:K|chain:L|mean [--observed S] [--metric M] [--family F] [--shots K] "
        "[--prompting P] [--x AXIS] [--format csv|json]");
    int code = 0;
    if (!parseArgs(parser, args, io, code, usage))
        return code;
    if (!formatOk(parser, cmd, io))
        return UsageError;
    if (!parser.isSet(QStringLiteral("task")) || !parser.isSet(QStringLiteral("subtasks")) ||
        !parser.isSet(QStringLiteral("rule"))) {
        io.err << "emergence decompose: --task, --subtasks and --rule are required\nusage: "
               << usage << "\n";
        return UsageError;
    }
    QString error;
    const auto rule = CompositionRule::parse(parser.value(QStringLiteral("rule")), &error);
    if (!rule) {
        io.err << "emergence decompose: " << error << "\n";
        return UsageError;
    }
    const QStringList subtasks =
        parser.value(QStringLiteral("subtasks")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto axis = parseAxis(parser.value(QStringLiteral("x")), io);
    if (!axis)
        return UsageError;
    CurveFilter filter;
    if (!selectionFilter(parser, cmd, io, filter))
        return UsageError;
    filter.subtask.reset(); // subtasks are chosen below
    bool ok = false;
    const ImportResult data = loadData(parser, io, ok);
    if (!ok)
        return UsageError;
    if (!data.table.tasks().contains(filter.task)) {
        io.err << "emergence decompose: no task '" << filter.task << "' in the data\n";
        return DataError;
    }
    const QStringList known = data.table.subtasks(filter.task);
    for (const QString& s : subtasks)
        if (!known.contains(s)) {
            io.err << "emergence decompose: task '" << filter.task << "' has no subtask '" << s
                   << "' (it has: " << known.join(QStringLiteral(", ")) << ")\n";
            return DataError;
        }
    const bool observedGiven = parser.isSet(QStringLiteral("observed"));
    const QString observedName =
        observedGiven ? parser.value(QStringLiteral("observed")) : QString();
    QJsonArray all;
    QStringList csvRows;
    int skipped = 0;
    for (const CurveGroup& g : groupBySubtask(data.table.curves(filter, *axis))) {
        QList<Curve> parts;
        for (const QString& s : subtasks)
            if (g.bySubtask.contains(s))
                parts << g.bySubtask.value(s);
        if (parts.size() != subtasks.size()) {
            ++skipped;
            continue;
        }
        const QString obsKey = observedGiven ? observedName : QString(QLatin1String(""));
        const bool hasObserved = g.bySubtask.contains(obsKey);
        if (observedGiven && !hasObserved)
            io.err << "note: " << g.key.label() << ": no observed composite '" << observedName
                   << "'\n";
        const Curve observedCurve = hasObserved ? g.bySubtask.value(obsKey) : Curve{};
        const DecompositionResult r =
            decompose(parts, *rule, hasObserved ? &observedCurve : nullptr, subtasks);
        all.append(decompositionJson(g.key, *axis, subtasks, hasObserved ? obsKey : QString(), r));
        const QString prefix = QStringList{q(g.key.task),    q(g.key.family),    q(g.key.metric),
                                           shotsText(g.key), q(g.key.prompting), q(rule->name())}
                                   .join(QLatin1Char(','));
        for (const DecompositionRow& row : r.rows) {
            QStringList f{prefix, q(row.model), num(row.x)};
            for (double v : row.parts)
                f << num(v);
            f << num(row.predicted) << num(row.observed) << num(row.residual);
            csvRows << f.join(QLatin1Char(','));
        }
        // Shape rows: the same columns hold B (and unconfirmed linearity) of each curve.
        for (int which = 0; which < 2; ++which) {
            const auto val = [&](const PartShape& p) {
                return num(which == 0 ? p.breakthroughness.value : p.linearity.value);
            };
            QStringList f{prefix,
                          which == 0 ? QStringLiteral("(breakthroughness)")
                                     : QStringLiteral("(linearity; definition unconfirmed)"),
                          QString()};
            for (const PartShape& p : r.parts)
                f << val(p);
            f << val(r.predicted) << (r.observed ? val(*r.observed) : QString()) << QString();
            csvRows << f.join(QLatin1Char(','));
        }
        for (const QString& n : r.notes)
            io.err << "note: " << g.key.label() << ": " << n << "\n";
    }
    if (skipped)
        io.err << "note: " << skipped
               << " selection(s) (family, metric, shots) lack some subtask\n";
    if (all.isEmpty()) {
        io.err << "emergence decompose: no selection has every subtask\n";
        return DataError;
    }
    if (isJson(parser)) {
        printJson(QJsonObject{{QStringLiteral("decompositions"), all}}, io.out);
    } else {
        QStringList header{QStringLiteral("task,family,metric,shots,prompting,rule,model,x")};
        for (const QString& s : subtasks)
            header << q(s);
        header << QStringLiteral("predicted,observed,residual");
        io.out << header.join(QLatin1Char(',')) << "\n" << csvRows.join(QLatin1Char('\n')) << "\n";
    }
    return data.diagnostics.hasErrors() ? DataError : Success;
}

int runForecast(const QStringList& args, Io io) {
    const QString cmd = QStringLiteral("forecast");
    QCommandLineParser parser;
    addLoadOptions(parser);
    addSelectionOptions(parser, true);
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("The smooth metric to fit (required), e.g. target_logprob."),
                      QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("What --from measures: target_logprob (natural log summed "
                                     "over the answer), token_accuracy or token_loss."),
                      QStringLiteral("KIND"), QStringLiteral("target_logprob")});
    parser.addOption({QStringLiteral("length"),
                      QStringLiteral("Answer length L in tokens (required)."),
                      QStringLiteral("L")});
    parser.addOption({QStringLiteral("tau"),
                      QStringLiteral("Exact-match level whose crossing is forecast (0–1)."),
                      QStringLiteral("TAU"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("exact-metric"),
                      QStringLiteral("Metric holding the observed exact match, for the observed "
                                     "crossing and the forecast's error."),
                      QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("fit-max"),
                      QStringLiteral("Fit only models up to this scale (hold out larger ones)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("bootstrap"),
                      QStringLiteral("Bootstrap replicates over models (0 = no interval)."),
                      QStringLiteral("B"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Bootstrap seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    const QString usage = QStringLiteral(
        "emergence forecast [PATH...] --task T --from METRIC --length L [--kind "
        "target_logprob|token_accuracy|token_loss] [--tau 0.5] [--exact-metric M] [--fit-max N] "
        "[--subtask S] [--family F] [--shots K] [--prompting P] [--x AXIS] [--bootstrap B] "
        "[--seed S] [--format csv|json]");
    int code = 0;
    if (!parseArgs(parser, args, io, code, usage))
        return code;
    if (!formatOk(parser, cmd, io))
        return UsageError;
    if (!parser.isSet(QStringLiteral("task")) || !parser.isSet(QStringLiteral("from")) ||
        !parser.isSet(QStringLiteral("length"))) {
        io.err << "emergence forecast: --task, --from and --length are required\nusage: " << usage
               << "\n";
        return UsageError;
    }
    ForecastOptions o;
    const auto kind = smoothMetricKindFromName(parser.value(QStringLiteral("kind")));
    if (!kind) {
        io.err
            << "emergence forecast: --kind must be target_logprob, token_accuracy or token_loss\n";
        return UsageError;
    }
    o.kind = *kind;
    int seed = 1;
    double fitMax = 0.0;
    if (!intOption(parser, QStringLiteral("length"), cmd, io, o.answerTokens, 1, 100000) ||
        !numberOption(parser, QStringLiteral("tau"), cmd, io, o.tau, 1e-12, 1 - 1e-12) ||
        !numberOption(parser, QStringLiteral("fit-max"), cmd, io, fitMax, 0) ||
        !intOption(parser, QStringLiteral("bootstrap"), cmd, io, o.bootstrapSamples, 0, 1000000) ||
        !intOption(parser, QStringLiteral("seed"), cmd, io, seed, 0, INT_MAX))
        return UsageError;
    o.seed = static_cast<quint64>(seed);
    if (parser.isSet(QStringLiteral("fit-max")))
        o.fitMaxScale = fitMax;
    const auto axis = parseAxis(parser.value(QStringLiteral("x")), io);
    if (!axis)
        return UsageError;
    CurveFilter filter;
    if (!selectionFilter(parser, cmd, io, filter))
        return UsageError;
    filter.metric = parser.value(QStringLiteral("from"));
    bool ok = false;
    const ImportResult data = loadData(parser, io, ok);
    if (!ok)
        return UsageError;
    const QList<Curve> curves = data.table.curves(filter, *axis);
    if (curves.isEmpty()) {
        io.err << "emergence forecast: no curve of task '" << filter.task << "' with metric '"
               << filter.metric << "' matches the selection\n";
        return DataError;
    }
    const QString exactMetric = parser.value(QStringLiteral("exact-metric"));
    QJsonArray all;
    io.out.flush();
    QStringList csv{QStringLiteral(
        "task,subtask,metric,family,shots,prompting,x_axis,kind,answer_tokens,tau,alpha,c,n_fit,"
        "n_star,n_star_low,n_star_high,bootstrap_used,exact_metric,observed_crossing,"
        "observed_model,error_decades,notes")};
    for (const Curve& c : curves) {
        Curve em;
        bool haveEm = false;
        if (!exactMetric.isEmpty()) {
            CurveKey k = c.key;
            k.metric = exactMetric;
            em = data.table.curve(k, *axis);
            haveEm = !em.points.isEmpty();
        }
        const ForecastResult r = forecastBreakthrough(c, haveEm ? &em : nullptr, o);
        QJsonObject j;
        AnalysisJson::writeKey(j, c.key);
        j.insert(QStringLiteral("x_axis"), scaleAxisName(*axis));
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
        j.insert(QStringLiteral("exact_metric"), haveEm ? QJsonValue(exactMetric) : QJsonValue());
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
        QStringList notes = r.notes;
        if (!exactMetric.isEmpty() && !haveEm)
            notes << QStringLiteral("no '%1' curve for this selection").arg(exactMetric);
        j.insert(QStringLiteral("notes"), AnalysisJson::strings(notes));
        all.append(j);
        csv << QStringList{keyCsv(c.key),
                           scaleAxisName(*axis),
                           QString::fromLatin1(smoothMetricKindName(o.kind)),
                           QString::number(o.answerTokens),
                           num(o.tau),
                           r.ok ? num(r.alpha) : QString(),
                           r.ok ? num(r.c) : QString(),
                           QString::number(r.nFit),
                           num(r.nStar),
                           r.nStarInterval ? num(r.nStarInterval->low) : QString(),
                           r.nStarInterval ? num(r.nStarInterval->high) : QString(),
                           QString::number(r.bootstrapUsed),
                           haveEm ? q(exactMetric) : QString(),
                           num(r.observedCrossing),
                           r.observedCrossing ? q(r.observedModel) : QString(),
                           num(r.errorDecades),
                           q(notes.join(QStringLiteral("; ")))}
                   .join(QLatin1Char(','));
    }
    if (isJson(parser))
        printJson(QJsonObject{{QStringLiteral("forecasts"), all}}, io.out);
    else
        io.out << csv.join(QLatin1Char('\n')) << "\n";
    return data.diagnostics.hasErrors() ? DataError : Success;
}

int runSimulate(const QStringList& args, Io io) {
    const QString cmd = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("preset"),
         QStringLiteral("kaplan (c = 8.8e13, α = −0.076) or teaching (c = 1e9, α = −1)."),
         QStringLiteral("NAME"), QStringLiteral("kaplan")});
    parser.addOption({QStringLiteral("c"),
                      QStringLiteral("Scale constant c > 0 (overrides the preset)."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("alpha"),
                      QStringLiteral("Exponent α < 0 (overrides the preset)."),
                      QStringLiteral("A")});
    parser.addOption({QStringLiteral("length"), QStringLiteral("Answer length L in tokens."),
                      QStringLiteral("L"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("Smallest scale."),
                      QStringLiteral("N"), QStringLiteral("1e7")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Largest scale."), QStringLiteral("N"),
                      QStringLiteral("1e12")});
    parser.addOption({QStringLiteral("points"), QStringLiteral("Scales, log-spaced."),
                      QStringLiteral("K"), QStringLiteral("51")});
    parser.addOption({QStringLiteral("examples"),
                      QStringLiteral("Test-set size n: adds the rounded exact match (and the "
                                     "sample size of --sampled, default 100)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of --sampled."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("sampled"),
                      QStringLiteral("Also sample outputs token by token and score them with the "
                                     "metrics engine (exact match, token edit distance, BLEU).")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("csv")});
    const QString usage = QStringLiteral(
        "emergence simulate [--preset kaplan|teaching] [--c C --alpha A] [--length L] [--from N] "
        "[--to N] [--points K] [--examples N] [--seed S] [--sampled] [--format csv|json]");
    int code = 0;
    if (!parseArgs(parser, args, io, code, usage))
        return code;
    if (!formatOk(parser, cmd, io))
        return UsageError;
    const auto preset = toyPreset(parser.value(QStringLiteral("preset")));
    if (!preset) {
        io.err << "emergence simulate: --preset must be kaplan or teaching\n";
        return UsageError;
    }
    ToyModelParams p{preset->c, preset->alpha, 5};
    double from = 1e7, to = 1e12;
    int points = 51, examples = 0, seed = 1;
    if (!numberOption(parser, QStringLiteral("c"), cmd, io, p.c, 1e-300) ||
        !numberOption(parser, QStringLiteral("alpha"), cmd, io, p.alpha, -1e6, -1e-12) ||
        !intOption(parser, QStringLiteral("length"), cmd, io, p.length, 1, 10000) ||
        !numberOption(parser, QStringLiteral("from"), cmd, io, from, 1e-300) ||
        !numberOption(parser, QStringLiteral("to"), cmd, io, to, 1e-300) ||
        !intOption(parser, QStringLiteral("points"), cmd, io, points, 2, 100000) ||
        !intOption(parser, QStringLiteral("examples"), cmd, io, examples, 1, 10000000) ||
        !intOption(parser, QStringLiteral("seed"), cmd, io, seed, 0, INT_MAX))
        return UsageError;
    const bool sampled = parser.isSet(QStringLiteral("sampled"));
    const bool custom = parser.isSet(QStringLiteral("c")) || parser.isSet(QStringLiteral("alpha"));
    const std::vector<double> scales = logSpacedScales(from, to, points);
    const std::optional<int> n = examples > 0 ? std::optional<int>(examples) : std::nullopt;
    const std::vector<ToyPoint> closed = toyModelClosedForm(p, scales, n);
    const int sampleSize = examples > 0 ? examples : 100;
    const std::vector<ToySampledPoint> drawn =
        sampled ? toyModelSampled(p, scales, sampleSize, static_cast<quint64>(seed))
                : std::vector<ToySampledPoint>{};
    if (isJson(parser)) {
        QJsonArray rows;
        for (std::size_t i = 0; i < closed.size(); ++i) {
            const ToyPoint& t = closed[i];
            QJsonObject r{
                {QStringLiteral("scale"), AnalysisJson::number(t.scale)},
                {QStringLiteral("loss_nats"), AnalysisJson::number(t.lossNats)},
                {QStringLiteral("p_token"), AnalysisJson::number(t.pToken)},
                {QStringLiteral("exact_match"), AnalysisJson::number(t.exactMatch)},
                {QStringLiteral("token_edit_distance"), AnalysisJson::number(t.tokenEditDistance)},
                {QStringLiteral("exact_match_finite"), AnalysisJson::number(t.exactMatchFinite)}};
            if (sampled) {
                const ToySampledPoint& s = drawn[i];
                r.insert(
                    QStringLiteral("sampled"),
                    QJsonObject{{QStringLiteral("exact_match"), s.exactMatch},
                                {QStringLiteral("token_edit_distance"), s.meanTokenEditDistance},
                                {QStringLiteral("sentence_bleu"), s.meanSentenceBleu},
                                {QStringLiteral("corpus_bleu"), s.corpusBleu}});
            }
            rows.append(r);
        }
        QJsonObject o{{QStringLiteral("simulated"), true},
                      {QStringLiteral("model"),
                       QStringLiteral("toy model of Schaeffer et al. 2023: loss = (N/c)^alpha, "
                                      "p = exp(-loss), exact match = p^L, token edit distance = "
                                      "L(1 - p)")},
                      {QStringLiteral("preset"), custom ? QJsonValue() : QJsonValue(preset->name)},
                      {QStringLiteral("c"), p.c},
                      {QStringLiteral("alpha"), p.alpha},
                      {QStringLiteral("length"), p.length},
                      {QStringLiteral("examples"), n ? QJsonValue(*n) : QJsonValue()},
                      {QStringLiteral("sampled"), sampled},
                      {QStringLiteral("points"), rows}};
        if (sampled) {
            o.insert(QStringLiteral("sample_size"), sampleSize);
            o.insert(QStringLiteral("seed"), seed);
            o.insert(QStringLiteral("target"), toyTarget(p.length));
            o.insert(QStringLiteral("wrong_token"), toyWrongToken());
            o.insert(QStringLiteral("bleu_definition"),
                     QStringLiteral("sacrebleu-2 tokenize=13a smooth=exp"));
        }
        printJson(o, io.out);
        return Success;
    }
    io.out
        << "simulated,scale,loss_nats,p_token,exact_match,token_edit_distance,exact_match_finite";
    if (sampled)
        io.out << ",sampled_exact_match,sampled_token_edit_distance,sampled_sentence_bleu,"
                  "sampled_corpus_bleu";
    io.out << "\n";
    for (std::size_t i = 0; i < closed.size(); ++i) {
        const ToyPoint& t = closed[i];
        io.out << "true," << num(t.scale) << "," << num(t.lossNats) << "," << num(t.pToken) << ","
               << num(t.exactMatch) << "," << num(t.tokenEditDistance) << ","
               << num(t.exactMatchFinite);
        if (sampled)
            io.out << "," << num(drawn[i].exactMatch) << "," << num(drawn[i].meanTokenEditDistance)
                   << "," << num(drawn[i].meanSentenceBleu) << "," << num(drawn[i].corpusBleu);
        io.out << "\n";
    }
    return Success;
}

} // namespace ee::cli
