// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Cli.h"

#include <QStringList>

namespace ee::cli {

/// \brief A headless subcommand: `args[0]` is its name.
using CommandFunction = int (*)(const QStringList& args, Io io);

struct Command {
    const char* name;
    const char* summary;
    CommandFunction run;
    bool needsGui; ///< renders with Qt Gui (offscreen platform), e.g. export and screenshots
};

/// \brief Every subcommand, in the order `--help` lists them.
const QList<Command>& commands();
const Command* findCommand(const QString& name);
/// \brief The top-level help text.
QString topLevelHelp();

int runSummary(const QStringList& args, Io io);
int runCurves(const QStringList& args, Io io);
int runImport(const QStringList& args, Io io);
int runDatasets(const QStringList& args, Io io);
int runScore(const QStringList& args, Io io);
int runInstances(const QStringList& args, Io io);
int runCompare(const QStringList& args, Io io);
int runAnalyze(const QStringList& args, Io io);
int runDecompose(const QStringList& args, Io io);
int runForecast(const QStringList& args, Io io);
/// \brief `forecast --observational` (ObservationalCommand.cpp), dispatched by runForecast().
int runObservationalForecast(const QStringList& args, Io io);
int runSimulate(const QStringList& args, Io io);
int runExport(const QStringList& args, Io io);
int runScreenshots(const QStringList& args, Io io);

} // namespace ee::cli
