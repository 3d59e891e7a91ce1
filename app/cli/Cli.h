// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/DataLoader.h"
#include "model/ModelScale.h"
#include "platform/DataPaths.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ee::cli {

/// \brief Exit codes of every command.
enum ExitCode { Success = 0, DataError = 1, UsageError = 2 };

/// \brief Where a command writes; tests swap these for buffers.
struct Io {
    QTextStream& out;
    QTextStream& err;
};

// The bundled datasets folder and the third-party data folder: platform/DataPaths.h.
using ee::datasetsDir;
using ee::sharedDataDir;

/// \brief Adds --input-format and --models, the options every data-reading command takes.
void addLoadOptions(QCommandLineParser& parser);
/// \brief Adds --help and parses `args` (args[0] is the command name). On a usage error prints
/// it and returns false with `exitCode` set; on --help prints help and returns false with 0.
bool parseArgs(QCommandLineParser& parser, const QStringList& args, Io io, int& exitCode,
               const QString& usage);

/// \brief Loads the positional paths, or the bundled datasets when there are none. Prints every
/// diagnostic to stderr as `file:line: message`. nullopt (after a message) on a bad
/// --input-format: a usage error. Data errors are in the result's diagnostics.
std::optional<ImportResult> loadData(const QCommandLineParser& parser, Io io);

/// \brief Prints diagnostics as `file:line: message` lines.
void printDiagnostics(const Diagnostics& diag, QTextStream& err);

/// \brief Parses `--x`; prints a usage error when unknown.
std::optional<ScaleAxis> parseAxis(const QString& text, Io io);

} // namespace ee::cli
