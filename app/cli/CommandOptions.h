// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Cli.h"
#include "model/ScoreTable.h"

#include <cmath>

namespace ee::cli {

/// \brief What a command is: its name, usage line, options, the --format values it accepts and
/// the options it requires.
struct CommandSyntax {
    QString name;
    QString usage;
    void (*addOptions)(QCommandLineParser& parser);
    QStringList formats;  ///< accepted --format values, the first the default (empty: none)
    QStringList required; ///< options that must be given
};

/// \brief The work of a command once its command line is valid; returns the exit code.
using CommandBody = int (*)(const QCommandLineParser& parser, Io io);

/// \brief Adds the syntax's options and parses `args` (printing --help or the usage error), checks
/// --format, then the required options, then runs `body`.
int runCommand(const CommandSyntax& syntax, CommandBody body, const QStringList& args, Io io);

/// \brief Adds `--name` with `help` (UTF-8). `value` names its argument (nullptr: a flag) and
/// `defaultValue` is what the option holds when it is not given.
void addOption(QCommandLineParser& parser, const char* name, const char* help,
               const char* value = nullptr, const char* defaultValue = nullptr);

/// \brief Adds the optional `[PATH...]` data files or folders, described by `help`.
void addPathsArgument(QCommandLineParser& parser, const QString& help);

/// \brief Prints `emergence COMMAND: message` and the usage line to stderr; returns UsageError.
int usageError(Io io, const QString& command, const QString& message, const QString& usage);

/// \brief True when every option in `names` is given; otherwise prints `emergence COMMAND:
/// --a, --b and --c are required` with the usage line and returns false (a usage error).
bool requireOptions(const QCommandLineParser& parser, const QStringList& names,
                    const QString& command, Io io, const QString& usage);

/// \brief Adds the curve selection: --task (described by `taskHelp`), --subtask, --metric,
/// --family (repeatable), --shots, --prompting and --x (scale axis, default params).
/// `xHelp` replaces the --x help text (`curves` also offers capability PCs).
void addSelectionOptions(QCommandLineParser& parser, const char* taskHelp,
                         const char* xHelp = nullptr);

/// \brief The options of a command that reads data and works on selected curves (analyze,
/// curves, decompose, forecast): the load options, the selection, --format csv|json with --raw,
/// and [PATH...] described by `pathsHelp`.
void addCurveCommandOptions(
    QCommandLineParser& parser, const char* taskHelp,
    const QString& pathsHelp = QStringLiteral("Files or folders (default: the bundled datasets)."),
    const char* xHelp = nullptr);

/// \brief The curves a command works on.
struct Selection {
    CurveFilter filter;
    ScaleAxis axis = ScaleAxis::Params;
    int capabilityPc = 0; ///< --x pcN (only where allowed): N; the curves are read on `axis`
};

/// \brief Reads --x and the selection options. On an unknown axis or a --shots that is not a
/// whole number ≥ 0 prints a message and returns nullopt (a usage error). With
/// `allowCapabilityPc`, --x also takes pc1, pc2 or pc3 (Selection::capabilityPc).
std::optional<Selection> readSelection(const QCommandLineParser& parser, const QString& command,
                                       Io io, bool allowCapabilityPc = false);

/// \brief True when `table` holds `task`; otherwise prints `emergence COMMAND: no task 'T' in
/// the data` and returns false (the caller exits with DataError).
bool requireTask(const ScoreTable& table, const QString& task, const QString& command, Io io);

/// \brief Reads the number option `--name` into `out` when it is given. False (with a message)
/// when it is not a finite number in [lo, hi].
bool numberOption(const QCommandLineParser& parser, const QString& name, const QString& command,
                  Io io, double& out, double lo = -HUGE_VAL, double hi = HUGE_VAL);

/// \brief Reads the whole-number option `--name` into `out` when it is given. False (with a
/// message) when it is not a whole number in [lo, hi].
bool intOption(const QCommandLineParser& parser, const QString& name, const QString& command, Io io,
               int& out, int lo, int hi);

} // namespace ee::cli
