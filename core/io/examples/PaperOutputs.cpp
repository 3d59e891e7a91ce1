// SPDX-License-Identifier: GPL-3.0-or-later
// Readers of per-example files published with papers (../shared/data, see each SOURCE.md).
#include "io/ZipArchive.h"
#include "io/examples/ExampleReaders.h"
#include "io/examples/ExampleSource.h"
#include "io/examples/JsonLines.h"
#include "metrics/PyText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace ee {

namespace {
QString pyStrip(const QString& s) {
    return py::fromU32(py::strip(py::toU32(s)));
}

// One RFC 4180 record (quoted fields may hold commas, "" and newlines); `line` advances by the
// physical lines consumed. Empty list at end of file.
QStringList readCsvRecord(QFile& f, qint64& line) {
    QStringList fields;
    QString field;
    bool quoted = false, any = false;
    while (!f.atEnd()) {
        const QString text = QString::fromUtf8(f.readLine());
        ++line;
        any = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                fields << field;
                field.clear();
            } else if (c != u'\n' && c != u'\r') {
                field += c;
            }
        }
        if (!quoted)
            break;
    }
    if (any)
        fields << field;
    return fields;
}
} // namespace

QString extractBbhAnswer(const QString& prediction, bool chainOfThought) {
    if (!chainOfThought)
        return pyStrip(prediction);
    const QString phrase = QStringLiteral("So the answer is ");
    const qsizetype at = prediction.indexOf(phrase);
    if (at < 0)
        return QString(); // no answer phrase: counted wrong (targets are never empty)
    QString rest = prediction.mid(at + phrase.size());
    if (const qsizetype nl = rest.indexOf(QLatin1Char('\n')); nl >= 0)
        rest.truncate(nl);
    rest = pyStrip(rest);
    if (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    return rest;
}

ExampleSet readBbhOutputs(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    const QFileInfo fi(path);
    // <task>_few_shot_template_0-255000.json in code-davinci-002-{cot,direct}/
    QString task = fi.fileName();
    if (const qsizetype k = task.indexOf(QLatin1String("_few_shot_template")); k > 0)
        task.truncate(k);
    QString dir = fi.absoluteDir().dirName();
    const bool cot = dir.endsWith(QLatin1String("-cot"));
    if (cot || dir.endsWith(QLatin1String("-direct")))
        dir.truncate(dir.lastIndexOf(QLatin1Char('-')));
    ExampleGroupKey key;
    key.task = opts.task.isEmpty() ? task : opts.task;
    key.family = opts.family;
    key.model = opts.model.isEmpty() ? dir : opts.model;
    key.scale = opts.scale;
    key.shots = opts.shots ? opts.shots : std::optional<int>(3); // SOURCE.md: 3-shot prompts
    key.prompting = !opts.prompting.isEmpty() ? opts.prompting
                    : cot                     ? QStringLiteral("chain_of_thought")
                                              : QStringLiteral("standard");
    const std::optional<ExampleSource> file = readExampleSource(path, set);
    if (!file)
        return set;
    QString err;
    const QJsonDocument doc = jsonl::parseLenient(file->bytes, err);
    const QJsonArray outputs = doc.object().value(QLatin1String("outputs")).toArray();
    if (!err.isEmpty() || outputs.isEmpty()) {
        set.error(path, 0,
                  err.isEmpty() ? QCoreApplication::translate("PaperOutputs", "no 'outputs' array")
                                : err);
        return set;
    }
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const QJsonObject o = outputs.at(i).toObject();
        Example e;
        e.id = QString::number(i);
        e.line = i + 1;
        if (opts.keepInputs)
            e.input = o.value(QLatin1String("input")).toString();
        const QString target = pyStrip(o.value(QLatin1String("target")).toString());
        if (target.isEmpty() || !o.value(QLatin1String("prediction")).isString()) {
            set.warn(
                path, 0,
                QCoreApplication::translate("PaperOutputs", "no target or prediction; skipped"),
                QStringLiteral("outputs[%1]").arg(i));
            set.countSkipped(key, path);
            continue;
        }
        e.targets = {target};
        e.output = extractBbhAnswer(o.value(QLatin1String("prediction")).toString(), cot);
        set.add(key, std::move(e), path);
    }
    return set;
}

namespace {
// The text after the last "A:" line of a GSM8K solution, stripped, with thousands separators
// removed as the dataset's own answer extraction does ("65,960" and "65960" are one answer;
// with the commas kept, 10 problems scored differently from the file's is_correct).
QString gsm8kAnswer(const QString& solution) {
    qsizetype at = solution.lastIndexOf(QLatin1String("\nA:"));
    if (at >= 0)
        at += 3;
    else if (solution.startsWith(QLatin1String("A:")))
        at = 2;
    else
        return QString();
    return pyStrip(solution.mid(at)).remove(QLatin1Char(','));
}
} // namespace

namespace {
// The JSON objects of GSM8K solutions: the file as published (JSON Lines) or gzip-compressed,
// as the app ships it (datasets/examples/gsm8k). False with `error` when it cannot be read.
bool forEachGsm8kObject(const QString& path,
                        const std::function<void(const QJsonObject&, qint64)>& fn,
                        const std::function<void(qint64, const QString&)>& bad, QString& error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("PaperOutputs", "cannot open: %1").arg(f.errorString());
        return false;
    }
    if (!looksLikeGzip(f.peek(2))) {
        f.close();
        return jsonl::forEachObject(path, fn, bad, error);
    }
    const std::optional<QByteArray> bytes = gunzip(f.readAll(), QFileInfo(path).fileName(), error);
    if (!bytes)
        return false;
    qint64 line = 0;
    for (const QByteArray& raw : bytes->split('\n')) {
        ++line;
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            continue;
        QString err;
        const QJsonDocument doc = jsonl::parseLenient(text, err);
        if (!err.isEmpty())
            bad(line, err);
        else if (!doc.isObject())
            bad(line,
                QCoreApplication::translate("PaperOutputs", "expected a JSON object on each line"));
        else
            fn(doc.object(), line);
    }
    return true;
}
} // namespace

ExampleSet readGsm8kSolutions(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    struct Column {
        const char* key;
        const char* model;
        double params;
        const char* method;
    };
    // Cobbe et al. 2021: GPT-3 6B and 175B, finetuned generator vs verifier-selected sample.
    const Column cols[] = {{"6b_finetuning", "6B", 6e9, "finetuning"},
                           {"6b_verification", "6B", 6e9, "verification"},
                           {"175b_finetuning", "175B", 175e9, "finetuning"},
                           {"175b_verification", "175B", 175e9, "verification"}};
    auto keyFor = [&](const Column& c) {
        ExampleGroupKey k;
        k.task = opts.task.isEmpty() ? QStringLiteral("gsm8k") : opts.task;
        k.family = opts.family.isEmpty() ? QStringLiteral("GPT-3") : opts.family;
        k.model = QString::fromLatin1(c.model);
        k.scale = opts.scale;
        k.scale.params = c.params;
        k.shots = opts.shots;
        k.prompting = QString::fromLatin1(c.method);
        return k;
    };
    QString error;
    const bool ok = forEachGsm8kObject(
        path,
        [&](const QJsonObject& o, qint64 line) {
            const QString reference = o.value(QLatin1String("ground_truth")).toString();
            const QString truth = gsm8kAnswer(reference);
            for (const Column& c : cols) {
                const QJsonObject m = o.value(QLatin1String(c.key)).toObject();
                if (truth.isEmpty() || !m.value(QLatin1String("solution")).isString()) {
                    set.warn(path, line,
                             QCoreApplication::translate(
                                 "PaperOutputs", "no answer line or no solution for %1; skipped")
                                 .arg(QLatin1String(c.key)));
                    set.countSkipped(keyFor(c), path);
                    continue;
                }
                Example e;
                e.id = QString::number(line);
                e.line = line;
                e.targets = {truth};
                const QString solution = m.value(QLatin1String("solution")).toString();
                e.output = gsm8kAnswer(solution);
                if (opts.keepInputs)
                    e.input = o.value(QLatin1String("question")).toString();
                // Kept whatever the options say: the solution-level metrics (calculator steps,
                // BLEU of whole solutions) need both, and the file is small (1,319 problems).
                e.generation = solution;
                e.reference = reference;
                set.add(keyFor(c), std::move(e), path);
            }
        },
        [&](qint64 line, const QString& msg) {
            set.warn(path, line,
                     QCoreApplication::translate("PaperOutputs", "%1; line skipped").arg(msg));
            set.countSkippedUnkeyed();
        },
        error);
    if (!ok)
        set.error(path, 0, error);
    return set;
}

ExampleSet readLambadaLogprobs(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        set.error(
            path, 0,
            QCoreApplication::translate("PaperOutputs", "cannot open: %1").arg(f.errorString()));
        return set;
    }
    // model_sizes.csv next to the file gives the pipeline's parameter counts and families.
    QHash<QString, QPair<QString, double>> sizes;
    QFile sf(QFileInfo(path).absoluteDir().filePath(QStringLiteral("model_sizes.csv")));
    // It is read only when it really lies beside the data file: a symbolic link that leads to
    // another folder is not followed (issue #7).
    const QFileInfo sizesInfo(sf.fileName());
    const bool besideTheFile =
        !sizesInfo.isSymLink() ||
        QFileInfo(sizesInfo.canonicalFilePath()).absolutePath() == QFileInfo(path).canonicalPath();
    if (!besideTheFile)
        set.warn(sf.fileName(), 0,
                 QCoreApplication::translate(
                     "PaperOutputs",
                     "a symbolic link to '%1', outside the folder of %2; not followed, "
                     "so model sizes are unknown")
                     .arg(sizesInfo.symLinkTarget(), QFileInfo(path).fileName()));
    if (besideTheFile && sf.open(QIODevice::ReadOnly | QIODevice::Text)) {
        sf.readLine();
        qint64 sizeLine = 1;
        while (!sf.atEnd()) {
            ++sizeLine;
            const QStringList c =
                QString::fromUtf8(sf.readLine()).trimmed().split(QLatin1Char(','));
            if (c.size() < 3)
                continue;
            bool ok = false;
            const double params = c[2].toDouble(&ok);
            // A size that is not a positive number leaves the model's scale unknown (reported).
            if (const auto checked = set.checkedSize(
                    sf.fileName(), sizeLine, QStringLiteral("params"), ok ? params : std::nan("")))
                sizes.insert(c[0], {c[1].section(QLatin1Char(' '), 0, 0), *checked});
            else
                sizes.insert(c[0], {c[1].section(QLatin1Char(' '), 0, 0), std::nan("")});
        }
    }
    qint64 line = 0;
    const QStringList header = readCsvRecord(f, line);
    if (header.size() < 3 || header[0] != QLatin1String("idx") ||
        header[1] != QLatin1String("target_word")) {
        set.error(path, 1,
                  QCoreApplication::translate(
                      "PaperOutputs", "expected a header 'idx,target_word,<model>_nll,...'"));
        return set;
    }
    QList<ExampleGroupKey> keys;
    for (qsizetype c = 2; c < header.size(); ++c) {
        ExampleGroupKey k;
        k.task = opts.task.isEmpty() ? QStringLiteral("lambada") : opts.task;
        k.model = header[c].endsWith(QLatin1String("_nll")) ? header[c].chopped(4) : header[c];
        k.family = sizes.value(k.model).first;
        k.scale = opts.scale;
        if (sizes.contains(k.model) && !std::isnan(sizes.value(k.model).second))
            k.scale.params = sizes.value(k.model).second;
        k.shots = opts.shots ? opts.shots : std::optional<int>(0);
        k.prompting = opts.prompting;
        keys << k;
    }
    while (!f.atEnd()) {
        const qint64 first = line + 1;
        const QStringList c = readCsvRecord(f, line);
        if (c.size() == 1 && c[0].isEmpty())
            continue;
        if (c.size() != header.size()) {
            set.warn(path, first,
                     QCoreApplication::translate("PaperOutputs",
                                                 "expected %1 fields, found %2; line skipped")
                         .arg(header.size())
                         .arg(c.size()));
            set.countSkippedUnkeyed();
            continue;
        }
        for (qsizetype m = 2; m < c.size(); ++m) {
            if (c[m].isEmpty()) // e.g. babbage has the first 4,000 passages only
                continue;
            bool ok = false;
            const double nll = c[m].toDouble(&ok);
            if (!ok || std::isnan(nll)) {
                set.warn(
                    path, first,
                    QCoreApplication::translate("PaperOutputs", "'%1' is not a number; skipped")
                        .arg(c[m]),
                    header[m]);
                set.countSkipped(keys[m - 2], path);
                continue;
            }
            Example e;
            e.id = c[0];
            e.line = first;
            e.targets = {c[1]};
            e.targetLogprob = -nll;
            set.add(keys[m - 2], std::move(e), path);
        }
    }
    return set;
}

} // namespace ee
