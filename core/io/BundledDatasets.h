// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ee {

/// \brief One table shipped in datasets/, derived by our own importers from ../shared/data.
struct BundledDataset {
    QString fileName;    ///< e.g. "obsscaling_emergent_capability.csv"
    QString title;       ///< one line for SOURCES.md
    QStringList inputs;  ///< paths relative to the shared data folder
    QStringList models;  ///< model metadata tables (relative), for sources without sizes
    QString licence;
    QString citation;
    QString notes;       ///< what was derived or left out, if anything
    bool finalCheckpointsOnly = false; ///< drop the "(training)" checkpoint families
};

/// \brief The recipes for every bundled table, in the order they are listed.
const QList<BundledDataset>& bundledDatasets();

/// \brief The bytes of one bundled table (canonical long CSV), built from `sharedDataDir`.
/// The `source` column names the input file relative to the shared data folder.
QByteArray buildBundledDataset(const BundledDataset& recipe, const QString& sharedDataDir,
                               Diagnostics& diag);

/// \brief datasets/SOURCES.md, generated from the recipes so it never drifts from them.
QByteArray bundledSourcesMarkdown();

} // namespace ee
