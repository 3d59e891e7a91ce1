// SPDX-License-Identifier: GPL-3.0-or-later
// The capability axis of observational scaling (Ruan, Maddison & Hashimoto 2024; issue #19):
// principal components of the standard-benchmark scores of the models that have them all.
#pragma once

#include "model/ScoreTable.h"

#include <Eigen/Dense>
#include <QStringList>
#include <optional>
#include <vector>

namespace ee {

/// \brief The eight standard benchmarks of the ObsScaling tables (MMLU, ARC-C, HellaSwag,
/// Winograd, TruthfulQA, GSM8K, XWinograd, HumanEval), in the paper's order.
QStringList standardBenchmarks();

/// \brief Each model's scores on a list of benchmarks, gathered from a table's rows whose task is
/// one of the benchmarks and whose metric is `metric`.
struct BenchmarkScores {
    QStringList benchmarks;                    ///< column order
    QStringList models;                        ///< row order (sorted by name)
    QStringList families;                      ///< per model
    std::vector<std::optional<double>> flops;  ///< per model, training FLOPs when known
    std::vector<std::optional<double>> params; ///< per model, parameters when known
    Eigen::MatrixXd values; ///< models × benchmarks; NaN where the model has no score
    QStringList errors;     ///< non-finite scores, one model with two different scores

    /// \brief Row of `model`, or −1.
    int rowOf(const QString& model) const;
    /// \brief The benchmarks row `row` has no score on (empty: complete).
    QStringList missing(int row) const;
};

/// \brief Collects the scores (see BenchmarkScores). Rows of other tasks or metrics are ignored.
BenchmarkScores collectBenchmarkScores(const ScoreTable& table, const QStringList& benchmarks,
                                       const QString& metric = QStringLiteral("score"));

/// \brief A fitted capability axis: PCs of the raw (not standardised, as in the paper) scores,
/// centred on the fitted models' means.
struct CapabilityPca {
    QStringList benchmarks;
    Eigen::VectorXd means;             ///< per benchmark, over the fitted models
    Eigen::MatrixXd loadings;          ///< components × benchmarks, each row of unit length
    Eigen::VectorXd variances;         ///< variance of each PC over the fitted models (all B)
    Eigen::VectorXd explainedVariance; ///< share of the total variance per PC (all B; sums to 1)
    int fittedModels = 0;

    int components() const { return static_cast<int>(loadings.rows()); }
    /// \brief The first components() PC scores of one model's benchmark scores (column order of
    /// `benchmarks`; every entry finite).
    Eigen::VectorXd project(const Eigen::VectorXd& scores) const;
};

/// \brief A PCA or the reason there is none.
struct PcaOutcome {
    std::optional<CapabilityPca> pca;
    QString error; ///< set when pca is empty: a sentence for the user
};

/// \brief PCA of `scores` (models × benchmarks, every entry finite), keeping `components` PCs.
/// Each PC's sign is chosen so that its loadings sum to a positive number (higher scores, higher
/// PC). Errors: fewer models than components + 1, a benchmark with the same score for every
/// model, or collinear benchmarks that leave one of the kept PCs without variance.
PcaOutcome fitCapabilityPca(const Eigen::MatrixXd& scores, const QStringList& benchmarks,
                            int components);

} // namespace ee
