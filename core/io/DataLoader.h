// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/DataFormat.h"
#include "io/ImportResult.h"

#include <QStringList>

namespace ee {

/// \brief Where a load's time went, in milliseconds of wall time (for benchmarks).
struct LoadPhases {
    double walk = 0;     ///< listing the folders' data files
    double read = 0;     ///< reading and parsing the files, appending them in order
    double finish = 0;   ///< merging the chunks' curve indexes (and whole-table checks)
    double diagnose = 0; ///< wording the duplicate-key warnings
};

/// \brief How to load: format override and extra model metadata.
struct LoadOptions {
    std::optional<DataFormat> format; ///< skip detection and read every file as this
    QStringList modelMetadataFiles;   ///< wide CSVs whose metadata columns describe models
    int threads = 0;                  ///< 0 = all cores
    LoadPhases* phases = nullptr;     ///< when set, filled in by load()
};

/// \brief Loads files and folders of any supported format into one table.
///
/// Folders are walked recursively (BIG-bench checkouts included); files are read in parallel
/// and merged in a stable order (see walkDataFiles), so the result does not depend on timing.
/// A wide CSV without model metadata takes it from metadata tables given in the options, among
/// the inputs, or beside it in its folder. Problems in one file never stop the others.
class DataLoader {
public:
    static ImportResult load(const QStringList& paths, const LoadOptions& options = {},
                             const ProgressCallback& progress = {});

    /// \brief Reads one file whose format is known (or detected when `format` is Unknown).
    static ImportResult loadFile(const QString& path, DataFormat format,
                                 const class ModelCatalog& catalog);

    /// \brief A source name for rows from `path`: the file name without folders.
    static QString sourceNameFor(const QString& path);
    /// \brief The input names (ScoreRow::input, a curve's source) of the opened `paths`, one
    /// each: the file or folder name, with as many parent folders as tell two apart. The same
    /// path opened twice gets the same name (docs/formats.md §A0).
    static QStringList inputNamesFor(const QStringList& paths);
};

} // namespace ee
