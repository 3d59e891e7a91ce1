// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/CurveFits.h"

#include <QTest>
#include <cmath>
#include <random>
#include <vector>

using namespace ee;

namespace {

std::vector<double> grid(double from, double to, double step) {
    std::vector<double> u;
    for (double v = from; v <= to + 1e-9; v += step)
        u.push_back(v);
    return u;
}

std::vector<double> sigmoid(const std::vector<double>& u, double f, double h, double k, double m,
                            double noise = 0.0, quint64 seed = 7) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0.0, noise > 0 ? noise : 1.0);
    std::vector<double> y;
    for (double v : u)
        y.push_back(f + (h - f) / (1.0 + std::exp(-k * (v - m))) + (noise > 0 ? g(rng) : 0.0));
    return y;
}

} // namespace

class tst_CurveFits : public QObject {
    Q_OBJECT
private slots:
    void aiccByHand() {
        // n = 10, RSS = 2, 2 parameters (+ variance → K = 3): 10·ln(0.2) + 6 + 24/6.
        const auto a = aiccLeastSquares(2.0, 10, 2, 1.0);
        QVERIFY(a);
        QVERIFY(std::abs(*a - (10 * std::log(0.2) + 6 + 4)) < 1e-12);
        QVERIFY(!aiccLeastSquares(2.0, 4, 2, 1.0)); // n − K − 1 = 0
    }

    void logLinearRecoversLine() {
        const std::vector<double> u = grid(7, 11, 0.5);
        std::vector<double> y;
        for (double v : u)
            y.push_back(-1.5 + 0.2 * v);
        const LogLinearFit f = fitLogLinear(u, y);
        QVERIFY(f.ok);
        QVERIFY(std::abs(f.a + 1.5) < 1e-10);
        QVERIFY(std::abs(f.b - 0.2) < 1e-12);
        QVERIFY(f.rss < 1e-20);
        QVERIFY(!fitLogLinear(std::vector<double>{9, 9, 9}, std::vector<double>{1, 2, 3}).ok);
    }

    void sigmoidRecoversParameters_data() {
        QTest::addColumn<bool>("fixFloor");
        QTest::addColumn<double>("k");
        QTest::addColumn<double>("m");
        QTest::addColumn<double>("noise");
        QTest::addColumn<double>("mTol");
        QTest::addColumn<double>("kRelTol");
        QTest::newRow("fixed floor, exact") << true << 5.0 << 10.0 << 0.0 << 1e-6 << 1e-6;
        QTest::newRow("free floor, exact") << false << 3.0 << 9.3 << 0.0 << 1e-6 << 1e-6;
        QTest::newRow("gentle, exact") << true << 1.2 << 9.0 << 0.0 << 1e-6 << 1e-6;
        QTest::newRow("fixed floor, noisy") << true << 5.0 << 10.0 << 0.01 << 0.05 << 0.25;
        QTest::newRow("free floor, noisy") << false << 4.0 << 9.6 << 0.01 << 0.08 << 0.35;
    }
    void sigmoidRecoversParameters() {
        QFETCH(bool, fixFloor);
        QFETCH(double, k);
        QFETCH(double, m);
        QFETCH(double, noise);
        QFETCH(double, mTol);
        QFETCH(double, kRelTol);
        const std::vector<double> u = grid(8, 12, 0.25);
        const std::vector<double> y = sigmoid(u, 0.25, 0.9, k, m, noise);
        SigmoidConstraints c;
        if (fixFloor)
            c.floor = 0.25;
        c.ceiling = 1.0;
        c.lowest = 0.0;
        const SigmoidFit f = fitSigmoid(u, y, c);
        QVERIFY(f.ok);
        QCOMPARE(f.floorFixed, fixFloor);
        QCOMPARE(f.parameters, fixFloor ? 3 : 4);
        QVERIFY2(std::abs(f.m - m) < mTol, qPrintable(QString::number(f.m)));
        QVERIFY2(std::abs(f.k - k) / k < kRelTol, qPrintable(QString::number(f.k)));
        QVERIFY2(std::abs(f.ceiling - 0.9) < (noise > 0 ? 0.03 : 1e-6),
                 qPrintable(QString::number(f.ceiling)));
        QVERIFY(std::abs(f.widthDecades() - 2 * std::log(9.0) / f.k) < 1e-12);
        QVERIFY(std::abs(f.midpointScale() - std::pow(10.0, f.m)) < 1e-6 * f.midpointScale());
        QVERIFY(f.widthResolved);
        if (noise == 0)
            QVERIFY(f.rss < 1e-12);
    }

    void ceilingBoundIsRespected() {
        // Data rising towards 1.2 cannot push h above the metric's maximum of 1.
        const std::vector<double> u = grid(8, 12, 0.5);
        const std::vector<double> y = sigmoid(u, 0.0, 1.2, 3.0, 11.5);
        SigmoidConstraints c;
        c.floor = 0.0;
        c.ceiling = 1.0;
        const SigmoidFit f = fitSigmoid(u, y, c);
        QVERIFY(f.ok);
        QVERIFY(f.ceiling <= 1.0 + 1e-12);
        QVERIFY(f.ceilingAtBound);
    }

    void stepBetweenNeighboursHitsSteepnessBound() {
        const std::vector<double> u{8, 8.5, 9, 9.5, 10, 10.5, 11};
        const std::vector<double> y{0, 0, 0, 0, 1, 1, 1};
        SigmoidConstraints c;
        c.floor = 0.0;
        c.ceiling = 1.0;
        const SigmoidFit f = fitSigmoid(u, y, c);
        QVERIFY(f.ok);
        QVERIFY(!f.widthResolved);
        QVERIFY(f.widthDecades() < 0.5);
        QVERIFY(f.m > 9.5 && f.m < 10);
        QVERIFY(!f.notes.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_CurveFits)
#include "tst_CurveFits.moc"
