// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CurveAnalysis.h"

#include "CurveBuilders.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace ee;
using namespace ee::testing;

namespace {

std::vector<double> sigmoidValues(const std::vector<double>& x, double f, double h, double k,
                                  double m, double noise = 0.0, quint64 seed = 3) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, 1.0);
    std::vector<double> y;
    for (double v : x)
        y.push_back(f + (h - f) / (1 + std::exp(-k * (std::log10(v) - m))) + noise * g(rng));
    return y;
}

} // namespace

class tst_CurveAnalysis : public QObject {
    Q_OBJECT
private slots:
    void preparationDropsAndCounts() {
        Curve c = makeCurve({1e8, 1e9, 1e10, 1e11}, {0.1, 0.2, 0.3, 0.4});
        c.points[1].value = std::numeric_limits<double>::quiet_NaN();
        CurvePoint zero;
        zero.model = QStringLiteral("z");
        zero.x = 0.0;
        zero.value = 0.5;
        CurvePoint unknown;
        unknown.model = QStringLiteral("u");
        unknown.value = 0.5;
        c.points.prepend(zero);
        c.points.append(unknown);
        const PreparedCurve p = prepareCurve(c);
        QCOMPARE(p.size(), 3);
        QCOMPARE(p.droppedMissingY, 1);
        QCOMPARE(p.droppedNonPositiveX, 1);
        QCOMPARE(p.droppedMissingX, 1);
        QCOMPARE(p.notes.size(), 3);
        QCOMPARE(p.u.at(0), 8.0);
        QCOMPARE(p.models,
                 (QStringList{QStringLiteral("m0"), QStringLiteral("m2"), QStringLiteral("m3")}));
    }

    void normalisedScoreNeedsLowAndHigh() {
        Curve c = makeCurve({1e8, 1e9, 1e10}, {0.25, 0.5, 1.0}, 0.02);
        const PreparedCurve raw = prepareCurve(c, YScale::Normalised);
        QCOMPARE(raw.yScale, YScale::Raw);
        QVERIFY(raw.notes.join(QLatin1Char(' '))
                    .contains(QStringLiteral("normalised score unavailable")));
        c.low = 0.25;
        c.high = 1.0;
        const PreparedCurve n = prepareCurve(c, YScale::Normalised);
        QCOMPARE(n.yScale, YScale::Normalised);
        QCOMPARE(n.y, (std::vector<double>{0.0, 100.0 / 3.0, 100.0}));
        QVERIFY(std::abs(*n.stderr_[0] - 0.02 * 100 / 0.75) < 1e-12);
        QCOMPARE(*n.floor, 0.0);
        QCOMPARE(*n.ceiling, 100.0);
    }

    void normalisedScoreTakesChanceFromTheTableOfOptionCounts() {
        // HellaSwag has 4 endings per context: with no low in the data, chance is 0.25 from the
        // cited table, and a 0–1 metric's perfect score is 1 (the chart's y menu uses the same).
        Curve c = makeCurve({1e8, 1e9, 1e10}, {0.25, 0.4, 0.85});
        c.key.task = QStringLiteral("hellaswag");
        c.key.metric = QStringLiteral("acc");
        const PreparedCurve n = prepareCurve(c, YScale::Normalised);
        QCOMPARE(n.yScale, YScale::Normalised);
        QCOMPARE(n.y.front(), 0.0);
        QVERIFY(std::abs(n.y.back() - 80.0) < 1e-12);
        QVERIFY(n.notes.join(QLatin1Char(' ')).contains(QStringLiteral("chance 0.25 (HellaSwag")));
        // A value above 1 means the numbers are not proportions: the table does not apply.
        c.points.last().value = 85.0;
        QCOMPARE(prepareCurve(c, YScale::Normalised).yScale, YScale::Raw);
    }

    void flags_data() {
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("flat") << std::vector<double>{0.5, 0.51, 0.49, 0.5, 0.51}
                              << QStringList{QStringLiteral("flat")};
        QTest::newRow("inverse") << std::vector<double>{0.9, 0.7, 0.5, 0.3, 0.2}
                                 << QStringList{QStringLiteral("inverse_scaling"),
                                                QStringLiteral("smooth")};
        QTest::newRow("u-shaped") << std::vector<double>{0.6, 0.3, 0.2, 0.5, 0.8}
                                  << QStringList{QStringLiteral("u_shaped"),
                                                 QStringLiteral("smooth")};
        QTest::newRow("rising line") << std::vector<double>{0.1, 0.2, 0.3, 0.4, 0.5}
                                     << QStringList{QStringLiteral("smooth")};
    }
    void flags() {
        QFETCH(std::vector<double>, y);
        QFETCH(QStringList, expected);
        // σ = 0.01 from the points' standard errors: flat below d = 0.03.
        const Curve c = makeCurve(scales(8, 12, 1), y, 0.01);
        AnalysisOptions o;
        o.fits = false;
        const CurveStats s = analyzeCurve(c, o);
        QCOMPARE(s.flags.names(), expected);
        QCOMPARE(s.flags.sigma, 0.01);
        QVERIFY(!s.fit);
    }

    void sharpSigmoidIsEmergent() {
        const std::vector<double> x = scales(8, 12, 0.25);
        Curve c = makeCurve(x, sigmoidValues(x, 0.0, 0.8, 8.0, 10.5, 0.01), 0.01);
        c.low = 0.0;
        c.high = 1.0;
        const CurveStats s = analyzeCurve(c);
        QVERIFY(s.fit);
        QCOMPARE(s.fit->preferred, FitComparison::Preferred::Sigmoid);
        QVERIFY(s.fit->deltaAicc && *s.fit->deltaAicc < -2);
        QVERIFY(s.fit->sigmoid.floorFixed);
        QVERIFY(std::abs(s.fit->sigmoid.m - 10.5) < 0.05);
        QCOMPARE(s.flags.names(), QStringList{QStringLiteral("emergent")});
    }

    void noisyLineKeepsLogLinear() {
        const std::vector<double> x = scales(8, 12, 0.5);
        std::vector<double> y;
        std::mt19937_64 rng(11);
        std::normal_distribution<double> g(0.0, 0.01);
        for (double v : x)
            y.push_back(0.1 * (std::log10(v) - 8) + 0.05 + g(rng));
        Curve c = makeCurve(x, y, 0.01);
        c.low = 0.0;
        const CurveStats s = analyzeCurve(c);
        QVERIFY(s.fit);
        QCOMPARE(s.fit->preferred, FitComparison::Preferred::LogLinear);
        QVERIFY(std::abs(s.fit->logLinear.b - 0.1) < 0.01);
        QVERIFY(!s.flags.emergent);
        QVERIFY(s.flags.smooth);
    }

    void bootstrapIsSeededAndCoversTruth() {
        const std::vector<double> x = scales(8, 12, 0.25);
        Curve c = makeCurve(x, sigmoidValues(x, 0.0, 0.8, 4.0, 10.0, 0.02), 0.02);
        c.low = 0.0;
        c.high = 1.0;
        AnalysisOptions o;
        o.fit.bootstrapSamples = 200;
        o.fit.seed = 42;
        const CurveStats a = analyzeCurve(c, o), b = analyzeCurve(c, o);
        QVERIFY(a.fit && a.fit->bootstrap);
        const FitBootstrap& bs = *a.fit->bootstrap;
        QCOMPARE(bs.over, QStringLiteral("models"));
        QCOMPARE(bs.requested, 200);
        QVERIFY(bs.used > 190);
        QVERIFY(bs.m);
        QVERIFY2(bs.m->low < 10.0 && 10.0 < bs.m->high,
                 qPrintable(QStringLiteral("%1..%2").arg(bs.m->low).arg(bs.m->high)));
        QCOMPARE(bs.m->low, b.fit->bootstrap->m->low);
        QCOMPARE(bs.m->high, b.fit->bootstrap->m->high);
        o.fit.seed = 43;
        const CurveStats d = analyzeCurve(c, o);
        QVERIFY(d.fit->bootstrap->m->low != bs.m->low);
    }

    void exampleResamplerHookIsUsed() {
        const std::vector<double> x = scales(8, 12, 0.5);
        const std::vector<double> y = sigmoidValues(x, 0.0, 1.0, 3.0, 10.0);
        Curve c = makeCurve(x, y);
        AnalysisOptions o;
        o.fit.bootstrapSamples = 20;
        int calls = 0;
        o.exampleResampler = [&](std::mt19937_64& rng) {
            ++calls;
            std::vector<double> out = y;
            for (double& v : out)
                v += 0.001 * (static_cast<double>(rng() % 3) - 1.0);
            return out;
        };
        const CurveStats s = analyzeCurve(c, o);
        QCOMPARE(calls, 20);
        QCOMPARE(s.fit->bootstrap->over, QStringLiteral("examples"));
        QCOMPARE(s.fit->bootstrap->used, 20);
    }

    void tooFewPoints() {
        const CurveStats s = analyzeCurve(makeCurve({1e8, 1e9}, {0.1, 0.5}));
        QCOMPARE(s.nPoints, 2);
        QVERIFY(!s.linearity.isDefined());
        QVERIFY(!s.breakthroughness.isDefined());
        QVERIFY(!s.fit);
        const QString notes = s.notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QStringLiteral("too few points")));
        QVERIFY(notes.contains(QStringLiteral("breakthroughness")));
        const CurveStats three = analyzeCurve(makeCurve({1e8, 1e9, 1e10}, {0.1, 0.5, 0.6}));
        QVERIFY(three.breakthroughness.isDefined());
        QVERIFY(!three.fit); // fits need 4
    }

    // Issue 19: bad input gets no fit and a note saying why, never made-up parameters.
    void badInputGivesNoFit_data() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::addColumn<std::vector<double>>("x");
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<QString>("note");
        QTest::newRow("fewer points than parameters")
            << std::vector<double>{1e8, 1e9, 1e10} << std::vector<double>{0.1, 0.5, 0.6}
            << QStringLiteral("fits: too few points (3, at least 4 needed)");
        QTest::newRow("all at one scale") << std::vector<double>{1e9, 1e9, 1e9, 1e9, 1e9}
                                          << std::vector<double>{0, 0.1, 0.2, 0.3, 0.4}
                                          << QStringLiteral("fits: fewer than 3 distinct scales");
        QTest::newRow("all zero") << scales(8, 11, 0.5) << std::vector<double>(7, 0.0)
                                  << QStringLiteral("every point has the same value");
        QTest::newRow("all equal") << scales(8, 11, 0.5) << std::vector<double>(7, 0.25)
                                   << QStringLiteral("every point has the same value");
        QTest::newRow("NaN and inf leave 3")
            << scales(8, 10.5, 0.5) << std::vector<double>{0.1, nan, 0.3, inf, -inf, 0.6}
            << QStringLiteral("fits: too few points (3, at least 4 needed)");
    }
    void badInputGivesNoFit() {
        QFETCH(std::vector<double>, x);
        QFETCH(std::vector<double>, y);
        QFETCH(QString, note);
        AnalysisOptions o;
        o.fit.bootstrapSamples = 20;
        const CurveStats s = analyzeCurve(makeCurve(x, y), o);
        QVERIFY(!s.fit);
        QVERIFY(!s.flags.emergent);
        QVERIFY2(s.notes.join(QLatin1Char('\n')).contains(note),
                 qPrintable(s.notes.join(QStringLiteral(" | "))));
    }

    // Issue 19: the two workers take curves in whatever order they finish; each curve's
    // bootstrap seeds its own generator, so the intervals equal a one-thread run's.
    void analyzeCurvesBootstrapDoesNotDependOnThreads() {
        QList<Curve> curves;
        for (int i = 0; i < 24; ++i) {
            const std::vector<double> x = scales(8, 12, 0.5);
            Curve c =
                makeCurve(x, sigmoidValues(x, 0.0, 0.8, 2.0 + i % 5, 9.0 + 0.1 * i, 0.02), 0.02);
            c.low = 0.0;
            curves << c;
        }
        AnalysisOptions o;
        o.fit.bootstrapSamples = 40;
        const QList<CurveStats> both = analyzeCurves(curves, o);
        for (int i = 0; i < curves.size(); ++i) {
            const CurveStats one = analyzeCurve(curves[i], o);
            QVERIFY(one.fit && one.fit->bootstrap && both[i].fit && both[i].fit->bootstrap);
            const FitBootstrap& a = *one.fit->bootstrap;
            const FitBootstrap& b = *both[i].fit->bootstrap;
            QCOMPARE(b.used, a.used);
            QVERIFY(a.m && b.m);
            QCOMPARE(b.m->low, a.m->low);
            QCOMPARE(b.m->high, a.m->high);
            QCOMPARE(b.sigmoidPreferredShare, a.sigmoidPreferredShare);
        }
    }

    void analyzeCurvesKeepsOrder() {
        QList<Curve> curves;
        for (int i = 0; i < 40; ++i)
            curves << makeCurve(scales(8, 11, 1), {0.0, 0.1 * i, 0.2 * i, 0.3 * i});
        const QList<CurveStats> all = analyzeCurves(curves);
        QCOMPARE(all.size(), 40);
        for (int i = 0; i < 40; ++i)
            QVERIFY(std::abs(all[i].emergenceIndex - 0.3 * i) < 1e-12);
    }

    // Issue 19 item 4: three models at 0 of 25 and one at 5 of 25, no standard error. The
    // flat test used range/sqrt(n) = 0.2 (flat: 0.2 < 3·0.2); the points' Wilson intervals
    // give σ = median of 0.1332/(2·1.96) thrice and a wider one = 0.034, so a move
    // from 0/25 to 5/25 is more than noise. Without binomial intervals the old rule holds.
    void flatTestUsesWilsonIntervals() {
        Curve c = makeCurve({1e8, 1e9, 1e10, 1e11}, {0.0, 0.0, 0.0, 0.2});
        for (CurvePoint& p : c.points)
            p.n = 25;
        AnalysisOptions o;
        o.fits = false;
        const CurveStats wilson = analyzeCurve(c, o);
        const double z = ee::normalQuantile(0.975);
        QVERIFY(std::abs(wilson.flags.sigma - z / (2 * (25 + z * z))) < 1e-15); // z²/(n+z²)/(2z)
        QVERIFY(wilson.flags.sigmaSource.contains(QStringLiteral("Wilson")));
        QVERIFY(!wilson.flags.flat);
        QCOMPARE(wilson.points.size(), std::size_t(4));
        QCOMPARE(wilson.points[0].source, QStringLiteral("wilson"));
        QCOMPARE(*wilson.points[0].high, z * z / (25 + z * z));
        o.interval = ee::IntervalMethod::Bootstrap;
        const CurveStats old = analyzeCurve(c, o);
        QCOMPARE(old.flags.sigma, 0.2);
        QCOMPARE(old.flags.sigmaSource,
                 QStringLiteral("metric range / sqrt(median number of examples)"));
        QVERIFY(old.flags.flat);
        // BLEU is not a proportion: n alone gives it no interval.
        Curve bleu = makeCurve({1e8, 1e9, 1e10, 1e11}, {0.0, 0.0, 0.0, 20.0}, std::nullopt,
                               QStringLiteral("bleu"));
        for (CurvePoint& p : bleu.points)
            p.n = 25;
        o.interval = ee::IntervalMethod::Wilson;
        QVERIFY(analyzeCurve(bleu, o).points[0].source.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_CurveAnalysis)
#include "tst_CurveAnalysis.moc"
