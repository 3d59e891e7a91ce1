// SPDX-License-Identifier: GPL-3.0-or-later
// The model behind a folder of lm-eval samples, from the results file the harness writes beside
// them (docs/formats.md §A3).
#include "io/examples/LmEvalRunInfo.h"

#include "io/examples/ExampleSource.h"
#include "io/examples/JsonLines.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ee {

namespace {

// The 1-based line of the first `"key"` in `bytes` (0 when absent): the JSON parser gives no
// positions, and a user fixing a size wants to be sent to its line.
qint64 lineOfKey(const QByteArray& bytes, const char* key) {
    const qsizetype at = bytes.indexOf(QByteArray("\"") + key + '"');
    return at < 0 ? 0 : bytes.left(at).count('\n') + 1;
}

// `pretrained=org/name,dtype=…` → "org/name" (the same rule as the score reader LmEvalJson).
QString pretrainedOf(const QString& modelArgs) {
    for (const QString& part : modelArgs.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("pretrained=")))
            return p.mid(11);
    }
    return {};
}

} // namespace

bool looksLikeLmEvalResults(const QByteArray& head, const QString& fileName) {
    return fileName.startsWith(QLatin1String("results")) &&
           fileName.endsWith(QLatin1String(".json")) && head.contains("\"results\"");
}

std::optional<LmEvalRunInfo> readLmEvalRunInfo(const QString& path, ExampleSet& set) {
    const std::optional<ExampleSource> file = readExampleSource(path, set);
    if (!file)
        return std::nullopt;
    QString error;
    const QJsonDocument doc = jsonl::parseLenient(file->bytes, error);
    if (!error.isEmpty() || !doc.isObject()) {
        set.warn(path, 0,
                 QCoreApplication::translate(
                     "LmEvalRunInfo", "results file: %1; the model, size and shots of the samples "
                                      "beside it are not taken from it")
                     .arg(error.isEmpty() ? QCoreApplication::translate("LmEvalRunInfo",
                                                                        "expected a JSON object")
                                          : error));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject config = root.value(QLatin1String("config")).toObject();
    LmEvalRunInfo info;
    info.file = path;
    info.model = root.value(QLatin1String("model_name")).toString();
    if (info.model.isEmpty())
        info.model = pretrainedOf(config.value(QLatin1String("model_args")).toString());
    if (const QJsonValue n = config.value(QLatin1String("model_num_parameters"));
        !n.isUndefined() && !n.isNull()) {
        const qint64 line = lineOfKey(file->bytes, "model_num_parameters");
        const QString field = QStringLiteral("config.model_num_parameters");
        const std::optional<double> value = jsonl::numberOf(n);
        if (!value)
            set.warn(path, line,
                     QCoreApplication::translate("LmEvalRunInfo",
                                                 "not a number; the model's size is unknown"),
                     field);
        info.params = set.checkedSize(path, line, field, value);
        info.paramsLine = info.params ? line : 0;
    }
    const QJsonObject nShot = root.value(QLatin1String("n-shot")).toObject();
    for (auto it = nShot.begin(); it != nShot.end(); ++it)
        if (const auto k = set.checkedShots(path, lineOfKey(file->bytes, "n-shot"),
                                            jsonl::numberOf(it.value())))
            info.shots.insert(it.key(), *k);
    return info;
}

} // namespace ee
