// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace ee::metrics {

/// \brief One per-example file the app ships in datasets/examples/ (opened by the Instances tab
/// and `emergence instances` when given no files), derived by `emergence datasets`.
struct BundledExampleFile {
    QString fileName;   ///< relative to datasets/, e.g. "examples/mmlu_pro/…_5shots.json.gz"
    QString input;      ///< relative to the shared data folder (a zip of one JSON array)
    bool keepQuestions; ///< this file carries the question texts and options for all models
};

const QList<BundledExampleFile>& bundledExampleFiles();

/// \brief The uncompressed bytes of `file`, derived from `sharedDataDir` (mmlupro::compact of
/// the zip's one JSON entry). nullopt, with an error in `diag` naming the input, on failure.
std::optional<QByteArray> buildBundledExampleFile(const BundledExampleFile& file,
                                                  const QString& sharedDataDir, Diagnostics& diag);

/// \brief The shipped files that exist under `datasetsDir`, in list order.
QStringList bundledExamplePaths(const QString& datasetsDir);

} // namespace ee::metrics
