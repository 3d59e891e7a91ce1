// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence simulate`: the toy model of emergence (core/analysis/ToyModel). Every output is
// labelled simulated.
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "analysis/AnalysisJson.h"
#include "analysis/ToyModel.h"
#include "metrics/Bleu.h"

#include <climits>

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("simulate");

/// What the options ask for.
struct Simulation {
    ToyModelParams params;
    QString preset; ///< null when --c or --alpha override the preset
    std::vector<double> scales;
    std::optional<int> examples;
    bool sampled = false;
    int sampleSize = 100;
    int seed = 1;
};

QJsonObject simulationJson(const Simulation& s, const std::vector<ToyPoint>& closed,
                           const std::vector<ToySampledPoint>& drawn) {
    using AnalysisJson::number;
    QJsonArray rows;
    for (std::size_t i = 0; i < closed.size(); ++i) {
        const ToyPoint& t = closed[i];
        QJsonObject r{{QStringLiteral("scale"), number(t.scale)},
                      {QStringLiteral("loss_nats"), number(t.lossNats)},
                      {QStringLiteral("p_token"), number(t.pToken)},
                      {QStringLiteral("exact_match"), number(t.exactMatch)},
                      {QStringLiteral("token_edit_distance"), number(t.tokenEditDistance)},
                      {QStringLiteral("exact_match_finite"), number(t.exactMatchFinite)}};
        if (s.sampled) {
            const ToySampledPoint& d = drawn[i];
            r.insert(QStringLiteral("sampled"),
                     QJsonObject{{QStringLiteral("exact_match"), d.exactMatch},
                                 {QStringLiteral("token_edit_distance"), d.meanTokenEditDistance},
                                 {QStringLiteral("sentence_bleu"), d.meanSentenceBleu},
                                 {QStringLiteral("corpus_bleu"), d.corpusBleu}});
        }
        rows.append(r);
    }
    QJsonObject o{
        {QStringLiteral("simulated"), true},
        {QStringLiteral("model"),
         QStringLiteral("toy model of Schaeffer et al. 2023: loss = (N/c)^alpha, "
                        "p = exp(-loss), exact match = p^L, token edit distance = "
                        "L(1 - p)")},
        {QStringLiteral("preset"), s.preset.isNull() ? QJsonValue() : QJsonValue(s.preset)},
        {QStringLiteral("c"), s.params.c},
        {QStringLiteral("alpha"), s.params.alpha},
        {QStringLiteral("length"), s.params.length},
        {QStringLiteral("examples"), s.examples ? QJsonValue(*s.examples) : QJsonValue()},
        {QStringLiteral("sampled"), s.sampled},
        {QStringLiteral("points"), rows}};
    if (s.sampled) {
        o.insert(QStringLiteral("sample_size"), s.sampleSize);
        o.insert(QStringLiteral("seed"), s.seed);
        o.insert(QStringLiteral("target"), toyTarget(s.params.length));
        o.insert(QStringLiteral("wrong_token"), toyWrongToken());
        // Corpus BLEU has sacreBLEU's corpus defaults; sentence BLEU differs only in eff:yes.
        o.insert(QStringLiteral("bleu_definition"),
                 ee::BleuOptions::corpusDefaults().definition(false, 1));
    }
    return o;
}

/// Every cell is a number the program computed (or the label "true"): nothing to neutralise.
void writeSimulationCsv(bool sampled, const std::vector<ToyPoint>& closed,
                        const std::vector<ToySampledPoint>& drawn, QTextStream& out) {
    using N = CsvCells;
    out << "simulated,scale,loss_nats,p_token,exact_match,token_edit_distance,exact_match_finite";
    if (sampled)
        out << ",sampled_exact_match,sampled_token_edit_distance,sampled_sentence_bleu,"
               "sampled_corpus_bleu";
    out << "\n";
    for (std::size_t i = 0; i < closed.size(); ++i) {
        const ToyPoint& t = closed[i];
        out << "true," << N::number(t.scale) << "," << N::number(t.lossNats) << ","
            << N::number(t.pToken) << "," << N::number(t.exactMatch) << ","
            << N::number(t.tokenEditDistance) << "," << N::number(t.exactMatchFinite);
        if (sampled)
            out << "," << N::number(drawn[i].exactMatch) << ","
                << N::number(drawn[i].meanTokenEditDistance) << ","
                << N::number(drawn[i].meanSentenceBleu) << "," << N::number(drawn[i].corpusBleu);
        out << "\n";
    }
}

void addSimulateOptions(QCommandLineParser& parser) {
    addOption(parser, "preset", "kaplan (c = 8.8e13, α = −0.076) or teaching (c = 1e9, α = −1).",
              "NAME", "kaplan");
    addOption(parser, "c", "Scale constant c > 0 (overrides the preset).", "C");
    addOption(parser, "alpha", "Exponent α < 0 (overrides the preset).", "A");
    addOption(parser, "length", "Answer length L in tokens.", "L", "5");
    addOption(parser, "from", "Smallest scale.", "N", "1e7");
    addOption(parser, "to", "Largest scale.", "N", "1e12");
    addOption(parser, "points", "Scales, log-spaced.", "K", "51");
    addOption(parser, "examples",
              "Test-set size n: adds the rounded exact match (and the sample size of --sampled, "
              "default 100).",
              "N");
    addOption(parser, "seed", "Seed of --sampled.", "S", "1");
    addOption(parser, "sampled",
              "Also sample outputs token by token and score them with the metrics engine (exact "
              "match, token edit distance, BLEU).");
    addOutputOptions(parser, csvOrJson());
}

/// Reads the simulation options; false (with a message) on a bad value.
bool simulation(const QCommandLineParser& parser, Io io, Simulation& s) {
    const auto preset = toyPreset(parser.value(QStringLiteral("preset")));
    if (!preset) {
        io.err << "emergence simulate: --preset must be kaplan or teaching\n";
        return false;
    }
    s.params = ToyModelParams{preset->c, preset->alpha, 5};
    double from = 1e7, to = 1e12;
    int points = 51, examples = 0;
    if (!numberOption(parser, QStringLiteral("c"), kCommand, io, s.params.c, 1e-300) ||
        !numberOption(parser, QStringLiteral("alpha"), kCommand, io, s.params.alpha, -1e6,
                      -1e-12) ||
        !intOption(parser, QStringLiteral("length"), kCommand, io, s.params.length, 1, 10000) ||
        !numberOption(parser, QStringLiteral("from"), kCommand, io, from, 1e-300) ||
        !numberOption(parser, QStringLiteral("to"), kCommand, io, to, 1e-300) ||
        !intOption(parser, QStringLiteral("points"), kCommand, io, points, 2, 100000) ||
        !intOption(parser, QStringLiteral("examples"), kCommand, io, examples, 1, 10000000) ||
        !intOption(parser, QStringLiteral("seed"), kCommand, io, s.seed, 0, INT_MAX))
        return false;
    const bool custom = parser.isSet(QStringLiteral("c")) || parser.isSet(QStringLiteral("alpha"));
    s.preset = custom ? QString() : preset->name;
    s.sampled = parser.isSet(QStringLiteral("sampled"));
    s.scales = logSpacedScales(from, to, points);
    s.examples = examples > 0 ? std::optional<int>(examples) : std::nullopt;
    s.sampleSize = examples > 0 ? examples : 100;
    return true;
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral(
        "emergence simulate [--preset kaplan|teaching] [--c C --alpha A] [--length L] [--from N] "
        "[--to N] [--points K] [--examples N] [--seed S] [--sampled] [--format csv|json] [--raw]"),
    addSimulateOptions,
    csvOrJson(),
    {}};

/// The command once its command line is valid.
int simulateMain(const QCommandLineParser& parser, Io io) {
    Simulation s;
    if (!simulation(parser, io, s))
        return UsageError;
    const std::vector<ToyPoint> closed = toyModelClosedForm(s.params, s.scales, s.examples);
    const std::vector<ToySampledPoint> drawn =
        s.sampled ? toyModelSampled(s.params, s.scales, s.sampleSize, static_cast<quint64>(s.seed))
                  : std::vector<ToySampledPoint>{};
    if (isJson(parser))
        printJson(simulationJson(s, closed, drawn), io.out);
    else
        writeSimulationCsv(s.sampled, closed, drawn, io.out);
    return Success;
}

} // namespace

int runSimulate(const QStringList& args, Io io) {
    return runCommand(kSyntax, simulateMain, args, io);
}

} // namespace ee::cli
