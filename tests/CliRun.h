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

} // namespace ee::test
