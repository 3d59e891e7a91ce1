// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "io/DataFormat.h"

#include <QDir>

namespace ee::cli {

void addLoadOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("input-format"),
                      QStringLiteral("Read every file as FORMAT instead of detecting it: long-csv, "
                                     "wide-csv, paper-table, lm-eval-json, bigbench."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("models"),
                      QStringLiteral("A model metadata CSV (Model, Model Family, Model Size (B), "
                                     "...) for sources that do not give model sizes."),
                      QStringLiteral("FILE")});
}

bool parseArgs(QCommandLineParser& parser, const QStringList& args, Io io, int& exitCode,
               const QString& usage) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        io.err << "emergence " << args.value(0) << ": " << parser.errorText() << "\n"
               << "usage: " << usage << "\n";
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << "usage: " << usage << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 2);
        exitCode = Success;
        return false;
    }
    return true;
}

void printDiagnostics(const Diagnostics& diag, QTextStream& err) {
    for (const Diagnostic& d : diag.items)
        err << (d.severity == Diagnostic::Severity::Error ? "error: " : "warning: ") << d.toString()
            << "\n";
}

std::optional<ImportResult> loadData(const QCommandLineParser& parser, Io io) {
    LoadOptions options;
    if (parser.isSet(QStringLiteral("input-format"))) {
        const QString name = parser.value(QStringLiteral("input-format"));
        options.format = dataFormatFromName(name);
        if (!options.format) {
            io.err << "emergence: unknown --input-format '" << name << "'\n";
            return std::nullopt;
        }
    }
    options.modelMetadataFiles = parser.values(QStringLiteral("models"));
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths << datasetsDir();
    ImportResult result = DataLoader::load(paths, options);
    printDiagnostics(result.diagnostics, io.err);
    return result;
}

std::optional<ScaleAxis> parseAxis(const QString& text, Io io) {
    const auto axis = scaleAxisFromName(text);
    if (!axis)
        io.err << "emergence: unknown --x '" << text
               << "' (expected params, nonembedding_params, tokens or flops)\n";
    return axis;
}

} // namespace ee::cli
