// SPDX-License-Identifier: GPL-3.0-or-later
// The iterated-PCA imputation of missing benchmark scores (issue #19): checked against an
// independent numpy implementation (bench/analysis/pca_impute_reference.py), held-out rows that
// leave the training fit alone, and refused input; alone and inside `forecast --observational`.
#include "ObservationalBuilders.h"
#include "TestSkip.h"
#include "analysis/BenchmarkImputation.h"
#include "analysis/ObservationalForecast.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>
#include <random>

using namespace ee;
using namespace ee::testing;

namespace {

const double kNaN = std::nan("");

Eigen::MatrixXd rows(std::initializer_list<std::initializer_list<double>> list) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(list.size()),
                      static_cast<Eigen::Index>(list.begin()->size()));
    Eigen::Index r = 0;
    for (const auto& row : list) {
        Eigen::Index c = 0;
        for (double v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

QJsonArray toJson(const Eigen::MatrixXd& m) {
    QJsonArray out;
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        QJsonArray row;
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            row.append(std::isnan(m(r, c)) ? QJsonValue() : QJsonValue(m(r, c)));
        out.append(row);
    }
    return out;
}

QStringList names(Eigen::Index n) {
    QStringList out;
    for (Eigen::Index i = 0; i < n; ++i)
        out << QStringLiteral("B%1").arg(i);
    return out;
}

/// `models` × `benchmarks` scores driven by one or two latent abilities, with about a quarter
/// of the cells missing; every column keeps observed values.
Eigen::MatrixXd randomScores(int models, int benchmarks, unsigned seed, int latents) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    Eigen::MatrixXd load(latents, benchmarks);
    for (int l = 0; l < latents; ++l)
        for (int b = 0; b < benchmarks; ++b)
            load(l, b) = 0.2 + 0.6 * u(rng);
    Eigen::MatrixXd m(models, benchmarks);
    for (int r = 0; r < models; ++r) {
        Eigen::VectorXd ability(latents);
        for (int l = 0; l < latents; ++l)
            ability[l] = u(rng);
        for (int b = 0; b < benchmarks; ++b) {
            const double v = 0.05 + 0.8 * (ability.dot(load.col(b)) / latents) + 0.1 * u(rng);
            m(r, b) = (r > 1 && u(rng) < 0.25) ? kNaN : std::min(v, 1.0);
        }
    }
    return m;
}

} // namespace

Q_DECLARE_METATYPE(Eigen::MatrixXd)

class tst_BenchmarkImputation : public QObject {
    Q_OBJECT
private slots:
    void againstNumpy_data() {
        QTest::addColumn<Eigen::MatrixXd>("train");
        QTest::addColumn<Eigen::MatrixXd>("heldout");
        QTest::addColumn<int>("rank");
        // Hand-made: the last row's imputed third score rises above 1 and is clipped.
        QTest::newRow("5x3 rank 1, clipped") << rows({{0.1, 0.2, kNaN},
                                                      {0.3, kNaN, 0.5},
                                                      {0.5, 0.6, 0.7},
                                                      {0.2, 0.25, 0.3},
                                                      {0.9, 0.7, kNaN}})
                                             << rows({{kNaN, 0.4, 0.5}, {0.8, kNaN, kNaN}}) << 1;
        QTest::newRow("20x8 rank 1") << randomScores(20, 8, 7, 1) << randomScores(4, 8, 8, 1) << 1;
        QTest::newRow("30x7 rank 2") << randomScores(30, 7, 9, 2) << randomScores(5, 7, 10, 2) << 2;
    }
    void againstNumpy() {
        QFETCH(Eigen::MatrixXd, train);
        QFETCH(Eigen::MatrixXd, heldout);
        QFETCH(int, rank);
        QProcess py;
        py.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(EE_TEST_FIXTURES "/../../bench/analysis/pca_impute_reference.py")});
        py.write(QJsonDocument(QJsonObject{{QStringLiteral("train"), toJson(train)},
                                           {QStringLiteral("heldout"), toJson(heldout)},
                                           {QStringLiteral("rank"), rank}})
                     .toJson());
        py.closeWriteChannel();
        if (!py.waitForFinished(60000) || py.exitStatus() != QProcess::NormalExit)
            EE_SKIP_OR_FAIL("/usr/bin/python3 is not installed");
        if (py.exitCode() != 0 && py.readAllStandardError().contains("numpy"))
            EE_SKIP_OR_FAIL("/usr/bin/python3 cannot import numpy (python3-numpy)");
        QCOMPARE(py.exitCode(), 0);
        const QJsonObject ref = QJsonDocument::fromJson(py.readAllStandardOutput()).object();

        ImputationOptions io;
        io.rank = rank;
        const ImputationOutcome out = fitImputation(train, names(train.cols()), io);
        QVERIFY2(out.fit, qPrintable(out.error));
        const ImputationFit& f = *out.fit;
        QCOMPARE(f.iterations, ref[QStringLiteral("iterations")].toInt());
        QCOMPARE(f.converged, ref[QStringLiteral("converged")].toBool());
        QVERIFY(f.iterations > 1); // the iteration, not only the first fill, is checked
        const QJsonArray refTrain = ref[QStringLiteral("train")].toArray();
        for (Eigen::Index r = 0; r < train.rows(); ++r)
            for (Eigen::Index c = 0; c < train.cols(); ++c) {
                const double want = refTrain[r].toArray()[c].toDouble();
                QVERIFY2(std::abs(f.completed(r, c) - want) < 1e-9,
                         qPrintable(QStringLiteral("train (%1, %2): %3 vs numpy %4")
                                        .arg(r)
                                        .arg(c)
                                        .arg(f.completed(r, c), 0, 'g', 17)
                                        .arg(want, 0, 'g', 17)));
                if (!std::isnan(train(r, c)))
                    QCOMPARE(f.completed(r, c), train(r, c)); // observed: untouched
            }
        const QJsonArray refHeld = ref[QStringLiteral("heldout")].toArray();
        const QJsonArray refHeldIt = ref[QStringLiteral("heldout_iterations")].toArray();
        for (Eigen::Index r = 0; r < heldout.rows(); ++r) {
            const ImputedRow row = imputeRow(f, heldout.row(r).transpose(), io);
            QVERIFY(row.converged);
            QCOMPARE(row.iterations, refHeldIt[r].toInt());
            for (Eigen::Index c = 0; c < heldout.cols(); ++c)
                QVERIFY(std::abs(row.values[c] - refHeld[r].toArray()[c].toDouble()) < 1e-9);
        }
    }

    // The hand-made case's clipping, as numbers a reader can check by eye.
    void clipsToProportions() {
        const Eigen::MatrixXd train = rows({{0.1, 0.2, kNaN},
                                            {0.3, kNaN, 0.5},
                                            {0.5, 0.6, 0.7},
                                            {0.2, 0.25, 0.3},
                                            {0.9, 0.7, kNaN}});
        const ImputationOutcome out = fitImputation(train, names(3));
        QVERIFY(out.fit);
        QCOMPARE(out.fit->completed(4, 2), 1.0);
        QVERIFY(out.fit->completed(0, 2) > 0 && out.fit->completed(0, 2) < 0.5);
    }

    // Completing held-out rows reads the fit and nothing else: the fit is the same before and
    // after, and a row's result does not depend on which other rows were completed first.
    void heldOutRowsLeaveTheFitAlone() {
        const Eigen::MatrixXd train = randomScores(20, 8, 7, 1);
        const ImputationOutcome out = fitImputation(train, names(8));
        QVERIFY(out.fit);
        const ImputationFit before = *out.fit;
        const Eigen::MatrixXd held = randomScores(6, 8, 11, 1);
        std::vector<Eigen::VectorXd> first, second;
        for (Eigen::Index r = 0; r < held.rows(); ++r)
            first.push_back(imputeRow(*out.fit, held.row(r).transpose()).values);
        for (Eigen::Index r = held.rows() - 1; r >= 0; --r)
            second.insert(second.begin(), imputeRow(*out.fit, held.row(r).transpose()).values);
        for (std::size_t r = 0; r < first.size(); ++r)
            QVERIFY(first[r] == second[r]);
        QVERIFY(out.fit->completed == before.completed);
        QVERIFY(out.fit->components == before.components);
        // A different held-out set would have given a different fit only if it were fitted on.
        Eigen::MatrixXd both(train.rows() + held.rows(), 8);
        both << train, held;
        const ImputationOutcome pooled = fitImputation(both, names(8));
        QVERIFY(pooled.fit);
        QVERIFY((pooled.fit->means - before.means).norm() > 1e-6);
    }

    void notConvergedIsReported() {
        ImputationOptions io;
        io.maxIterations = 2;
        const ImputationOutcome out = fitImputation(randomScores(20, 8, 7, 1), names(8), io);
        QVERIFY(out.fit);
        QCOMPARE(out.fit->iterations, 2);
        QVERIFY(!out.fit->converged);
    }

    void refused_data() {
        QTest::addColumn<Eigen::MatrixXd>("train");
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no observed value") << rows({{0.1, kNaN}, {0.2, kNaN}, {0.4, kNaN}}) << 1
                                           << "no training model has a B1 score";
        QTest::newRow("too few models") << rows({{0.1, 0.2, 0.3}, {0.2, kNaN, 0.4}}) << 2
                                        << "2 training models for the imputation; rank 2 needs "
                                           "at least 3";
        QTest::newRow("rank too high")
            << rows({{0.1, 0.2}, {0.2, kNaN}, {0.3, 0.5}}) << 2 << "between 1 and 1";
        QTest::newRow("not a proportion")
            << rows({{10, 0.2}, {20, kNaN}, {30, 0.5}}) << 1 << "B0 has a score of 10";
        QTest::newRow("one value")
            << rows({{0.1, 0.2}, {0.2, kNaN}, {0.3, 0.2}}) << 1 << "same one (0.2)";
    }
    void refused() {
        QFETCH(Eigen::MatrixXd, train);
        QFETCH(int, rank);
        QFETCH(QString, needle);
        ImputationOptions io;
        io.rank = rank;
        const ImputationOutcome out = fitImputation(train, names(train.cols()), io);
        QVERIFY(!out.fit);
        QVERIFY2(out.error.contains(needle), qPrintable(out.error));
    }

    // Held-out models are completed against the training fit and never change it: garbling a
    // held-out model's benchmark scores moves only that model's prediction.
    void imputationIgnoresHeldOutModels() {
        ObservationalOptions o;
        o.task = QStringLiteral("word_unscrambling");
        o.metric = QStringLiteral("exact_match");
        o.shots = 2;
        o.cutoff = 8.4e22;
        o.impute = ImputeMethod::Pca;
        o.bootstrapSamples = 0;
        const ObservationalResult before = forecastObservational(bundled(), o);
        QVERIFY2(before.ok, qPrintable(before.error));
        // Meta-Llama-3-70B is held out and lacks ARC-C; give it absurd scores on the rest.
        const QString victim = QStringLiteral("meta-llama/Meta-Llama-3-70B");
        ScoreTable garbled;
        for (qsizetype i = 0; i < bundled().rowCount(); ++i) {
            ScoreRow row = bundled().row(i);
            if (row.model == victim && row.metric == QLatin1String("score"))
                row.value = 0.01;
            garbled.append(row);
        }
        const ObservationalResult after = forecastObservational(garbled, o);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.imputation->iterations, before.imputation->iterations);
        QVERIFY(after.pca->loadings == before.pca->loadings);
        QVERIFY(after.pca->means == before.pca->means);
        QCOMPARE(after.fit.intercept, before.fit.intercept);
        QVERIFY(after.fit.weights == before.fit.weights);
        QCOMPARE(after.points.size(), before.points.size());
        bool victimMoved = false;
        for (std::size_t i = 0; i < before.points.size(); ++i) {
            QCOMPARE(after.points[i].model, before.points[i].model);
            if (after.points[i].model == victim)
                victimMoved = after.points[i].predicted != before.points[i].predicted;
            else
                QVERIFY(after.points[i].predictors == before.points[i].predictors);
        }
        QVERIFY(victimMoved);
    }

    void imputationRefusesTooFewScores() {
        Synthetic s = goodSynthetic();
        // A held-out model with a target score but none of A or B, another with only A of 2.
        s.add(QStringLiteral("Fam1"), QStringLiteral("Fam1-x"), 1e29, QStringLiteral("T"), 0.9,
              QStringLiteral("acc"));
        s.add(QStringLiteral("Fam2"), QStringLiteral("Fam2-y"), 1e29, QStringLiteral("T"), 0.9,
              QStringLiteral("acc"));
        s.add(QStringLiteral("Fam2"), QStringLiteral("Fam2-y"), 1e29, QStringLiteral("A"), 0.9);
        ObservationalOptions o = syntheticOptions(1e22);
        o.impute = ImputeMethod::Pca;
        const ObservationalResult r = forecastObservational(s.table, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.leftOut.size(), std::size_t(1));
        QCOMPARE(r.leftOut.front().model, QStringLiteral("Fam1-x"));
        QCOMPARE(r.leftOut.front().reason, QStringLiteral("no benchmark scores"));
        QCOMPARE(r.imputation->imputed.size(), std::size_t(1));
        QCOMPARE(r.imputation->imputed.front().first, QStringLiteral("Fam2-y"));
        QCOMPARE(r.imputation->imputed.front().second, QStringList{QStringLiteral("B")});
        // 1 of 2 is half: enough. With three benchmarks, 1 of 3 is not.
        Synthetic three = goodSynthetic();
        for (int f = 0; f < 2; ++f)
            for (int i = 0; i < 5; ++i)
                three.add(f ? QStringLiteral("Fam2") : QStringLiteral("Fam1"),
                          QStringLiteral("%1-%2")
                              .arg(f ? QStringLiteral("Fam2") : QStringLiteral("Fam1"))
                              .arg(i),
                          std::pow(10.0, 20 + i), QStringLiteral("C"), 0.1 + 0.1 * i + 0.03 * f);
        three.add(QStringLiteral("Fam2"), QStringLiteral("Fam2-y"), 1e29, QStringLiteral("T"), 0.9,
                  QStringLiteral("acc"));
        three.add(QStringLiteral("Fam2"), QStringLiteral("Fam2-y"), 1e29, QStringLiteral("A"), 0.9);
        o.benchmarks << QStringLiteral("C");
        const ObservationalResult r3 = forecastObservational(three.table, o);
        QVERIFY2(r3.ok, qPrintable(r3.error));
        QCOMPARE(r3.leftOut.size(), std::size_t(1));
        QCOMPARE(r3.leftOut.front().reason,
                 QStringLiteral("only 1 of 3 benchmark scores (no B, C); imputation needs at "
                                "least 2"));
    }

    void imputationRefusals_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        QTest::newRow("benchmark no training model has")
            << 0 << "no training model has a B score: it cannot be imputed";
        QTest::newRow("rank as high as the benchmarks") << 1 << "between 1 and 1";
        QTest::newRow("percentages") << 2 << "needs proportions";
    }
    void imputationRefusals() {
        QFETCH(int, kind);
        QFETCH(QString, needle);
        Synthetic s;
        ObservationalOptions o = syntheticOptions(1e22);
        o.impute = ImputeMethod::Pca;
        if (kind == 0) {
            // B only for held-out models: the training models cannot be standardised on it.
            for (int f = 0; f < 2; ++f)
                for (int i = 0; i < 5; ++i) {
                    const QString fam = f ? QStringLiteral("Fam2") : QStringLiteral("Fam1");
                    const QString m = QStringLiteral("%1-%2").arg(fam).arg(i);
                    const double flops = std::pow(10.0, 20 + i);
                    s.add(fam, m, flops, QStringLiteral("A"), 0.2 + 0.15 * i + 0.05 * f);
                    if (i >= 3)
                        s.add(fam, m, flops, QStringLiteral("B"), 0.3 + 0.1 * i);
                    s.add(fam, m, flops, QStringLiteral("T"), 0.1 + 0.1 * i, QStringLiteral("acc"));
                }
        } else if (kind == 1) {
            s = goodSynthetic();
            o.imputeRank = 2;
        } else {
            s = goodSynthetic();
            s.add(QStringLiteral("Fam1"), QStringLiteral("Fam1-p"), 1e29, QStringLiteral("T"), 0.9,
                  QStringLiteral("acc"));
            s.add(QStringLiteral("Fam1"), QStringLiteral("Fam1-p"), 1e29, QStringLiteral("A"), 85);
        }
        const ObservationalResult r = forecastObservational(s.table, o);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(needle), qPrintable(r.error));
    }
};

QTEST_APPLESS_MAIN(tst_BenchmarkImputation)
#include "tst_BenchmarkImputation.moc"
