// SPDX-License-Identifier: GPL-3.0-or-later
// The score importers as one table: what DataLoader detects and dispatches on, and what a new
// format adds itself to (docs/architecture.md, "Add a score importer").
#pragma once

#include "io/DataFormat.h"
#include "io/ImportResult.h"

#include <QByteArrayView>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>

namespace ee {

class ModelCatalog;

/// \brief What detection looks at, worked out once per file for every importer's test.
struct ImportSniff {
    const QString& path;
    /// The first bytes from the `{` on, when the file is a JSON object; else nullopt.
    std::optional<QByteArrayView> json;
    /// The first CSV record (UTF-8 after re-encoding) when the file is not JSON; else empty.
    QStringList csvHeader;
    /// No bytes but white space (and a byte-order mark).
    bool blank = false;
};

/// \brief What an importer reads: the file's bytes, its path (named in messages) and the
/// source name its rows carry. `catalog` is asked only by formats that need model metadata.
struct ImportSource {
    const QByteArray& bytes;
    const QString& path;
    const QString& source;
    const std::function<const ModelCatalog&()>& catalog;
};

/// \brief One score format: its CLI name, how it is recognised, how it is read.
struct Importer {
    DataFormat format;
    const char* name; ///< `--input-format` value (dataFormatName())
    /// True when the sniffed file is this format. Tried in table order: the first match wins.
    bool (*detect)(const ImportSniff& file);
    /// Appends the file's rows to `into.table` and its problems to `into.diagnostics`.
    void (*read)(const ImportSource& file, ImportResult& into);
};

/// \brief Every score importer, in detection order (the more specific first).
std::span<const Importer> importers();

/// \brief The importer of `format`; nullptr for DataFormat::Unknown.
const Importer* importerFor(DataFormat format);

} // namespace ee
