// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataLoader.h"

#include "io/BigBenchScores.h"
#include "io/CsvReader.h"
#include "io/LmEvalJson.h"
#include "io/LongCsv.h"
#include "io/ModelCatalog.h"
#include "io/PaperTables.h"
#include "io/TextDecoding.h"
#include "io/WideCsv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <atomic>
#include <mutex>
#include <thread>

namespace ee {

namespace {

bool isDataFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json");
}

/// Expands folders into their data files (sorted, so the merge order is stable).
QStringList expandPaths(const QStringList& paths, Diagnostics& diag)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            diag.error(path, 0, QStringLiteral("no such file or folder"));
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isDataFile(file))
                    found.append(file);
            }
            found.sort();
            files.append(found);
        } else {
            files.append(path);
        }
    }
    return files;
}

QByteArray readAll(const QString& path, Diagnostics& diag)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        diag.error(path, 0, QStringLiteral("cannot open: %1").arg(f.errorString()));
        return {};
    }
    return f.readAll();
}

QStringList csvHeader(const QByteArray& bytes, const QString& path)
{
    Diagnostics ignored;
    CsvReader reader(normalizeTextEncoding(bytes.left(64 * 1024), path, ignored), path, ignored);
    CsvRecord rec;
    return reader.next(rec) ? rec.fields : QStringList();
}

/// Metadata tables that describe the models of the wide CSVs being loaded: those named in the
/// options, those among the inputs, and those beside a wide CSV in its folder.
ModelCatalog gatherCatalog(const QStringList& files, const LoadOptions& options, Diagnostics& diag)
{
    QStringList candidates = options.modelMetadataFiles;
    QSet<QString> folders;
    for (const QString& file : files) {
        if (file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
            file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            folders.insert(QFileInfo(file).absolutePath());
        candidates.append(file);
    }
    for (const QString& folder : folders)
        for (const QString& name : QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files))
            candidates.append(QDir(folder).filePath(name));
    ModelCatalog catalog;
    QSet<QString> seen;
    for (const QString& path : candidates) {
        const QString canonical = QFileInfo(path).absoluteFilePath();
        if (seen.contains(canonical) || !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            continue;
        seen.insert(canonical);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (options.modelMetadataFiles.contains(path))
                diag.error(path, 0, QStringLiteral("cannot open the model metadata table: %1")
                                        .arg(f.errorString()));
            continue;
        }
        const QByteArray head = f.read(64 * 1024);
        const QStringList header = csvHeader(head, path);
        if (!WideCsv::looksLikeHeader(header) || !WideCsv::hasMetadataColumns(header)) {
            if (options.modelMetadataFiles.contains(path))
                diag.error(path, 1, QStringLiteral("not a model metadata table: expected a Model "
                                                   "column and Model Family / Model Size (B) / "
                                                   "Pretraining Data Size (T) / FLOPs (1E21)"));
            continue;
        }
        catalog.merge(WideCsv::readCatalog(head + f.readAll(), path, diag));
    }
    return catalog;
}

void reportDuplicates(const ScoreTable& table, Diagnostics& diag)
{
    const auto groups = table.duplicateKeys();
    for (const auto& group : groups) {
        const ScoreRow first = table.row(group.first());
        QStringList values;
        for (qsizetype i : group)
            values << formatNumberExact(table.row(i).value);
        diag.warn(first.source, 0,
                  QStringLiteral("%1 rows share the key (task %2, subtask '%3', model %4, "
                                 "metric %5, shots %6, prompting '%7') with different values %8; "
                                 "all are kept")
                      .arg(group.size())
                      .arg(first.task, first.subtask, first.model, first.metric,
                           first.shots ? QString::number(*first.shots) : QStringLiteral("unknown"),
                           first.prompting, values.join(QStringLiteral(", "))));
    }
}

} // namespace

QString DataLoader::sourceNameFor(const QString& path)
{
    return QFileInfo(path).fileName();
}

ImportResult DataLoader::loadFile(const QString& path, DataFormat format,
                                  const ModelCatalog& catalog)
{
    ImportResult result;
    const QByteArray bytes = readAll(path, result.diagnostics);
    if (result.diagnostics.hasErrors())
        return result;
    if (format == DataFormat::Unknown)
        format = detectDataFormat(path, bytes.left(64 * 1024));
    const QString source = sourceNameFor(path);
    ImportResult read;
    switch (format) {
    case DataFormat::LongCsv:
        read = LongCsv::read(bytes, path);
        break;
    case DataFormat::WideCsv:
        read = WideCsv::read(bytes, path, source, catalog);
        break;
    case DataFormat::PaperTable:
        read = PaperTables::read(bytes, path, source);
        break;
    case DataFormat::LmEvalJson:
        read = LmEvalJson::read(bytes, path, source, catalog);
        break;
    case DataFormat::BigBenchScores:
        read = BigBenchScores::read(bytes, path, source);
        break;
    case DataFormat::Unknown:
        result.diagnostics.error(path, 0,
                                 bytes.isEmpty()
                                     ? QStringLiteral("the file is empty")
                                     : QStringLiteral("the format is not recognised (expected "
                                                      "long or wide CSV, a known paper table, "
                                                      "lm-evaluation-harness or BIG-bench "
                                                      "JSON); use --format to force one"));
        return result;
    }
    return read;
}

ImportResult DataLoader::load(const QStringList& paths, const LoadOptions& options,
                              const ProgressCallback& progress)
{
    ImportResult merged;
    const QStringList files = expandPaths(paths, merged.diagnostics);
    const ModelCatalog catalog = gatherCatalog(files, options, merged.diagnostics);
    const DataFormat forced = options.format.value_or(DataFormat::Unknown);

    std::vector<ImportResult> results(static_cast<std::size_t>(files.size()));
    std::atomic<qsizetype> nextFile{0}, done{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex;
    auto worker = [&] {
        for (;;) {
            const qsizetype i = nextFile.fetch_add(1);
            if (i >= files.size() || cancelled.load())
                return;
            results[static_cast<std::size_t>(i)] = loadFile(files.at(i), forced, catalog);
            const qsizetype finished = done.fetch_add(1) + 1;
            if (progress) {
                std::lock_guard lock(progressMutex);
                if (!progress(double(finished) / double(files.size())))
                    cancelled.store(true);
            }
        }
    };
    int threads = options.threads > 0 ? options.threads
                                      : std::max(1, int(std::thread::hardware_concurrency()));
    threads = int(std::min<qsizetype>(threads, std::max<qsizetype>(1, files.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    if (cancelled.load()) {
        merged.cancelled = true;
        return merged;
    }
    qsizetype total = 0;
    for (const auto& r : results)
        total += r.table.rowCount();
    merged.table.reserve(total);
    for (auto& r : results) {
        merged.table.append(r.table);
        merged.diagnostics.append(r.diagnostics);
    }
    reportDuplicates(merged.table, merged.diagnostics);
    return merged;
}

} // namespace ee
