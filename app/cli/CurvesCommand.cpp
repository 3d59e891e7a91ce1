// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "io/JsonShapes.h"
#include "io/TextDecoding.h"

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("curves");

void writeCurvesCsv(const QList<Curve>& curves, const CsvCells& csv, QTextStream& out) {
    out << "task,subtask,metric,family,shots,prompting,x_axis,model,x,value,stderr,ci_low,ci_high,"
           "n\n";
    for (const Curve& c : curves) {
        for (const CurvePoint& p : c.points) {
            const QStringList fields = {csv.key(c.key),
                                        scaleAxisName(c.axis),
                                        csv.text(p.model),
                                        CsvCells::exact(p.x),
                                        formatNumberExact(p.value),
                                        CsvCells::exact(p.stderr_),
                                        CsvCells::exact(p.ciLow),
                                        CsvCells::exact(p.ciHigh),
                                        p.n ? QString::number(*p.n) : QString()};
            out << fields.join(QLatin1Char(',')) << "\n";
        }
    }
}

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
    addCurveCommandOptions(parser, "Task name (required).", QStringLiteral("Files or folders."));
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral("emergence curves [PATH...] --task T [--subtask S] [--metric M] [--family F] "
                   "[--shots K] [--prompting P] [--x params|nonembedding_params|flops|tokens] "
                   "[--format csv|json] [--raw]"),
    addCurvesOptions,
    {},
    {}};

/// The command once its command line is valid.
int curvesMain(const QCommandLineParser& parser, Io io) {
    // --task is checked before --format, as it always was.
    if (!requireOptions(parser, {QStringLiteral("task")}, kCommand, io, kSyntax.usage) ||
        !formatValue(parser, csvOrJson(), kCommand, io))
        return UsageError;
    const auto selection = readSelection(parser, kCommand, io);
    if (!selection)
        return UsageError;
    const CurveFilter& filter = selection->filter;
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    if (!requireTask(data->table, filter.task, kCommand, io))
        return DataError;
    const QList<Curve> curves = data->table.curves(filter, selection->axis);
    if (curves.isEmpty())
        io.err << "emergence curves: no curve of task '" << filter.task
               << "' matches the selection\n";
    printScaleNotes(curves, selection->axis, io.err);
    if (isJson(parser))
        printJson(JsonShapes::curves(curves), io.out);
    else
        writeCurvesCsv(curves, CsvCells::fromOptions(parser), io.out);
    return data->diagnostics.hasErrors() || curves.isEmpty() ? DataError : Success;
}

} // namespace

int runCurves(const QStringList& args, Io io) {
    return runCommand(kSyntax, curvesMain, args, io);
}

} // namespace ee::cli
