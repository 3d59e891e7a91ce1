// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence compare`: two systems on the same instances, paired by id (exact McNemar and a
// paired-bootstrap interval of the difference).
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"
#include "cli/ModelsOption.h"
#include "cli/ScorerOptions.h"

#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"
#include "metrics/PairedComparison.h"

#include <QHash>
#include <QJsonObject>
#include <cmath>

namespace ee::cli {

using namespace ee;

namespace {

// One input's per-instance values, keyed by (task, subtask, id).
struct Side {
    QString input;
    QString model;
    QList<QString> order;                         ///< keys in first-seen order
    QHash<QString, std::optional<double>> values; ///< empty value: the metric cannot score it
    qint64 repeated = 0;                          ///< keys seen again (the first is kept)
};

// The instances of one input: the groups the metric could score. An error message when two of
// them are the same task (two models, or one model at two settings): pairs would be ambiguous.
std::optional<QString> collect(const ScoreResult& r, Side& side) {
    QStringList models;
    QHash<QString, QString> taskSeen; // task + subtask → the group's label
    for (const GroupScores& g : r.groups) {
        if (g.metrics.isEmpty() || g.metrics.first().n == 0)
            continue; // e.g. a generation task of a folder compared under acc_norm
        const QString task = g.key.task + QChar(0x1f) + g.key.subtask;
        if (const auto it = taskSeen.constFind(task); it != taskSeen.constEnd())
            return QStringLiteral("'%1' and '%2' are the same task; compare needs one model "
                                  "and setting per input")
                .arg(*it, g.key.label());
        taskSeen.insert(task, g.key.label());
        const QString model =
            QStringList{g.key.family, g.key.model}.join(QLatin1Char(' ')).trimmed();
        if (!models.contains(model))
            models << model;
        for (qsizetype i = 0; i < g.ids.size(); ++i) {
            const QString key = task + QChar(0x1f) + g.ids[i];
            if (side.values.contains(key)) {
                ++side.repeated;
                continue;
            }
            side.order << key;
            side.values.insert(key, g.perExample.first()[i]);
        }
    }
    side.model = models.join(QStringLiteral(", "));
    return std::nullopt;
}

QJsonValue num(const std::optional<double>& v) {
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue count(const std::optional<qint64>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

void addCompareOptions(QCommandLineParser& parser) {
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr,
                         const char* def = nullptr) { addOption(parser, name, help, value, def); };
    opt("input", "Per-example file or folder of one model; give it twice (A, then B).", "PATH");
    opt("metric", "One metric of `emergence score` (McNemar needs a 0/1 metric).", "NAME");
    addScorerOptions(parser);
    opt("bootstrap", "Paired-bootstrap resamples for the interval of the difference.", "B",
        "10000");
    opt("seed", "Bootstrap seed.", "S", "0");
    opt("models", "A model metadata CSV (as for score).", "FILE");
    addOutputOptions(parser, {QStringLiteral("json")});
}

const CommandSyntax kSyntax{
    QStringLiteral("compare"),
    QStringLiteral("emergence compare --input A --input B --metric NAME [--bootstrap B] "
                   "[--seed S] [scorer options of score] [--format json]"),
    addCompareOptions,
    {QStringLiteral("json")},
    {QStringLiteral("metric")}};

int compareMain(const QCommandLineParser& parser, Io io) {
    const auto usage = [&](const QString& msg) {
        return usageError(io, kSyntax.name, msg, kSyntax.usage);
    };
    const QStringList inputs = parser.values(QStringLiteral("input"));
    if (inputs.size() != 2)
        return usage(QStringLiteral("--input must be given exactly twice (A and B), not %1 time(s)")
                         .arg(inputs.size()));
    ScoringOptions so;
    so.metrics = {parser.value(QStringLiteral("metric")).trimmed()};
    if (!isKnownMetric(so.metrics.first()))
        return usage(QStringLiteral("unknown metric '%1'").arg(so.metrics.first()));
    ExampleReadOptions ro;
    if (const auto e = readScorerOptions(parser, so, ro))
        return usage(*e);
    BootstrapOptions boot;
    if (const auto e = readBootstrapOptions(parser, boot))
        return usage(*e);
    so.perExample = true;
    Diagnostics diag;
    const std::optional<ModelCatalog> catalog = exampleModelCatalog(parser, io, diag);
    if (!catalog)
        return DataError;
    ro.catalog = &*catalog;
    Side sides[2];
    QString definition;
    for (int s = 0; s < 2; ++s) {
        sides[s].input = inputs[s];
        const ExampleSet set = readExamples(inputs[s], ro);
        const ScoreResult r = scoreExamples(set, so);
        diag.append(set.diagnostics);
        diag.append(r.diagnostics);
        if (const auto e = collect(r, sides[s])) {
            diag.error(inputs[s], 0, *e);
        }
        for (const GroupScores& g : r.groups)
            if (!g.metrics.isEmpty() && definition.isEmpty())
                definition = g.metrics.first().definition;
    }
    // Pairs in A's order; an instance without a value on either side is unpaired, and counted.
    std::vector<double> a, b;
    qint64 unpairedA = 0;
    for (const QString& key : sides[0].order) {
        const auto va = sides[0].values.value(key);
        const auto vb = sides[1].values.value(key);
        if (va && vb) {
            a.push_back(*va);
            b.push_back(*vb);
        } else {
            ++unpairedA;
        }
    }
    qint64 unpairedB = 0;
    for (const QString& key : sides[1].order)
        if (const auto va = sides[0].values.value(key); !va || !sides[1].values.value(key))
            ++unpairedB;
    for (int s = 0; s < 2; ++s)
        if (sides[s].repeated > 0)
            diag.warn(sides[s].input, 0,
                      QStringLiteral("%1 instance(s) appear more than once; the first is compared")
                          .arg(sides[s].repeated));
    printDiagnostics(diag, io.err);
    if (diag.hasErrors())
        return DataError;
    if (a.empty()) {
        io.err << "emergence compare: no instance has a value under " << so.metrics.first()
               << " in both inputs\n";
        return DataError;
    }
    const PairedComparison c = comparePaired(a, b, boot);
    const QJsonObject json{
        {QStringLiteral("metric"), so.metrics.first()},
        {QStringLiteral("definition"), definition},
        {QStringLiteral("a"), QJsonObject{{QStringLiteral("input"), sides[0].input},
                                          {QStringLiteral("model"), sides[0].model}}},
        {QStringLiteral("b"), QJsonObject{{QStringLiteral("input"), sides[1].input},
                                          {QStringLiteral("model"), sides[1].model}}},
        {QStringLiteral("n"), c.n},
        {QStringLiteral("unpaired_a"), unpairedA},
        {QStringLiteral("unpaired_b"), unpairedB},
        {QStringLiteral("both_right"), count(c.bothRight)},
        {QStringLiteral("only_a"), count(c.onlyA)},
        {QStringLiteral("only_b"), count(c.onlyB)},
        {QStringLiteral("both_wrong"), count(c.bothWrong)},
        {QStringLiteral("mcnemar_p"), num(c.mcnemarP)},
        {QStringLiteral("diff"), c.diff},
        {QStringLiteral("ci_low"), num(c.ciLow)},
        {QStringLiteral("ci_high"), num(c.ciHigh)},
        {QStringLiteral("ci_method"), c.ciLow ? QStringLiteral("paired-bootstrap") : QString()},
        {QStringLiteral("confidence"), boot.confidence},
        {QStringLiteral("resamples"), boot.resamples},
        {QStringLiteral("seed"), QString::number(boot.seed)}};
    printJson(json, io.out);
    return Success;
}

} // namespace

int runCompare(const QStringList& args, Io io) {
    return runCommand(kSyntax, compareMain, args, io);
}

} // namespace ee::cli
