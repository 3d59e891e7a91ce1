// SPDX-License-Identifier: GPL-3.0-or-later
// Reader of the project's per-example JSONL (docs/formats.md §B2).
#include "io/examples/ExampleReaders.h"
#include "io/examples/ParallelJsonLines.h"

#include <QCoreApplication>
#include <cmath>

namespace ee {

namespace {

using jsonl::numberOfView;
using jsonl::SimdView;
using jsonl::stringListView;

/// The task, model, … of a record: the same few strings on every line, so each thread keeps the
/// last one per slot and shares it (one QString per value rather than one per record).
QString keyString(const SimdView& v, int slot) {
    struct Last {
        bool valid = false;
        std::string bytes;
        QString text;
    };
    thread_local Last last[5];
    // A non-string reads as "" (QJsonValue::toString()), the same as an empty string.
    const std::string_view s = v.utf8();
    Last& l = last[slot];
    if (!l.valid || l.bytes != s) {
        l.valid = true;
        l.bytes.assign(s);
        l.text = v.toString();
    }
    return l.text;
}
QString keyString(const jsonl::QtView& v, int) {
    return v.toString();
}

template <typename View> std::optional<double> optNumber(const View& o, const char* key) {
    const View v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return numberOfView(v);
}

// Reads a list of numbers; false (with `why`, naming `field`) when it is not a list of numbers.
template <typename View>
bool numberList(const View& v, const char* field, QList<double>& out, QString& why) {
    out.clear();
    if (!v.isArray()) {
        why = QCoreApplication::translate("ExampleJsonl", "'%1' is not a list")
                  .arg(QLatin1String(field));
        return false;
    }
    bool ok = true;
    v.forEach([&](const View& x) {
        if (!ok)
            return;
        const auto d = numberOfView(x);
        if (!d) {
            why = QCoreApplication::translate("ExampleJsonl", "'%1' has a non-numeric entry")
                      .arg(QLatin1String(field));
            ok = false;
            return;
        }
        out.append(*d);
    });
    return ok;
}

bool hasNaN(const QList<double>& v) {
    for (double d : v)
        if (std::isnan(d))
            return true;
    return false;
}

template <typename View>
void readRecord(const View& o, qint64 line, RecordLog& log, const ExampleReadOptions& opts) {
    ExampleGroupKey key;
    key.task = opts.task.isEmpty() ? keyString(o.value("task"), 0) : opts.task;
    key.subtask = keyString(o.value("subtask"), 1);
    key.family = o.contains("family") ? keyString(o.value("family"), 2) : opts.family;
    key.model = o.contains("model") ? keyString(o.value("model"), 3) : opts.model;
    key.scale = opts.scale;
    // A bad size is reported and the scale left unknown; the examples themselves are good.
    auto size = [&](const char* field, std::optional<double>& into) {
        if (const View v = o.value(field); !v.isUndefined() && !v.isNull())
            into =
                log.checkedSize(line, QLatin1String(field), numberOfView(v).value_or(std::nan("")));
    };
    size("params", key.scale.params);
    size("nonembedding_params", key.scale.nonEmbeddingParams);
    size("tokens", key.scale.tokens);
    size("flops", key.scale.flops);
    key.shots = opts.shots;
    if (auto s = log.checkedShots(line, optNumber(o, "shots")))
        key.shots = *s;
    key.prompting = o.contains("prompting") ? keyString(o.value("prompting"), 4) : opts.prompting;
    if (key.task.isEmpty() || key.model.isEmpty()) {
        log.warn(line, QCoreApplication::translate("ExampleJsonl",
                                                   "record has no task or no model; skipped"));
        log.countSkippedUnkeyed();
        return;
    }
    Example e;
    e.line = line;
    const View id = o.value("id");
    e.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
    if (e.id.isEmpty())
        e.id = QString::number(line);
    if (opts.keepInputs)
        e.input = o.value("input").toString();
    auto skip = [&](const QString& why) {
        log.warn(line, QCoreApplication::translate("ExampleJsonl", "example '%1': %2; skipped")
                           .arg(e.id, why));
        log.countSkipped(key);
    };
    if (const View output = o.value("output"); !output.isUndefined()) {
        if (!output.isString())
            return skip(QCoreApplication::translate("ExampleJsonl", "'output' is not a string"));
        e.output = output.toString();
    }
    e.targets = stringListView(o.value("targets"));
    QString why;
    if (const View lps = o.value("choice_logprobs"); !lps.isUndefined()) {
        if (!numberList(lps, "choice_logprobs", e.choiceLogprobs, why))
            return skip(why);
        if (!numberList(o.value("target_scores"), "target_scores", e.targetScores, why))
            return skip(why);
        e.choices = stringListView(o.value("choices"));
        if (e.choiceLogprobs.size() != e.targetScores.size())
            return skip(QCoreApplication::translate("ExampleJsonl",
                                                    "%1 choice log-probs but %2 target scores")
                            .arg(e.choiceLogprobs.size())
                            .arg(e.targetScores.size()));
        if (!e.choices.isEmpty() && e.choices.size() != e.choiceLogprobs.size())
            return skip(
                QCoreApplication::translate("ExampleJsonl", "%1 choices but %2 choice log-probs")
                    .arg(e.choices.size())
                    .arg(e.choiceLogprobs.size()));
        if (hasNaN(e.choiceLogprobs))
            return skip(QCoreApplication::translate("ExampleJsonl", "a choice log-prob is NaN"));
        if (const View u = o.value("unconditional_logprobs"); !u.isUndefined()) {
            if (!numberList(u, "unconditional_logprobs", e.unconditionalLogprobs, why))
                return skip(why);
            if (e.unconditionalLogprobs.size() != e.choiceLogprobs.size())
                return skip(
                    QCoreApplication::translate(
                        "ExampleJsonl", "%1 unconditional log-probs but %2 choice log-probs")
                        .arg(e.unconditionalLogprobs.size())
                        .arg(e.choiceLogprobs.size()));
            if (hasNaN(e.unconditionalLogprobs))
                return skip(QCoreApplication::translate("ExampleJsonl",
                                                        "an unconditional log-prob is NaN"));
        }
    }
    // pass@k: several sampled outputs, or the counts of samples and correct ones.
    if (const View outs = o.value("outputs"); !outs.isUndefined()) {
        if (!outs.isArray())
            return skip(QCoreApplication::translate("ExampleJsonl", "'outputs' is not a list"));
        bool allStrings = true;
        outs.forEach([&](const View& x) {
            allStrings = allStrings && x.isString();
            e.sampleOutputs.append(x.toString());
        });
        if (!allStrings)
            return skip(QCoreApplication::translate("ExampleJsonl",
                                                    "'outputs' has an entry that is not a string"));
    }
    const auto count = [&](const char* field, std::optional<qint64>& into) -> QString {
        const View v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        const auto d = numberOfView(v);
        if (!d || !std::isfinite(*d) || std::floor(*d) != *d || *d < 0 || *d > 1e15)
            return QCoreApplication::translate("ExampleJsonl", "'%1' must be a whole number >= 0")
                .arg(QLatin1String(field));
        into = static_cast<qint64>(*d);
        return {};
    };
    if (QString bad = count("num_samples", e.sampleCount); !bad.isEmpty())
        return skip(bad);
    if (QString bad = count("num_correct", e.correctCount); !bad.isEmpty())
        return skip(bad);
    if (e.sampleCount.has_value() != e.correctCount.has_value())
        return skip(QCoreApplication::translate("ExampleJsonl",
                                                "'num_samples' and 'num_correct' go together"));
    if (e.sampleCount && *e.correctCount > *e.sampleCount)
        return skip(QCoreApplication::translate("ExampleJsonl",
                                                "'num_correct' (%1) exceeds 'num_samples' (%2)")
                        .arg(*e.correctCount)
                        .arg(*e.sampleCount));
    if (auto lp = optNumber(o, "target_logprob")) {
        if (std::isnan(*lp))
            return skip(QCoreApplication::translate("ExampleJsonl", "'target_logprob' is NaN"));
        e.targetLogprob = *lp;
    } else if (const View v = o.value("target_logprob"); !v.isUndefined() && !v.isNull()) {
        return skip(
            QCoreApplication::translate("ExampleJsonl", "'target_logprob' is not a number"));
    }
    if (auto n = optNumber(o, "target_tokens"))
        e.targetTokens = static_cast<qint64>(*n);
    if (const View tl = o.value("token_logprobs"); !tl.isUndefined()) {
        if (!numberList(tl, "token_logprobs", e.tokenLogprobs, why))
            return skip(why);
        if (hasNaN(e.tokenLogprobs))
            return skip(QCoreApplication::translate("ExampleJsonl", "a token log-prob is NaN"));
    }
    const bool generative = e.output.has_value();
    const bool mc = !e.choiceLogprobs.isEmpty();
    const bool scoring = e.targetLogprob.has_value() || !e.tokenLogprobs.isEmpty();
    const bool sampled = e.sampleCount.has_value() || !e.sampleOutputs.isEmpty();
    if (!e.sampleOutputs.isEmpty() && e.targets.isEmpty())
        return skip(QCoreApplication::translate("ExampleJsonl", "has 'outputs' but no targets"));
    if (!generative && !mc && !scoring && !sampled)
        return skip(QCoreApplication::translate(
            "ExampleJsonl", "needs 'output' + 'targets' or 'choice_logprobs' + "
                            "'target_scores' (or a target log-prob, or 'outputs' + "
                            "'targets', or 'num_samples' + 'num_correct')"));
    if (generative && e.targets.isEmpty() && !mc && !scoring)
        return skip(QCoreApplication::translate("ExampleJsonl", "has an output but no targets"));
    log.add(key, std::move(e));
}

} // namespace

ExampleSet readExampleJsonl(const QString& path, const ExampleReadOptions& opts) {
    return readExampleJsonl(path, opts, {});
}

ExampleSet readExampleJsonl(const QString& path, const ExampleReadOptions& opts,
                            const ExampleSinkFactory& sinks) {
    ExampleSet set;
    jsonl::RecordReader reader;
    reader.sinks = sinks;
    reader.simd = [&](const SimdView& o, qint64 line, RecordLog& log) {
        readRecord(o, line, log, opts);
    };
    reader.qt = [&](const jsonl::QtView& o, qint64 line, RecordLog& log) {
        readRecord(o, line, log, opts);
    };
    QString error;
    if (!jsonl::readRecords(path, reader, set, error))
        set.error(path, 0, error);
    return set;
}

} // namespace ee
