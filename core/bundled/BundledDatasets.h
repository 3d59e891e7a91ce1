// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportResult.h"
#include "model/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ee {

class ModelCatalog;

/// \brief For a table scored from per-example outputs by our own metrics engine instead of
/// imported: what the files do not say and what to compute.
struct BundledScoring {
    /// Model of each input, in `inputs` order (as in the catalog); empty when the files name
    /// their models and sizes themselves (GSM8K solutions).
    QStringList models;
    std::optional<int> shots;   ///< from the run scripts when the files do not carry it
    QString prompting;          ///< e.g. "standard" (plain few-shot, as the harness prompts)
    QStringList metrics;        ///< ExampleScorer metric names, in output order
    int bootstrapResamples = 0; ///< percentile bootstrap (95 %) for ci_low/ci_high; 0 = none
    quint64 bootstrapSeed = 0;
    /// Also score every model over all its subtasks together (subtask ""), as a benchmark
    /// reports its overall number (MMLU-Pro's categories).
    bool wholeTask = false;
    /// Metrics scored on whole solutions against the reference solution
    /// (ee::ScoringOptions::wholeText), after `metrics`.
    QStringList solutionMetrics;
};

/// \brief One table shipped in datasets/, derived by our own importers from ../shared/data.
struct BundledDataset {
    QString fileName;   ///< e.g. "obsscaling_emergent_capability.csv"
    QString title;      ///< one line for SOURCES.md
    QStringList inputs; ///< paths relative to the shared data folder
    QStringList models; ///< model metadata tables (relative), for sources without sizes
    QString licence;
    QString citation;
    QString notes;                         ///< what was derived or left out, if anything
    bool finalCheckpointsOnly = false;     ///< drop the "(training)" checkpoint families
    std::optional<BundledScoring> scoring; ///< set: inputs are per-example files to score
};

/// \brief The recipes for every bundled table, in the order they are listed.
const QList<BundledDataset>& bundledDatasets();

/// \brief The bytes of one bundled table (canonical long CSV), built from `sharedDataDir`.
/// The `source` column names the input file relative to the shared data folder. A recipe with
/// `scoring` is scored by scoreBundledRecipe() (BundledScorer.h).
QByteArray buildBundledDataset(const BundledDataset& recipe, const QString& sharedDataDir,
                               Diagnostics& diag);

/// \brief datasets/SOURCES.md, generated from the recipes so it never drifts from them.
QByteArray bundledSourcesMarkdown();

} // namespace ee
