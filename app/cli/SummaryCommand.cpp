// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/CommandOutput.h"
#include "cli/Commands.h"

#include "io/JsonShapes.h"

namespace ee::cli {

namespace {

void addSummaryOptions(QCommandLineParser& parser) {
    addLoadOptions(parser);
    addOutputOptions(parser, {QStringLiteral("text"), QStringLiteral("json")});
    addPathsArgument(parser, QStringLiteral("Files or folders."));
}

/// The command once its command line is valid.
int summaryMain(const QCommandLineParser& parser, Io io) {
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

} // namespace

int runSummary(const QStringList& args, Io io) {
    static const CommandSyntax syntax{
        QStringLiteral("summary"),
        QStringLiteral("emergence summary [PATH...] [--format text|json]"),
        addSummaryOptions,
        {QStringLiteral("text"), QStringLiteral("json")},
        {}};
    return runCommand(syntax, summaryMain, args, io);
}

} // namespace ee::cli
