// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportResult.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace ee {

/// \brief The project's canonical long CSV (docs/formats.md §B1): one score per row.
namespace LongCsv {

/// \brief The header, in order.
const QStringList& columns();

/// \brief True when a header row names the canonical columns (task, model, metric, value at
/// least).
bool looksLikeHeader(const QStringList& header);

/// \brief Reads canonical long CSV text. Rows with a bad value are skipped with an error naming
/// the line and column; unknown columns give one warning; the rest loads.
ImportResult read(const QByteArray& bytes, const QString& fileName,
                  const ProgressCallback& progress = {});

/// \brief Writes `table` as canonical long CSV (UTF-8, LF line ends, RFC 4180 quoting, numbers
/// in the shortest form that reads back exactly).
void write(const ScoreTable& table, QIODevice& out);
/// \brief The same, to a string.
QByteArray toBytes(const ScoreTable& table);

/// \brief One CSV field, quoted when it needs to be.
QByteArray quoteField(const QString& field);

} // namespace LongCsv
} // namespace ee
