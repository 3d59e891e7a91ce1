// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LmEvalJson.h"

#include "io/LenientJson.h"
#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ee::LmEvalJson {

namespace {

/// `pretrained=org/name,...` → `org/name`; falls back to the `model` field.
QString modelName(const QJsonObject& config) {
    const QString args = config.value(QLatin1String("model_args")).toString();
    for (const QString& part : args.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("pretrained=")))
            return p.mid(11);
    }
    return config.value(QLatin1String("model_name"))
        .toString(config.value(QLatin1String("model")).toString());
}

/// The stderr key for a metric key: `acc` → `acc_stderr`, v0.4 `acc,none` → `acc_stderr,none`.
QString stderrKey(const QString& metric) {
    const qsizetype comma = metric.indexOf(QLatin1Char(','));
    if (comma < 0)
        return metric + QLatin1String("_stderr");
    return metric.left(comma) + QLatin1String("_stderr") + metric.mid(comma);
}

/// A shot count from `value` (absent or not a number: unknown). A number that is not a whole
/// count from 0 to 10,000 (e.g. 1e30, which toInt() would turn into 0) is reported and unknown.
std::optional<int> shotCount(const QJsonValue& value, const QString& file, const QString& place,
                             Diagnostics& diag) {
    if (!value.isDouble())
        return std::nullopt;
    const double v = value.toDouble();
    if (v >= 0 && v <= 10000 && v == std::floor(v))
        return static_cast<int>(v);
    diag.warn(file, 0,
              QCoreApplication::translate(
                  "LmEvalJson", "%1 is not a whole number of shots from 0 to 10000; the shot count "
                                "is left unknown")
                  .arg(formatNumberExact(v)),
              place);
    return std::nullopt;
}

bool isStderrKey(const QString& key) {
    return key.section(QLatin1Char(','), 0, 0).endsWith(QLatin1String("_stderr"));
}

} // namespace

ImportResult read(const QByteArray& bytes, const QString& file, const QString& source,
                  const ModelCatalog& catalog) {
    ImportResult result;
    Diagnostics& diag = result.diagnostics;
    // UTF-16 files (saved by some Windows editors) are converted with a warning, as the CSV
    // readers do; otherwise the parser's only complaint would be "illegal value at byte 1".
    const QByteArray text = normalizeTextEncoding(bytes, file, diag);
    // Python's json.dump writes NaN/Infinity for undefined metrics: those values are reported
    // and skipped, the rest of the file still loads (QJsonDocument alone rejects the file).
    const LenientJson::Parsed parsed = LenientJson::parse(text);
    if (!parsed.error.isEmpty()) {
        diag.error(file, parsed.line,
                   QCoreApplication::translate("LmEvalJson", "invalid JSON at byte %1: %2")
                       .arg(parsed.offset)
                       .arg(parsed.error),
                   QStringLiteral("byte %1").arg(parsed.offset));
        return result;
    }
    for (const LenientJson::NonFinite& f : parsed.nonFinite)
        diag.warn(file, f.line,
                  QCoreApplication::translate(
                      "LmEvalJson", "'%1' is not a finite number that JSON can hold (NaN, infinity "
                                    "or beyond the double range); the value is read as missing")
                      .arg(f.text),
                  f.key);
    const QJsonDocument& doc = parsed.doc;
    const QJsonObject root = doc.object();
    const QJsonValue resultsValue = root.value(QLatin1String("results"));
    if (!resultsValue.isObject()) {
        diag.error(file, 0,
                   QCoreApplication::translate(
                       "LmEvalJson", "no \"results\" object: not an lm-evaluation-harness "
                                     "results file"),
                   QStringLiteral("results"));
        return result;
    }
    const QJsonObject config = root.value(QLatin1String("config")).toObject();
    QString model = modelName(config);
    if (model.startsWith(QLatin1Char('/')) || model.isEmpty()) {
        // A local checkpoint path says nothing portable; the results folder usually names it.
        const QString folder = QFileInfo(file).dir().dirName();
        diag.warn(file, 0,
                  QCoreApplication::translate(
                      "LmEvalJson", "the model is given as a local path ('%1'); using the folder "
                                    "name '%2' as its name")
                      .arg(model, folder),
                  QStringLiteral("config.model_args"));
        model = folder;
    }
    ModelInfo info{model, QString(), {}};
    if (const ModelInfo* known = catalog.find(model)) {
        info.family = known->family;
        info.scale = known->scale;
    } else {
        diag.warn(file, 0,
                  QCoreApplication::translate(
                      "LmEvalJson", "no size is known for model '%1' (give a model metadata table: "
                                    "File → Load model metadata… in the app, --models on the "
                                    "command line); its scale is left unknown")
                      .arg(model));
    }
    const std::optional<int> defaultShots =
        shotCount(config.value(QLatin1String("num_fewshot")), file,
                  QStringLiteral("config.num_fewshot"), diag);
    const QJsonObject nShot = root.value(QLatin1String("n-shot")).toObject();

    const QJsonObject results = resultsValue.toObject();
    for (auto t = results.begin(); t != results.end(); ++t) {
        const QString task = t.key();
        if (!t.value().isObject()) {
            diag.error(file, 0,
                       QCoreApplication::translate("LmEvalJson", "expected an object of metrics"),
                       QStringLiteral("results.%1").arg(task));
            continue;
        }
        std::optional<int> shots = defaultShots;
        if (nShot.value(task).isDouble())
            shots = shotCount(nShot.value(task), file, QStringLiteral("n-shot.%1").arg(task), diag);
        const QJsonObject metrics = t.value().toObject();
        for (auto m = metrics.begin(); m != metrics.end(); ++m) {
            const QString metric = m.key();
            if (isStderrKey(metric) || metric == QLatin1String("alias") ||
                LenientJson::isMarker(m.value()))
                continue; // a non-finite value was reported with its line above
            const QString place = QStringLiteral("results.%1.%2").arg(task, metric);
            if (!m.value().isDouble()) {
                diag.error(
                    file, 0,
                    QCoreApplication::translate("LmEvalJson", "the value is not a number; skipped"),
                    place);
                continue;
            }
            const double v = m.value().toDouble();
            if (!std::isfinite(v)) {
                diag.error(
                    file, 0,
                    QCoreApplication::translate("LmEvalJson", "the value is not finite; skipped"),
                    place);
                continue;
            }
            ScoreRow row;
            row.source = source;
            row.task = task;
            row.family = info.family;
            row.model = info.name;
            row.scale = info.scale;
            row.shots = shots;
            row.prompting = prompting::standard;
            row.metric = metric;
            row.value = v;
            const QJsonValue se = metrics.value(stderrKey(metric));
            if (se.isDouble() && std::isfinite(se.toDouble()))
                row.stderr_ = se.toDouble();
            result.table.append(row);
        }
    }
    return result;
}

} // namespace ee::LmEvalJson
