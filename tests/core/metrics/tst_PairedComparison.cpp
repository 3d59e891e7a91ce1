// SPDX-License-Identifier: GPL-3.0-or-later
// The paired comparison of two systems: exact McNemar p against binomial tails worked out by
// hand, and the counts and difference of paired values.
#include "metrics/PairedComparison.h"

#include <QTest>
#include <cmath>

using namespace ee;

class tst_PairedComparison : public QObject {
    Q_OBJECT
private slots:
    void mcnemar_data();
    void mcnemar();
    void mcnemarLargeAgainstRecurrence();
    void pairedCounts();
};

void tst_PairedComparison::mcnemar_data() {
    QTest::addColumn<qint64>("onlyA");
    QTest::addColumn<qint64>("onlyB");
    QTest::addColumn<double>("p"); // min(1, 2·P(X ≤ min) ), X ~ Bin(onlyA + onlyB, 1/2)
    QTest::newRow("no discordant pair") << qint64(0) << qint64(0) << 1.0;
    QTest::newRow("3 vs 0: 2/8") << qint64(3) << qint64(0) << 0.25;
    QTest::newRow("5 vs 1: 2·7/64") << qint64(5) << qint64(1) << 14.0 / 64.0;
    QTest::newRow("1 vs 10: 2·12/2048") << qint64(1) << qint64(10) << 24.0 / 2048.0;
    QTest::newRow("0 vs 20: 2/2^20") << qint64(0) << qint64(20) << 2.0 / 1048576.0;
    QTest::newRow("balanced: capped at 1") << qint64(10) << qint64(10) << 1.0;
}

void tst_PairedComparison::mcnemar() {
    QFETCH(qint64, onlyA);
    QFETCH(qint64, onlyB);
    QFETCH(double, p);
    QVERIFY2(std::abs(mcnemarExactP(onlyA, onlyB) / p - 1) < 1e-12,
             qPrintable(QString::number(mcnemarExactP(onlyA, onlyB), 'g', 17)));
    QCOMPARE(mcnemarExactP(onlyB, onlyA), mcnemarExactP(onlyA, onlyB));
}

void tst_PairedComparison::mcnemarLargeAgainstRecurrence() {
    // 2,000 discordant pairs (C(m, i)/2^m underflows a double): the tail by the recurrence
    // P(i+1) = P(i)·(m−i)/(i+1) in long double, from P(0) = 2^−m.
    const qint64 a = 930, b = 1070, m = a + b;
    long double term = std::pow(0.5L, static_cast<long double>(m));
    long double tail = 0;
    for (qint64 i = 0; i <= a; ++i) {
        tail += term;
        term = term * static_cast<long double>(m - i) / static_cast<long double>(i + 1);
    }
    const double expected = static_cast<double>(2 * tail);
    QVERIFY(expected > 1e-4 && expected < 0.01);
    QVERIFY2(std::abs(mcnemarExactP(a, b) / expected - 1) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(mcnemarExactP(a, b)).arg(expected)));
}

void tst_PairedComparison::pairedCounts() {
    BootstrapOptions boot{2000, 7, 0.95};
    const PairedComparison c = comparePaired({1, 1, 0, 0, 1}, {1, 0, 1, 0, 0}, boot);
    QCOMPARE(c.n, 5);
    QCOMPARE(c.bothRight, std::optional<qint64>(1));
    QCOMPARE(c.onlyA, std::optional<qint64>(2));
    QCOMPARE(c.onlyB, std::optional<qint64>(1));
    QCOMPARE(c.bothWrong, std::optional<qint64>(1));
    QCOMPARE(*c.mcnemarP, 1.0); // 2·P(X ≤ 1), X ~ Bin(3, ½) = 2·4/8
    QVERIFY(std::abs(c.diff - 0.2) < 1e-15);
    QVERIFY(*c.ciLow <= c.diff && c.diff <= *c.ciHigh);
    QVERIFY(*c.ciLow >= -1 && *c.ciHigh <= 1);
    // Same seed, same interval.
    const PairedComparison again = comparePaired({1, 1, 0, 0, 1}, {1, 0, 1, 0, 0}, boot);
    QCOMPARE(again.ciLow, c.ciLow);
    // Not 0/1: no McNemar, but the difference and its interval.
    const PairedComparison f = comparePaired({0.5, 1}, {0, 1}, boot);
    QVERIFY(!f.mcnemarP && !f.onlyA);
    QCOMPARE(f.diff, 0.25);
    QVERIFY(f.ciLow.has_value());
}

QTEST_APPLESS_MAIN(tst_PairedComparison)
#include "tst_PairedComparison.moc"
