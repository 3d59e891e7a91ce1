// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a command of the command line in process, as the CLI tests do: its exit code and what it
// wrote to stdout and stderr.
#include "cli/Commands.h"

#include <QTextStream>

namespace ee::test {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

/// \brief `f(args)` with stdout and stderr captured (args[0] is the command's name).
inline Run run(cli::CommandFunction f, const QStringList& args) {
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = f(args, cli::Io{out, err});
    out.flush();
    err.flush();
    return r;
}

/// \brief Runs command `name` (`f`) on `args`, keeps its stdout and stderr in `out` and `err`,
/// and returns its exit code: the member helper of a test class that runs one command often.
inline int runCommand(cli::CommandFunction f, const QString& name, QStringList args, QString& out,
                      QString& err) {
    args.prepend(name);
    const Run r = run(f, args);
    out = r.out;
    err = r.err;
    return r.code;
}

} // namespace ee::test
