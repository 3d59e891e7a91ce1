// SPDX-License-Identifier: GPL-3.0-or-later
// Per-example files inside a zip archive (MMLU-Pro publishes its outputs zipped).
#include "io/ZipArchive.h"
#include "metrics/ExampleReaders.h"
#include "metrics/MmluProOutputs.h"

#include <QFileInfo>

namespace ee::metrics {

namespace {
// The other readers take a path (several read their folder's name or a neighbouring file), so
// only formats that can be read from bytes are read from inside an archive.
QString formatName(ExampleFormat f) {
    switch (f) {
    case ExampleFormat::ExampleJsonl:
        return QStringLiteral("Emergence Explorer example JSON Lines");
    case ExampleFormat::LmEvalSamples:
        return QStringLiteral("lm-evaluation-harness samples");
    case ExampleFormat::LmEvalWriteOut:
        return QStringLiteral("lm-evaluation-harness write-out");
    case ExampleFormat::BigBenchFullLog:
        return QStringLiteral("BIG-bench full log");
    case ExampleFormat::BbhOutputs:
        return QStringLiteral("BBH outputs");
    case ExampleFormat::Gsm8kSolutions:
        return QStringLiteral("GSM8K solutions");
    case ExampleFormat::LambadaLogprobs:
        return QStringLiteral("LAMBADA log-probabilities");
    case ExampleFormat::MmluProOutputs:
        return QStringLiteral("MMLU-Pro outputs");
    case ExampleFormat::ZipOfExamples:
        return QStringLiteral("zip archive");
    case ExampleFormat::Unknown:
        break;
    }
    return QString();
}
} // namespace

ExampleSet readExampleZip(const QString& path, const ExampleReadOptions& opts) {
    ExampleSet set;
    ZipArchive zip;
    if (!zip.open(path)) {
        set.error(path, 0, zip.error());
        return set;
    }
    qsizetype files = 0;
    for (const ZipEntry& entry : zip.entries()) {
        if (entry.isDirectory())
            continue;
        ++files;
        QString error;
        const std::optional<QByteArray> bytes = zip.read(entry, error);
        if (!bytes) {
            set.error(path, 0, error);
            continue;
        }
        const QString name = QFileInfo(entry.name).fileName();
        const QByteArray head = bytes->left(4096);
        if (mmlupro::looksLikeOutputs(head, name)) {
            mmlupro::read(*bytes, path, entry.name, opts, set);
            continue;
        }
        const ExampleFormat other = detectExampleFormat(head, name);
        set.error(path, 0,
                  other == ExampleFormat::Unknown
                      ? QStringLiteral("entry '%1' is not a recognised per-example format; not "
                                       "read")
                            .arg(entry.name)
                      : QStringLiteral("entry '%1' looks like %2, which is read from plain files "
                                       "only: unzip the archive and load the file; not read")
                            .arg(entry.name, formatName(other)));
    }
    if (files == 0)
        set.warn(path, 0, QStringLiteral("the archive holds no files"));
    return set;
}

} // namespace ee::metrics
