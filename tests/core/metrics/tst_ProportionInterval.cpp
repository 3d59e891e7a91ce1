// SPDX-License-Identifier: GPL-3.0-or-later
// Wilson and Clopper–Pearson intervals for proportions with a known n (issue 18): a point at
// 0/25 gets [0, 0.133], never ±0. Wilson values were computed with Python's
// statistics.NormalDist and the textbook formula; Clopper–Pearson bounds are checked by their
// defining property (binomial tail = α/2 at each bound, summed here term by term) and by the
// closed forms at k = 0 and k = n.
#include "metrics/ProportionInterval.h"

#include <QTest>
#include <cmath>

using namespace ee;

namespace {
// P(X ≥ k) and P(X ≤ k) for X ~ Binomial(n, p), summed directly in log space.
double binomialPmf(std::int64_t i, std::int64_t n, double p) {
    const double ln = std::lgamma(double(n + 1)) - std::lgamma(double(i + 1)) -
                      std::lgamma(double(n - i + 1)) + double(i) * std::log(p) +
                      double(n - i) * std::log1p(-p);
    return std::exp(ln);
}
double upperTail(std::int64_t k, std::int64_t n, double p) {
    double s = 0;
    for (std::int64_t i = k; i <= n; ++i)
        s += binomialPmf(i, n, p);
    return s;
}
double lowerTail(std::int64_t k, std::int64_t n, double p) {
    double s = 0;
    for (std::int64_t i = 0; i <= k; ++i)
        s += binomialPmf(i, n, p);
    return s;
}
} // namespace

class tst_ProportionInterval : public QObject {
    Q_OBJECT
private slots:
    void normalQuantile();
    void wilson_data();
    void wilson();
    void clopperPearson_data();
    void clopperPearson();
    void badInput();
    void names();
};

void tst_ProportionInterval::normalQuantile() {
    QVERIFY(std::abs(ee::normalQuantile(0.975) - 1.9599639845400536) < 1e-14);
    QVERIFY(std::abs(ee::normalQuantile(0.995) - 2.5758293035489) < 1e-12);
    QCOMPARE(ee::normalQuantile(0.5), 0.0);
    QVERIFY(std::abs(ee::normalQuantile(1e-10) + 6.361340902404056) < 1e-9);
}

void tst_ProportionInterval::wilson_data() {
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("0/25 (issue 18)") << qint64(0) << qint64(25) << 0.0 << 0.13319225093904843;
    QTest::newRow("5/20") << qint64(5) << qint64(20) << 0.11186170140766566 << 0.46870087761874396;
    QTest::newRow("25/25") << qint64(25) << qint64(25) << 0.8668077490609516 << 1.0;
    QTest::newRow("1/1") << qint64(1) << qint64(1) << 0.20654931437723745 << 1.0;
    QTest::newRow("50/100") << qint64(50) << qint64(100) << 0.4038315303659957
                            << 0.5961684696340044;
}

void tst_ProportionInterval::wilson() {
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const Interval ci = wilsonInterval(k, n, 0.95);
    QVERIFY2(std::abs(ci.low - low) < 1e-12, qPrintable(QString::number(ci.low, 'g', 17)));
    QVERIFY2(std::abs(ci.high - high) < 1e-12, qPrintable(QString::number(ci.high, 'g', 17)));
}

void tst_ProportionInterval::clopperPearson_data() {
    QTest::addColumn<qint64>("k");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("confidence");
    for (const auto& [k, n] : {std::pair<qint64, qint64>{0, 25},
                               {1, 25},
                               {12, 25},
                               {24, 25},
                               {25, 25},
                               {3, 1000},
                               {700, 1000},
                               {1, 1}})
        for (double c : {0.95, 0.99})
            QTest::addRow("%lld/%lld at %g", k, n, c) << k << n << c;
}

void tst_ProportionInterval::clopperPearson() {
    QFETCH(qint64, k);
    QFETCH(qint64, n);
    QFETCH(double, confidence);
    const double alpha = 1 - confidence;
    const Interval ci = clopperPearsonInterval(k, n, confidence);
    if (k == 0)
        QCOMPARE(ci.low, 0.0);
    else
        QVERIFY2(std::abs(upperTail(k, n, ci.low) - alpha / 2) < 1e-10,
                 qPrintable(QString::number(ci.low, 'g', 17)));
    if (k == n)
        QCOMPARE(ci.high, 1.0);
    else
        QVERIFY2(std::abs(lowerTail(k, n, ci.high) - alpha / 2) < 1e-10,
                 qPrintable(QString::number(ci.high, 'g', 17)));
    // Closed forms: 0/n has upper bound 1 − (α/2)^(1/n); n/n has lower bound (α/2)^(1/n).
    if (k == 0)
        QVERIFY(std::abs(ci.high - (1 - std::pow(alpha / 2, 1.0 / double(n)))) < 1e-12);
    if (k == n)
        QVERIFY(std::abs(ci.low - std::pow(alpha / 2, 1.0 / double(n))) < 1e-12);
}

void tst_ProportionInterval::badInput() {
    for (const auto& [k, n] : {std::pair<qint64, qint64>{0, 0}, {-1, 5}, {6, 5}, {1, -3}}) {
        QVERIFY(std::isnan(wilsonInterval(k, n, 0.95).low));
        QVERIFY(std::isnan(clopperPearsonInterval(k, n, 0.95).high));
    }
    QVERIFY(std::isnan(wilsonInterval(1, 5, 1.0).low));
    QVERIFY(std::isnan(clopperPearsonInterval(1, 5, 0.0).low));
}

void tst_ProportionInterval::names() {
    QCOMPARE(intervalMethodFromName(QStringLiteral("clopper-pearson")),
             IntervalMethod::ClopperPearson);
    QCOMPARE(intervalMethodName(IntervalMethod::Wilson), QStringLiteral("wilson"));
    QVERIFY(!intervalMethodFromName(QStringLiteral("normal")));
}

QTEST_APPLESS_MAIN(tst_ProportionInterval)
#include "tst_ProportionInterval.moc"
