// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "io/JsonShapes.h"
#include "io/LongCsv.h"
#include "io/SafeCsv.h"
#include "io/TextDecoding.h"

#include <QJsonDocument>

namespace ee::cli {

namespace {

QString csvNumber(const std::optional<double>& v)
{
    return v ? formatNumberExact(*v) : QString();
}

/// Text cells are neutralised against formula injection unless `raw` (see io/SafeCsv.h).
void writeCurvesCsv(const QList<Curve>& curves, QTextStream& out, bool raw)
{
    out << "task,subtask,metric,family,shots,prompting,x_axis,model,x,value,stderr,ci_low,ci_high,n\n";
    for (const Curve& c : curves) {
        for (const CurvePoint& p : c.points) {
            const QStringList fields = {
                safeCsvTextField(c.key.task, raw),
                safeCsvTextField(c.key.subtask, raw),
                safeCsvTextField(c.key.metric, raw),
                safeCsvTextField(c.key.family, raw),
                c.key.shots ? QString::number(*c.key.shots) : QString(),
                safeCsvTextField(c.key.prompting, raw),
                scaleAxisName(c.axis),
                safeCsvTextField(p.model, raw),
                csvNumber(p.x),
                formatNumberExact(p.value),
                csvNumber(p.stderr_),
                csvNumber(p.ciLow),
                csvNumber(p.ciHigh),
                p.n ? QString::number(*p.n) : QString()};
            out << fields.join(QLatin1Char(',')) << "\n";
        }
    }
}

} // namespace

int runCurves(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    addLoadOptions(parser);
    parser.addOption({QStringLiteral("task"), QStringLiteral("Task name (required)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("subtask"), QStringLiteral("Subtask ('' = the task itself)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("metric"), QStringLiteral("Metric name."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("family"), QStringLiteral("Model family (repeatable)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("shots"), QStringLiteral("Number of shots."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("prompting"), QStringLiteral("Prompting style."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("x"), QStringLiteral("Scale axis: params, nonembedding_params, tokens or flops."),
                      QStringLiteral("AXIS"), QStringLiteral("params")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"),
                      QStringLiteral("csv")});
    parser.addOption({QStringLiteral("raw"),
                      QStringLiteral("CSV: write text cells as they are (by default a cell starting "
                                     "with = + - @ tab or CR gets a leading ' so spreadsheets do "
                                     "not run it as a formula).")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."),
                                 QStringLiteral("[PATH...]"));
    const QString usage = QStringLiteral(
        "emergence curves [PATH...] --task T [--subtask S] [--metric M] [--family F] [--shots K] "
        "[--prompting P] [--x params|nonembedding_params|flops|tokens] [--format csv|json] [--raw]");
    int code = 0;
    if (!parseArgs(parser, args, io, code, usage))
        return code;
    if (!parser.isSet(QStringLiteral("task"))) {
        io.err << "emergence curves: --task is required\nusage: " << usage << "\n";
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.err << "emergence curves: --format must be csv or json\n";
        return UsageError;
    }
    const auto axis = parseAxis(parser.value(QStringLiteral("x")), io);
    if (!axis)
        return UsageError;
    CurveFilter filter;
    filter.task = parser.value(QStringLiteral("task"));
    if (parser.isSet(QStringLiteral("subtask")))
        filter.subtask = parser.value(QStringLiteral("subtask"));
    filter.metric = parser.value(QStringLiteral("metric"));
    filter.families = parser.values(QStringLiteral("family"));
    filter.prompting = parser.value(QStringLiteral("prompting"));
    if (parser.isSet(QStringLiteral("shots"))) {
        bool ok = false;
        const int shots = parser.value(QStringLiteral("shots")).toInt(&ok);
        if (!ok || shots < 0) {
            io.err << "emergence curves: --shots must be a whole number ≥ 0\n";
            return UsageError;
        }
        filter.shots = shots;
    }
    bool ok = false;
    const ImportResult data = loadData(parser, io, ok);
    if (!ok)
        return UsageError;
    if (!data.table.tasks().contains(filter.task)) {
        io.err << "emergence curves: no task '" << filter.task << "' in the data\n";
        return DataError;
    }
    const QList<Curve> curves = data.table.curves(filter, *axis);
    if (curves.isEmpty())
        io.err << "emergence curves: no curve of task '" << filter.task
               << "' matches the selection\n";
    for (const Curve& c : curves) {
        if (const auto missing = c.missingScaleCount())
            io.err << "note: " << c.key.label() << ": " << missing << " point(s) have no known "
                   << scaleAxisLabel(*axis) << "\n";
        if (const auto bad = c.nonPositiveScaleCount())
            io.err << "note: " << c.key.label() << ": " << bad
                   << " point(s) have a zero or negative scale\n";
    }
    if (format == QLatin1String("json"))
        io.out << QJsonDocument(JsonShapes::curves(curves)).toJson(QJsonDocument::Indented);
    else
        writeCurvesCsv(curves, io.out, parser.isSet(QStringLiteral("raw")));
    return data.diagnostics.hasErrors() || curves.isEmpty() ? DataError : Success;
}

} // namespace ee::cli
