// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Forecast.h"

#include "CurveBuilders.h"

#include <QTest>
#include <cmath>

using namespace ee;
using namespace ee::testing;

namespace {

constexpr double kC = 1e10, kAlpha = -0.5;
constexpr int kL = 5;

double tokenLoss(double n) {
    return std::pow(n / kC, kAlpha);
}

} // namespace

class tst_Forecast : public QObject {
    Q_OBJECT
private slots:
    void relationByHand() {
        // −ln τ / L for τ = 0.5, L = 5.
        QVERIFY(std::abs(tokenLossForExactMatch(0.5, 5) - std::log(2.0) / 5) < 1e-15);
    }

    void recoversPowerLawAndCrossing_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("target log-prob") << int(SmoothMetricKind::TargetLogProb);
        QTest::newRow("token accuracy") << int(SmoothMetricKind::TokenAccuracy);
        QTest::newRow("token loss") << int(SmoothMetricKind::TokenLoss);
    }
    void recoversPowerLawAndCrossing() {
        QFETCH(int, kind);
        const std::vector<double> x = scales(8, 13, 0.25);
        std::vector<double> smooth, em;
        for (double n : x) {
            const double l = tokenLoss(n);
            smooth.push_back(kind == int(SmoothMetricKind::TargetLogProb)   ? -kL * l
                             : kind == int(SmoothMetricKind::TokenAccuracy) ? std::exp(-l)
                                                                            : l);
            em.push_back(std::exp(-kL * l));
        }
        const Curve s = makeCurve(x, smooth), e = makeCurve(x, em);
        ForecastOptions o;
        o.kind = SmoothMetricKind(kind);
        o.answerTokens = kL;
        o.tau = 0.5;
        o.fitMaxScale = 1e11; // a real forecast: the crossing (~5.2e11) is beyond the fit
        o.bootstrapSamples = 100;
        const ForecastResult r = forecastBreakthrough(s, &e, o);
        QVERIFY(r.ok);
        QCOMPARE(r.nFit, 13);
        QVERIFY(std::abs(r.alpha - kAlpha) < 1e-9);
        QVERIFY(std::abs(r.c / kC - 1) < 1e-7);
        // N* = c (ln 2 / 5)^(1/α)
        const double expected = kC * std::pow(std::log(2.0) / kL, 1 / kAlpha);
        QVERIFY(r.nStar);
        QVERIFY2(std::abs(*r.nStar / expected - 1) < 1e-7, qPrintable(QString::number(*r.nStar)));
        QVERIFY(r.nStarInterval);
        QVERIFY(std::abs(r.nStarInterval->low / expected - 1) < 1e-6); // exact data: no spread
        // Observed: first grid scale with p^L ≥ 0.5 is 10^11.75.
        QVERIFY(r.observedCrossing);
        QVERIFY(std::abs(std::log10(*r.observedCrossing) - 11.75) < 1e-9);
        QVERIFY(std::abs(*r.errorDecades - std::log10(expected / *r.observedCrossing)) < 1e-9);
    }

    void risingLossHasNoForecast() {
        const std::vector<double> x = scales(8, 11, 1);
        const Curve s = makeCurve(x, {-1.0, -2.0, -3.0, -4.0}); // log-prob falling: loss rises
        ForecastOptions o;
        o.answerTokens = 2;
        const ForecastResult r = forecastBreakthrough(s, nullptr, o);
        QVERIFY(r.ok);
        QVERIFY(r.alpha > 0);
        QVERIFY(!r.nStar);
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("does not fall")));
    }

    void tooFewPointsAndBadValues() {
        const Curve s = makeCurve({1e8, 1e9, 1e10}, {-1.0, 0.0, -0.5});
        ForecastOptions o;
        const ForecastResult r = forecastBreakthrough(s, nullptr, o);
        QVERIFY(!r.ok);
        const QString notes = r.notes.join(QLatin1Char(' '));
        QVERIFY(notes.contains(QStringLiteral("1 point(s)")));
        QVERIFY(notes.contains(QStringLiteral("too few points")));
    }
};

QTEST_APPLESS_MAIN(tst_Forecast)
#include "tst_Forecast.moc"
