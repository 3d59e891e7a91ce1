// SPDX-License-Identifier: GPL-3.0-or-later
// The capability axis of the scaling chart (issue #19 item 2, "capability PC1"): the principal
// components of the standard-benchmark scores of every model in the loaded table that has them
// all, as an x axis for any task's curves.
#pragma once

#include "analysis/CapabilityPca.h"
#include "model/Curve.h"
#include "model/ScoreTable.h"

#include <QHash>
#include <optional>

namespace ee {

/// \brief PC scores of every model that has all the standard benchmarks, and the models that
/// have only some of them (they get no PC score and are listed, never dropped silently).
struct CapabilityAxis {
    std::optional<CapabilityPca> pca; ///< unset: no axis (see error)
    QString error;                    ///< why there is no axis; empty when there is one
    QStringList models;               ///< the models with PC scores, sorted by name
    Eigen::MatrixXd scores;           ///< models × components
    /// Models with some but not all standard benchmarks → the benchmarks they lack.
    QHash<QString, QStringList> incomplete;

    bool ok() const { return pca.has_value(); }
    int components() const { return pca ? pca->components() : 0; }
    /// \brief PC`pc` (1-based) of `model`; unset when the model has no PC score.
    std::optional<double> score(const QString& model, int pc) const;
    /// \brief e.g. "PC1: 71.2 % of the benchmark variance; loadings MMLU 0.41, ARC-C 0.38, …"
    /// (every number from the PCA; loadings to 3 significant digits).
    QString describe(int pc) const;
    /// \brief "2 models have no PC score: A (no ARC-C); B (no benchmark scores)" for `models`
    /// (sorted here); empty when there are none. The chart and `curves --x pcN` both say this.
    QString withoutScoreSentence(QStringList models) const;
};

/// \brief True when the table has scores (metric "score") on every standard benchmark
/// (standardBenchmarks(): the ObsScaling base_llm_benchmark_eval table).
bool hasStandardBenchmarks(const ScoreTable& table);

/// \brief Fits the capability PCA on the raw scores of all models of `table` that have every
/// standard benchmark (metric "score"), keeping `components` PCs, and projects those models.
/// Sign convention (CapabilityPca): each PC's loadings sum to a positive number, so a higher PC
/// means higher benchmark scores overall.
CapabilityAxis fitCapabilityAxis(const ScoreTable& table, int components = 3);

/// \brief Curves re-plotted against capability PC`pc`.
struct CapabilityCurves {
    QList<Curve> curves;       ///< points of models without a PC score removed; sorted by x
    QStringList modelsWithout; ///< those models (distinct, sorted)
};

/// \brief Replaces each point's x with its model's PC`pc` score (1-based). Each curve keeps its
/// `axis` (what the analyses fit against); only the x values change.
CapabilityCurves onCapabilityAxis(const QList<Curve>& curves, const CapabilityAxis& axis, int pc);

} // namespace ee
