// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandOptions.h"
#include "cli/Commands.h"

#include "bundled/BundledDatasets.h"
#include "bundled/BundledExamples.h"
#include "io/AtomicFile.h"
#include "io/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace ee::cli {

namespace {

const QString kCommand = QStringLiteral("datasets");

void addDatasetsOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("shared"), QStringLiteral("The third-party data folder."),
                      QStringLiteral("DIR"), sharedDataDir()});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the tables."),
                      QStringLiteral("DIR"), datasetsDir()});
    addOption(parser, "check",
              "Write nothing; exit 1 if any bundled file differs from what would be written.");
}

const CommandSyntax kSyntax{
    kCommand,
    QStringLiteral("emergence datasets [--shared DIR] [--out DIR] [--check]"),
    addDatasetsOptions,
    {},
    {}};

int datasetsMain(const QCommandLineParser& parser, Io io) {
    const QString shared = parser.value(QStringLiteral("shared"));
    const QDir out(parser.value(QStringLiteral("out")));
    if (!QDir(shared).exists()) {
        io.err << shared << ": no such folder (the third-party data, ../shared/data)\n";
        return DataError;
    }
    const bool check = parser.isSet(QStringLiteral("check"));
    if (!check && !out.exists() && !QDir().mkpath(out.path())) {
        io.err << out.path() << ": cannot create the folder\n";
        return DataError;
    }
    QList<QPair<QString, QByteArray>> files;
    Diagnostics diag;
    for (const BundledDataset& recipe : bundledDatasets())
        files.append({recipe.fileName, buildBundledDataset(recipe, shared, diag)});
    files.append({QStringLiteral("SOURCES.md"), bundledSourcesMarkdown()});
    // Per-example files, gzip-compressed; compared by their uncompressed bytes (another zlib
    // may compress the same bytes differently).
    QSet<QString> compressed;
    for (const BundledExampleFile& f : bundledExampleFiles()) {
        if (const auto bytes = buildBundledExampleFile(f, shared, diag)) {
            files.append({f.fileName, *bytes});
            compressed.insert(f.fileName);
        }
    }
    printDiagnostics(diag, io.err);
    int differing = 0;
    for (const auto& [name, bytes] : files) {
        const QString path = out.filePath(name);
        if (check) {
            QFile existing(path);
            bool same = existing.open(QIODevice::ReadOnly);
            if (same && compressed.contains(name)) {
                QString error;
                const auto unpacked = gunzip(existing.readAll(), path, error);
                same = unpacked && *unpacked == bytes;
            } else if (same) {
                same = existing.readAll() == bytes;
            }
            if (!same) {
                io.err << path << ": differs from what `emergence datasets` produces\n";
                ++differing;
            }
            continue;
        }
        QString error;
        const QByteArray written = compressed.contains(name) ? gzip(bytes) : bytes;
        if (!QDir().mkpath(QFileInfo(path).path()) || !writeFileAtomically(path, written, &error)) {
            io.err << (error.isEmpty() ? path + QStringLiteral(": cannot create its folder")
                                       : error)
                   << "\n";
            return DataError;
        }
        io.out << "wrote " << path << " (" << written.size() << " bytes)\n";
    }
    if (check && differing == 0)
        io.out << "all " << files.size() << " bundled files are up to date\n";
    return diag.hasErrors() || differing > 0 ? DataError : Success;
}

} // namespace

int runDatasets(const QStringList& args, Io io) {
    return runCommand(kSyntax, datasetsMain, args, io);
}

} // namespace ee::cli
