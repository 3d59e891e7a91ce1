// SPDX-License-Identifier: GPL-3.0-or-later
// A folder of per-example outputs, as evaluation tools leave them (lm-eval v0.4: one folder per
// model with results_<date>.json and samples_<task>_<date>.jsonl). Each file is read by
// readExamples(); this file decides what the files do not say (model, size, shots) and makes
// sure that nothing is merged or dropped without a word.
#include "io/DataFormat.h"
#include "io/FolderWalk.h"
#include "io/ModelCatalog.h"
#include "io/examples/ExampleReaders.h"
#include "io/examples/LmEvalRunInfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace ee {

namespace {

QString sizeText(double params) {
    return QString::number(params, 'g', 12);
}

// A group's identity, as ExampleSet groups them, for "already read from" checks.
QString keyText(const ExampleGroupKey& k) {
    return k.label() + QChar(0x1F) + (k.scale.params ? sizeText(*k.scale.params) : QString());
}

// The part of a harness file name after its task or "results_": the run's date. A run's
// results and samples files share it, which ties samples to the results of their own run when
// one folder holds several runs.
QString runDate(const QString& fileName, const QString& prefix, const QString& suffix) {
    if (!fileName.startsWith(prefix) || !fileName.endsWith(suffix))
        return {};
    return fileName.mid(prefix.size(), fileName.size() - prefix.size() - suffix.size());
}

// The results file of the run that wrote `samples` (same folder): the one with its date, else
// the only one naming its task in n-shot, else the only one in the folder.
const LmEvalRunInfo* runOf(const QString& samples, const QList<LmEvalRunInfo>& runs) {
    const QString name = QFileInfo(samples).fileName();
    const QString task = lmEvalSamplesTask(name);
    const QString date =
        runDate(name, QStringLiteral("samples_%1_").arg(task), QStringLiteral(".jsonl"));
    const LmEvalRunInfo* byTask = nullptr;
    qsizetype withTask = 0;
    for (const LmEvalRunInfo& r : runs) {
        const QString rDate = runDate(QFileInfo(r.file).fileName(), QStringLiteral("results_"),
                                      QStringLiteral(".json"));
        if (!date.isEmpty() && rDate == date)
            return &r;
        if (r.shots.contains(task)) {
            byTask = &r;
            ++withTask;
        }
    }
    if (withTask == 1)
        return byTask;
    return runs.size() == 1 ? &runs.first() : nullptr;
}

QByteArray digestOf(const QString& path) {
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
        return {};
    return hash.result();
}

class FolderReader {
public:
    FolderReader(const QString& folder, const ExampleReadOptions& opts)
        : m_opts(opts)
        , m_folder(folder) {}

    ExampleSet read() && {
        Diagnostics walk;
        const QStringList files = walkAllFiles(m_folder, walk);
        m_set.diagnostics.append(walk);
        QStringList outputs;
        for (const QString& path : files) {
            QFile f(path);
            const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
            if (looksLikeLmEvalResults(head, QFileInfo(path).fileName())) {
                if (auto run = readLmEvalRunInfo(path, m_set))
                    m_runs[QFileInfo(path).absolutePath()].append(std::move(*run));
                continue;
            }
            outputs << path;
        }
        for (const QString& path : outputs)
            readFile(path);
        checkSizes();
        if (files.isEmpty())
            m_set.warn(m_folder, 0,
                       QCoreApplication::translate("ExampleFolder", "the folder holds no files"));
        return std::move(m_set);
    }

private:
    void readFile(const QString& path) {
        if (QFileInfo(path).size() > 0) {
            const QByteArray digest = digestOf(path);
            if (const auto it = m_digests.constFind(digest);
                !digest.isEmpty() && it != m_digests.constEnd()) {
                m_set.warn(path, 0,
                           QCoreApplication::translate(
                               "ExampleFolder", "the same bytes as %1 (a copy under another name); "
                                                "not read a second time")
                               .arg(*it));
                return;
            }
            m_digests.insert(digest, path);
        }
        const ExampleFormat format = detectExampleFormat(path);
        if (format == ExampleFormat::Unknown)
            return reportOther(path);
        ExampleReadOptions o = m_opts;
        if (format == ExampleFormat::LmEvalSamples || format == ExampleFormat::LmEvalWriteOut)
            describeModel(path, o);
        mergeFile(path, readExamples(path, o));
    }

    // A folder of outputs often holds other files too (score tables, notes): each is named,
    // as a warning, so that the user knows what was not read here.
    void reportOther(const QString& path) {
        QFile f(path);
        const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
        const DataFormat data = detectDataFormat(path, head);
        m_set.warn(
            path, 0,
            data == DataFormat::Unknown
                ? QCoreApplication::translate("ExampleFolder", "not a per-example file; not read")
                : QCoreApplication::translate(
                      "ExampleFolder", "holds scores (%1), not per-example records; open it as "
                                       "data; not read here")
                      .arg(dataFormatName(data)));
    }

    // lm-eval samples name neither the model nor its size: take them from the run's results
    // file, then from the caller's options and the catalogue. A size is never guessed.
    void describeModel(const QString& path, ExampleReadOptions& o) {
        const QString dir = QFileInfo(path).absolutePath();
        const LmEvalRunInfo* run = runOf(path, m_runs.value(dir));
        if (run && o.model.isEmpty() && !run->model.isEmpty())
            o.model = run->model;
        const QString model =
            o.model.isEmpty()
                ? QFileInfo(dir).fileName().replace(QStringLiteral("__"), QStringLiteral("/"))
                : o.model;
        const ModelInfo* known = o.catalog ? o.catalog->find(model) : nullptr;
        if (known && o.family.isEmpty())
            o.family = known->family;
        if (run && !o.shots)
            if (const auto k = run->shots.constFind(lmEvalSamplesTask(QFileInfo(path).fileName()));
                k != run->shots.constEnd())
                o.shots = *k;
        if (o.scale.params)
            return;
        if (run && run->params) {
            o.scale.params = run->params;
            m_sizeFrom.insert(path, QStringLiteral("%1:%2").arg(run->file).arg(run->paramsLine));
        } else if (known && known->scale.params) {
            o.scale = known->scale;
        } else if (!m_unknownSize.contains(model)) {
            m_unknownSize.insert(model);
            m_set.warn(path, 0,
                       QCoreApplication::translate(
                           "ExampleFolder",
                           "the size of model '%1' is unknown (no "
                           "config.model_num_parameters in a results file beside it, "
                           "and not in the model table or catalogue); it is read "
                           "without a size")
                           .arg(model));
        }
    }

    // Appends one file's groups. A group that another file already filled (the same task,
    // model and size: a second run, or the same samples in two folders) is not merged into it.
    void mergeFile(const QString& path, const ExampleSet& part) {
        ExampleSet kept;
        QStringList clashes;
        for (const ExampleGroup& g : part.groups()) {
            const QString k = keyText(g.key);
            const auto it = m_groupFile.constFind(k);
            if (it != m_groupFile.constEnd() && *it != path) {
                clashes << QCoreApplication::translate(
                               "ExampleFolder",
                               "%1 was already read from %2; its %3 record(s) here "
                               "are not merged into it and not read")
                               .arg(g.key.label(), *it)
                               .arg(g.examples.size());
                for (qsizetype i = 0; i < g.examples.size() + g.skipped; ++i)
                    kept.countSkipped(g.key, *it);
                continue;
            }
            m_groupFile.insert(k, path);
            for (const Example& e : g.examples)
                kept.add(g.key, e, g.source);
            for (qint64 i = 0; i < g.skipped; ++i)
                kept.countSkipped(g.key, g.source);
        }
        qint64 keyed = 0;
        for (const ExampleGroup& g : part.groups())
            keyed += g.skipped;
        for (qint64 i = keyed; i < part.skippedCount(); ++i)
            kept.countSkippedUnkeyed();
        kept.diagnostics = part.diagnostics;
        m_set.append(kept);
        for (const QString& c : clashes)
            m_set.warn(path, 0, c);
    }

    // One model read at two sizes (two results files, or a size in the file against another)
    // becomes two curves' worth of points: say so, naming both places.
    void checkSizes() {
        QHash<QString, const ExampleGroup*> first;
        QSet<QString> reported;
        for (const ExampleGroup& g : m_set.groups()) {
            if (!g.key.scale.params || g.examples.isEmpty())
                continue;
            const ExampleGroup*& seen = first[g.key.model];
            if (!seen) {
                seen = &g;
                continue;
            }
            if (*seen->key.scale.params == *g.key.scale.params)
                continue;
            const QString where = m_sizeFrom.value(g.source, g.source);
            if (reported.contains(g.key.model + where))
                continue;
            reported.insert(g.key.model + where);
            m_set.warn(g.source, 0,
                       QCoreApplication::translate(
                           "ExampleFolder",
                           "model '%1' is %2 parameters here (from %3) but %4 in %5; "
                           "the two are kept apart, not merged")
                           .arg(g.key.model, sizeText(*g.key.scale.params), where,
                                sizeText(*seen->key.scale.params),
                                m_sizeFrom.value(seen->source, seen->source)));
        }
    }

    const ExampleReadOptions& m_opts;
    const QString m_folder;
    ExampleSet m_set;
    QHash<QString, QList<LmEvalRunInfo>> m_runs; // folder → its results files
    QHash<QByteArray, QString> m_digests;        // content → first file
    QHash<QString, QString> m_groupFile;         // group → the file that filled it
    QHash<QString, QString> m_sizeFrom;          // samples file → "results file:line"
    QSet<QString> m_unknownSize;
};

} // namespace

ExampleSet readExampleFolder(const QString& folder, const ExampleReadOptions& opts) {
    return FolderReader(QDir::cleanPath(folder), opts).read();
}

} // namespace ee
