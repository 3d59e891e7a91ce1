// SPDX-License-Identifier: GPL-3.0-or-later
// The scaling chart's capability axis (issue #19 item 2, "capability PC1"): PC scores of the
// bundled ObsScaling models, the order and sign of the loadings, and the models without a score.
#include "analysis/CapabilityAxis.h"
#include "io/DataLoader.h"

#include <QTest>
#include <cmath>

using namespace ee;

namespace {

QString q(const char* text) {
    return QString::fromUtf8(text);
}

const ScoreTable& bundled() {
    static const ScoreTable table = [] {
        const QString dir = QStringLiteral(EE_TEST_DATASETS);
        return DataLoader::load({dir + QStringLiteral("/obsscaling_benchmarks.csv"),
                                 dir + QStringLiteral("/obsscaling_emergent_capability.csv")})
            .table;
    }();
    return table;
}

const CapabilityAxis& bundledAxis() {
    static const CapabilityAxis axis = fitCapabilityAxis(bundled(), 3);
    return axis;
}

} // namespace

class tst_CapabilityAxis : public QObject {
    Q_OBJECT
private slots:
    // Expected values: an independent pure-Python PCA of datasets/obsscaling_benchmarks.csv
    // (sample covariance of the 124 complete models, power iteration with deflation, each
    // eigenvector's sign chosen so its entries sum to a positive number), run 2026-12-04.
    void pcScoresOfKnownModels_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("pc1");
        QTest::addColumn<double>("pc2");
        QTest::newRow("Llama-2-7B")
            << q("meta-llama/Llama-2-7b-hf") << 0.0471027814199082 << 0.204493889149343;
        QTest::newRow("Llama-2-70B")
            << q("meta-llama/Llama-2-70b-hf") << 0.578621557000199 << 0.0953603449667109;
        QTest::newRow("Pythia-70M")
            << q("EleutherAI/pythia-70m-deduped") << -0.538931925554803 << -0.250099558764189;
    }
    void pcScoresOfKnownModels() {
        QFETCH(QString, model);
        QFETCH(double, pc1);
        QFETCH(double, pc2);
        const CapabilityAxis& axis = bundledAxis();
        QVERIFY2(axis.ok(), qPrintable(axis.error));
        QCOMPARE(axis.models.size(), qsizetype(124));
        QVERIFY(std::abs(*axis.score(model, 1) - pc1) < 1e-9);
        QVERIFY(std::abs(*axis.score(model, 2) - pc2) < 1e-9);
    }

    void loadingsOrderAndSign() {
        const CapabilityAxis& axis = bundledAxis();
        QVERIFY(axis.ok());
        const CapabilityPca& pca = *axis.pca;
        // PC1 weighs GSM8K most and TruthfulQA least; every PC1 loading is positive, so a
        // higher PC1 means higher scores on every benchmark.
        const QStringList byWeight = {q("GSM8K"), q("MMLU"),     q("HumanEval"), q("HellaSwag"),
                                      q("ARC-C"), q("Winograd"), q("XWinograd"), q("TruthfulQA")};
        for (int i = 0; i + 1 < byWeight.size(); ++i) {
            const auto a = pca.benchmarks.indexOf(byWeight[i]);
            const auto b = pca.benchmarks.indexOf(byWeight[i + 1]);
            QVERIFY2(pca.loadings(0, a) > pca.loadings(0, b), qPrintable(byWeight[i]));
        }
        QVERIFY(pca.loadings.row(0).minCoeff() > 0);
        QVERIFY(std::abs(pca.loadings(0, pca.benchmarks.indexOf(q("GSM8K"))) - 0.5923689959215) <
                1e-9);
        QVERIFY(std::abs(pca.explainedVariance[0] - 0.8430509786708746) < 1e-9);
        QVERIFY(std::abs(pca.explainedVariance[1] - 0.09965369774480758) < 1e-9);
        // The sign convention holds for every kept PC.
        for (int k = 0; k < pca.components(); ++k)
            QVERIFY(pca.loadings.row(k).sum() > 0);
        const QString text = axis.describe(1);
        QVERIFY2(text.startsWith(q("PC1: 84.3 % of the variance of 8 benchmarks over 124 models")),
                 qPrintable(text));
        QVERIFY2(text.contains(q("GSM8K 0.592")), qPrintable(text));
    }

    void modelsWithoutEveryBenchmarkAreListed() {
        const CapabilityAxis& axis = bundledAxis();
        QCOMPARE(axis.incomplete.size(), qsizetype(24));
        QCOMPARE(axis.incomplete.value(q("01-ai/Yi-34B-200K")),
                 (QStringList{q("XWinograd"), q("HumanEval")}));
        QVERIFY(!axis.score(q("01-ai/Yi-34B-200K"), 1));
        QVERIFY(!axis.score(q("no such model"), 1));
        QVERIFY(!axis.score(q("meta-llama/Llama-2-7b-hf"), 4)); // only 3 PCs kept
    }

    void curvesMoveToPcScores() {
        CurveFilter f;
        f.task = QStringLiteral("word_unscrambling");
        const QList<Curve> curves = bundled().curves(f, ScaleAxis::Flops);
        QVERIFY(!curves.isEmpty());
        const CapabilityCurves moved = onCapabilityAxis(curves, bundledAxis(), 1);
        QCOMPARE(moved.curves.size(), curves.size());
        qsizetype before = 0, after = 0;
        for (const Curve& c : curves)
            before += c.points.size();
        bool negative = false;
        for (const Curve& c : moved.curves) {
            QVERIFY(c.axis == ScaleAxis::Flops); // analyses still know the scale axis
            after += c.points.size();
            for (qsizetype i = 0; i < c.points.size(); ++i) {
                QCOMPARE(*c.points[i].x, *bundledAxis().score(c.points[i].model, 1));
                negative = negative || *c.points[i].x < 0;
                if (i > 0)
                    QVERIFY(*c.points[i - 1].x <= *c.points[i].x);
            }
        }
        QVERIFY(negative); // PC scores are centred: a linear axis is needed
        QVERIFY(!moved.modelsWithout.isEmpty());
        // Every point is either moved or its model is listed.
        for (const Curve& c : curves)
            for (const CurvePoint& p : c.points)
                QVERIFY(bundledAxis().score(p.model, 1) || moved.modelsWithout.contains(p.model));
        QVERIFY(after < before);
    }

    void standardBenchmarksDetected() {
        QVERIFY(hasStandardBenchmarks(bundled()));
        ScoreTable other;
        ScoreRow r;
        r.task = QStringLiteral("MMLU");
        r.metric = QStringLiteral("score");
        r.model = QStringLiteral("m");
        r.family = QStringLiteral("f");
        r.value = 0.5;
        other.append(r);
        QVERIFY(!hasStandardBenchmarks(other)); // only one of the eight
        const CapabilityAxis none = fitCapabilityAxis(other, 1);
        QVERIFY(!none.ok());
        QVERIFY(!none.error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_CapabilityAxis)
#include "tst_CapabilityAxis.moc"
