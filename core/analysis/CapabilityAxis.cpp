// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CapabilityAxis.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace ee {

namespace {

// Sentences shown in the GUI; QtCore only, so the command line stays English.
struct CapabilityText {
    Q_DECLARE_TR_FUNCTIONS(CapabilityAxis)
};

const QString kBenchmarkMetric = QStringLiteral("score");

} // namespace

std::optional<double> CapabilityAxis::score(const QString& model, int pc) const {
    if (!pca || pc < 1 || pc > components())
        return std::nullopt;
    // models is sorted (collectBenchmarkScores keeps a QMap order): binary search.
    const auto it = std::lower_bound(models.cbegin(), models.cend(), model);
    if (it == models.cend() || *it != model)
        return std::nullopt;
    return scores(static_cast<Eigen::Index>(it - models.cbegin()), pc - 1);
}

QString CapabilityAxis::describe(int pc) const {
    if (!pca || pc < 1 || pc > components())
        return error;
    QStringList loadings;
    for (int b = 0; b < pca->benchmarks.size(); ++b)
        loadings << QStringLiteral("%1 %2").arg(pca->benchmarks[b],
                                                QString::number(pca->loadings(pc - 1, b), 'g', 3));
    return CapabilityText::tr("PC%1: %2 % of the variance of %3 benchmarks over %4 models; "
                              "loadings %5")
        .arg(pc)
        .arg(QString::number(100 * pca->explainedVariance[pc - 1], 'g', 3))
        .arg(pca->benchmarks.size())
        .arg(pca->fittedModels)
        .arg(loadings.join(QStringLiteral(", ")));
}

QString CapabilityAxis::withoutScoreSentence(QStringList models) const {
    if (models.isEmpty())
        return QString();
    models.sort();
    QStringList named;
    for (const QString& m : std::as_const(models)) {
        const QStringList lacks = incomplete.value(m);
        named << (lacks.isEmpty()
                      ? CapabilityText::tr("%1 (no benchmark scores)").arg(m)
                      : CapabilityText::tr("%1 (no %2)").arg(m, lacks.join(QStringLiteral(", "))));
    }
    return (models.size() == 1 ? CapabilityText::tr("%1 model has no PC score: %2")
                               : CapabilityText::tr("%1 models have no PC score: %2"))
        .arg(models.size())
        .arg(named.join(QStringLiteral("; ")));
}

bool hasStandardBenchmarks(const ScoreTable& table) {
    const QStringList tasks = table.tasks();
    for (const QString& b : standardBenchmarks())
        if (!tasks.contains(b) || !table.metrics(b).contains(kBenchmarkMetric))
            return false;
    return true;
}

CapabilityAxis fitCapabilityAxis(const ScoreTable& table, int components) {
    CapabilityAxis axis;
    const QStringList benchmarks = standardBenchmarks();
    const BenchmarkScores s = collectBenchmarkScores(table, benchmarks, kBenchmarkMetric);
    if (!s.errors.isEmpty()) {
        axis.error = s.errors.join(QStringLiteral("; "));
        return axis;
    }
    std::vector<int> complete;
    for (int r = 0; r < s.values.rows(); ++r) {
        const QStringList missing = s.missing(r);
        if (missing.isEmpty())
            complete.push_back(r);
        else
            axis.incomplete.insert(s.models[r], missing);
    }
    Eigen::MatrixXd fitted(static_cast<Eigen::Index>(complete.size()), benchmarks.size());
    for (std::size_t i = 0; i < complete.size(); ++i)
        fitted.row(static_cast<Eigen::Index>(i)) = s.values.row(complete[i]);
    PcaOutcome out = fitCapabilityPca(fitted, benchmarks, components);
    if (!out.pca) {
        axis.error = out.error;
        return axis;
    }
    axis.pca = std::move(out.pca);
    axis.scores.resize(fitted.rows(), components);
    for (Eigen::Index r = 0; r < fitted.rows(); ++r) {
        axis.models << s.models[complete[static_cast<std::size_t>(r)]];
        axis.scores.row(r) = axis.pca->project(fitted.row(r).transpose()).transpose();
    }
    return axis;
}

CapabilityCurves onCapabilityAxis(const QList<Curve>& curves, const CapabilityAxis& axis, int pc) {
    CapabilityCurves out;
    QSet<QString> without;
    for (const Curve& c : curves) {
        Curve moved = c;
        moved.points.clear();
        for (CurvePoint p : c.points) {
            p.x = axis.score(p.model, pc);
            if (p.x)
                moved.points.append(p);
            else
                without.insert(p.model);
        }
        moved.sortPoints();
        out.curves.append(moved);
    }
    out.modelsWithout = QStringList(without.cbegin(), without.cend());
    out.modelsWithout.sort();
    return out;
}

} // namespace ee
