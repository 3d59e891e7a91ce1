// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace ee {

/// \brief Every score format the loader understands.
enum class DataFormat {
    Unknown,
    LongCsv,        ///< our canonical long CSV (formats spec B1)
    WideCsv,        ///< one row per model, one column per task metric (ObsScaling, spec A4)
    PaperTable,     ///< a known long-ish table transcribed from a paper or repo (spec A5)
    LmEvalJson,     ///< lm-evaluation-harness results JSON (spec A3)
    BigBenchScores, ///< one BIG-bench scores_*.json file (spec A1)
};

/// \brief The CLI name (`long-csv`, `wide-csv`, `paper-table`, `lm-eval-json`, `bigbench`).
QString dataFormatName(DataFormat format);
std::optional<DataFormat> dataFormatFromName(const QString& name);

/// \brief Decides a file's format from its first bytes (content first, extension as a hint).
DataFormat detectDataFormat(const QString& path, const QByteArray& head);

} // namespace ee
