// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

#include "io/LongCsv.h"

namespace ee::cli {

int runImport(const QStringList& args, Io io) {
    QCommandLineParser parser;
    addLoadOptions(parser);
    parser.addOption({QStringLiteral("out"), QStringLiteral("The long CSV to write (required)."),
                      QStringLiteral("FILE.csv")});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Files or folders."),
                                 QStringLiteral("PATH..."));
    const QString usage = QStringLiteral("emergence import PATH... --out FILE.csv "
                                         "[--input-format F] [--models FILE]");
    int code = 0;
    if (!parseArgs(parser, args, io, code, usage))
        return code;
    if (!parser.isSet(QStringLiteral("out")) || parser.positionalArguments().isEmpty()) {
        io.err << "emergence import: PATH and --out are required\nusage: " << usage << "\n";
        return UsageError;
    }
    const auto data = loadData(parser, io);
    if (!data)
        return UsageError;
    QString error;
    if (!writeFileAtomically(parser.value(QStringLiteral("out")), LongCsv::toBytes(data->table),
                             error)) {
        io.err << error << "\n";
        return DataError;
    }
    io.err << "wrote " << data->table.rowCount() << " rows to "
           << parser.value(QStringLiteral("out")) << "\n";
    return data->diagnostics.hasErrors() ? DataError : Success;
}

} // namespace ee::cli
