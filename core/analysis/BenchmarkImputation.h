// SPDX-License-Identifier: GPL-3.0-or-later
// Imputation of missing benchmark scores by iterated low-rank PCA, as Ruan, Maddison & Hashimoto
// 2024 ("Observational scaling laws") complete their benchmark table before the capability PCA
// (issue #19). Imputed scores are invented numbers: the caller must ask for them and list them.
#pragma once

#include <Eigen/Dense>
#include <QStringList>
#include <optional>

namespace ee {

/// \brief Settings of the iteration.
struct ImputationOptions {
    int rank = 1;             ///< PCs of the reconstruction
    double tolerance = 1e-4;  ///< stop when no filled cell moves more (standardised units)
    int maxIterations = 1000; ///< stop here otherwise (not converged)
};

/// \brief The training fit: the scaler and the rank-k PCA of the completed, standardised
/// training matrix. Held-out rows are completed against it without changing it.
struct ImputationFit {
    QStringList benchmarks;
    Eigen::VectorXd means;      ///< per benchmark, of the observed training scores
    Eigen::VectorXd sds;        ///< per benchmark, population sd of the observed scores
    Eigen::VectorXd centre;     ///< column means of the completed standardised matrix
    Eigen::MatrixXd components; ///< rank × benchmarks, orthonormal rows (standardised space)
    Eigen::MatrixXd completed;  ///< training rows, raw scale, clipped to [0, 1]
    int iterations = 0;
    bool converged = false;
};

/// \brief A fit or the reason there is none.
struct ImputationOutcome {
    std::optional<ImputationFit> fit;
    QString error; ///< a sentence for the user when fit is empty
};

/// \brief One held-out row completed against a fixed fit.
struct ImputedRow {
    Eigen::VectorXd values; ///< raw scale, clipped to [0, 1]; observed cells unchanged
    int iterations = 0;
    bool converged = false;
};

/// \brief Fits the imputation on `scores` (training models × benchmarks, NaN = missing, every
/// observed score in [0, 1]): standardise each column by its observed values, fill the missing
/// cells with 0, then repeatedly replace only those cells by the rank-k PCA reconstruction of
/// the filled matrix; finally undo the scaling and clip to [0, 1]. Errors: rank outside
/// [1, benchmarks − 1], fewer rows than rank + 1, a benchmark with no observed score or with
/// one value for every model that has it, a score outside [0, 1].
ImputationOutcome fitImputation(const Eigen::MatrixXd& scores, const QStringList& benchmarks,
                                const ImputationOptions& options = {});

/// \brief Completes one row (NaN = missing; at least one observed) with `fit`'s scaler and
/// components kept fixed: its missing cells are iterated the same way against them.
ImputedRow imputeRow(const ImputationFit& fit, const Eigen::VectorXd& scores,
                     const ImputationOptions& options = {});

} // namespace ee
