// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/BenchmarkImputation.h"

#include <cmath>

namespace ee {

namespace {

/// The top `rank` principal directions (rows, orthonormal) of `z` centred on `centre`.
Eigen::MatrixXd topComponents(const Eigen::MatrixXd& z, const Eigen::VectorXd& centre, int rank) {
    const Eigen::MatrixXd c = z.rowwise() - centre.transpose();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(c.transpose() * c);
    const int nb = static_cast<int>(z.cols());
    Eigen::MatrixXd v(rank, nb);
    // Eigenvalues come ascending; the sign of a direction does not matter for a reconstruction.
    for (int k = 0; k < rank; ++k)
        v.row(k) = eig.eigenvectors().col(nb - 1 - k).transpose();
    return v;
}

Eigen::VectorXd toRaw(const ImputationFit& f, const Eigen::VectorXd& z) {
    Eigen::VectorXd raw = z.cwiseProduct(f.sds) + f.means;
    return raw.cwiseMax(0.0).cwiseMin(1.0);
}

} // namespace

ImputationOutcome fitImputation(const Eigen::MatrixXd& scores, const QStringList& benchmarks,
                                const ImputationOptions& o) {
    const int n = static_cast<int>(scores.rows());
    const int nb = static_cast<int>(scores.cols());
    const auto fail = [](const QString& why) { return ImputationOutcome{std::nullopt, why}; };
    // A full-rank reconstruction gives every cell back unchanged, so the fill would stay at the
    // column mean: that is not an imputation from the other benchmarks.
    if (o.rank < 1 || o.rank >= nb)
        return fail(QStringLiteral("the imputation rank must lie between 1 and %1 (one below the "
                                   "%2 benchmarks), not %3")
                        .arg(nb - 1)
                        .arg(nb)
                        .arg(o.rank));
    if (n < o.rank + 1)
        return fail(QStringLiteral("%1 training models for the imputation; rank %2 needs at least "
                                   "%3")
                        .arg(n)
                        .arg(o.rank)
                        .arg(o.rank + 1));
    ImputationFit f;
    f.benchmarks = benchmarks;
    f.means.resize(nb);
    f.sds.resize(nb);
    for (int b = 0; b < nb; ++b) {
        double sum = 0, sq = 0;
        int seen = 0;
        for (int r = 0; r < n; ++r) {
            const double v = scores(r, b);
            if (std::isnan(v))
                continue;
            if (!(v >= 0 && v <= 1))
                return fail(QStringLiteral("%1 has a score of %2: the imputation clips to [0, 1] "
                                           "and needs proportions")
                                .arg(benchmarks[b], QString::number(v, 'g', 6)));
            sum += v;
            ++seen;
        }
        if (seen == 0)
            return fail(QStringLiteral("no training model has a %1 score: it cannot be imputed")
                            .arg(benchmarks[b]));
        f.means[b] = sum / seen;
        for (int r = 0; r < n; ++r)
            if (!std::isnan(scores(r, b)))
                sq += (scores(r, b) - f.means[b]) * (scores(r, b) - f.means[b]);
        f.sds[b] = std::sqrt(sq / seen);
        if (!(f.sds[b] > 0))
            return fail(QStringLiteral("every training model with a %1 score has the same one "
                                       "(%2): it cannot be standardised for the imputation")
                            .arg(benchmarks[b], QString::number(f.means[b], 'g', 6)));
    }
    const Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic> missing = scores.array().isNaN();
    Eigen::MatrixXd z =
        (scores.rowwise() - f.means.transpose()).array().rowwise() / f.sds.transpose().array();
    z = missing.select(0.0, z); // the fill: each column's observed mean
    for (f.iterations = 0; f.iterations < o.maxIterations && missing.any();) {
        ++f.iterations;
        f.centre = z.colwise().mean().transpose();
        const Eigen::MatrixXd v = topComponents(z, f.centre, o.rank);
        const Eigen::MatrixXd c = z.rowwise() - f.centre.transpose();
        const Eigen::MatrixXd recon = (c * v.transpose() * v).rowwise() + f.centre.transpose();
        const Eigen::MatrixXd next = missing.select(recon, z);
        const double change = (next - z).cwiseAbs().maxCoeff();
        z = next;
        if (change < o.tolerance) {
            f.converged = true;
            break;
        }
    }
    if (!missing.any())
        f.converged = true;
    // The fit held out rows are completed against: the PCA of the completed matrix.
    f.centre = z.colwise().mean().transpose();
    f.components = topComponents(z, f.centre, o.rank);
    f.completed.resize(n, nb);
    for (int r = 0; r < n; ++r)
        f.completed.row(r) = toRaw(f, z.row(r).transpose()).transpose();
    // Observed scores stay exactly as given (the round trip through the scaler could move them
    // by a rounding error).
    f.completed = missing.select(f.completed, scores);
    return {std::move(f), QString()};
}

ImputedRow imputeRow(const ImputationFit& f, const Eigen::VectorXd& scores,
                     const ImputationOptions& o) {
    ImputedRow out;
    const Eigen::Array<bool, Eigen::Dynamic, 1> missing = scores.array().isNaN();
    Eigen::VectorXd z = (scores - f.means).cwiseQuotient(f.sds);
    z = missing.select(0.0, z);
    const Eigen::MatrixXd projector = f.components.transpose() * f.components;
    out.converged = !missing.any();
    while (!out.converged && out.iterations < o.maxIterations) {
        ++out.iterations;
        const Eigen::VectorXd recon = projector * (z - f.centre) + f.centre;
        const Eigen::VectorXd next = missing.select(recon, z);
        const double change = (next - z).cwiseAbs().maxCoeff();
        z = next;
        out.converged = change < o.tolerance;
    }
    out.values = toRaw(f, z);
    for (Eigen::Index b = 0; b < scores.size(); ++b)
        if (!missing[b])
            out.values[b] = scores[b]; // observed scores are never touched, clipped or not
    return out;
}

} // namespace ee
