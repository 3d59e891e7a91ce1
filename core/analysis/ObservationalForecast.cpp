// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ObservationalForecast.h"

#include "analysis/SeededRandom.h"
#include "model/ChanceLevel.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace ee {

bool parseObservationalPredictors(const QString& text, ObservationalOptions& o) {
    if (text == QLatin1String("flops")) {
        o.predictors = ObservationalPredictors::LogFlops;
        return true;
    }
    if (!text.startsWith(QLatin1String("pc:")))
        return false;
    bool ok = false;
    const int k = text.mid(3).toInt(&ok);
    if (!ok || k < 1)
        return false;
    o.predictors = ObservationalPredictors::Pcs;
    o.components = k;
    return true;
}

namespace {

/// One model's score on the target, with what the table says about the model.
struct TargetScore {
    QString model, family, source;
    double value = 0.0;
    ModelScale scale;
    std::optional<double> low, high;
};

QString describeTarget(const ObservationalOptions& o) {
    QString s = o.task;
    if (o.subtask && !o.subtask->isEmpty())
        s += QLatin1Char('/') + *o.subtask;
    s += QStringLiteral(" (%1").arg(o.metric);
    if (o.shots)
        s += QStringLiteral(", %1-shot").arg(*o.shots);
    return s + QLatin1Char(')');
}

/// The target's scores by model (sorted by name); duplicates that disagree are errors.
QMap<QString, TargetScore> targetScores(const ScoreTable& table, const ObservationalOptions& o,
                                        QStringList& errors) {
    QMap<QString, TargetScore> out;
    const QString subtask = o.subtask.value_or(QString());
    for (qsizetype i = 0; i < table.rowCount(); ++i) {
        const ScoreRow r = table.row(i);
        if (r.task != o.task || r.subtask != subtask || r.metric != o.metric ||
            (o.shots && r.shots != o.shots))
            continue;
        if (!std::isfinite(r.value)) {
            errors << QStringLiteral("%1: the score of %2 is not a finite number")
                          .arg(r.source, r.model);
            continue;
        }
        const auto seen = out.constFind(r.model);
        if (seen != out.constEnd()) {
            if (seen->value != r.value)
                errors << QStringLiteral("%1 has two different scores: %2 (%3) and %4 (%5)%6")
                              .arg(r.model, QString::number(seen->value, 'g', 17), seen->source,
                                   QString::number(r.value, 'g', 17), r.source,
                                   o.shots ? QString() : QStringLiteral("; pass --shots"));
            continue;
        }
        out.insert(r.model, {r.model, r.family, r.source, r.value, r.scale, r.low, r.high});
    }
    return out;
}

double mse(const std::vector<ObservationalPoint>& points, bool train) {
    double sum = 0;
    int n = 0;
    for (const ObservationalPoint& p : points)
        if (p.train == train) {
            sum += (p.predicted - p.observed) * (p.predicted - p.observed);
            ++n;
        }
    return n ? sum / n : 0.0;
}

/// The forecast band: refits on resampled training models plus one residual each (see header).
void addBand(ObservationalResult& res, const FloorSigmoidOptions& fo,
             const ObservationalOptions& o) {
    std::vector<int> trainRows;
    for (int i = 0; i < static_cast<int>(res.points.size()); ++i)
        if (res.points[i].train)
            trainRows.push_back(i);
    const int n = static_cast<int>(trainRows.size());
    const int p = static_cast<int>(res.points.front().predictors.size());
    std::vector<std::vector<double>> draws(res.points.size());
    std::mt19937_64 rng(o.seed);
    for (int b = 0; b < o.bootstrapSamples; ++b) {
        Eigen::MatrixXd x(n, p);
        Eigen::VectorXd y(n);
        for (int i = 0; i < n; ++i) {
            const ObservationalPoint& pt = res.points[trainRows[uniformIndex(rng, n)]];
            x.row(i) = pt.predictors.transpose();
            y[i] = pt.observed;
        }
        const FloorSigmoidFit f =
            fitFloorSigmoid(x, y, fo, res.predictorNames, &res.fit, /*warmOnly=*/true);
        if (!f.ok)
            continue; // e.g. a resample whose models all share one predictor value
        ++res.bootstrapUsed;
        for (std::size_t i = 0; i < res.points.size(); ++i) {
            const int j = static_cast<int>(uniformIndex(rng, n));
            const double residual = y[j] - f.predict(x.row(j).transpose());
            draws[i].push_back(f.predict(res.points[i].predictors) + residual);
        }
    }
    if (res.bootstrapUsed < 2)
        return;
    const double tail = (1 - o.level) / 2;
    for (std::size_t i = 0; i < res.points.size(); ++i) {
        ObservationalPoint& pt = res.points[i];
        pt.ciLow = percentileLinear(draws[i], tail);
        pt.ciHigh = percentileLinear(draws[i], 1 - tail);
        pt.outside = pt.observed < *pt.ciLow || pt.observed > *pt.ciHigh;
        if (pt.outside && !pt.train)
            ++res.outsideCount;
    }
    if (res.bootstrapUsed < o.bootstrapSamples)
        res.notes << QCoreApplication::translate(
                         "ObservationalForecast",
                         "%1 of %2 bootstrap replicates could not be fitted")
                         .arg(o.bootstrapSamples - res.bootstrapUsed)
                         .arg(o.bootstrapSamples);
}

/// Completes the missing cells of `scores` (one row per point): the imputation is fitted on the
/// training points only and held-out points are completed against that fit, never refitting it.
/// Returns the reason when it cannot be done.
QString imputeScores(ObservationalResult& res, Eigen::MatrixXd& scores,
                     const ObservationalOptions& o) {
    ImputationOptions io;
    io.rank = o.imputeRank;
    std::vector<Eigen::Index> trainRows;
    for (std::size_t i = 0; i < res.points.size(); ++i)
        if (res.points[i].train)
            trainRows.push_back(static_cast<Eigen::Index>(i));
    Eigen::MatrixXd train(static_cast<Eigen::Index>(trainRows.size()), scores.cols());
    for (std::size_t r = 0; r < trainRows.size(); ++r)
        train.row(static_cast<Eigen::Index>(r)) = scores.row(trainRows[r]);
    const ImputationOutcome fit = fitImputation(train, o.benchmarks, io);
    if (!fit.fit)
        return fit.error;
    ImputationReport report;
    report.rank = o.imputeRank;
    report.iterations = fit.fit->iterations;
    report.converged = fit.fit->converged;
    if (!fit.fit->converged)
        res.notes << QCoreApplication::translate(
                         "ObservationalForecast",
                         "the imputation of the training models did not converge in %1 "
                         "iterations (largest change of an imputed score still ≥ %2 sd)")
                         .arg(io.maxIterations)
                         .arg(io.tolerance);
    QStringList unconverged;
    for (Eigen::Index i = 0, r = 0; i < scores.rows(); ++i) {
        ObservationalPoint& pt = res.points[static_cast<std::size_t>(i)];
        for (Eigen::Index b = 0; b < scores.cols(); ++b)
            if (std::isnan(scores(i, b)))
                pt.imputed << o.benchmarks[b];
            else if (!(scores(i, b) >= 0 && scores(i, b) <= 1))
                return QStringLiteral("%1 of %2 is %3: the imputation clips to [0, 1] and needs "
                                      "proportions")
                    .arg(o.benchmarks[b], pt.model, QString::number(scores(i, b), 'g', 6));
        if (pt.train) {
            scores.row(i) = fit.fit->completed.row(r++);
        } else if (!pt.imputed.isEmpty()) {
            const ImputedRow row = imputeRow(*fit.fit, scores.row(i).transpose(), io);
            scores.row(i) = row.values.transpose();
            if (!row.converged)
                unconverged << pt.model;
        }
    }
    if (!unconverged.isEmpty()) {
        report.converged = false;
        res.notes << QCoreApplication::translate(
                         "ObservationalForecast",
                         "the imputation of %1 did not converge in %2 iterations")
                         .arg(unconverged.join(QStringLiteral(", ")))
                         .arg(io.maxIterations);
    }
    res.imputation = std::move(report);
    return QString();
}

} // namespace

ObservationalResult forecastObservational(const ScoreTable& table, const ObservationalOptions& o) {
    ObservationalResult res;
    const auto fail = [&](const QString& why) {
        res.error = why;
        return res;
    };
    QStringList errors;
    const QMap<QString, TargetScore> target = targetScores(table, o, errors);
    if (!errors.isEmpty())
        return fail(errors.join(QStringLiteral("; ")));
    if (target.isEmpty())
        return fail(QStringLiteral("no scores of %1 in the data").arg(describeTarget(o)));

    // Chance level and ceiling of the target metric.
    // The data's chance level and best score count only when every row agrees on them.
    bool sameLow = true, sameHigh = true;
    double maxValue = -HUGE_VAL;
    for (const TargetScore& t : target) {
        sameLow = sameLow && t.low.has_value() && t.low == target.first().low;
        sameHigh = sameHigh && t.high.has_value() && t.high == target.first().high;
        maxValue = std::max(maxValue, t.value);
    }
    // Plain doubles: GCC 12 warns (wrongly) that an optional copied here may be uninitialised.
    const double low = sameLow ? target.first().low.value_or(0.0) : 0.0;
    const double high = sameHigh ? target.first().high.value_or(1.0) : 1.0;
    if (o.chance) {
        res.chance = *o.chance;
        res.chanceOrigin = QStringLiteral("given");
    } else if (sameLow) {
        res.chance = low;
        res.chanceOrigin = QStringLiteral("from the data");
    } else if (const auto known = knownChanceLevel(o.task, o.metric)) {
        res.chance = known->value;
        res.chanceOrigin = known->origin;
    } else {
        res.chance = 0.0;
        res.chanceOrigin = QStringLiteral("unknown, 0 assumed");
        // Notes state facts, translated when made (the app installs a translator, the command
        // line never does); how to change them is the front end's to say (the CLI: --chance).
        res.notes << QCoreApplication::translate("ObservationalForecast",
                                                 "the chance level of %1 is unknown: 0 is assumed")
                         .arg(describeTarget(o));
    }
    FloorSigmoidOptions fo;
    fo.ceiling = sameHigh ? high : (maxValue <= 1.0 ? 1.0 : 100.0);
    if (!sameHigh && fo.ceiling == 100.0)
        res.notes << QCoreApplication::translate(
            "ObservationalForecast", "scores above 1: the metric is taken to run to 100");
    if (res.chance >= fo.ceiling)
        return fail(QStringLiteral("the chance level %1 is not below the best score %2")
                        .arg(res.chance)
                        .arg(fo.ceiling));
    fo.floorFixed = o.floorAtChance;
    fo.fixedFloor = res.chance;
    fo.floorMin = res.chance;
    fo.floorMax = res.chance + o.floorDelta * (fo.ceiling - res.chance);

    // Predictors of each model; models without them are listed, not dropped silently.
    BenchmarkScores bench;
    if (o.predictors == ObservationalPredictors::Pcs) {
        bench = collectBenchmarkScores(table, o.benchmarks, o.benchmarkMetric);
        if (!bench.errors.isEmpty())
            return fail(bench.errors.join(QStringLiteral("; ")));
    }
    const bool byFlops = o.cutoffAxis == CutoffAxis::Flops;
    const bool imputing =
        o.predictors == ObservationalPredictors::Pcs && o.impute == ImputeMethod::Pca;
    // Imputing a model from fewer than half of its benchmarks would make it mostly invented.
    const auto nBench = o.benchmarks.size();
    const auto minObserved = (nBench + 1) / 2;
    std::vector<int> benchRow;
    for (const TargetScore& t : target) {
        const int row = bench.rowOf(t.model);
        const std::optional<double> scale = byFlops ? t.scale.flops : t.scale.params;
        QStringList why;
        if (!scale || !(*scale > 0))
            why << (byFlops ? QStringLiteral("no training FLOPs") : QStringLiteral("no size"));
        if (o.predictors == ObservationalPredictors::LogFlops && byFlops == false &&
            !(t.scale.flops.value_or(0) > 0))
            why << QStringLiteral("no training FLOPs");
        if (o.predictors == ObservationalPredictors::Pcs) {
            const QStringList miss = row < 0 ? QStringList() : bench.missing(row);
            if (row < 0)
                why << QStringLiteral("no benchmark scores");
            else if (!imputing && !miss.isEmpty())
                why << QStringLiteral("no %1 score").arg(miss.join(QStringLiteral(", ")));
            else if (imputing && nBench - miss.size() < minObserved)
                why << QStringLiteral("only %1 of %2 benchmark scores (no %3); imputation needs "
                                      "at least %4")
                           .arg(nBench - miss.size())
                           .arg(nBench)
                           .arg(miss.join(QStringLiteral(", ")))
                           .arg(minObserved);
        }
        if (!why.isEmpty()) {
            res.leftOut.push_back({t.model, why.join(QStringLiteral("; "))});
            continue;
        }
        ObservationalPoint pt;
        pt.model = t.model;
        pt.family = t.family;
        pt.scale = *scale;
        pt.observed = t.value;
        pt.train = *scale <= o.cutoff;
        res.points.push_back(pt);
        benchRow.push_back(row);
    }
    for (const ObservationalPoint& pt : res.points)
        (pt.train ? res.nTrain : res.nTest)++;
    const QString axisName = byFlops ? QStringLiteral("training FLOPs") : QStringLiteral("size");
    if (res.nTrain == 0)
        return fail(QStringLiteral("no model is at or below the cutoff (%1 %2): nothing to fit")
                        .arg(QString::number(o.cutoff, 'g', 6), axisName));
    if (res.nTest == 0)
        return fail(QStringLiteral("every model is at or below the cutoff (%1 %2): nothing is "
                                   "left to predict")
                        .arg(QString::number(o.cutoff, 'g', 6), axisName));
    QSet<QString> families;
    for (const ObservationalPoint& pt : res.points)
        if (pt.train)
            families.insert(pt.family);
    if (families.size() < 2)
        return fail(QStringLiteral("every training model is from one family (%1): an "
                                   "observational law pools several families")
                        .arg(*families.cbegin()));

    if (o.predictors == ObservationalPredictors::Pcs) {
        // Each point's benchmark scores: as observed, or completed by the imputation.
        Eigen::MatrixXd scores(static_cast<Eigen::Index>(res.points.size()), nBench);
        for (std::size_t i = 0; i < res.points.size(); ++i)
            scores.row(static_cast<Eigen::Index>(i)) = bench.values.row(benchRow[i]);
        if (imputing) {
            if (const QString why = imputeScores(res, scores, o); !why.isEmpty())
                return fail(why);
        }
        Eigen::MatrixXd trainScores(res.nTrain, nBench);
        int r = 0;
        for (std::size_t i = 0; i < res.points.size(); ++i)
            if (res.points[i].train)
                trainScores.row(r++) = scores.row(static_cast<Eigen::Index>(i));
        PcaOutcome pca = fitCapabilityPca(trainScores, o.benchmarks, o.components);
        if (!pca.pca)
            return fail(pca.error);
        res.pca = std::move(pca.pca);
        for (std::size_t i = 0; i < res.points.size(); ++i)
            res.points[i].predictors =
                res.pca->project(scores.row(static_cast<Eigen::Index>(i)).transpose());
        for (int k = 1; k <= o.components; ++k)
            res.predictorNames << QStringLiteral("PC%1").arg(k);
    } else {
        for (std::size_t i = 0; i < res.points.size(); ++i) {
            const TargetScore& t = target[res.points[i].model];
            res.points[i].predictors = Eigen::VectorXd::Constant(1, std::log10(*t.scale.flops));
        }
        res.predictorNames << QStringLiteral("log10 FLOPs");
    }

    const int p = static_cast<int>(res.predictorNames.size());
    Eigen::MatrixXd x(res.nTrain, p);
    Eigen::VectorXd y(res.nTrain);
    int r = 0;
    for (const ObservationalPoint& pt : res.points)
        if (pt.train) {
            x.row(r) = pt.predictors.transpose();
            y[r++] = pt.observed;
        }
    res.fit = fitFloorSigmoid(x, y, fo, res.predictorNames);
    if (!res.fit.ok)
        return fail(QStringLiteral("%1 training models: %2").arg(res.nTrain).arg(res.fit.error));
    if (res.fit.floorOnBound)
        res.notes << QCoreApplication::translate("ObservationalForecast",
                                                 "the fitted floor %1 sits on its bound [%2, %3]")
                         .arg(res.fit.floor)
                         .arg(fo.floorMin)
                         .arg(fo.floorMax);
    // With fewer than two training models on the rise (all at the floor, or a jump between
    // neighbours) the data do not fix its steepness and place: the forecast then depends on
    // where the minimiser stopped, and the user should know.
    int onRise = 0;
    for (const ObservationalPoint& pt : res.points)
        if (pt.train && std::abs(res.fit.linear(pt.predictors)) < 3.0)
            ++onRise;
    if (onRise < 2)
        res.notes << QCoreApplication::translate(
                         "ObservationalForecast",
                         "%1 training models lie on the fitted rise (5–95 % of the "
                         "way from floor to ceiling): the training data barely "
                         "determine its steepness and position")
                         .arg(onRise);
    res.xMeaning = p == 1 ? res.predictorNames.front() : QStringLiteral("c + w·x (fitted)");
    for (ObservationalPoint& pt : res.points) {
        pt.predicted = res.fit.predict(pt.predictors);
        pt.x = p == 1 ? pt.predictors[0] : res.fit.linear(pt.predictors);
    }
    std::stable_sort(res.points.begin(), res.points.end(),
                     [](const ObservationalPoint& a, const ObservationalPoint& b) {
                         if (a.train != b.train)
                             return a.train;
                         return a.scale < b.scale;
                     });
    if (res.imputation)
        for (const ObservationalPoint& pt : res.points)
            if (!pt.imputed.isEmpty())
                res.imputation->imputed.emplace_back(pt.model, pt.imputed);
    res.trainMse = mse(res.points, true);
    res.testMse = mse(res.points, false);
    if (o.bootstrapSamples > 0)
        addBand(res, fo, o);
    res.ok = true;
    return res;
}

} // namespace ee
