// SPDX-License-Identifier: GPL-3.0-or-later
// Reader of BIG-bench full-log JSON (docs/formats.md §A2).
#include "io/examples/ExampleReaders.h"
#include "io/examples/ExampleSource.h"
#include "io/examples/JsonLines.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace ee {

ExampleSet readBigBenchFullLog(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    const std::optional<ExampleSource> file = readExampleSource(path, set);
    if (!file)
        return set;
    QString err;
    const QJsonDocument doc = jsonl::parseLenient(file->bytes, err);
    if (!err.isEmpty() || !doc.isObject()) {
        set.error(path, 0,
                  err.isEmpty()
                      ? QCoreApplication::translate("BigBenchLog", "expected a JSON object")
                      : err);
        return set;
    }
    const QJsonObject root = doc.object();
    const QJsonObject model = root.value(QLatin1String("model")).toObject();
    ExampleGroupKey base;
    base.task = opts.task.isEmpty() ? root.value(QLatin1String("task"))
                                          .toObject()
                                          .value(QLatin1String("task_name"))
                                          .toString()
                                    : opts.task;
    base.family = model.value(QLatin1String("model_family")).toString(opts.family);
    base.model = model.value(QLatin1String("model_name")).toString(opts.model);
    base.scale = opts.scale;
    if (const auto p = jsonl::numberOf(model.value(QLatin1String("total_params"))))
        base.scale.params = set.checkedSize(path, 0, QStringLiteral("model.total_params"), p);
    if (const auto p = jsonl::numberOf(model.value(QLatin1String("non_embedding_params"))))
        base.scale.nonEmbeddingParams =
            set.checkedSize(path, 0, QStringLiteral("model.non_embedding_params"), p);
    base.prompting = opts.prompting;
    if (base.task.isEmpty() || base.model.isEmpty())
        set.warn(
            path, 0,
            QCoreApplication::translate("BigBenchLog", "no task name or model name in the file"));
    const QJsonArray queries = root.value(QLatin1String("queries")).toArray();
    if (queries.isEmpty())
        set.warn(path, 0,
                 QCoreApplication::translate("BigBenchLog",
                                             "no 'queries': this is a score file, not a full log"));
    for (qsizetype q = 0; q < queries.size(); ++q) {
        const QJsonObject query = queries.at(q).toObject();
        ExampleGroupKey key = base;
        if (const auto s =
                set.checkedShots(path, 0, jsonl::numberOf(query.value(QLatin1String("shots")))))
            key.shots = *s;
        else
            key.shots = opts.shots;
        const QString sub = query.value(QLatin1String("subtask_description")).toString();
        if (const qsizetype colon = sub.indexOf(QLatin1Char(':')); colon >= 0)
            key.subtask = sub.mid(colon + 1);
        const bool mc =
            query.value(QLatin1String("function")).toString() == QLatin1String("cond_log_prob");
        const QJsonArray samples = query.value(QLatin1String("samples")).toArray();
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QJsonObject s = samples.at(i).toObject();
            const QString place = QStringLiteral("queries[%1].samples[%2]").arg(q).arg(i);
            Example e;
            e.id = QStringLiteral("%1.%2").arg(q).arg(i);
            if (opts.keepInputs)
                e.input = s.value(QLatin1String("input")).toString();
            auto skip = [&](const QString& why) {
                set.warn(path, 0,
                         QCoreApplication::translate("BigBenchLog", "%1; skipped").arg(why), place);
                set.countSkipped(key, path);
            };
            // One sample; `return` leaves this sample only.
            [&] {
                if (mc) {
                    const QJsonValue tv = s.value(QLatin1String("target_values"));
                    if (tv.isObject()) { // {choice: score} in JSON order
                        const QJsonObject obj = tv.toObject();
                        for (auto it = obj.begin(); it != obj.end(); ++it) {
                            e.choices << it.key();
                            e.targetScores << it.value().toDouble();
                        }
                    } else {
                        e.choices = jsonl::stringList(s.value(QLatin1String("targets")));
                        for (const auto& v : tv.toArray())
                            e.targetScores << v.toDouble();
                    }
                    QJsonArray scores;
                    for (const char* k : {"scores", "normalized_scores", "absolute_scores"}) {
                        scores = s.value(QLatin1String(k)).toArray();
                        if (!scores.isEmpty())
                            break;
                    }
                    bool bad = false;
                    for (const auto& v : scores) {
                        const auto d = jsonl::numberOf(v);
                        bad = bad || !d || std::isnan(*d);
                        e.choiceLogprobs << d.value_or(0.0);
                    }
                    if (bad)
                        return skip(QCoreApplication::translate(
                            "BigBenchLog", "a choice score is missing or NaN"));
                    if (e.choiceLogprobs.isEmpty() ||
                        e.choiceLogprobs.size() != e.targetScores.size())
                        return skip(QCoreApplication::translate("BigBenchLog",
                                                                "%1 scores but %2 target values")
                                        .arg(e.choiceLogprobs.size())
                                        .arg(e.targetScores.size()));
                } else {
                    e.targets = jsonl::stringList(s.value(QLatin1String("targets")));
                    if (!s.value(QLatin1String("output")).isString())
                        return skip(QCoreApplication::translate("BigBenchLog", "no 'output'"));
                    e.output = s.value(QLatin1String("output")).toString();
                    if (e.targets.isEmpty())
                        return skip(QCoreApplication::translate("BigBenchLog", "no targets"));
                }
                set.add(key, std::move(e), path);
            }();
        }
    }
    return set;
}

} // namespace ee
