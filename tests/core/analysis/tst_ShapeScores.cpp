// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ShapeScores.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using namespace ee;
using Values = std::vector<double>;
Q_DECLARE_METATYPE(Values)

class tst_ShapeScores : public QObject {
    Q_OBJECT
private slots:
    void emergenceIndex_data() {
        QTest::addColumn<Values>("y");
        QTest::addColumn<double>("expected");
        QTest::newRow("rising") << Values{0, 1, 2, 3} << 3.0;
        QTest::newRow("falling") << Values{3, 2, 1, 0} << -3.0;
        QTest::newRow("flat") << Values{2, 2, 2} << 0.0;
        // max first at 0, min first at 1: sign(0 − 1) = −1.
        QTest::newRow("ties take the first index") << Values{1, 0, 1, 0} << -1.0;
        QTest::newRow("dip then peak") << Values{0.5, 0.2, 0.9} << 0.7;
        QTest::newRow("single point") << Values{4} << 0.0;
    }
    void emergenceIndex() {
        QFETCH(Values, y);
        QFETCH(double, expected);
        QVERIFY(std::abs(ee::emergenceIndex(y) - expected) < 1e-12);
    }

    void breakthroughnessAndLinearity_data() {
        QTest::addColumn<Values>("y");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("l");
        const double inf = std::numeric_limits<double>::infinity();
        // Equal steps: B = n − 1 and (unconfirmed) L = n − 1.
        QTest::newRow("equal steps") << Values{0, 1, 2, 3} << 3.0 << 3.0;
        QTest::newRow("equal steps falling") << Values{3, 2, 1, 0} << -3.0 << -3.0;
        // One jump: median of squared steps is 0 → B = +inf; L = sqrt(n − 1).
        QTest::newRow("single jump") << Values{0, 0, 0, 1} << inf << std::sqrt(3.0);
        QTest::newRow("single drop") << Values{1, 1, 1, 0} << -inf << -std::sqrt(3.0);
        QTest::newRow("flat") << Values{2, 2, 2} << 0.0 << 0.0;
        // Steps² 1, 4, 1, 36: median of an even count = (1 + 4)/2 = 2.5, mean 10.5, I = 10.
        QTest::newRow("even median")
            << Values{0, 1, 3, 4, 10} << 10.0 / std::sqrt(2.5) << 10.0 / std::sqrt(10.5);
        // Steps² 0.09, 0.49: median 0.29, I = +0.7.
        QTest::newRow("dip then peak")
            << Values{0.5, 0.2, 0.9} << 0.7 / std::sqrt(0.29) << 0.7 / std::sqrt(0.29);
        QTest::newRow("ties") << Values{1, 0, 1, 0} << -1.0 << -1.0;
    }
    void breakthroughnessAndLinearity() {
        QFETCH(Values, y);
        QFETCH(double, b);
        QFETCH(double, l);
        const ShapeScore sb = ee::breakthroughness(y);
        const ShapeScore sl = ee::linearityUnconfirmed(y);
        QVERIFY(sb.isDefined());
        QVERIFY(sl.isDefined());
        if (std::isinf(b)) {
            QCOMPARE(*sb.value, b);
            QCOMPARE(sb.note, QStringLiteral("change concentrated in few steps"));
        } else {
            QVERIFY2(std::abs(*sb.value - b) < 1e-12, qPrintable(QString::number(*sb.value)));
        }
        QVERIFY2(std::abs(*sl.value - l) < 1e-12, qPrintable(QString::number(*sl.value)));
    }

    void linearityFormulaIsPinned() {
        // The unconfirmed reading, pinned so that a correction shows up here:
        // L = I(y) / sqrt(mean of squared steps). y = 0, 0.1, 0.5, 0.6: I = 0.6,
        // steps² 0.01, 0.16, 0.01, mean 0.06.
        const Values y{0, 0.1, 0.5, 0.6};
        QVERIFY(std::abs(*ee::linearityUnconfirmed(y).value - 0.6 / std::sqrt(0.06)) < 1e-12);
        QVERIFY(QString::fromUtf8(kLinearityDefinition).contains(QStringLiteral("unconfirmed")));
    }

    void fewerThanThreePointsAreUndefined_data() {
        QTest::addColumn<Values>("y");
        QTest::newRow("none") << Values{};
        QTest::newRow("one") << Values{0.3};
        QTest::newRow("two") << Values{0.1, 0.9};
    }
    void fewerThanThreePointsAreUndefined() {
        QFETCH(Values, y);
        const ShapeScore b = ee::breakthroughness(y), l = ee::linearityUnconfirmed(y);
        QVERIFY(!b.isDefined());
        QVERIFY(!l.isDefined());
        QVERIFY(b.note.contains(QStringLiteral("at least 3")));
        QVERIFY(l.note.contains(QStringLiteral("at least 3")));
    }
};

QTEST_APPLESS_MAIN(tst_ShapeScores)
#include "tst_ShapeScores.moc"
