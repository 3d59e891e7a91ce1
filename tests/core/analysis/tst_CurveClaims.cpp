// SPDX-License-Identifier: GPL-3.0-or-later
// ee::curveClaim: the tour's findings, computed from the curves on screen. Hand-made curves
// whose largest steps, shares and declines are known; each sentence must state them and only
// them (tst_MainWindow checks the tour's steps on the bundled data).
#include "CurveBuilders.h"
#include "analysis/CurveClaims.h"

#include <QTest>

using namespace ee;
using namespace Qt::StringLiterals;

namespace {
Curve family(const QString& name, const std::vector<double>& x, const std::vector<double>& y,
             const QString& metric = u"acc"_s, const QString& prompting = u"standard"_s) {
    Curve c = ee::testing::makeCurve(x, y);
    c.key.family = name;
    c.key.metric = metric;
    c.key.prompting = prompting;
    return c;
}
} // namespace

class tst_CurveClaims : public QObject {
    Q_OBJECT
private slots:
    void largestStep() {
        // Rises 0.02, 0.6, 0.1 over a range of 0.72: the step 1B→10B holds 0.6 / 0.72.
        const Curve c = family(u"A"_s, {1e8, 1e9, 1e10, 1e11}, {0.0, 0.02, 0.62, 0.72});
        const auto s = ee::largestStep(c, 0.1);
        QVERIFY(s);
        QCOMPARE(s->from, 1e9);
        QCOMPARE(s->to, 1e10);
        QCOMPARE(s->share, 0.6 / 0.72);
        // Two models of one size are averaged, not read as a step of zero width.
        const Curve twins = family(u"B"_s, {1e8, 1e9, 1e9, 1e10}, {0.0, 0.2, 0.4, 0.5});
        QCOMPARE(ee::largestStep(twins, 0.1)->from, 1e8);
        // Too few sizes, or too small a range, say nothing.
        QVERIFY(!ee::largestStep(family(u"C"_s, {1e8, 1e9}, {0.0, 0.9}), 0.1));
        QVERIFY(!ee::largestStep(family(u"D"_s, {1e8, 1e9, 1e10}, {0.0, 0.01, 0.05}), 0.1));
    }

    void sentences_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<QList<Curve>>>("panels");
        QTest::addColumn<QString>("expected");
        const std::vector<double> x{1e8, 1e9, 1e10, 1e11};
        const Curve jumpEarly = family(u"Early"_s, x, {0.0, 0.9, 0.95, 1.0});
        const Curve jumpLate = family(u"Late"_s, x, {0.0, 0.05, 0.1, 0.9});
        const Curve steady = family(u"Even"_s, x, {0.0, 0.35, 0.6, 0.9});
        const Curve flat = family(u"Flat"_s, x, {0.25, 0.26, 0.25, 0.26});
        QTest::newRow("steps at two sizes")
            << u"largest_step"_s << QList<QList<Curve>>{{jumpLate, jumpEarly, flat}}
            << u"Largest step of each family rising by ≥ 0.1 (share of its rise): Early 100M→1B "
               "(90 %); Late 10B→100B (89 %). They fall at 2 different sizes."_s;
        QTest::newRow("steps at one size")
            << u"largest_step"_s << QList<QList<Curve>>{{jumpEarly, jumpEarly}}
            << u"Every family rising by ≥ 0.1 makes its largest step between 100M and 1B (share "
               "of its rise): Early 100M→1B (90 %); Early 100M→1B (90 %)."_s;
        QTest::newRow("nothing rises")
            << u"steady"_s << QList<QList<Curve>>{{flat}}
            << u"No curve here has three or more sizes and rises by at least 0.1, so nothing on "
               "this chart can be called a jump or a steady climb."_s;
        QTest::newRow("steady and jumping")
            << u"steady"_s << QList<QList<Curve>>{{steady, jumpLate}}
            << u"Of 2 families that rise by at least 0.1, 1 climb with no single step making half "
               "of the rise: Even 100M→1B (39 %). In the other 1, one step makes more than half: "
               "Late 10B→100B (89 %)."_s;
        QTest::newRow("metrics alike")
            << u"compare_steps"_s
            << QList<QList<Curve>>{{jumpLate}, {family(u"Late"_s, x, {0, 5, 10, 90}, u"bleu"_s)}}
            << u"Share of each family's rise made in its largest single step, median over "
               "families: acc 89 % (n = 1), bleu 89 % (n = 1). On this data both metrics make most "
               "of their rise in one step: partial credit alone does not smooth these curves (the "
               "Toy model tab shows when it cannot)."_s;
        QTest::newRow("one metric spreads")
            << u"compare_steps"_s
            << QList<QList<Curve>>{{jumpLate}, {family(u"Late"_s, x, {0, 30, 60, 90}, u"bleu"_s)}}
            << u"Share of each family's rise made in its largest single step, median over "
               "families: acc 89 % (n = 1), bleu 33 % (n = 1). bleu spreads the rise over more "
               "sizes than "
               "acc."_s;
        QTest::newRow("prompt moves the step")
            << u"prompt_shift"_s
            << QList<QList<Curve>>{{family(u"P · standard"_s, x, {0, 0.05, 0.1, 0.9}, u"acc"_s,
                                           u"standard"_s),
                                    family(u"P · chain of thought"_s, x, {0, 0.05, 0.8, 0.9},
                                           u"acc"_s, u"chain_of_thought"_s)}}
            << u"In 1 of 1 families the largest step moves with the prompt (P: standard +0.8 "
               "from 10B to 100B, chain of thought +0.75 from 1B to 10B)."_s;
        QTest::newRow("decline")
            << u"decline"_s
            << QList<QList<Curve>>{{family(u"Down"_s, x, {0.5, 0.45, 0.4, 0.3}), steady,
                                    family(u"Noise"_s, x, {0.5, 0.5, 0.5, 0.495})}}
            << u"In 1 of 3 families the largest model scores below a smaller one of its family "
               "(by more than 0.01): Down 0.3 at 100B against 0.5 at 100M."_s;
    }
    void sentences() {
        QFETCH(QString, kind);
        QFETCH(QList<QList<Curve>>, panels);
        QFETCH(QString, expected);
        QCOMPARE(curveClaim(kind, panels), expected);
    }
};

QTEST_APPLESS_MAIN(tst_CurveClaims)
#include "tst_CurveClaims.moc"
