// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportResult.h"
#include "io/ModelCatalog.h"

#include <QByteArray>
#include <QStringList>

namespace ee {

/// \brief Wide CSV: a `Model` column, optional metadata columns, then one column per task
/// metric (ObsScaling's tables, docs/formats.md §A4).
namespace WideCsv {

/// \brief How a wide column name splits into task, subtask, shots and metric.
struct ColumnMeaning {
    QString task;
    QString subtask;
    std::optional<int> shots;
    QString metric;
};

/// \brief The spec's rule: the last `_<digits>_` splits name, shots and metric;
/// `arithmetic_<sub>` is task `arithmetic` with subtask `<sub>`; a column without the pattern is a
/// task with metric `score` and unknown shots.
ColumnMeaning parseColumnName(const QString& column);

/// \brief True when the first column is `Model`.
bool looksLikeHeader(const QStringList& header);
/// \brief True when the header carries model metadata (family, size, tokens or FLOPs).
bool hasMetadataColumns(const QStringList& header);

/// \brief The model metadata in a wide CSV's metadata columns (size in billions, tokens in
/// trillions, FLOPs in units of 1e21 are converted to plain counts).
ModelCatalog readCatalog(const QByteArray& bytes, const QString& fileName, Diagnostics& diag);

/// \brief Reads the scores. Models not described in the file itself are looked up in
/// `catalog`; a model found nowhere keeps an unknown scale and family, with a warning.
ImportResult read(const QByteArray& bytes, const QString& fileName, const QString& source,
                  const ModelCatalog& catalog);

} // namespace WideCsv
} // namespace ee
