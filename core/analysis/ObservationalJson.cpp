// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ObservationalJson.h"

#include "analysis/AnalysisJson.h"

#include <QJsonArray>

namespace ee {

using AnalysisJson::number;

QString observationalPredictorsText(const ObservationalOptions& o) {
    return o.predictors == ObservationalPredictors::LogFlops
               ? QStringLiteral("flops")
               : QStringLiteral("pc:%1").arg(o.components);
}

namespace {

QJsonArray numbers(const Eigen::VectorXd& v) {
    QJsonArray a;
    for (Eigen::Index i = 0; i < v.size(); ++i)
        a.append(number(v[i]));
    return a;
}

QJsonValue pcaJson(const std::optional<CapabilityPca>& pca) {
    if (!pca)
        return QJsonValue();
    QJsonArray loadings;
    for (Eigen::Index k = 0; k < pca->loadings.rows(); ++k) {
        QJsonObject row;
        for (Eigen::Index b = 0; b < pca->loadings.cols(); ++b)
            row.insert(pca->benchmarks[b], number(pca->loadings(k, b)));
        loadings.append(row);
    }
    return QJsonObject{{QStringLiteral("benchmarks"), AnalysisJson::strings(pca->benchmarks)},
                       {QStringLiteral("standardised"), false},
                       {QStringLiteral("fitted_models"), pca->fittedModels},
                       {QStringLiteral("means"), numbers(pca->means)},
                       {QStringLiteral("loadings"), loadings},
                       {QStringLiteral("explained_variance"), numbers(pca->explainedVariance)}};
}

QJsonObject formJson(const ObservationalResult& r) {
    const FloorSigmoidFit& f = r.fit;
    QJsonObject weights;
    for (int j = 0; j < r.predictorNames.size(); ++j)
        weights.insert(r.predictorNames[j], number(f.weights[j]));
    return QJsonObject{
        {QStringLiteral("formula"), QStringLiteral("y = b + (h - b) * sigmoid(c + w.x)")},
        {QStringLiteral("predictors"), AnalysisJson::strings(r.predictorNames)},
        {QStringLiteral("c"), number(f.intercept)},
        {QStringLiteral("w"), weights},
        {QStringLiteral("b"), number(f.floor)},
        {QStringLiteral("b_fixed"), f.floorFixed},
        {QStringLiteral("b_on_bound"), f.floorOnBound},
        {QStringLiteral("h"), number(f.ceiling)},
        {QStringLiteral("chance"), number(r.chance)},
        {QStringLiteral("chance_origin"), r.chanceOrigin},
        {QStringLiteral("parameters"), f.parameters},
        {QStringLiteral("rss"), number(f.rss)},
        {QStringLiteral("x_meaning"), r.xMeaning},
        {QStringLiteral("pca"), pcaJson(r.pca)}};
}

QJsonValue imputeJson(const std::optional<ImputationReport>& im) {
    if (!im)
        return QJsonValue();
    QJsonArray imputed;
    for (const auto& [model, benchmarks] : im->imputed)
        imputed.append(
            QJsonObject{{QStringLiteral("model"), model},
                        {QStringLiteral("benchmarks"), AnalysisJson::strings(benchmarks)}});
    return QJsonObject{{QStringLiteral("method"), QStringLiteral("pca")},
                       {QStringLiteral("rank"), im->rank},
                       {QStringLiteral("iterations"), im->iterations},
                       {QStringLiteral("converged"), im->converged},
                       {QStringLiteral("imputed"), imputed}};
}

} // namespace

QJsonObject observationalJson(const ObservationalResult& r, const ObservationalOptions& o) {
    QJsonArray points;
    for (const ObservationalPoint& p : r.points) {
        QJsonObject preds;
        for (int j = 0; j < r.predictorNames.size(); ++j)
            preds.insert(r.predictorNames[j], number(p.predictors[j]));
        points.append(QJsonObject{{QStringLiteral("model"), p.model},
                                  {QStringLiteral("family"), p.family},
                                  {QStringLiteral("scale"), number(p.scale)},
                                  {QStringLiteral("predictors"), preds},
                                  {QStringLiteral("x"), number(p.x)},
                                  {QStringLiteral("observed"), number(p.observed)},
                                  {QStringLiteral("predicted"), number(p.predicted)},
                                  {QStringLiteral("ci_low"), number(p.ciLow)},
                                  {QStringLiteral("ci_high"), number(p.ciHigh)},
                                  {QStringLiteral("train"), p.train},
                                  {QStringLiteral("outside"), p.outside},
                                  {QStringLiteral("imputed"), AnalysisJson::strings(p.imputed)}});
    }
    QJsonArray leftOut;
    for (const LeftOutModel& m : r.leftOut)
        leftOut.append(
            QJsonObject{{QStringLiteral("model"), m.model}, {QStringLiteral("reason"), m.reason}});
    const QString axis =
        o.cutoffAxis == CutoffAxis::Flops ? QStringLiteral("flops") : QStringLiteral("params");
    return QJsonObject{
        {QStringLiteral("task"), o.task},
        {QStringLiteral("subtask"), o.subtask.value_or(QString())},
        {QStringLiteral("metric"), o.metric},
        {QStringLiteral("shots"), o.shots ? QJsonValue(*o.shots) : QJsonValue()},
        {QStringLiteral("predictors"), observationalPredictorsText(o)},
        {QStringLiteral("cutoff"),
         QJsonObject{{QStringLiteral("axis"), axis},
                     {QStringLiteral("value"), number(o.cutoff)},
                     {QStringLiteral("rule"), QStringLiteral("train: scale <= value")}}},
        {QStringLiteral("n_train"), r.nTrain},
        {QStringLiteral("n_test"), r.nTest},
        {QStringLiteral("train_mse"), number(r.trainMse)},
        {QStringLiteral("test_mse"), number(r.testMse)},
        {QStringLiteral("form"), formJson(r)},
        {QStringLiteral("impute"), imputeJson(r.imputation)},
        {QStringLiteral("band"),
         QJsonObject{{QStringLiteral("kind"),
                      QStringLiteral("bootstrap prediction band: refit on resampled training "
                                     "models plus one of the refit's training residuals")},
                     {QStringLiteral("level"), o.level},
                     {QStringLiteral("samples"), o.bootstrapSamples},
                     {QStringLiteral("used"), r.bootstrapUsed},
                     {QStringLiteral("seed"), QString::number(o.seed)}}},
        {QStringLiteral("outside_count"), r.outsideCount},
        {QStringLiteral("points"), points},
        {QStringLiteral("left_out"), leftOut},
        {QStringLiteral("notes"), AnalysisJson::strings(r.notes)}};
}

} // namespace ee
