// SPDX-License-Identifier: GPL-3.0-or-later
// Readers of lm-evaluation-harness per-example files (formats.md A3).
#include "metrics/ExampleReaders.h"
#include "metrics/JsonLines.h"
#include "metrics/ParallelJsonLines.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace ee::metrics {

namespace {

// lm-eval output folders are named after the model ("EleutherAI__pythia-160m").
QString modelFromPath(const QString& path, const ExampleReadOptions& opts) {
    if (!opts.model.isEmpty())
        return opts.model;
    QString dir = QFileInfo(path).absoluteDir().dirName();
    return dir.replace(QStringLiteral("__"), QStringLiteral("/"));
}

ExampleGroupKey baseKey(const QString& task, const QString& path, const ExampleReadOptions& opts) {
    ExampleGroupKey k;
    k.task = opts.task.isEmpty() ? task : opts.task;
    k.family = opts.family;
    k.model = modelFromPath(path, opts);
    k.scale = opts.scale;
    k.shots = opts.shots;
    k.prompting = opts.prompting;
    return k;
}

// The continuation of request `r` (v0.4 `arguments`: [ctx, cont] or {"gen_args_0": {"arg_0",
// "arg_1"}}).
template <typename View> QString continuationOf(const View& r) {
    if (r.isArray())
        return r.at(1).toString();
    return r.value("gen_args_0").value("arg_1").toString();
}

// One samples_*.jsonl record, over either parser's view (ParallelJsonLines.h).
template <typename View>
void readSample(const View& o, qint64 line, RecordLog& log, const ExampleGroupKey& key) {
    Example e;
    e.line = line;
    e.id = QString::number(o.value("doc_id").toInteger(line - 1));
    auto skip = [&](const QString& why) {
        log.warn(line, QStringLiteral("doc %1: %2; skipped").arg(e.id, why));
        log.countSkipped(key);
    };
    std::vector<View> resps;
    o.value("filtered_resps").forEach([&](const View& r) { resps.push_back(r); });
    if (resps.empty()) {
        // resps is a list per request of lists of responses: take each request's first.
        o.value("resps").forEach(
            [&](const View& r) { resps.push_back(r.isArray() ? r.at(0) : r); });
    }
    if (resps.empty())
        return skip(QStringLiteral("no responses"));
    const View target = o.value("target");
    const bool loglik = resps.front().isArray();
    if (!loglik) {
        e.output = resps.front().toString();
        e.targets = jsonl::stringListView(target);
        if (target.isDouble())
            e.targets = {QString::number(target.toDouble(), 'g', 17)};
        if (e.targets.isEmpty())
            return skip(QStringLiteral("no target"));
        log.add(key, std::move(e));
        return;
    }
    for (const View& r : resps) {
        const auto lp = jsonl::numberOfView(r.at(0));
        if (!lp)
            return skip(QStringLiteral("a log-likelihood is not a number"));
        if (std::isnan(*lp))
            return skip(QStringLiteral("a log-likelihood is NaN"));
        e.choiceLogprobs.append(*lp);
    }
    const View args = o.value("arguments");
    args.forEach([&](const View& a) { e.choices.append(continuationOf(a)); });
    if (args.size() > 0 && args.size() != e.choiceLogprobs.size())
        return skip(QStringLiteral("%1 requests but %2 log-likelihoods")
                        .arg(args.size())
                        .arg(e.choiceLogprobs.size()));
    qsizetype correct = -1;
    if (const auto idx = jsonl::numberOfView(target); idx && *idx >= 0 && std::floor(*idx) == *idx)
        correct = static_cast<qsizetype>(*idx);
    else if (target.isString())
        for (qsizetype i = 0; i < e.choices.size(); ++i)
            if (e.choices[i].trimmed() == target.toString().trimmed())
                correct = i;
    if (correct < 0 || correct >= e.choiceLogprobs.size()) {
        if (e.choiceLogprobs.size() == 1) {
            // A single log-likelihood request (e.g. LAMBADA): the target's log-prob.
            e.targetLogprob = e.choiceLogprobs.first();
            e.choiceLogprobs.clear();
            e.choices.clear();
            e.targets = jsonl::stringListView(target);
            log.add(key, std::move(e));
            return;
        }
        return skip(QStringLiteral("cannot tell which choice is correct from 'target'"));
    }
    for (qsizetype i = 0; i < e.choiceLogprobs.size(); ++i)
        e.targetScores.append(i == correct ? 1.0 : 0.0);
    log.add(key, std::move(e));
}

} // namespace

ExampleSet readLmEvalSamples(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    // samples_<task>_<timestamp>.jsonl
    QString task = QFileInfo(path).completeBaseName();
    if (task.startsWith(QLatin1String("samples_")))
        task = task.mid(8);
    if (const qsizetype us = task.lastIndexOf(QLatin1Char('_')); us > 0)
        task = task.left(us);
    const ExampleGroupKey key = baseKey(task, path, opts);
    jsonl::RecordReader reader;
    reader.simd = [&](const jsonl::SimdView& o, qint64 line, RecordLog& log) {
        readSample(o, line, log, key);
    };
    reader.qt = [&](const jsonl::QtView& o, qint64 line, RecordLog& log) {
        readSample(o, line, log, key);
    };
    QString error;
    if (!jsonl::readRecords(path, reader, set, error))
        set.error(path, 0, error);
    return set;
}

ExampleSet readLmEvalWriteOut(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    QString task = QFileInfo(path).fileName();
    task.remove(QStringLiteral("_write_out_info.json"));
    const ExampleGroupKey key = baseKey(task, path, opts);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        set.error(path, 0, QStringLiteral("cannot open: %1").arg(f.errorString()));
        return set;
    }
    QString err;
    const QJsonDocument doc = jsonl::parseLenient(f.readAll(), err);
    if (!err.isEmpty() || !doc.isArray()) {
        set.error(path, 0, err.isEmpty() ? QStringLiteral("expected a JSON array") : err);
        return set;
    }
    qint64 noTargets = 0;
    const QJsonArray arr = doc.array();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        Example e;
        e.line = i + 1;
        e.id = o.value(QLatin1String("doc_id")).isString()
                   ? o.value(QLatin1String("doc_id")).toString()
                   : QString::number(o.value(QLatin1String("doc_id")).toInteger(i));
        if (o.contains(QLatin1String("logit_1"))) {
            bool bad = false;
            for (int k = 0; o.contains(QStringLiteral("logit_%1").arg(k)); ++k) {
                const auto lp = jsonl::numberOf(o.value(QStringLiteral("logit_%1").arg(k)));
                if (!lp || std::isnan(*lp))
                    bad = true;
                else
                    e.choiceLogprobs.append(*lp);
            }
            const auto truth = jsonl::numberOf(o.value(QLatin1String("truth")));
            if (bad || !truth || *truth < 0 || *truth >= e.choiceLogprobs.size()) {
                set.warn(path, e.line,
                         QStringLiteral("doc %1: bad logit_i or truth; skipped").arg(e.id),
                         QStringLiteral("[%1]").arg(i));
                set.countSkipped(key, path);
                continue;
            }
            for (qsizetype c = 0; c < e.choiceLogprobs.size(); ++c)
                e.targetScores.append(c == static_cast<qsizetype>(*truth) ? 1.0 : 0.0);
            set.add(key, std::move(e), path);
            continue;
        }
        // Generation: the harness computed metrics on logit_0.strip(); references are absent.
        e.output = o.value(QLatin1String("logit_0")).toString().trimmed();
        e.targets = jsonl::stringList(o.value(QLatin1String("truth")));
        e.targets.removeIf([](const QString& t) { return t.trimmed().isEmpty(); });
        if (e.targets.isEmpty()) {
            ++noTargets;
            set.countSkipped(key, path);
            continue;
        }
        set.add(key, std::move(e), path);
    }
    if (noTargets > 0)
        set.warn(path, 0,
                 QStringLiteral("%1 generation record(s) have no reference text "
                                "(v0.3 write_out stores only ' ' as truth); skipped")
                     .arg(noTargets));
    return set;
}

} // namespace ee::metrics
