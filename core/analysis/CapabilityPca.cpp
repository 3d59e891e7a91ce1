// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CapabilityPca.h"

#include <QHash>
#include <QMap>
#include <cmath>
#include <limits>

namespace ee {

QStringList standardBenchmarks() {
    return {QStringLiteral("MMLU"),      QStringLiteral("ARC-C"),      QStringLiteral("HellaSwag"),
            QStringLiteral("Winograd"),  QStringLiteral("TruthfulQA"), QStringLiteral("GSM8K"),
            QStringLiteral("XWinograd"), QStringLiteral("HumanEval")};
}

int BenchmarkScores::rowOf(const QString& model) const {
    return static_cast<int>(models.indexOf(model));
}

QStringList BenchmarkScores::missing(int row) const {
    QStringList out;
    for (int b = 0; b < values.cols(); ++b)
        if (std::isnan(values(row, b)))
            out << benchmarks[b];
    return out;
}

BenchmarkScores collectBenchmarkScores(const ScoreTable& table, const QStringList& benchmarks,
                                       const QString& metric) {
    struct Seen {
        double value;
        QString source;
    };
    // model → benchmark → first score seen; a QMap keeps the models sorted by name.
    QMap<QString, QHash<int, Seen>> byModel;
    QHash<QString, ScoreRow> firstRow;
    BenchmarkScores out;
    out.benchmarks = benchmarks;
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const ScoreRow r = table.row(i);
        const int b = static_cast<int>(benchmarks.indexOf(r.task));
        if (b < 0 || r.metric != metric)
            continue;
        if (!std::isfinite(r.value)) {
            out.errors << QStringLiteral("%1: %2 on %3 is not a finite number")
                              .arg(r.source, r.model, r.task);
            continue;
        }
        auto& scores = byModel[r.model];
        if (!firstRow.contains(r.model))
            firstRow.insert(r.model, r);
        const auto seen = scores.constFind(b);
        if (seen == scores.constEnd())
            scores.insert(b, {r.value, r.source});
        else if (seen->value != r.value)
            out.errors << QStringLiteral("%1 has two different %2 scores: %3 (%4) and %5 (%6)")
                              .arg(r.model, r.task, QString::number(seen->value, 'g', 17),
                                   seen->source, QString::number(r.value, 'g', 17), r.source);
    }
    out.values = Eigen::MatrixXd::Constant(byModel.size(), benchmarks.size(),
                                           std::numeric_limits<double>::quiet_NaN());
    int row = 0;
    for (auto it = byModel.cbegin(); it != byModel.cend(); ++it, ++row) {
        const ScoreRow& meta = firstRow[it.key()];
        out.models << it.key();
        out.families << meta.family;
        out.flops.push_back(meta.scale.flops);
        out.params.push_back(meta.scale.params);
        for (auto s = it->cbegin(); s != it->cend(); ++s)
            out.values(row, s.key()) = s->value;
    }
    return out;
}

Eigen::VectorXd CapabilityPca::project(const Eigen::VectorXd& scores) const {
    return loadings * (scores - means);
}

namespace {

/// Names the pairs of benchmarks whose scores lie on one straight line across the models.
QStringList collinearPairs(const Eigen::MatrixXd& centred, const QStringList& benchmarks) {
    QStringList pairs;
    for (int a = 0; a < centred.cols(); ++a)
        for (int b = a + 1; b < centred.cols(); ++b) {
            const double na = centred.col(a).norm(), nb = centred.col(b).norm();
            if (na == 0 || nb == 0)
                continue;
            const double r = centred.col(a).dot(centred.col(b)) / (na * nb);
            if (std::abs(r) > 1 - 1e-12)
                pairs << QStringLiteral("%1 and %2").arg(benchmarks[a], benchmarks[b]);
        }
    return pairs;
}

} // namespace

PcaOutcome fitCapabilityPca(const Eigen::MatrixXd& scores, const QStringList& benchmarks,
                            int components) {
    const int n = static_cast<int>(scores.rows());
    const int nb = static_cast<int>(scores.cols());
    if (components < 1 || components > nb)
        return {std::nullopt, QStringLiteral("%1 PCs asked for, but there are %2 benchmarks")
                                  .arg(components)
                                  .arg(nb)};
    if (n < components + 1)
        return {std::nullopt,
                QStringLiteral("%1 models have every benchmark score; %2 PCs need at least %3")
                    .arg(n)
                    .arg(components)
                    .arg(components + 1)};
    if (!scores.allFinite())
        return {std::nullopt, QStringLiteral("a benchmark score is not a finite number")};
    CapabilityPca pca;
    pca.benchmarks = benchmarks;
    pca.fittedModels = n;
    pca.means = scores.colwise().mean().transpose();
    const Eigen::MatrixXd centred = scores.rowwise() - pca.means.transpose();
    for (int b = 0; b < nb; ++b)
        if (centred.col(b).cwiseAbs().maxCoeff() == 0)
            return {std::nullopt,
                    QStringLiteral("%1 has the same score (%2) for all %3 models: it cannot "
                                   "tell them apart")
                        .arg(benchmarks[b], QString::number(pca.means[b], 'g', 6))
                        .arg(n)};
    const Eigen::MatrixXd cov = centred.transpose() * centred / static_cast<double>(n - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    // Eigen sorts eigenvalues ascending; PCs go largest first.
    const Eigen::VectorXd ascending = eig.eigenvalues().cwiseMax(0.0);
    pca.variances = ascending.reverse();
    const double total = pca.variances.sum();
    pca.explainedVariance = pca.variances / total;
    pca.loadings.resize(components, nb);
    for (int k = 0; k < components; ++k) {
        Eigen::VectorXd v = eig.eigenvectors().col(nb - 1 - k);
        if (v.sum() < 0)
            v = -v;
        pca.loadings.row(k) = v.transpose();
    }
    // A kept PC without variance is a direction the data never move in: the benchmarks are
    // collinear (or too few models span them), and its scores would be rounding noise.
    const double tiny = 1e-12 * pca.variances[0];
    for (int k = 0; k < components; ++k)
        if (pca.variances[k] <= tiny) {
            const QStringList pairs = collinearPairs(centred, benchmarks);
            return {std::nullopt,
                    QStringLiteral("PC%1 has no variance: the benchmark scores are collinear%2, "
                                   "so at most %3 PCs are defined")
                        .arg(k + 1)
                        .arg(pairs.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(pairs.join(QStringLiteral(", "))))
                        .arg(k)};
        }
    return {std::move(pca), QString()};
}

} // namespace ee
