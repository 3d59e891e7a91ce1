// SPDX-License-Identifier: GPL-3.0-or-later
// The regression of observational scaling (issue #19): a sigmoid with a floor applied to a
// linear combination of several predictors, y = b + (h − b)·σ(c + w·x).
#pragma once

#include <Eigen/Dense>
#include <QString>
#include <QStringList>

namespace ee {

/// \brief How the floor b and the ceiling h are set.
struct FloorSigmoidOptions {
    double ceiling = 1.0;  ///< h: the metric's best score (1 for a proportion)
    double floorMin = 0.0; ///< lower bound of a fitted floor (usually the chance level)
    double floorMax = 0.2; ///< upper bound of a fitted floor
    bool floorFixed = false;
    double fixedFloor = 0.0; ///< b when floorFixed
};

/// \brief A fitted floor sigmoid, or the reason there is none.
struct FloorSigmoidFit {
    bool ok = false;
    QString error;           ///< why there is no fit (a sentence for the user)
    double intercept = 0.0;  ///< c
    Eigen::VectorXd weights; ///< w, one per predictor
    double floor = 0.0;      ///< b
    bool floorFixed = false;
    bool floorOnBound = false; ///< a fitted floor ended on floorMin or floorMax
    double ceiling = 1.0;      ///< h
    double rss = 0.0;          ///< Σ (ŷ − y)² over the fitted points
    int parameters = 0;        ///< fitted parameters: c, the weights and b unless fixed

    /// \brief c + w·x, the position on the sigmoid's own axis.
    double linear(const Eigen::VectorXd& x) const { return intercept + weights.dot(x); }
    /// \brief b + (h − b)·σ(c + w·x).
    double predict(const Eigen::VectorXd& x) const;
};

/// \brief Least-squares fit of the floor sigmoid to rows of `x` (n × p predictors) and `y` (n)
/// by Levenberg–Marquardt from several starts (linearised least-squares starts through the
/// logit for three trial floors, each also with half and twice the slope, and a nearly flat c = 0,
/// w = 0.01 on the standardised predictors, as the paper starts), keeping the lowest residual
/// sum of squares; a floor that ends on its bound is
/// then held there while the other parameters finish converging. `warmStart` (when ok) is tried
/// first, alone if `warmOnly`. Refuses (ok = false, `error` set) non-finite input, fewer points
/// than parameters + 1, a predictor with one value for every point, collinear predictors, and y all
/// equal.
FloorSigmoidFit fitFloorSigmoid(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                const FloorSigmoidOptions& options,
                                const QStringList& predictorNames,
                                const FloorSigmoidFit* warmStart = nullptr, bool warmOnly = false);

} // namespace ee
