// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/Commands.h"

#include "io/AtomicFile.h"
#include "io/LongCsv.h"

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("import");

void addImportOptions(QCommandLineParser& parser) {
    addLoadOptions(parser);
    addOption(parser, "out", "The long CSV to write (required).", "FILE.csv");
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."),
                                 QStringLiteral("PATH..."));
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral("emergence import PATH... --out FILE.csv [--input-format F] [--models FILE]"),
    addImportOptions,
    {},
    {QStringLiteral("out")}};

int importMain(const QCommandLineParser& parser, Io io) {
    if (parser.positionalArguments().isEmpty())
        return usageError(io, kCommand, QStringLiteral("PATH is required"), kSyntax.usage);
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    const QString out = parser.value(QStringLiteral("out"));
    QString error;
    if (!writeFileAtomically(out, LongCsv::toBytes(data->table), &error)) {
        io.err << error << "\n";
        return DataError;
    }
    io.err << "wrote " << data->table.rowCount() << " rows to " << out << "\n";
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace

int runImport(const QStringList& args, Io io) {
    return runCommand(kSyntax, importMain, args, io);
}

} // namespace ee::cli
