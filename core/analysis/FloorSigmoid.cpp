// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/FloorSigmoid.h"

#include "analysis/LevenbergMarquardt.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ee {

namespace {

double logistic(double z) {
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

/// The first reason the data cannot determine the fit, or an empty string.
QString refusal(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, int parameters,
                const QStringList& names) {
    const Eigen::Index n = y.size();
    if (x.rows() != n)
        return QStringLiteral("%1 predictor rows for %2 scores").arg(x.rows()).arg(n);
    if (!x.allFinite() || !y.allFinite())
        return QStringLiteral("a predictor or a score is not a finite number");
    if (n < parameters + 1)
        return QStringLiteral("%1 points for %2 parameters: the fit needs at least %3")
            .arg(n)
            .arg(parameters)
            .arg(parameters + 1);
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        if (x.col(j).maxCoeff() == x.col(j).minCoeff())
            return QStringLiteral("%1 has the same value (%2) for every point")
                .arg(j < names.size() ? names[j] : QStringLiteral("predictor %1").arg(j + 1),
                     QString::number(x(0, j), 'g', 6));
    if (y.maxCoeff() == y.minCoeff())
        return QStringLiteral("every score is %1: a flat line fits, and the sigmoid's position "
                              "and steepness would be made up")
            .arg(QString::number(y[0], 'g', 6));
    Eigen::MatrixXd design(n, x.cols() + 1);
    design.col(0).setOnes();
    design.rightCols(x.cols()) = x;
    if (Eigen::ColPivHouseholderQR<Eigen::MatrixXd>(design).rank() < design.cols())
        return QStringLiteral("the predictors are collinear: one is a combination of the others");
    return {};
}

} // namespace

double FloorSigmoidFit::predict(const Eigen::VectorXd& x) const {
    return floor + (ceiling - floor) * logistic(linear(x));
}

FloorSigmoidFit fitFloorSigmoid(const Eigen::MatrixXd& xRaw, const Eigen::VectorXd& y,
                                const FloorSigmoidOptions& o, const QStringList& names,
                                const FloorSigmoidFit* warm, bool warmOnly) {
    FloorSigmoidFit fit;
    fit.ceiling = o.ceiling;
    fit.floorFixed = o.floorFixed;
    const int p = static_cast<int>(xRaw.cols());
    const int k = p + 1 + (o.floorFixed ? 0 : 1);
    fit.parameters = k;
    fit.error = refusal(xRaw, y, k, names);
    if (!fit.error.isEmpty())
        return fit;
    // The minimiser works on centred, unit-variance predictors: log10 FLOPs sit near 22, so in
    // raw units c ≈ −22·w and the valley of the least-squares surface is too narrow for it.
    const Eigen::RowVectorXd mean = xRaw.colwise().mean();
    const Eigen::MatrixXd centred = xRaw.rowwise() - mean;
    const Eigen::RowVectorXd sd =
        (centred.colwise().squaredNorm() / static_cast<double>(xRaw.rows())).cwiseSqrt();
    const Eigen::MatrixXd x = centred.array().rowwise() / sd.array();
    const double h = o.ceiling;
    const Eigen::Index n = y.size();
    const auto floorOf = [&](const Eigen::VectorXd& q) {
        return o.floorFixed ? o.fixedFloor : q[p + 1];
    };
    const LmFunction residuals = [&](const Eigen::VectorXd& q, Eigen::VectorXd& r,
                                     Eigen::MatrixXd& J) {
        const double b = floorOf(q);
        r.resize(n);
        J.resize(n, k);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double s = logistic(q[0] + x.row(i).dot(q.segment(1, p)));
            r[i] = b + (h - b) * s - y[i];
            const double ds = (h - b) * s * (1 - s);
            J(i, 0) = ds;
            J.row(i).segment(1, p) = ds * x.row(i);
            if (!o.floorFixed)
                J(i, p + 1) = 1 - s;
        }
    };
    const double inf = std::numeric_limits<double>::infinity();
    Eigen::VectorXd lower = Eigen::VectorXd::Constant(k, -inf);
    Eigen::VectorXd upper = Eigen::VectorXd::Constant(k, inf);
    if (!o.floorFixed) {
        lower[p + 1] = o.floorMin;
        upper[p + 1] = o.floorMax;
    }

    std::vector<Eigen::VectorXd> starts;
    if (warm && warm->ok && warm->weights.size() == p) {
        Eigen::VectorXd q(k);
        q[0] = warm->intercept + mean.dot(warm->weights);
        q.segment(1, p) = warm->weights.cwiseProduct(sd.transpose());
        if (!o.floorFixed)
            q[p + 1] = warm->floor;
        starts.push_back(q);
    }
    if (!warmOnly || starts.empty()) {
        // Linearised starts: the logit of each score's place between a trial floor and the
        // ceiling, regressed on the predictors by ordinary least squares. Several trial floors,
        // because a start on the floor's bound can end in a local minimum held there.
        Eigen::MatrixXd design(n, p + 1);
        design.col(0).setOnes();
        design.rightCols(p) = x;
        const auto qr = design.colPivHouseholderQr();
        std::vector<double> trialFloors{o.floorFixed ? o.fixedFloor : o.floorMin};
        if (!o.floorFixed)
            for (double share : {0.25, 0.5})
                trialFloors.push_back(o.floorMin + share * (o.floorMax - o.floorMin));
        for (double b0 : trialFloors) {
            Eigen::VectorXd z(n);
            for (Eigen::Index i = 0; i < n; ++i) {
                const double t = std::clamp((y[i] - b0) / (h - b0), 0.02, 0.98);
                z[i] = std::log(t / (1 - t));
            }
            const Eigen::VectorXd beta = qr.solve(z);
            for (double scale : {1.0, 0.5, 2.0}) {
                Eigen::VectorXd q(k);
                q.head(p + 1) = beta * scale;
                if (!o.floorFixed)
                    q[p + 1] = b0;
                starts.push_back(q);
            }
        }
        Eigen::VectorXd paper = Eigen::VectorXd::Constant(k, 0.01);
        paper[0] = 0.0;
        if (!o.floorFixed)
            paper[p + 1] = o.floorMin;
        starts.push_back(paper);
    }
    LmResult best;
    best.cost = inf;
    for (const Eigen::VectorXd& s : starts) {
        const LmResult r = levenbergMarquardt(residuals, s, lower, upper, 500);
        if (std::isfinite(r.cost) && r.cost < best.cost)
            best = r;
    }
    if (!std::isfinite(best.cost)) {
        fit.error = QStringLiteral("no start led to a finite fit");
        return fit;
    }
    fit.ok = true;
    fit.weights = best.params.segment(1, p).cwiseQuotient(sd.transpose());
    fit.intercept = best.params[0] - mean.dot(fit.weights);
    fit.floor = floorOf(best.params);
    fit.floorOnBound =
        !o.floorFixed && (fit.floor <= o.floorMin + 1e-9 || fit.floor >= o.floorMax - 1e-9);
    fit.rss = best.cost;
    if (fit.floorOnBound) {
        // A parameter held on its bound keeps the gradient large, and the projected steps stop
        // short of the minimum over the others: finish with the floor fixed at the bound.
        FloorSigmoidOptions fixed = o;
        fixed.floorFixed = true;
        fixed.fixedFloor = fit.floor;
        const FloorSigmoidFit onBound = fitFloorSigmoid(xRaw, y, fixed, names, &fit, true);
        if (onBound.ok && onBound.rss <= fit.rss) {
            fit.intercept = onBound.intercept;
            fit.weights = onBound.weights;
            fit.rss = onBound.rss;
        }
    }
    return fit;
}

} // namespace ee
