// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "io/JsonShapes.h"

#include <QJsonDocument>

namespace ee::cli {

int runSummary(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    addLoadOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."),
                                 QStringLiteral("[PATH...]"));
    int code = 0;
    if (!parseArgs(parser, args, io, code,
                   QStringLiteral("emergence summary [PATH...] [--format text|json]")))
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << "emergence summary: --format must be text or json\n";
        return UsageError;
    }
    bool ok = false;
    const ImportResult data = loadData(parser, io, ok);
    if (!ok)
        return UsageError;
    if (format == QLatin1String("json")) {
        io.out << QJsonDocument(JsonShapes::summary(data.table, data.diagnostics))
                      .toJson(QJsonDocument::Indented);
    } else {
        const ScoreTable& t = data.table;
        io.out << "sources:  " << t.sources().size() << "\n"
               << "tasks:    " << t.tasks().size() << "\n"
               << "subtasks: " << t.subtaskCount() << "\n"
               << "families: " << t.families().size() << "\n"
               << "models:   " << t.modelCount() << "\n"
               << "rows:     " << t.rowCount() << "\n"
               << "warnings: " << data.diagnostics.warningCount() << "\n"
               << "errors:   " << data.diagnostics.errorCount() << "\n";
    }
    return data.diagnostics.hasErrors() ? DataError : Success;
}

} // namespace ee::cli
