// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "io/JsonShapes.h"

namespace ee::cli {

int runSummary(const QStringList& args, Io io) {
    QCommandLineParser parser;
    addLoadOptions(parser);
    addOutputOptions(parser, {QStringLiteral("text"), QStringLiteral("json")});
    addPathsArgument(parser, QStringLiteral("Files or folders."));
    int code = 0;
    if (!parseArgs(parser, args, io, code,
                   QStringLiteral("emergence summary [PATH...] [--format text|json]")))
        return code;
    if (!formatValue(parser, {QStringLiteral("text"), QStringLiteral("json")},
                     QStringLiteral("summary"), io))
        return UsageError;
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    if (isJson(parser)) {
        printJson(JsonShapes::summary(data->table, data->diagnostics), io.out);
    } else {
        const ScoreTable& t = data->table;
        io.out << "sources:  " << t.sources().size() << "\n"
               << "tasks:    " << t.tasks().size() << "\n"
               << "subtasks: " << t.subtaskCount() << "\n"
               << "families: " << t.families().size() << "\n"
               << "models:   " << t.modelCount() << "\n"
               << "rows:     " << t.rowCount() << "\n"
               << "warnings: " << data->diagnostics.warningCount() << "\n"
               << "errors:   " << data->diagnostics.errorCount() << "\n";
    }
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace ee::cli
