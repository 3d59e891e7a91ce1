// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/BundledExamples.h"

#include "io/ZipArchive.h"
#include "metrics/MmluProOutputs.h"

#include <QDir>
#include <QFileInfo>

namespace ee::metrics {

const QList<BundledExampleFile>& bundledExampleFiles() {
    static const QList<BundledExampleFile> files = [] {
        QList<BundledExampleFile> list;
        // Smallest first: the first file carries the questions (the instance view shows the
        // first input it finds, and the 7B file is read first).
        const char* models[] = {"Llama-2-7b-hf", "Llama-2-13b-hf", "Llama-2-70b-hf",
                                "Meta-Llama-3-8B", "Meta-Llama-3-70B"};
        for (const char* model : models) {
            const QString name =
                QStringLiteral("model_outputs_%1_5shots").arg(QLatin1String(model));
            list.append(
                {QStringLiteral("examples/mmlu_pro/%1.json.gz").arg(name),
                 QStringLiteral("tiger-lab-mmlu-pro-model-outputs/eval_results/%1.zip").arg(name),
                 list.isEmpty()});
        }
        return list;
    }();
    return files;
}

std::optional<QByteArray> buildBundledExampleFile(const BundledExampleFile& file,
                                                  const QString& sharedDataDir, Diagnostics& diag) {
    const QString path = QDir(sharedDataDir).filePath(file.input);
    ZipArchive zip;
    if (!zip.open(path)) {
        diag.error(path, 0, zip.error());
        return std::nullopt;
    }
    const ZipEntry* json = nullptr;
    for (const ZipEntry& e : zip.entries())
        if (!e.isDirectory() && e.name.endsWith(QLatin1String(".json"))) {
            if (json) {
                diag.error(path, 0, QStringLiteral("holds more than one JSON file"));
                return std::nullopt;
            }
            json = &e;
        }
    if (!json) {
        diag.error(path, 0, QStringLiteral("holds no JSON file"));
        return std::nullopt;
    }
    QString error;
    const auto bytes = zip.read(*json, error);
    if (!bytes) {
        diag.error(path, 0, error);
        return std::nullopt;
    }
    const QByteArray compacted = mmlupro::compact(*bytes, file.keepQuestions, error);
    if (compacted.isEmpty()) {
        diag.error(path, 0, QStringLiteral("%1: %2").arg(json->name, error));
        return std::nullopt;
    }
    return compacted;
}

QStringList bundledExamplePaths(const QString& datasetsDir) {
    QStringList paths;
    for (const BundledExampleFile& f : bundledExampleFiles()) {
        const QString path = QDir(datasetsDir).filePath(f.fileName);
        if (QFileInfo::exists(path))
            paths << path;
    }
    return paths;
}

} // namespace ee::metrics
