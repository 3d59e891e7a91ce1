// SPDX-License-Identifier: GPL-3.0-or-later
// Readers of lm-evaluation-harness per-example files (docs/formats.md §A3).
#include "io/examples/ExampleReaders.h"
#include "io/examples/ExampleSource.h"
#include "io/examples/JsonLines.h"
#include "io/examples/ParallelJsonLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace ee {

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

// The continuations of a record's requests, and their count: v0.4.0 writes `arguments` as a
// list of [ctx, cont]; later v0.4 releases as {"gen_args_0": {"arg_0": ctx, "arg_1": cont},
// "gen_args_1": …}. Read as a list, that dictionary gave no choices: their texts were lost
// and their count unchecked. Keys past a gap (gen_args_0, gen_args_2) still count, with an
// empty text, so the size check sees them.
template <typename View> qsizetype requestsOf(const View& arguments, QStringList& choices) {
    if (!arguments.isObject()) {
        arguments.forEach([&](const View& a) { choices.append(continuationOf(a)); });
        return arguments.size();
    }
    qsizetype i = 0;
    for (;; ++i) {
        const QByteArray name = "gen_args_" + QByteArray::number(i);
        const View g = arguments.value(std::string_view(name.constData(), size_t(name.size())));
        if (g.isUndefined())
            break;
        choices.append(g.value("arg_1").toString());
    }
    for (; i < arguments.memberCount(); ++i)
        choices.append(QString());
    return i;
}

// The context (first argument) of request `r`, and whether it has a continuation at all:
// loglikelihood_rolling requests carry the document only ([doc] or {"arg_0": doc}).
template <typename View> QString contextOf(const View& r) {
    if (r.isArray())
        return r.at(0).toString();
    return r.value("gen_args_0").value("arg_0").toString();
}
template <typename View> bool hasContinuation(const View& arguments) {
    if (arguments.isObject())
        return !arguments.value("gen_args_0").value("arg_1").isUndefined();
    bool two = false;
    arguments.forEach([&](const View& a) { two = two || (a.isArray() && a.size() > 1); });
    return two;
}

// The contexts of a record's requests, in request order (see requestsOf()).
template <typename View> QStringList contextsOf(const View& arguments) {
    QStringList out;
    if (!arguments.isObject()) {
        arguments.forEach(
            [&](const View& a) { out.append(a.isArray() ? a.at(0).toString() : QString()); });
        return out;
    }
    for (qsizetype i = 0;; ++i) {
        const QByteArray name = "gen_args_" + QByteArray::number(i);
        const View g = arguments.value(std::string_view(name.constData(), size_t(name.size())));
        if (g.isUndefined())
            break;
        out.append(g.value("arg_0").toString());
    }
    return out;
}

// acc_mutual_info tasks append, after the m options, the same m continuations after an empty
// context (lm_eval/api/task.py construct_requests); their log-likelihoods are log P(option).
// Split them off so the options are not counted twice.
void splitUnconditional(Example& e, const QStringList& contexts) {
    const qsizetype n = e.choiceLogprobs.size();
    if (n < 2 || n % 2 != 0 || e.choices.size() != n || contexts.size() != n)
        return;
    const qsizetype m = n / 2;
    for (qsizetype i = 0; i < m; ++i)
        if (!contexts[m + i].isEmpty() || contexts[i].isEmpty() || e.choices[m + i] != e.choices[i])
            return;
    e.unconditionalLogprobs = e.choiceLogprobs.mid(m);
    e.choiceLogprobs.resize(m);
    e.choices.resize(m);
}

// One samples_*.jsonl record, over either parser's view (ParallelJsonLines.h). `firstLine`
// (filter + doc_id → line) needs the records in file order: the reader runs on one thread.
template <typename View>
void readSample(const View& o, qint64 line, RecordLog& log, const ExampleGroupKey& fileKey,
                QHash<QString, qint64>& firstLine) {
    Example e;
    e.line = line;
    e.id = QString::number(o.value("doc_id").toInteger(line - 1));
    // v0.4 writes one record per doc and filter (gsm8k: strict-match, flexible-extract):
    // each filter is its own group, or the two answers to one question would be merged.
    ExampleGroupKey key = fileKey;
    if (const QString filter = o.value("filter").toString();
        !filter.isEmpty() && filter != QLatin1String("none"))
        key.subtask = filter;
    auto skip = [&](const QString& why) {
        log.warn(
            line,
            QCoreApplication::translate("LmEvalExamples", "doc %1: %2; skipped").arg(e.id, why));
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
        return skip(QCoreApplication::translate("LmEvalExamples", "no responses"));
    const QString docKey = key.subtask + QChar(0x1F) + e.id;
    if (const auto seen = firstLine.constFind(docKey); seen != firstLine.constEnd())
        return skip(QCoreApplication::translate("LmEvalExamples",
                                                "the same doc_id as line %1 (a doc is scored once)")
                        .arg(*seen));
    firstLine.insert(docKey, line);
    const View target = o.value("target");
    const bool loglik = resps.front().isArray();
    if (const View args = o.value("arguments");
        !loglik && resps.size() == 1 && !args.isUndefined() && !hasContinuation(args)) {
        // loglikelihood_rolling (wikitext, pile): one number, the log-likelihood of the whole
        // document, which is the target (word_perplexity, byte_perplexity, bits_per_byte).
        const auto lp = jsonl::numberOfView(resps.front());
        if (!lp || std::isnan(*lp) || *lp > 0)
            return skip(QCoreApplication::translate(
                "LmEvalExamples", "a rolling log-likelihood must be a number <= 0"));
        e.targetLogprob = *lp;
        e.targets = jsonl::stringListView(target);
        if (e.targets.size() != 1)
            return skip(QCoreApplication::translate(
                "LmEvalExamples", "a rolling log-likelihood needs its document as 'target'"));
        log.add(key, std::move(e));
        return;
    }
    if (!loglik) {
        e.output = resps.front().toString();
        e.targets = jsonl::stringListView(target);
        if (target.isDouble())
            e.targets = {QString::number(target.toDouble(), 'g', 17)};
        if (e.targets.isEmpty())
            return skip(QCoreApplication::translate("LmEvalExamples", "no target"));
        log.add(key, std::move(e));
        return;
    }
    for (const View& r : resps) {
        const auto lp = jsonl::numberOfView(r.at(0));
        if (!lp)
            return skip(
                QCoreApplication::translate("LmEvalExamples", "a log-likelihood is not a number"));
        if (std::isnan(*lp))
            return skip(QCoreApplication::translate("LmEvalExamples", "a log-likelihood is NaN"));
        // -Infinity is a possible log-likelihood (probability 0); +Infinity is not, and
        // would win every comparison between the choices.
        if (*lp > 0 && std::isinf(*lp))
            return skip(
                QCoreApplication::translate("LmEvalExamples", "a log-likelihood is +Infinity"));
        e.choiceLogprobs.append(*lp);
    }
    const qsizetype requests = requestsOf(o.value("arguments"), e.choices);
    if (requests > 0 && requests != e.choiceLogprobs.size())
        return skip(
            QCoreApplication::translate("LmEvalExamples", "%1 requests but %2 log-likelihoods")
                .arg(requests)
                .arg(e.choiceLogprobs.size()));
    splitUnconditional(e, contextsOf(o.value("arguments")));
    // The harness's default target_delimiter, put before each choice in the request; the
    // samples file does not record a task's own delimiter (docs/metrics.md, acc_norm).
    e.choiceDelimiter = QStringLiteral(" ");
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
        return skip(QCoreApplication::translate(
            "LmEvalExamples", "cannot tell which choice is correct from 'target'"));
    }
    for (qsizetype i = 0; i < e.choiceLogprobs.size(); ++i)
        e.targetScores.append(i == correct ? 1.0 : 0.0);
    log.add(key, std::move(e));
}

} // namespace

QString lmEvalSamplesTask(const QString& fileName) {
    // samples_<task>_<timestamp>.jsonl. Only a trailing timestamp (digits, '-', 'T', ':', '.')
    // is cut: task names have underscores too, and without a timestamp "samples_arc_easy"
    // and "samples_arc_challenge" must not both become "arc".
    QString task = fileName;
    if (task.endsWith(QLatin1String(".jsonl")))
        task.chop(6);
    if (task.startsWith(QLatin1String("samples_")))
        task = task.mid(8);
    const qsizetype us = task.lastIndexOf(QLatin1Char('_'));
    if (us <= 0 || us + 1 >= task.size() || !task.at(us + 1).isDigit())
        return task;
    for (qsizetype i = us + 1; i < task.size(); ++i)
        if (!task.at(i).isDigit() && !QStringLiteral("-T:.").contains(task.at(i)))
            return task;
    return task.left(us);
}

ExampleSet readLmEvalSamples(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    const ExampleGroupKey fileKey =
        baseKey(lmEvalSamplesTask(QFileInfo(path).fileName()), path, opts);
    QHash<QString, qint64> firstLine; // filter + doc_id → line: a doc is scored once per filter
    jsonl::RecordReader reader;
    reader.simd = [&](const jsonl::SimdView& o, qint64 line, RecordLog& log) {
        readSample(o, line, log, fileKey, firstLine);
    };
    reader.qt = [&](const jsonl::QtView& o, qint64 line, RecordLog& log) {
        readSample(o, line, log, fileKey, firstLine);
    };
    QString error;
    // One thread: the repeated-doc check needs every earlier record of the file.
    if (!jsonl::readRecords(path, reader, set, error, 1))
        set.error(path, 0, error);
    return set;
}

ExampleSet readLmEvalWriteOut(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    QString task = QFileInfo(path).fileName();
    task.remove(QStringLiteral("_write_out_info.json"));
    const ExampleGroupKey key = baseKey(task, path, opts);
    const std::optional<ExampleSource> file = readExampleSource(path, set);
    if (!file)
        return set;
    QString err;
    const QJsonDocument doc = jsonl::parseLenient(file->bytes, err);
    if (!err.isEmpty() || !doc.isArray()) {
        set.error(path, 0,
                  err.isEmpty()
                      ? QCoreApplication::translate("LmEvalExamples", "expected a JSON array")
                      : err);
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
                         QCoreApplication::translate("LmEvalExamples",
                                                     "doc %1: bad logit_i or truth; skipped")
                             .arg(e.id),
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
                 QCoreApplication::translate("LmEvalExamples",
                                             "%1 generation record(s) have no reference text "
                                             "(v0.3 write_out stores only ' ' as truth); skipped")
                     .arg(noTargets));
    return set;
}

} // namespace ee
