// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

namespace ee::cli {

const QList<Command>& commands() {
    static const QList<Command> list = {
        {"summary", "counts of sources, tasks, families, models and rows", runSummary, false},
        {"curves", "scaling curves of one task as CSV or JSON", runCurves, false},
        {"import", "convert any supported format to canonical long CSV", runImport, false},
        {"datasets", "regenerate the bundled datasets from ../shared/data", runDatasets, false},
        {"score", "score per-example model outputs with the metrics engine", runScore, false},
        {"compare", "two models on the same instances: exact McNemar, paired bootstrap", runCompare,
         false},
        {"instances", "every instance of a task across models: solved where, first solved where",
         runInstances, false},
        {"analyze", "linearity, breakthroughness, fits and flags per curve", runAnalyze, false},
        {"decompose", "predict a composite task from its subtasks", runDecompose, false},
        {"forecast", "forecast the breakthrough scale from a smooth metric", runForecast, false},
        {"simulate", "the toy model of emergence (simulated data)", runSimulate, false},
        {"export", "render a publication figure to SVG, PDF or PNG", runExport, true},
        {"screenshots", "render each main view to PNG", runScreenshots, true},
    };
    return list;
}

const Command* findCommand(const QString& name) {
    for (const Command& c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString topLevelHelp() {
    QString text = QStringLiteral(
        "Usage: emergence [COMMAND] [OPTIONS] [PATH...]\n\n"
        "Emergence Explorer: how language-model abilities change with scale.\n"
        "Without a command, opens the desktop app (on PATHs, or on the bundled datasets).\n"
        "'emergence --version' prints the version, the Qt version and the git revision.\n\n"
        "Commands:\n");
    for (const Command& c : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(c.name), -12)
                    .arg(QLatin1String(c.summary));
    text += QStringLiteral(
        "\n'emergence COMMAND --help' describes a command. Exit codes: 0 success, 1 data errors, "
        "2 usage errors. Diagnostics go to stderr as file:line: message.\n");
    return text;
}

} // namespace ee::cli
