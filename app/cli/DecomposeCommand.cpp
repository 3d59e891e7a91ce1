// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence decompose`: predicts a composite task from its subtasks under a composition rule
// (core/analysis/Decomposition) and prints JSON or CSV.
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "analysis/AnalysisJson.h"
#include "analysis/Decomposition.h"

#include <QHash>
#include <algorithm>

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("decompose");

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

/// CSV rows of one decomposition: a row per model, then the shape rows, where the same columns
/// hold B (and the unconfirmed linearity) of each curve.
void appendCsvRows(const CurveGroup& g, const DecompositionResult& r, const CsvCells& csv,
                   QStringList& rows) {
    using N = CsvCells;
    const QString prefix =
        QStringList{csv.text(g.key.task), csv.text(g.key.family),    csv.text(g.key.metric),
                    N::shots(g.key),      csv.text(g.key.prompting), csv.text(r.rule.name())}
            .join(QLatin1Char(','));
    for (const DecompositionRow& row : r.rows) {
        QStringList f{prefix, csv.text(row.model), N::number(row.x)};
        for (double v : row.parts)
            f << N::number(v);
        f << N::number(row.predicted) << N::number(row.observed) << N::number(row.residual);
        rows << f.join(QLatin1Char(','));
    }
    for (int which = 0; which < 2; ++which) {
        const auto val = [&](const PartShape& p) {
            return N::number(which == 0 ? p.breakthroughness.value : p.linearity.value);
        };
        QStringList f{prefix,
                      which == 0 ? QStringLiteral("(breakthroughness)")
                                 : QStringLiteral("(linearity; definition unconfirmed)"),
                      QString()};
        for (const PartShape& p : r.parts)
            f << val(p);
        f << val(r.predicted) << (r.observed ? val(*r.observed) : QString()) << QString();
        rows << f.join(QLatin1Char(','));
    }
}

void addDecomposeOptions(QCommandLineParser& parser) {
    addCurveCommandOptions(parser, "Task name (required).");
    addOption(parser, "subtasks", "Comma-separated subtasks that make up the task (required).",
              "A,B,...");
    addOption(parser, "rule", "all, any, k-of-n:K, chain:L or mean (required).", "RULE");
    addOption(parser, "observed",
              "Subtask holding the observed composite ('' = the task itself; default: the task "
              "itself when present).",
              "S");
}

/// False (with a message) when a subtask is not one of the task's.
bool subtasksKnown(const ScoreTable& table, const QString& task, const QStringList& subtasks,
                   Io io) {
    const QStringList known = table.subtasks(task);
    for (const QString& s : subtasks)
        if (!known.contains(s)) {
            io.err << "emergence decompose: task '" << task << "' has no subtask '" << s
                   << "' (it has: " << known.join(QStringLiteral(", ")) << ")\n";
            return false;
        }
    return true;
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral(
        "emergence decompose [PATH...] --task T --subtasks A,B,... --rule "
        "all|any|k-of-n:K|chain:L|mean [--observed S] [--metric M] [--family F] [--shots K] "
        "[--prompting P] [--x AXIS] [--format csv|json] [--raw]"),
    addDecomposeOptions,
    csvOrJson(),
    {QStringLiteral("task"), QStringLiteral("subtasks"), QStringLiteral("rule")}};

/// The command once its command line is valid.
int decomposeMain(const QCommandLineParser& parser, Io io) {
    QString error;
    const auto rule = CompositionRule::parse(parser.value(QStringLiteral("rule")), &error);
    if (!rule) {
        io.err << "emergence decompose: " << error << "\n";
        return UsageError;
    }
    const QStringList subtasks =
        parser.value(QStringLiteral("subtasks")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto selection = readSelection(parser, kCommand, io);
    if (!selection)
        return UsageError;
    CurveFilter& filter = selection->filter;
    const ScaleAxis axis = selection->axis;
    filter.subtask.reset(); // subtasks are chosen below
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    if (!requireTask(data->table, filter.task, kCommand, io) ||
        !subtasksKnown(data->table, filter.task, subtasks, io))
        return DataError;
    const bool observedGiven = parser.isSet(QStringLiteral("observed"));
    const QString observedName =
        observedGiven ? parser.value(QStringLiteral("observed")) : QString();
    const CsvCells csv = CsvCells::fromOptions(parser);
    QJsonArray all;
    QStringList csvRows;
    int skipped = 0;
    for (const CurveGroup& g : groupBySubtask(data->table.curves(filter, axis))) {
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
        all.append(decompositionJson(g.key, axis, subtasks, hasObserved ? obsKey : QString(), r));
        appendCsvRows(g, r, csv, csvRows);
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
            header << csv.text(s);
        header << QStringLiteral("predicted,observed,residual");
        io.out << header.join(QLatin1Char(',')) << "\n" << csvRows.join(QLatin1Char('\n')) << "\n";
    }
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace

int runDecompose(const QStringList& args, Io io) {
    return runCommand(kSyntax, decomposeMain, args, io);
}

} // namespace ee::cli
