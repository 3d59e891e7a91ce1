// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a command in-process for the CLI tests and keeps what it printed.
#pragma once

#include "cli/Commands.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ee::testing {

/// \brief A command's exit code and everything it wrote to stdout and stderr.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

/// \brief Runs `command` with `args` (args[0] is the command's name).
inline CliRun runCli(cli::CommandFunction command, const QStringList& args) {
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = command(args, {out, err});
    out.flush();
    err.flush();
    return r;
}

} // namespace ee::testing
