// SPDX-License-Identifier: GPL-3.0-or-later
// Reader of the project's per-example JSONL (formats.md B2).
#include "metrics/ExampleReaders.h"
#include "metrics/JsonLines.h"

#include <QJsonArray>
#include <cmath>

namespace ee::metrics {

namespace {

std::optional<double> optNumber(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return jsonl::numberOf(v);
}

// Reads a list of numbers; false (with `why`) when an entry is not a number.
bool numberList(const QJsonValue& v, QList<double>& out, QString& why) {
    out.clear();
    if (!v.isArray()) {
        why = QStringLiteral("is not a list");
        return false;
    }
    for (const auto& x : v.toArray()) {
        const auto d = jsonl::numberOf(x);
        if (!d) {
            why = QStringLiteral("has a non-numeric entry");
            return false;
        }
        out.append(*d);
    }
    return true;
}

bool hasNaN(const QList<double>& v) {
    for (double d : v)
        if (std::isnan(d))
            return true;
    return false;
}

} // namespace

ExampleSet readExampleJsonl(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    auto onObject = [&](const QJsonObject& o, qint64 line) {
        ExampleGroupKey key;
        key.task = opts.task.isEmpty() ? o.value(QLatin1String("task")).toString() : opts.task;
        key.subtask = o.value(QLatin1String("subtask")).toString();
        key.family = o.contains(QLatin1String("family"))
                         ? o.value(QLatin1String("family")).toString()
                         : opts.family;
        key.model = o.contains(QLatin1String("model")) ? o.value(QLatin1String("model")).toString()
                                                       : opts.model;
        key.scale = opts.scale;
        // A bad size is reported and the scale left unknown; the examples themselves are good.
        auto size = [&](const char* field, std::optional<double>& into) {
            if (const QJsonValue v = o.value(QLatin1String(field)); !v.isUndefined() && !v.isNull())
                into = set.checkedSize(path, line, QLatin1String(field),
                                       jsonl::numberOf(v).value_or(std::nan("")));
        };
        size("params", key.scale.params);
        size("nonembedding_params", key.scale.nonEmbeddingParams);
        size("tokens", key.scale.tokens);
        size("flops", key.scale.flops);
        key.shots = opts.shots;
        if (auto s = set.checkedShots(path, line, optNumber(o, "shots")))
            key.shots = *s;
        key.prompting = o.contains(QLatin1String("prompting"))
                            ? o.value(QLatin1String("prompting")).toString()
                            : opts.prompting;
        if (key.task.isEmpty() || key.model.isEmpty()) {
            set.warn(path, line, QStringLiteral("record has no task or no model; skipped"));
            set.countSkippedUnkeyed();
            return;
        }
        Example e;
        e.line = line;
        const QJsonValue id = o.value(QLatin1String("id"));
        e.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
        if (e.id.isEmpty())
            e.id = QString::number(line);
        if (opts.keepInputs)
            e.input = o.value(QLatin1String("input")).toString();
        auto skip = [&](const QString& why) {
            set.warn(path, line, QStringLiteral("example '%1': %2; skipped").arg(e.id, why));
            set.countSkipped(key, path);
        };
        if (o.contains(QLatin1String("output"))) {
            if (!o.value(QLatin1String("output")).isString())
                return skip(QStringLiteral("'output' is not a string"));
            e.output = o.value(QLatin1String("output")).toString();
        }
        e.targets = jsonl::stringList(o.value(QLatin1String("targets")));
        QString why;
        if (o.contains(QLatin1String("choice_logprobs"))) {
            if (!numberList(o.value(QLatin1String("choice_logprobs")), e.choiceLogprobs, why))
                return skip(QStringLiteral("'choice_logprobs' ") + why);
            if (!numberList(o.value(QLatin1String("target_scores")), e.targetScores, why))
                return skip(QStringLiteral("'target_scores' ") + why);
            e.choices = jsonl::stringList(o.value(QLatin1String("choices")));
            if (e.choiceLogprobs.size() != e.targetScores.size())
                return skip(QStringLiteral("%1 choice log-probs but %2 target scores")
                                .arg(e.choiceLogprobs.size())
                                .arg(e.targetScores.size()));
            if (!e.choices.isEmpty() && e.choices.size() != e.choiceLogprobs.size())
                return skip(QStringLiteral("%1 choices but %2 choice log-probs")
                                .arg(e.choices.size())
                                .arg(e.choiceLogprobs.size()));
            if (hasNaN(e.choiceLogprobs))
                return skip(QStringLiteral("a choice log-prob is NaN"));
        }
        if (auto lp = optNumber(o, "target_logprob")) {
            if (std::isnan(*lp))
                return skip(QStringLiteral("'target_logprob' is NaN"));
            e.targetLogprob = *lp;
        } else if (o.contains(QLatin1String("target_logprob")) &&
                   !o.value(QLatin1String("target_logprob")).isNull()) {
            return skip(QStringLiteral("'target_logprob' is not a number"));
        }
        if (auto n = optNumber(o, "target_tokens"))
            e.targetTokens = static_cast<qint64>(*n);
        if (o.contains(QLatin1String("token_logprobs"))) {
            if (!numberList(o.value(QLatin1String("token_logprobs")), e.tokenLogprobs, why))
                return skip(QStringLiteral("'token_logprobs' ") + why);
            if (hasNaN(e.tokenLogprobs))
                return skip(QStringLiteral("a token log-prob is NaN"));
        }
        const bool generative = e.output.has_value();
        const bool mc = !e.choiceLogprobs.isEmpty();
        const bool scoring = e.targetLogprob.has_value() || !e.tokenLogprobs.isEmpty();
        if (!generative && !mc && !scoring)
            return skip(QStringLiteral("needs 'output' + 'targets' or 'choice_logprobs' + "
                                       "'target_scores' (or a target log-prob)"));
        if (generative && e.targets.isEmpty() && !mc && !scoring)
            return skip(QStringLiteral("has an output but no targets"));
        set.add(key, std::move(e), path);
    };
    QString error;
    const bool ok = jsonl::forEachObject(
        path, onObject,
        [&](qint64 line, const QString& msg) {
            set.warn(path, line, msg + QStringLiteral("; line skipped"));
            set.countSkippedUnkeyed();
        },
        error);
    if (!ok)
        set.error(path, 0, error);
    return set;
}

} // namespace ee::metrics
