// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundled/BundledExamples.h"

#include "io/ZipArchive.h"
#include "io/examples/MmluProOutputs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace ee {

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
        list.append({QStringLiteral("examples/gsm8k/example_model_solutions.jsonl.gz"),
                     QStringLiteral("openai-gsm8k-example-model-solutions/grade_school_math/"
                                    "data/example_model_solutions.jsonl"),
                     true, BundledExampleFile::Kind::Gsm8kSolutions});
        return list;
    }();
    return files;
}

QByteArray gsm8kCompact(const QByteArray& jsonl, QString& error) {
    QByteArray out;
    qsizetype line = 0;
    for (const QByteArray& raw : jsonl.split('\n')) {
        ++line;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        QJsonObject o = QJsonDocument::fromJson(raw, &pe).object();
        if (pe.error != QJsonParseError::NoError || o.isEmpty()) {
            error = QStringLiteral("line %1: not a JSON object").arg(line);
            return {};
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.value().isObject()) {
                QJsonObject method = it.value().toObject();
                method.remove(QLatin1String("is_correct"));
                it.value() = method;
            }
        out += QJsonDocument(o).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

std::optional<QByteArray> buildBundledExampleFile(const BundledExampleFile& file,
                                                  const QString& sharedDataDir, Diagnostics& diag) {
    const QString path = QDir(sharedDataDir).filePath(file.input);
    if (file.kind == BundledExampleFile::Kind::Gsm8kSolutions) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            diag.error(path, 0, QStringLiteral("cannot read: %1").arg(f.errorString()));
            return std::nullopt;
        }
        QString error;
        const QByteArray compacted = gsm8kCompact(f.readAll(), error);
        if (compacted.isEmpty()) {
            diag.error(path, 0, error.isEmpty() ? QStringLiteral("holds no solutions") : error);
            return std::nullopt;
        }
        return compacted;
    }
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
    const QByteArray compacted = ee::mmlupro::compact(*bytes, file.keepQuestions, error);
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

} // namespace ee
