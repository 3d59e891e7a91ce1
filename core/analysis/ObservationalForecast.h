// SPDX-License-Identifier: GPL-3.0-or-later
// Backtest of an observational scaling law (Ruan, Maddison & Hashimoto 2024; issue #19 item 2):
// fit a floor sigmoid on the models below a scale cutoff, pooled across families, with the
// capability PCs (or log10 training FLOPs) as predictors, and predict the models above it.
#pragma once

#include "analysis/BenchmarkImputation.h"
#include "analysis/CapabilityPca.h"
#include "analysis/FloorSigmoid.h"
#include "model/ScoreTable.h"

#include <optional>
#include <vector>

namespace ee {

/// \brief What the sigmoid is regressed on.
enum class ObservationalPredictors {
    Pcs,     ///< the first `components` capability PCs
    LogFlops ///< log10 of training FLOPs
};

/// \brief What happens to a model missing some benchmark scores (PC predictors only).
enum class ImputeMethod {
    None, ///< it is left out (listed in left_out)
    Pca   ///< its missing scores are imputed (BenchmarkImputation.h) when it has at least half
};

/// \brief Which scale the train/test cutoff is on.
enum class CutoffAxis { Flops, Params };

/// \brief Settings of an observational backtest.
struct ObservationalOptions {
    QString task;
    std::optional<QString> subtask; ///< unset: the task-level rows ("")
    QString metric;
    std::optional<int> shots; ///< unset: any (a model with two scores is then an error)
    ObservationalPredictors predictors = ObservationalPredictors::Pcs;
    int components = 3;
    QStringList benchmarks = standardBenchmarks();
    QString benchmarkMetric = QStringLiteral("score");
    CutoffAxis cutoffAxis = CutoffAxis::Flops;
    double cutoff = 0.0;          ///< models with scale ≤ cutoff are fitted, the others predicted
    std::optional<double> chance; ///< the task's chance level; unset: known level, else 0
    bool floorAtChance = false;   ///< fix b at chance instead of fitting it
    double floorDelta = 0.2;      ///< a fitted b lies in [chance, chance + δ·(h − chance)]
    int bootstrapSamples = 200;   ///< replicates of the forecast band; 0 = no band
    quint64 seed = 1;
    double level = 0.95;
    ImputeMethod impute = ImputeMethod::None;
    int imputeRank = 1; ///< PCs of the imputation's reconstruction
};

/// \brief One model of the backtest.
struct ObservationalPoint {
    QString model;
    QString family;
    double scale = 0.0;         ///< on the cutoff axis
    Eigen::VectorXd predictors; ///< PC scores or log10 FLOPs
    double x = 0.0;             ///< the predictor (one) or c + w·x (several): the plot's x
    double observed = 0.0;
    double predicted = 0.0;
    std::optional<double> ciLow, ciHigh; ///< forecast band at this model
    bool train = false;
    bool outside = false; ///< observed lies outside the band
    QStringList imputed;  ///< benchmarks whose score was imputed for this model
};

/// \brief What the imputation did: the training fit's iterations and every imputed cell.
struct ImputationReport {
    int rank = 1;
    int iterations = 0;    ///< of the training fit
    bool converged = true; ///< the training fit and every held-out row
    std::vector<std::pair<QString, QStringList>>
        imputed; ///< model → benchmarks, in the order of points
};

/// \brief A model with a target score that could not take part, and why.
struct LeftOutModel {
    QString model;
    QString reason;
};

/// \brief The backtest, or the reason there is none.
struct ObservationalResult {
    bool ok = false;
    QString error;
    QStringList predictorNames; ///< "PC1", … or "log10 FLOPs"
    QString xMeaning;           ///< what ObservationalPoint::x is
    FloorSigmoidFit fit;
    std::optional<CapabilityPca> pca;
    std::optional<ImputationReport> imputation; ///< set when scores were imputed (asked for)
    double chance = 0.0;
    QString chanceOrigin;
    int nTrain = 0;
    int nTest = 0;
    double trainMse = 0.0;
    std::optional<double> testMse; ///< unset when there is no test model
    int bootstrapUsed = 0;
    int outsideCount = 0;                   ///< held-out models outside the band
    std::vector<ObservationalPoint> points; ///< training models first, each part by scale
    std::vector<LeftOutModel> leftOut;
    QStringList notes;
};

/// \brief "pc:3" → Pcs with 3 components, "flops" → LogFlops; false on anything else.
bool parseObservationalPredictors(const QString& text, ObservationalOptions& options);

/// \brief Runs the backtest on `table` (target rows and benchmark rows alike). The PCA is
/// fitted on the training models only and applied to the held-out ones, as in the paper. The
/// band: each bootstrap replicate refits the sigmoid on training models resampled with
/// replacement (the PCA kept) and adds one of its own training residuals drawn at random; the
/// band is the central `level` share of those predictions.
ObservationalResult forecastObservational(const ScoreTable& table,
                                          const ObservationalOptions& options);

} // namespace ee
