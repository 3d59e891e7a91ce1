// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 item 4: points of proportion metrics with a known n and no published interval are
// drawn with their 95 % Wilson interval (0/25 is [0, 0.133], not ±0), on screen and in export
// (both draw PanelData's intervals). Hand-made points for the rules, and the bundled Pythia
// arithmetic (50 problems per operand, 0/50 published with a standard error of 0).
#include "figure/PanelData.h"
#include "io/DataLoader.h"
#include "model/BinomialInterval.h"

#include <QTest>
#include <cmath>

using namespace ee;

namespace {

// z²/(n + z²): the Wilson upper bound at 0 of n.
double upperAtZero(double n) {
    return kZ95 * kZ95 / (n + kZ95 * kZ95);
}

Curve oneCurve(const QString& metric, std::optional<double> high, const QList<CurvePoint>& points) {
    Curve c;
    c.key = {QStringLiteral("t"), QString(), metric, QStringLiteral("F"), std::nullopt, QString()};
    c.high = high;
    c.points = points;
    return c;
}

CurvePoint point(double x, double v, std::optional<qint64> n,
                 std::optional<double> se = std::nullopt) {
    CurvePoint p;
    p.model = QStringLiteral("m%1").arg(x);
    p.x = x;
    p.value = v;
    p.n = n;
    p.stderr_ = se;
    return p;
}

} // namespace

class tst_WilsonIntervals : public QObject {
    Q_OBJECT
private slots:
    void zeroOfTwentyFive() {
        // 0/25 at 95 %: [0, 0.1332] (docs/metrics.md), here from the share and n.
        const auto iv = drawnInterval(point(1e9, 0.0, 25), 1.0);
        QVERIFY(iv);
        QCOMPARE(iv->kind, PointIntervalKind::Wilson);
        QCOMPARE(iv->low, 0.0);
        QVERIFY(std::abs(iv->high - 0.13319) < 5e-5);
        QVERIFY(std::abs(iv->high - upperAtZero(25)) < 1e-15);
    }

    void precedence() {
        CurvePoint published = point(1e9, 0.4, 25, 0.1);
        published.ciLow = 0.3;
        published.ciHigh = 0.5;
        QCOMPARE(drawnInterval(published, 1.0)->kind, PointIntervalKind::Published);
        // A positive published standard error is kept.
        const auto se = drawnInterval(point(1e9, 0.4, 25, 0.1), 1.0);
        QCOMPARE(se->kind, PointIntervalKind::StandardError);
        QCOMPARE(se->high, 0.5);
        // A published 0 (the normal approximation at 0/n) gives way to Wilson.
        QCOMPARE(drawnInterval(point(1e9, 1.0, 25, 0.0), 1.0)->kind, PointIntervalKind::Wilson);
        QCOMPARE(drawnInterval(point(1e9, 1.0, 25, 0.0), 1.0)->high, 1.0);
        // No n: a published 0 is drawn as it is; nothing published, nothing drawn.
        QCOMPARE(drawnInterval(point(1e9, 1.0, std::nullopt, 0.0), 1.0)->kind,
                 PointIntervalKind::StandardError);
        QVERIFY(!drawnInterval(point(1e9, 0.5, std::nullopt), 1.0));
        // Not a proportion (no scale): no Wilson interval even with n.
        QVERIFY(!drawnInterval(point(1e9, 0.5, 25), std::nullopt));
    }

    void whichCurvesAreProportions() {
        const QList<CurvePoint> pts = {point(1e9, 0.0, 25), point(1e10, 0.5, 25)};
        QCOMPARE(proportionScale(oneCurve(QStringLiteral("exact_str_match"), std::nullopt, pts)),
                 std::optional<double>(1.0));
        QCOMPARE(proportionScale(oneCurve(QStringLiteral("exact_match,strict-match"), 1.0, pts)),
                 std::optional<double>(1.0));
        // Papers' accuracy in per cent: the perfect score 100 says so.
        QCOMPARE(proportionScale(oneCurve(QStringLiteral("accuracy"), 100.0, pts)),
                 std::optional<double>(100.0));
        for (const char* m : {"bleu", "ter", "rougeL", "token_f1", "brier", "perplexity"})
            QVERIFY2(!proportionScale(oneCurve(QString::fromLatin1(m), std::nullopt, pts)), m);
    }

    void drawnOnThePanel() {
        // A 0–100 accuracy at 0/25 is drawn [0, 13.32]; the BLEU curve with n gets nothing.
        const Curve acc = oneCurve(QStringLiteral("accuracy"), 100.0,
                                   {point(1e9, 0.0, 25), point(1e10, 40.0, 25)});
        const Curve bleu = oneCurve(QStringLiteral("bleu"), std::nullopt,
                                    {point(1e9, 3.0, 25), point(1e10, 9.0, 25)});
        const PanelData d = PanelData::prepare({acc, bleu}, PanelSpec{});
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.series[0].intervals.size(), 2);
        QCOMPARE(d.series[0].intervals[0].low, 0.0);
        QVERIFY(std::abs(d.series[0].intervals[0].high - 100 * upperAtZero(25)) < 1e-12);
        QVERIFY(d.series[1].intervals.isEmpty());
    }

    // The real case: Pythia-125M (deduped, 16-shot) solves 0 of the 50 multiplications whose
    // first operand is 2; the file publishes a standard error of 0 for it.
    void bundledPythiaZeroOfFifty() {
        const ImportResult data = DataLoader::load(
            {QStringLiteral(EE_TEST_DATASETS "/pythia_arithmetic_by_operand.csv")});
        CurveFilter f;
        f.task = QStringLiteral("pythia_arithmetic_multiplication");
        f.subtask = QStringLiteral("x1=02");
        f.shots = 16;
        const QList<Curve> curves = data.table.curves(f, ScaleAxis::Params);
        QCOMPARE(curves.size(), 1);
        const Curve& c = curves[0];
        qsizetype zero = -1;
        for (qsizetype i = 0; i < c.points.size(); ++i)
            if (c.points[i].model == QLatin1String("pythia-125m-deduped"))
                zero = i;
        QVERIFY(zero >= 0);
        QCOMPARE(c.points[zero].value, 0.0);
        QCOMPARE(*c.points[zero].stderr_, 0.0);
        QCOMPARE(*c.points[zero].n, qint64(50));
        const PanelData d = PanelData::prepare(curves, PanelSpec{});
        bool found = false;
        for (const PlotInterval& iv : d.series[0].intervals)
            if (iv.index == zero) {
                found = true;
                QCOMPARE(iv.low, 0.0);
                QVERIFY(std::abs(iv.high - upperAtZero(50)) < 1e-15); // 0.0713…
                QVERIFY(std::abs(iv.high - 0.07135) < 1e-5);
            }
        QVERIFY(found);
        // Every point of the curve has an interval now (the others publish positive errors).
        QCOMPARE(d.series[0].intervals.size(), d.series[0].points.size());
    }
};

QTEST_APPLESS_MAIN(tst_WilsonIntervals)
#include "tst_WilsonIntervals.moc"
