// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace ee {

/// \brief Every score format the loader understands.
enum class DataFormat {
    Unknown,
    LongCsv,    ///< our canonical long CSV (docs/formats.md §B1)
    WideCsv,    ///< ObsScaling-style: a row per model, a column per metric (docs/formats.md §A4)
    PaperTable, ///< a table transcribed from a paper or repo (docs/formats.md §A5)
    LmEvalJson, ///< lm-evaluation-harness results JSON (docs/formats.md §A3)
    BigBenchScores, ///< one BIG-bench scores_*.json file (docs/formats.md §A1)
};

/// \brief The CLI name (`long-csv`, `wide-csv`, `paper-table`, `lm-eval-json`, `bigbench`).
QString dataFormatName(DataFormat format);
std::optional<DataFormat> dataFormatFromName(const QString& name);

/// \brief Decides a file's format from its first bytes (content first, extension as a hint).
DataFormat detectDataFormat(const QString& path, const QByteArray& head);

} // namespace ee
