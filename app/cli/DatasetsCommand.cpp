// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

namespace ee::cli {

int runDatasets(const QStringList& args, Io io)
{
    io.err << "emergence " << args.value(0) << ": not available yet\n";
    return UsageError;
}

} // namespace ee::cli
