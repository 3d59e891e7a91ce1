// SPDX-License-Identifier: GPL-3.0-or-later
// Per-example files inside a zip archive (MMLU-Pro publishes its outputs zipped).
#include "io/ZipArchive.h"
#include "io/examples/ExampleReaders.h"
#include "io/examples/MmluProOutputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace ee {

namespace {
// An entry name that stays inside the folder it is extracted to: relative, no "..", no drive.
bool safeEntryName(const QString& name) {
    const bool drive = name.size() > 1 && name.at(1) == QLatin1Char(':');
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        drive)
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."));
}

// lm-eval's results_*.json beside the samples give the model's size and shots.
bool isRunInfo(const QString& fileName) {
    return fileName.startsWith(QStringLiteral("results")) &&
           fileName.endsWith(QStringLiteral(".json"));
}
} // namespace

// Formats read from bytes (MMLU-Pro) are read in memory. The others read their folder's name and
// neighbouring files (lm-eval's results json beside its samples), so the archive's recognised
// entries are written to a temporary folder named like the archive, as unzipping it would, and
// read as a folder; every message then names the archive, never the temporary copy.
ExampleSet readExampleZip(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    ZipArchive zip;
    if (!zip.open(path)) {
        set.error(path, 0, zip.error());
        return set;
    }
    QTemporaryDir scratch;
    const QString root = scratch.path() + QLatin1Char('/') + QFileInfo(path).completeBaseName();
    qsizetype files = 0;
    qsizetype extracted = 0;
    for (const ZipEntry& entry : zip.entries()) {
        if (entry.isDirectory())
            continue;
        ++files;
        QString error;
        const std::optional<QByteArray> bytes = zip.read(entry, error);
        if (!bytes) {
            set.error(path, 0, error);
            continue;
        }
        const QString name = QFileInfo(entry.name).fileName();
        const QByteArray head = bytes->left(4096);
        if (mmlupro::looksLikeOutputs(head, name)) {
            mmlupro::read(*bytes, path, entry.name, opts, set);
            continue;
        }
        const ExampleFormat format = detectExampleFormat(head, name);
        const bool wanted = format != ExampleFormat::Unknown || isRunInfo(name);
        if (!wanted) {
            set.warn(
                path, 0,
                QCoreApplication::translate(
                    "ExampleZip", "entry '%1' is not a recognised per-example format; not read")
                    .arg(entry.name));
            continue;
        }
        if (format == ExampleFormat::ZipOfExamples) {
            set.error(path, 0,
                      QCoreApplication::translate(
                          "ExampleZip",
                          "entry '%1' is an archive inside the archive; unzip the outer "
                          "one and load the folder; not read")
                          .arg(entry.name));
            continue;
        }
        if (!safeEntryName(entry.name) || !scratch.isValid()) {
            set.error(
                path, 0,
                scratch.isValid()
                    ? QCoreApplication::translate(
                          "ExampleZip", "entry '%1' names a place outside the archive's folder; "
                                        "not read")
                          .arg(entry.name)
                    : QCoreApplication::translate("ExampleZip",
                                                  "no temporary folder to read entry '%1' from: %2")
                          .arg(entry.name, scratch.errorString()));
            continue;
        }
        const QString target = root + QLatin1Char('/') + entry.name;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size()) {
            set.error(path, 0,
                      QCoreApplication::translate("ExampleZip",
                                                  "cannot copy entry '%1' to a temporary file: %2")
                          .arg(entry.name, out.errorString()));
            continue;
        }
        extracted += isRunInfo(name) ? 0 : 1;
    }
    if (extracted > 0) {
        ExampleSet inside = readExampleFolder(root, opts);
        inside.renameFolder(root, path);
        set.append(std::move(inside));
    }
    if (files == 0)
        set.warn(path, 0, QCoreApplication::translate("ExampleZip", "the archive holds no files"));
    return set;
}

} // namespace ee
