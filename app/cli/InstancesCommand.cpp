// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence instances`: every instance of one task across models ordered by scale, scored
// under a metric: which instances each model solves, where each is first solved, and filters
// for the instances that flip (gained, inverse) or that two metrics judge differently.
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"
#include "cli/ModelsOption.h"
#include "cli/ScorerOptions.h"

#include "bundled/BundledExamples.h"
#include "io/ModelCatalog.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/InstanceTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace ee::cli {

using namespace ee;

namespace {

void addInstancesOptions(QCommandLineParser& parser) {
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr,
                         const char* def = nullptr) { addOption(parser, name, help, value, def); };
    opt("input",
        "Per-example file (repeatable; positional paths work too). Default: the bundled "
        "MMLU-Pro outputs.",
        "FILE");
    opt("task", "Task name (required).", "T");
    opt("subtask", "Only this subtask (default: every subtask of the task).", "S");
    opt("family", "Only this model family (repeatable).", "F");
    opt("prompting", "Only this prompting style (default: each style is its own column).", "P");
    opt("metric", "Metric deciding solved or not (default exact_str_match).", "M",
        "exact_str_match");
    opt("solved-at",
        "Value at which an instance counts as solved (default: the metric's perfect value; "
        "≥ for scores, ≤ for distances).",
        "V");
    opt("second-metric",
        "A second metric, printed beside the first and used by --filter disagree (e.g. bleu, "
        "char_edit_distance).",
        "M");
    opt("filter",
        "all, solved-by-all, solved-by-none, gained (solved by the larger model of the pair, "
        "not the smaller), inverse (by the smaller, not the larger), disagree (wrong under "
        "--metric, near-perfect under --second-metric), first-solved (solved by some model, "
        "sorted by the first model that solves it).",
        "F", "all");
    opt("pair", "The two models compared by gained and inverse (default: smallest,largest).",
        "SMALL,LARGE");
    opt("sort", "Row order: file (as read) or first-solved.", "ORDER", "file");
    addScorerOptions(parser);
    opt("models",
        "A model metadata CSV for files that name models but not their sizes (default: the "
        "models of the bundled datasets).",
        "FILE");
    opt("histogram", "Print only how many instances each model solves first.");
    addOutputOptions(parser, {QStringLiteral("csv"), QStringLiteral("json")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Per-example files."),
                                 QStringLiteral("[FILE...]"));
}

const CommandSyntax kSyntax{
    QStringLiteral("instances"),
    QStringLiteral("emergence instances --input FILE... --task T [--subtask S] [--family F] "
                   "[--prompting P] [--metric M] "
                   "[--solved-at V] [--second-metric M] [--filter F] [--pair SMALL,LARGE] "
                   "[--sort file|first-solved] [--extract REGEX] [--answers file|strict|lenient] "
                   "[--compare answer|solution] [--tokenize 13a|intl|none] [--stem] "
                   "[--models FILE] [--histogram] "
                   "[--format csv|json] [--raw]"),
    addInstancesOptions,
    {QStringLiteral("csv"), QStringLiteral("json")},
    {QStringLiteral("task")}};

QJsonValue jsonNumber(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject modelJson(const InstanceModel& m) {
    return {{QStringLiteral("model"), m.model},
            {QStringLiteral("family"), m.family},
            {QStringLiteral("params"), jsonNumber(m.scale.params)},
            {QStringLiteral("shots"), m.shots ? QJsonValue(*m.shots) : QJsonValue::Null},
            {QStringLiteral("prompting"), m.prompting},
            {QStringLiteral("label"), m.label()}};
}

QJsonObject histogramJson(const InstanceTable& t) {
    QJsonArray bins;
    const QList<qsizetype> h = t.firstSolvedHistogram();
    for (qsizetype c = 0; c < t.modelCount(); ++c) {
        QJsonObject bin = modelJson(t.models()[c]);
        bin.insert(QStringLiteral("first_solved"), h[c]);
        bin.insert(QStringLiteral("accuracy"), jsonNumber(t.accuracy(c)));
        bins.append(bin);
    }
    return {{QStringLiteral("bins"), bins},
            {QStringLiteral("never_solved"), t.neverSolvedCount()},
            {QStringLiteral("lost_again"), t.lostAgainCount()},
            {QStringLiteral("instances"), t.rowCount()}};
}

QJsonObject instanceJson(const InstanceTable& t, qsizetype r) {
    QJsonArray cells;
    QStringList targets;
    for (qsizetype c = 0; c < t.modelCount(); ++c) {
        const Example* e = t.example(r, c);
        if (!e) {
            cells.append(QJsonValue::Null);
            continue;
        }
        if (targets.isEmpty())
            targets = e->targets;
        const auto s = t.solved(r, c);
        QJsonObject cell{
            {QStringLiteral("value"), jsonNumber(t.value(r, c))},
            {QStringLiteral("solved"), s ? QJsonValue(*s) : QJsonValue::Null},
            {QStringLiteral("output"), e->output ? QJsonValue(*e->output) : QJsonValue::Null}};
        if (!t.options().secondMetric.isEmpty())
            cell.insert(QStringLiteral("second_value"), jsonNumber(t.secondValue(r, c)));
        cells.append(cell);
    }
    const qsizetype first = t.firstSolved(r);
    return {{QStringLiteral("subtask"), t.subtask(r)},
            {QStringLiteral("id"), t.id(r)},
            {QStringLiteral("targets"), QJsonArray::fromStringList(targets)},
            {QStringLiteral("first_solved"),
             first < 0 ? QJsonValue::Null : QJsonValue(t.models()[first].label())},
            {QStringLiteral("lost_again"), t.lostAgain(r)},
            {QStringLiteral("models"), cells}};
}

void writeCsv(const InstanceTable& t, const QList<qsizetype>& rows, const CsvCells& csv,
              QTextStream& out) {
    const bool second = !t.options().secondMetric.isEmpty();
    out << "subtask,id,target,first_solved,lost_again";
    for (const InstanceModel& m : t.models()) {
        const QString name = m.label();
        out << ',' << csv.text(name + QStringLiteral(" value")) << ','
            << csv.text(name + QStringLiteral(" solved"));
        if (second)
            out << ',' << csv.text(name + QLatin1Char(' ') + t.options().secondMetric);
        out << ',' << csv.text(name + QStringLiteral(" output"));
    }
    out << "\n";
    for (const qsizetype r : rows) {
        QString target;
        for (qsizetype c = 0; c < t.modelCount() && target.isEmpty(); ++c)
            if (const Example* e = t.example(r, c))
                target = e->targets.join(QStringLiteral(" | "));
        const qsizetype first = t.firstSolved(r);
        out << csv.text(t.subtask(r)) << ',' << csv.text(t.id(r)) << ',' << csv.text(target) << ','
            << (first < 0 ? QString() : csv.text(t.models()[first].label())) << ','
            << (t.lostAgain(r) ? 1 : 0);
        for (qsizetype c = 0; c < t.modelCount(); ++c) {
            const Example* e = t.example(r, c);
            const auto s = t.solved(r, c);
            out << ',' << CsvCells::number(t.value(r, c)) << ','
                << (s ? QString::number(*s ? 1 : 0) : QString());
            if (second)
                out << ',' << CsvCells::number(t.secondValue(r, c));
            out << ',' << (e && e->output ? csv.text(*e->output) : QString());
        }
        out << "\n";
    }
}

void writeHistogramCsv(const InstanceTable& t, const CsvCells& csv, QTextStream& out) {
    out << "model,params,first_solved,accuracy\n";
    const QList<qsizetype> h = t.firstSolvedHistogram();
    for (qsizetype c = 0; c < t.modelCount(); ++c)
        out << csv.text(t.models()[c].label()) << ','
            << CsvCells::number(t.models()[c].scale.params) << ',' << h[c] << ','
            << CsvCells::number(t.accuracy(c)) << "\n";
    out << "never solved,," << t.neverSolvedCount() << ",\n";
}

/// Finds a model column by label or model name; -1 when none matches.
qsizetype findModel(const InstanceTable& t, const QString& name) {
    for (qsizetype c = 0; c < t.modelCount(); ++c)
        if (t.models()[c].label() == name || t.models()[c].model == name)
            return c;
    return -1;
}

int instancesMain(const QCommandLineParser& parser, Io io) {
    const auto usageError = [&](const QString& msg) {
        return cli::usageError(io, kSyntax.name, msg, kSyntax.usage);
    };
    QStringList inputs;
    for (const QString& v : parser.values(QStringLiteral("input")))
        inputs << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    inputs << parser.positionalArguments();
    if (inputs.isEmpty()) // the bundled per-example outputs (MMLU-Pro, five Llama models)
        inputs = bundledExamplePaths(datasetsDir());
    if (inputs.isEmpty())
        return usageError(QStringLiteral("--input is required (no bundled outputs found in %1)")
                              .arg(datasetsDir()));

    InstanceTableOptions o;
    o.task = parser.value(QStringLiteral("task"));
    if (parser.isSet(QStringLiteral("subtask")))
        o.subtask = parser.value(QStringLiteral("subtask"));
    o.families = parser.values(QStringLiteral("family"));
    if (parser.isSet(QStringLiteral("prompting")))
        o.prompting = parser.value(QStringLiteral("prompting"));
    o.metric = parser.value(QStringLiteral("metric"));
    o.secondMetric = parser.value(QStringLiteral("second-metric"));
    for (const QString& m : {o.metric, o.secondMetric})
        if (!m.isEmpty() && !isKnownMetric(m))
            return usageError(QStringLiteral("unknown metric '%1'").arg(m));
    if (parser.isSet(QStringLiteral("solved-at"))) {
        double v = 0;
        if (!numberOption(parser, QStringLiteral("solved-at"), kSyntax.name, io, v))
            return UsageError;
        SolvedRule rule = SolvedRule::perfectFor(o.metric);
        rule.threshold = v;
        o.solvedRule = rule;
    }
    const QString filterName = parser.value(QStringLiteral("filter"));
    const bool firstSolvedFilter = filterName == QLatin1String("first-solved");
    const auto filter =
        firstSolvedFilter ? std::optional(InstanceFilter::All) : instanceFilterFromName(filterName);
    if (!filter)
        return usageError(QStringLiteral("unknown --filter '%1' (expected %2 or first-solved)")
                              .arg(filterName, instanceFilterNames().join(QStringLiteral(", "))));
    if (*filter == InstanceFilter::Disagree && o.secondMetric.isEmpty())
        return usageError(QStringLiteral("--filter disagree needs --second-metric"));
    const QString sort = parser.value(QStringLiteral("sort"));
    if (sort != QLatin1String("file") && sort != QLatin1String("first-solved"))
        return usageError(QStringLiteral("--sort must be file or first-solved"));
    ExampleReadOptions ro;
    if (const auto e = readScorerOptions(parser, o.scoring, ro))
        return usageError(*e);
    Diagnostics catalogDiag;
    const std::optional<ModelCatalog> catalog = exampleModelCatalog(parser, io, catalogDiag);
    if (!catalog)
        return DataError;
    ro.catalog = &*catalog;
    const ExampleSet set = readExampleFiles(inputs, ro);
    const InstanceTable table = InstanceTable::build(set, o);
    Diagnostics diag = catalogDiag;
    diag.append(set.diagnostics);
    diag.append(table.diagnostics());
    printDiagnostics(diag, io.err);
    if (table.rowCount() == 0) {
        io.err << "emergence instances: no instances of task '" << o.task << "'\n";
        return DataError;
    }

    qsizetype smaller = -1, larger = -1;
    if (parser.isSet(QStringLiteral("pair"))) {
        const QStringList pair = parser.value(QStringLiteral("pair")).split(QLatin1Char(','));
        if (pair.size() != 2)
            return usageError(QStringLiteral("--pair takes two models, SMALL,LARGE"));
        smaller = findModel(table, pair[0].trimmed());
        larger = findModel(table, pair[1].trimmed());
        if (smaller < 0 || larger < 0) {
            QStringList names;
            for (const InstanceModel& m : table.models())
                names << m.label();
            return usageError(QStringLiteral("--pair: unknown model (known: %1)")
                                  .arg(names.join(QStringLiteral(", "))));
        }
    }
    QList<qsizetype> rows = table.rows(*filter, smaller, larger);
    if (firstSolvedFilter)
        rows.removeIf([&](qsizetype r) { return table.firstSolved(r) < 0; });
    if (firstSolvedFilter || sort == QLatin1String("first-solved"))
        rows = table.sortedByFirstSolved(rows);

    const CsvCells csv = CsvCells::fromOptions(parser);
    if (isJson(parser)) {
        QJsonArray models;
        for (const InstanceModel& m : table.models())
            models.append(modelJson(m));
        QJsonObject json{
            {QStringLiteral("task"), o.task},
            {QStringLiteral("metric"), o.metric},
            {QStringLiteral("solved_when"),
             o.solvedRule.value_or(SolvedRule::perfectFor(o.metric)).describe(o.metric)},
            {QStringLiteral("models"), models},
            {QStringLiteral("histogram"), histogramJson(table)}};
        if (!parser.isSet(QStringLiteral("histogram"))) {
            QJsonArray instances;
            for (const qsizetype r : rows)
                instances.append(instanceJson(table, r));
            json.insert(QStringLiteral("filter"), filterName);
            json.insert(QStringLiteral("instances"), instances);
        }
        printJson(json, io.out);
    } else if (parser.isSet(QStringLiteral("histogram"))) {
        writeHistogramCsv(table, csv, io.out);
    } else {
        writeCsv(table, rows, csv, io.out);
    }
    return diag.hasErrors() ? DataError : Success;
}

} // namespace

int runInstances(const QStringList& args, Io io) {
    return runCommand(kSyntax, instancesMain, args, io);
}

} // namespace ee::cli
