// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/examples/ExampleReaders.h"

#include "io/ZipArchive.h"
#include "io/examples/LmEvalRunInfo.h"
#include "io/examples/MmluProOutputs.h"
#include "platform/ParallelJobs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ee {

ExampleFormat detectExampleFormat(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ExampleFormat::Unknown;
    const QByteArray head = f.read(4096);
    const QString name = QFileInfo(path).fileName();
    const ExampleFormat format = detectExampleFormat(head, name);
    if (format != ExampleFormat::Unknown || !looksLikeGzip(head) ||
        !name.endsWith(QLatin1String(".gz")))
        return format;
    // GSM8K solutions are also read gzip-compressed (the app ships them so): look inside.
    f.seek(0);
    const auto inner = gunzipHead(f.read(1 << 16), 4096);
    if (inner && detectExampleFormat(*inner, name.chopped(3)) == ExampleFormat::Gsm8kSolutions)
        return ExampleFormat::Gsm8kSolutions;
    return ExampleFormat::Unknown;
}

ExampleFormat detectExampleFormat(const QByteArray& head, const QString& name) {
    const QByteArray trimmed = head.trimmed();
    if (looksLikeZip(head))
        return ExampleFormat::ZipOfExamples;
    // Before the write-out test below: both are one JSON array.
    if (mmlupro::looksLikeOutputs(head, name))
        return ExampleFormat::MmluProOutputs;
    if (looksLikeGzip(head))
        return ExampleFormat::Unknown; // only MMLU-Pro's .json.gz is read compressed
    if (name.endsWith(QLatin1String(".csv")))
        return head.startsWith("idx,target_word,") ? ExampleFormat::LambadaLogprobs
                                                   : ExampleFormat::Unknown;
    if (name.endsWith(QLatin1String("_write_out_info.json")) || trimmed.startsWith('['))
        return ExampleFormat::LmEvalWriteOut;
    if (head.contains("\"ground_truth\"") && head.contains("_finetuning"))
        return ExampleFormat::Gsm8kSolutions;
    if (head.contains("\"doc_id\"") &&
        (head.contains("\"resps\"") || head.contains("\"filtered_resps\"")))
        return ExampleFormat::LmEvalSamples;
    if (head.contains("\"outputs\"") && head.contains("\"canary\""))
        return ExampleFormat::BbhOutputs;
    if (head.contains("\"queries\"") ||
        (head.contains("\"model\"") && head.contains("\"model_family\"")))
        return ExampleFormat::BigBenchFullLog;
    // An lm-eval results file is one JSON object, like a line of ours: it holds scores.
    if (looksLikeLmEvalResults(head, name))
        return ExampleFormat::Unknown;
    if (name.endsWith(QLatin1String(".jsonl")) || trimmed.startsWith('{'))
        return ExampleFormat::ExampleJsonl;
    return ExampleFormat::Unknown;
}

namespace {
ExampleSet readAs(ExampleFormat format, const QString& path, const ExampleReadOptions& opts) {
    switch (format) {
    case ExampleFormat::ExampleJsonl:
        return readExampleJsonl(path, opts);
    case ExampleFormat::LmEvalSamples:
        return readLmEvalSamples(path, opts);
    case ExampleFormat::LmEvalWriteOut:
        return readLmEvalWriteOut(path, opts);
    case ExampleFormat::BigBenchFullLog:
        return readBigBenchFullLog(path, opts);
    case ExampleFormat::BbhOutputs:
        return readBbhOutputs(path, opts);
    case ExampleFormat::Gsm8kSolutions:
        return readGsm8kSolutions(path, opts);
    case ExampleFormat::LambadaLogprobs:
        return readLambadaLogprobs(path, opts);
    case ExampleFormat::MmluProOutputs:
        return readMmluProOutputs(path, opts);
    case ExampleFormat::ZipOfExamples:
        return readExampleZip(path, opts);
    case ExampleFormat::Unknown:
        break;
    }
    ExampleSet set;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        set.error(path, 0,
                  f.exists() ? QCoreApplication::translate("ExampleReaders", "cannot open: %1")
                                   .arg(f.errorString())
                             : QCoreApplication::translate("ExampleReaders", "file not found"));
    else if (looksLikeGzip(f.peek(2)))
        set.error(path, 0,
                  QCoreApplication::translate(
                      "ExampleReaders",
                      "gzip-compressed files are read for MMLU-Pro outputs and GSM8K "
                      "solutions only; decompress it (gunzip) and load the file"));
    else if (looksLikeLmEvalResults(f.peek(4096), QFileInfo(path).fileName()))
        set.error(path, 0,
                  QCoreApplication::translate(
                      "ExampleReaders",
                      "an lm-evaluation-harness results file (scores, not per-example "
                      "records): open it as data, or give the samples_*.jsonl files "
                      "or their folder"));
    else
        set.error(
            path, 0,
            QCoreApplication::translate("ExampleReaders", "not a recognised per-example format"));
    return set;
}
} // namespace

ExampleSet readExamples(const QString& path, const ExampleReadOptions& opts) {
    if (QFileInfo(path).isDir())
        return readExampleFolder(path, opts);
    ExampleSet set = readAs(detectExampleFormat(path), path, opts);
    // An empty file or a header without rows loads nothing: say so rather than stay silent.
    if (set.exampleCount() == 0 && set.skippedCount() == 0 && set.diagnostics.items.isEmpty())
        set.warn(path, 0,
                 QCoreApplication::translate("ExampleReaders",
                                             "no data rows: the file holds no records"));
    return set;
}

ExampleSet readExampleFiles(const QStringList& paths, const ExampleReadOptions& opts) {
    std::vector<ExampleSet> parts(static_cast<std::size_t>(paths.size()));
    parallelForEach(parts.size(), 0, [&](std::size_t i) {
        if (opts.cancel && opts.cancel->load())
            return;
        parts[i] = readExamples(paths[static_cast<qsizetype>(i)], opts);
    });
    if (parts.empty())
        return {};
    ExampleSet set = std::move(parts.front());
    for (std::size_t i = 1; i < parts.size(); ++i)
        set.append(std::move(parts[i]));
    return set;
}

bool answerExtractionFromName(const QString& name, std::optional<MmluProExtraction>& rule) {
    if (name == QLatin1String("file"))
        rule.reset();
    else if (name == QLatin1String("strict"))
        rule = MmluProExtraction::Strict;
    else if (name == QLatin1String("lenient"))
        rule = MmluProExtraction::Lenient;
    else
        return false;
    return true;
}

} // namespace ee
