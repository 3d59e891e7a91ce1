// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Decomposition.h"

#include "CurveBuilders.h"

#include <QTest>
#include <cmath>

using namespace ee;
using namespace ee::testing;

class tst_Decomposition : public QObject {
    Q_OBJECT
private slots:
    void parseRules_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::newRow("all") << "all" << true << "all";
        QTest::newRow("any") << "ANY" << true << "any";
        QTest::newRow("k-of-n") << "k-of-n:2" << true << "k-of-n:2";
        QTest::newRow("chain") << "chain:5" << true << "chain:5";
        QTest::newRow("mean") << "mean" << true << "mean";
        QTest::newRow("zero chain") << "chain:0" << false << "";
        QTest::newRow("junk") << "most" << false << "";
    }
    void parseRules() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, name);
        QString error;
        const auto r = CompositionRule::parse(text, &error);
        QCOMPARE(r.has_value(), ok);
        if (ok)
            QCOMPARE(r->name(), name);
        else
            QVERIFY(!error.isEmpty());
    }

    void combineByHand_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<double>("expected");
        // parts 0.5, 0.8, 0.9
        QTest::newRow("all") << "all" << 0.5 * 0.8 * 0.9;
        QTest::newRow("any") << "any" << 1 - 0.5 * 0.2 * 0.1;
        // P(≥2) = .5·.8·.1 + .5·.2·.9 + .5·.8·.9 (exactly two) + ... by enumeration:
        // exactly 2: .5·.8·.1 + .5·.2·.9 + .5·.8·.9 = .04 + .09 + .36 = .49; all 3: .36
        QTest::newRow("2 of 3") << "k-of-n:2"
                                << 0.5 * 0.8 * 0.1 + 0.5 * 0.2 * 0.9 + 0.5 * 0.8 * 0.9 +
                                       0.5 * 0.8 * 0.9;
        QTest::newRow("1 of 3 = any") << "k-of-n:1" << 1 - 0.5 * 0.2 * 0.1;
        QTest::newRow("3 of 3 = all") << "k-of-n:3" << 0.5 * 0.8 * 0.9;
        QTest::newRow("mean") << "mean" << (0.5 + 0.8 + 0.9) / 3;
    }
    void combineByHand() {
        QFETCH(QString, rule);
        QFETCH(double, expected);
        const std::vector<double> parts{0.5, 0.8, 0.9};
        QVERIFY(std::abs(combineParts(*CompositionRule::parse(rule), parts) - expected) < 1e-12);
    }

    void poissonBinomialEdges() {
        const std::vector<double> p{0.3, 0.6};
        QCOMPARE(poissonBinomialAtLeast(p, 0), 1.0);
        QCOMPARE(poissonBinomialAtLeast(p, 3), 0.0);
        QVERIFY(std::abs(poissonBinomialAtLeast(p, 2) - 0.18) < 1e-15);
        // Binomial special case: 4 parts of 0.5, at least 2 = 11/16.
        const std::vector<double> q(4, 0.5);
        QVERIFY(std::abs(poissonBinomialAtLeast(q, 2) - 11.0 / 16) < 1e-15);
    }

    void alignsByModelAndComparesWithObserved() {
        // Smooth parts, sudden whole: two subtasks rising linearly, all-rule composite.
        Curve a = makeCurve(scales(8, 11, 1), {0.2, 0.4, 0.6, 0.8});
        a.key.subtask = QStringLiteral("A");
        Curve b = makeCurve(scales(8, 11, 1), {0.5, 0.6, 0.7, 0.8});
        b.key.subtask = QStringLiteral("B");
        b.points.removeAt(1); // m1 lacks subtask B: left out and counted
        Curve obs = makeCurve(scales(8, 11, 1), {0.1, 0.3, 0.45, 0.6});
        const auto rule = *CompositionRule::parse(QStringLiteral("all"));
        const DecompositionResult r = decompose({a, b}, rule, &obs);
        QVERIFY(r.ok);
        QCOMPARE(r.rows.size(), std::size_t(3));
        QCOMPARE(r.leftOutModels, QStringList{QStringLiteral("m1")});
        QCOMPARE(r.rows[0].model, QStringLiteral("m0"));
        QVERIFY(std::abs(r.rows[0].predicted - 0.1) < 1e-12);
        QVERIFY(std::abs(r.rows[1].predicted - 0.42) < 1e-12);
        QVERIFY(std::abs(*r.rows[1].residual - 0.03) < 1e-12);
        QVERIFY(std::abs(r.rows[2].predicted - 0.64) < 1e-12);
        // RMS of residuals 0, 0.03, −0.04 = sqrt(0.0025/3)
        QVERIFY(std::abs(*r.rmsResidual - std::sqrt(0.0025 / 3)) < 1e-12);
        QCOMPARE(r.parts.size(), std::size_t(2));
        QCOMPARE(r.parts[0].name, QStringLiteral("A"));
        // Part A over the kept models 0.2, 0.6, 0.8: I = 0.6, steps² .16, .04 → B = .6/sqrt(.1)
        QVERIFY(std::abs(*r.parts[0].breakthroughness.value - 0.6 / std::sqrt(0.1)) < 1e-12);
        QVERIFY(r.predicted.breakthroughness.isDefined());
        QVERIFY(r.observed);
    }

    void chainAndPercentScales() {
        Curve s =
            makeCurve(scales(8, 10, 1), {50.0, 80.0, 90.0}, std::nullopt, QStringLiteral("bleu"));
        const DecompositionResult r =
            decompose({s}, *CompositionRule::parse(QStringLiteral("chain:3")));
        QVERIFY(r.ok);
        QVERIFY(std::abs(r.rows[1].predicted - 0.8 * 0.8 * 0.8) < 1e-12);
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("divided by 100")));
        const DecompositionResult two =
            decompose({s, s}, *CompositionRule::parse(QStringLiteral("chain:3")));
        QVERIFY(!two.ok);
    }

    void meanNormalisesWithLowAndHigh() {
        Curve a = makeCurve(scales(8, 10, 1), {0.25, 0.5, 1.0});
        a.low = 0.25;
        a.high = 1.0;
        Curve b = makeCurve(scales(8, 10, 1), {0.0, 0.5, 1.0});
        b.low = 0.0;
        b.high = 1.0;
        const DecompositionResult r =
            decompose({a, b}, *CompositionRule::parse(QStringLiteral("mean")));
        QVERIFY(r.ok);
        QVERIFY(std::abs(r.rows[0].predicted - 0.0) < 1e-12);
        QVERIFY(std::abs(r.rows[1].predicted - (100.0 / 3 + 50) / 2) < 1e-12);
        QVERIFY(std::abs(r.rows[2].predicted - 100.0) < 1e-12);
        QVERIFY(r.valueScale.contains(QStringLiteral("0–100")));
    }
};

QTEST_APPLESS_MAIN(tst_Decomposition)
#include "tst_Decomposition.moc"
