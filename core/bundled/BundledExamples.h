// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief One per-example file the app ships in datasets/examples/ (opened by the Instances tab
/// and `emergence instances` when given no files), derived by `emergence datasets`.
struct BundledExampleFile {
    enum class Kind {
        MmluProZip,    ///< a zip of one MMLU-Pro JSON array → mmlupro::compact()
        Gsm8kSolutions ///< GSM8K example model solutions (JSON Lines) → gsm8kCompact()
    };
    QString fileName;   ///< relative to datasets/, e.g. "examples/mmlu_pro/…_5shots.json.gz"
    QString input;      ///< relative to the shared data folder
    bool keepQuestions; ///< this file carries the question texts and options for all models
    Kind kind = Kind::MmluProZip;
};

/// \brief GSM8K example model solutions, one compact JSON object per line in the source's own
/// record layout without the `is_correct` flags (the app recomputes them as final-answer exact
/// match). Empty, with `error`, when a line is not a JSON object.
QByteArray gsm8kCompact(const QByteArray& jsonl, QString& error);

const QList<BundledExampleFile>& bundledExampleFiles();

/// \brief The uncompressed bytes of `file`, derived from `sharedDataDir` (mmlupro::compact of
/// the zip's one JSON entry). nullopt, with an error in `diag` naming the input, on failure.
std::optional<QByteArray> buildBundledExampleFile(const BundledExampleFile& file,
                                                  const QString& sharedDataDir, Diagnostics& diag);

/// \brief The shipped files that exist under `datasetsDir`, in list order.
QStringList bundledExamplePaths(const QString& datasetsDir);

} // namespace ee
