// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DataLoader.h"

#include "io/CsvReader.h"
#include "io/FolderWalk.h"
#include "io/Importers.h"
#include "io/ModelCatalog.h"
#include "io/PathContainment.h"
#include "io/TextDecoding.h"
#include "io/WideCsv.h"
#include "model/OrderedTableMerge.h"
#include "platform/ParallelJobs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ee {

namespace {

/// The data files of the opened paths, and for each the input (opened path) it belongs to.
struct ExpandedPaths {
    QStringList files;
    std::vector<qsizetype> inputOf; ///< per file, an index into `paths`
};

/// Expands folders into their data files (sorted, so the merge order is stable), walking each
/// folder with up to `threads` threads.
ExpandedPaths expandPaths(const QStringList& paths, Diagnostics& diag, int threads) {
    ExpandedPaths out;
    for (qsizetype p = 0; p < paths.size(); ++p) {
        const QString& path = paths[p];
        const QFileInfo info(path);
        if (!info.exists())
            diag.error(path, 0,
                       QCoreApplication::translate("DataLoader", "no such file or folder"));
        else if (info.isDir())
            out.files.append(walkDataFiles(path, diag, threads));
        else
            out.files.append(path);
        out.inputOf.resize(std::size_t(out.files.size()), p);
    }
    return out;
}

#ifdef Q_OS_UNIX
/// The folder of the last file a worker opened, kept open so that the next file of the same
/// folder is opened relative to it: resolving every folder of the full path again for each of
/// a BIG-bench checkout's thousands of files was a twentieth of loading it. One per worker and
/// per load, so a folder replaced between two loads is never read through an old handle.
class FolderHandle {
public:
    FolderHandle() = default;
    FolderHandle(const FolderHandle&) = delete;
    FolderHandle& operator=(const FolderHandle&) = delete;
    ~FolderHandle() { reset(); }

    /// open(2) of `path` for reading, relative to the kept folder when it is path's folder.
    int open(const QByteArray& path) {
        // memrchr: QByteArray::lastIndexOf(char) took a general substring search per file.
        const auto* found = static_cast<const char*>(
            ::memrchr(path.constData(), '/', static_cast<std::size_t>(path.size())));
        const qsizetype slash = found ? found - path.constData() : -1;
        if (slash <= 0)
            return ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        const QByteArrayView folder(path.constData(), slash);
        if (m_fd < 0 || folder != QByteArrayView(m_folder)) {
            reset();
            m_folder = folder.toByteArray();
#ifdef O_PATH
            m_fd = ::open(m_folder.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
#else
            m_fd = ::open(m_folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#endif
        }
        if (m_fd < 0)
            return ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        return ::openat(m_fd, path.constData() + slash + 1, O_RDONLY | O_CLOEXEC);
    }

private:
    void reset() {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_folder.clear();
    }
    QByteArray m_folder;
    int m_fd = -1;
};
#else
struct FolderHandle {};
#endif

/// What a worker keeps from one file to the next: the folder it read last, and the buffer
/// the last file was read into.
struct FileReading {
    FolderHandle folder;
    /// Refilled for each file: a fresh buffer per file cost an allocation and, worse, a copy
    /// from the page cache into memory not in the CPU's cache, which simdjson then read again.
    QByteArray buffer;
};

/// The file's bytes, in `reading.buffer` when it can be reused (nobody else holds it).
QByteArray readAll(const QString& path, Diagnostics& diag, FileReading& reading) {
#ifdef Q_OS_UNIX
    // Plain POSIX calls cost a fraction of QFile's per-file set-up, which matters for
    // checkouts of thousands of small files; 64 spare bytes let simdjson parse in place.
    const int fd = reading.folder.open(QFile::encodeName(path));
    struct stat info;
    if (fd >= 0 && ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        const auto size = static_cast<qsizetype>(info.st_size);
        QByteArray& bytes = reading.buffer;
        if (bytes.capacity() < size + 64 || !bytes.isDetached())
            bytes = QByteArray(); // no copy of the old contents when growing or shared
        bytes.reserve(size + 64);
        bytes.resize(size);
        qsizetype got = 0;
        while (got < size) {
            const ssize_t n = ::read(fd, bytes.data() + got, std::size_t(size - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        ::close(fd);
        if (got == size)
            return bytes;
    } else if (fd >= 0) {
        ::close(fd);
    }
#endif
    Q_UNUSED(reading);
    QFile f(path); // also the portable path and the one that words the error
    if (!f.open(QIODevice::ReadOnly)) {
        diag.error(
            path, 0,
            QCoreApplication::translate("DataLoader", "cannot open: %1").arg(f.errorString()));
        return {};
    }
    return f.readAll();
}

QStringList csvHeader(const QByteArray& bytes, const QString& path) {
    Diagnostics ignored;
    CsvReader reader(normalizeTextEncoding(bytes.left(64 * 1024), path, ignored), path, ignored);
    CsvRecord rec;
    return reader.next(rec) ? rec.fields : QStringList();
}

/// Metadata tables that describe the models of the wide CSVs being loaded: those named in the
/// options, those among the inputs, and those beside a wide CSV in its folder.
ModelCatalog gatherCatalog(const QStringList& files, const LoadOptions& options,
                           Diagnostics& diag) {
    // Later candidates win on conflicts: folder neighbours, then the inputs, then --models.
    QStringList candidates;
    // One QFileInfo per distinct folder, not per file: a BIG-bench checkout has thousands of
    // files in a few hundred folders.
    QSet<QString> parents, folders;
    for (const QString& file : files) {
        const qsizetype slash = file.lastIndexOf(QLatin1Char('/'));
        parents.insert(slash < 0 ? QString() : file.left(std::max<qsizetype>(1, slash)));
    }
    for (const QString& parent : parents)
        folders.insert(
            QFileInfo(parent.isEmpty() ? QStringLiteral(".") : parent).absoluteFilePath());
    for (const QString& folder : folders) {
        // A neighbour that is a link out of its folder is not read (issue 7).
        const FolderBoundary boundary(
            std::filesystem::path(QFile::encodeName(folder).toStdString()));
        for (const QString& name :
             QDir(folder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
            const QString path = QDir(folder).filePath(name);
            if (boundary.contains(std::filesystem::path(QFile::encodeName(path).toStdString())))
                candidates.append(path);
        }
    }
    candidates.append(files);
    candidates.append(options.modelMetadataFiles);
    ModelCatalog catalog;
    for (const QString& path : candidates) {
        const bool explicitlyGiven = options.modelMetadataFiles.contains(path);
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !explicitlyGiven)
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            if (explicitlyGiven)
                diag.error(path, 0,
                           QCoreApplication::translate("DataLoader",
                                                       "cannot open the model metadata table: %1")
                               .arg(f.errorString()));
            continue;
        }
        const QByteArray head = f.read(64 * 1024);
        const QStringList header = csvHeader(head, path);
        if (!WideCsv::looksLikeHeader(header) || !WideCsv::hasMetadataColumns(header)) {
            if (explicitlyGiven)
                diag.error(path, 1,
                           QCoreApplication::translate(
                               "DataLoader", "not a model metadata table: expected a Model "
                                             "column and Model Family / Model Size (B) / "
                                             "Pretraining Data Size (T) / FLOPs (1E21)"));
            continue;
        }
        catalog.merge(WideCsv::readCatalog(head + f.readAll(), path, diag));
    }
    return catalog;
}

void reportDuplicates(const ScoreTable& table, const QList<QList<qsizetype>>& groups,
                      const QStringList& files, Diagnostics& diag) {
    // Rows carry a source name (the file name, or a long CSV's own `source` column, which may
    // be empty): name the loaded file's path where one matches, so the warning points at it.
    if (groups.isEmpty())
        return; // the common case: no map of thousands of paths to build
    QHash<QString, QString> pathBySource;
    for (const QString& file : files)
        pathBySource.insert(QFileInfo(file).fileName(), file);
    for (const auto& group : groups) {
        const ScoreRow first = table.row(group.first());
        QStringList values;
        for (qsizetype i : group.first(std::min<qsizetype>(group.size(), 5)))
            values << formatNumberExact(table.row(i).value);
        if (group.size() > 5)
            values << QStringLiteral("…");
        QString file = pathBySource.value(first.source, first.source);
        if (file.isEmpty() && files.size() == 1)
            file = files.first();
        diag.warn(file, 0,
                  QCoreApplication::translate(
                      "DataLoader",
                      "%1 rows share the key (task %2, subtask '%3', model %4, "
                      "metric %5, shots %6, prompting '%7') with different values %8; "
                      "all are kept")
                      .arg(group.size())
                      .arg(first.task, first.subtask, first.model, first.metric,
                           first.shots ? QString::number(*first.shots) : QStringLiteral("unknown"),
                           first.prompting, values.join(QStringLiteral(", "))));
    }
}

} // namespace

QString DataLoader::sourceNameFor(const QString& path) {
    // The same as QFileInfo::fileName(), without building a QFileInfo for each of a
    // checkout's thousands of files.
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QStringList DataLoader::inputNamesFor(const QStringList& paths) {
    // Each opened path by its last component; where two share it, by as many more folders as
    // tell them apart ("a/results", "b/results").
    QStringList clean;
    for (const QString& path : paths)
        clean << QDir::cleanPath(QDir::fromNativeSeparators(path));
    QStringList names;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QStringList parts = clean[i].split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString name;
        for (qsizetype depth = 1; depth <= std::max<qsizetype>(parts.size(), 1); ++depth) {
            name =
                parts.isEmpty() ? clean[i] : parts.mid(parts.size() - depth).join(QLatin1Char('/'));
            bool shared = false;
            for (qsizetype j = 0; j < clean.size() && !shared; ++j)
                shared = j != i && clean[j] != clean[i] &&
                         (clean[j] == name || clean[j].endsWith(QLatin1Char('/') + name));
            if (!shared)
                break;
        }
        names << name;
    }
    return names;
}

namespace {

/// Where each run of files (chunk) starts, and the end: runs of up to 256 files, a sixteenth
/// of a thread's share, then a quarter of that size for the last quarter of the files, so that
/// no thread is left with a long run while the others have finished.
std::vector<qsizetype> chunkBoundaries(qsizetype files, int threads) {
    const qsizetype size = std::clamp<qsizetype>(files / (qsizetype(threads) * 16), 1, 256);
    const qsizetype tailFrom = files - files / 4;
    std::vector<qsizetype> starts{0};
    while (starts.back() < files) {
        const qsizetype at = starts.back();
        starts.push_back(
            std::min(files, at + (at < tailFrom ? size : std::max<qsizetype>(1, size / 4))));
    }
    return starts;
}

/// The model catalog, asked for only by the formats that need one.
using CatalogSource = std::function<const ModelCatalog&()>;

/// Reads one file into `into` with the importer of its format (detected unless given).
void loadFileInto(const QString& path, DataFormat format, const CatalogSource& catalog,
                  FileReading& reading, ImportResult& into) {
    Diagnostics& diag = into.diagnostics;
    const qsizetype errorsBefore = diag.errorCount();
    const QByteArray bytes = readAll(path, diag, reading);
    if (diag.errorCount() > errorsBefore)
        return;
    if (format == DataFormat::Unknown)
        format = detectDataFormat(path, bytes.left(64 * 1024));
    const Importer* importer = importerFor(format);
    if (!importer) {
        diag.error(path, 0,
                   bytes.isEmpty() ? QCoreApplication::translate("DataLoader", "the file is empty")
                                   : QCoreApplication::translate(
                                         "DataLoader", "the format is not recognised (expected "
                                                       "long or wide CSV, a known paper table, "
                                                       "lm-evaluation-harness or BIG-bench "
                                                       "JSON); on the command line, --input-format "
                                                       "forces one"));
        return;
    }
    const QString source = DataLoader::sourceNameFor(path);
    importer->read({bytes, path, source, catalog}, into);
}

} // namespace

ImportResult DataLoader::loadFile(const QString& path, DataFormat format,
                                  const ModelCatalog& catalog) {
    ImportResult result;
    FileReading reading;
    loadFileInto(
        path, format, [&catalog]() -> const ModelCatalog& { return catalog; }, reading, result);
    return result;
}

ImportResult DataLoader::load(const QStringList& paths, const LoadOptions& options,
                              const ProgressCallback& progress) {
    ImportResult merged;
    QElapsedTimer clock;
    clock.start();
    LoadPhases phases;
    const auto lap = [&clock] { return double(clock.nsecsElapsed()) / 1e6; };
    const int hardwareThreads = threadCount(options.threads);
    const ExpandedPaths expanded = expandPaths(paths, merged.diagnostics, hardwareThreads);
    const QStringList& files = expanded.files;
    const QStringList inputs = DataLoader::inputNamesFor(paths);
    phases.walk = lap();
    // Gathering the catalog lists every folder of the inputs for metadata tables, a visible
    // cost for a BIG-bench checkout whose score files never need one: gather it on the first
    // file that does (then every such file waits for the same, complete catalog).
    ModelCatalog catalogStore;
    Diagnostics catalogDiagnostics;
    std::once_flag catalogOnce;
    const CatalogSource catalog = [&]() -> const ModelCatalog& {
        std::call_once(catalogOnce,
                       [&] { catalogStore = gatherCatalog(files, options, catalogDiagnostics); });
        return catalogStore;
    };
    if (!options.modelMetadataFiles.isEmpty())
        catalog(); // named tables are checked (and their problems reported) in any case
    const DataFormat forced = options.format.value_or(DataFormat::Unknown);

    const int threads =
        int(std::min<qsizetype>(hardwareThreads, std::max<qsizetype>(1, files.size())));
    // Workers take runs of consecutive files (chunks) and read each run into one table: no
    // table per file, and appending the chunks in order keeps the sorted-path order. Small
    // chunks keep both cores busy to the end. Each chunk is appended to the result as soon as
    // those before it are in, by whichever worker hands it over, so there is no merge phase
    // after the reading and a worker refills the memory of a chunk already appended.
    const std::vector<qsizetype> chunkStarts = chunkBoundaries(files.size(), threads);
    const auto chunkCount = static_cast<qsizetype>(chunkStarts.size()) - 1;
    std::vector<Diagnostics> chunkDiagnostics(static_cast<std::size_t>(chunkCount));
    std::vector<std::size_t> chunkSizes;
    for (qsizetype c = 0; c < chunkCount; ++c)
        chunkSizes.push_back(
            std::size_t(chunkStarts[std::size_t(c) + 1] - chunkStarts[std::size_t(c)]));
    OrderedTableMerge merge(std::move(chunkSizes));
    std::atomic<qsizetype> nextChunk{0}, done{0};
    std::atomic<bool> cancelled{false};
    std::mutex progressMutex;
    auto worker = [&](int) {
        FileReading reading;
        ImportResult chunk;
        for (;;) {
            const qsizetype c = nextChunk.fetch_add(1);
            if (c >= chunkCount || cancelled.load())
                return;
            const qsizetype end = chunkStarts[static_cast<std::size_t>(c) + 1];
            for (qsizetype i = chunkStarts[static_cast<std::size_t>(c)];
                 i < end && !cancelled.load(); ++i) {
                const qsizetype rowsBefore = chunk.table.rowCount();
                loadFileInto(files.at(i), forced, catalog, reading, chunk);
                chunk.table.setInput(rowsBefore, inputs.at(expanded.inputOf[std::size_t(i)]));
                const qsizetype finished = done.fetch_add(1) + 1;
                if (progress) {
                    std::lock_guard lock(progressMutex);
                    if (!progress(double(finished) / double(files.size())))
                        cancelled.store(true);
                }
            }
            if (cancelled.load())
                return;
            chunkDiagnostics[static_cast<std::size_t>(c)] = std::move(chunk.diagnostics);
            chunk.diagnostics = Diagnostics();
            // submit() indexes the chunk and finds its duplicate keys here, on this worker.
            chunk.table = merge.submit(static_cast<std::size_t>(c), std::move(chunk.table));
        }
    };
    runOnThreads(threads, worker);
    phases.read = lap() - phases.walk;
    if (cancelled.load()) {
        merged.cancelled = true;
        return merged;
    }
    merged.diagnostics.append(catalogDiagnostics);
    for (const Diagnostics& d : chunkDiagnostics)
        merged.diagnostics.append(d);
    OrderedTableMerge::Merged result = merge.finish(threads);
    merged.table = std::move(result.table);
    phases.finish = lap() - phases.walk - phases.read;
    reportDuplicates(merged.table, result.duplicateKeys, files, merged.diagnostics);
    phases.diagnose = lap() - phases.walk - phases.read - phases.finish;
    if (options.phases)
        *options.phases = phases;
    return merged;
}

} // namespace ee
