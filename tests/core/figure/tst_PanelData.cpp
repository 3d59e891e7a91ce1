// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/PanelData.h"

#include <QTest>
#include <cmath>

using namespace ee;

Q_DECLARE_METATYPE(ee::YAxisMode)

class tst_PanelData : public QObject {
    Q_OBJECT
private:
    static Curve curve() {
        Curve c;
        c.key = {QStringLiteral("t"), QString(),    QStringLiteral("em"),
                 QStringLiteral("F"), std::nullopt, QString()};
        c.low = 0.25;
        c.high = 1.0;
        const auto pt = [](std::optional<double> x, double v) {
            CurvePoint p;
            p.model = QStringLiteral("m");
            p.x = x;
            p.value = v;
            return p;
        };
        c.points = {pt(0.0, 0.2),  pt(1e8, 0.25),         pt(1e9, 0.3),
                    pt(1e10, 0.8), pt(std::nullopt, 0.5), pt(std::nullopt, 0.6)};
        c.points[2].ciLow = 0.2;
        c.points[2].ciHigh = 0.4;
        c.points[3].stderr_ = 0.05;
        return c;
    }

    /// Points 1–3 of `c` only, with `values` and no intervals or standard errors.
    static void keepThreePointsWithoutIntervals(Curve& c, const double (&values)[3]) {
        c.points = {c.points[1], c.points[2], c.points[3]};
        for (qsizetype i = 0; i < c.points.size(); ++i) {
            c.points[i].value = values[i];
            c.points[i].ciLow.reset();
            c.points[i].ciHigh.reset();
            c.points[i].stderr_.reset();
        }
    }

    /// curve() without the data's low and high ends, for metric `metric` (empty: keep "em").
    static Curve curveWithoutEnds(const QString& metric = QString()) {
        Curve c = curve();
        c.low.reset();
        c.high.reset();
        if (!metric.isEmpty())
            c.key.metric = metric;
        return c;
    }

private slots:
    // Points a log axis cannot show are counted and reported, never silently dropped.
    void countsDroppedPoints() {
        PanelSpec panel;
        const PanelData d = PanelData::prepare({curve()}, panel);
        QCOMPARE(d.series.size(), 1);
        QCOMPARE(d.series[0].points.size(), 3);
        QCOMPARE(d.nonPositiveScale, 1);
        QCOMPARE(d.missingScale, 2);
        QCOMPARE(d.droppedPoints(), 3);
        QVERIFY(d.droppedNote().startsWith(QStringLiteral("3 points not shown")));
        QVERIFY(d.droppedNote().contains(QStringLiteral("zero or negative")));
        QCOMPARE(d.series[0].points[0].x, 8.0);
        QCOMPARE(d.series[0].points[0].index, 1); // back to Curve::points
    }

    void linearAxisKeepsZero() {
        PanelSpec panel;
        panel.logX = false;
        const PanelData d = PanelData::prepare({curve()}, panel);
        QCOMPARE(d.nonPositiveScale, 0);
        QCOMPARE(d.series[0].points.size(), 4);
    }

    void intervalsAndReferences() {
        PanelSpec panel;
        const PanelData d = PanelData::prepare({curve()}, panel);
        QCOMPARE(d.series[0].intervals.size(), 2);
        QCOMPARE(d.series[0].intervals[0].low, 0.2);
        QCOMPARE(d.series[0].intervals[1].high, 0.8 + 0.05); // one standard error
        QCOMPARE(d.chanceLevels, QList<double>{0.25});
        QCOMPARE(d.perfectLevels, QList<double>{1.0});
        QVERIFY(d.yMax > 1.0 && d.yMin < 0.25);
        panel.showChance = false;
        QVERIFY(PanelData::prepare({curve()}, panel).chanceLevels.isEmpty());
    }

    void fitsWithNonPositiveXAreCounted() {
        PanelSpec panel;
        panel.fits.append({QStringLiteral("fit"), QString(), {QPointF(0, 0.1), QPointF(1e9, 0.5)}});
        const PanelData d = PanelData::prepare({curve()}, panel);
        QCOMPARE(d.droppedFitPoints, 1);
        QCOMPARE(d.fits[0].points.size(), 1);
    }

    void emptyHasNoRange() { QVERIFY(!PanelData::prepare({}, PanelSpec{}).hasRange); }

    // Issue #15 item 9: the y axis shows the metric's full range by default instead of zooming
    // into noise; fit, log, logit and the normalised score are choices. Ranges are in plot
    // coordinates; the fixture's drawn values are 0.25, 0.3, 0.8 with intervals 0.2–0.4 and
    // 0.75–0.85, chance 0.25 and perfect 1 on "em" (scored 0–1).
    void yAxisModes_data() {
        QTest::addColumn<YAxisMode>("mode");
        QTest::addColumn<double>("lo"); // before padding
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("pad"); // share of the span
        QTest::addColumn<double>("chance");
        QTest::addColumn<double>("perfect");
        QTest::newRow("full: 0-1") << YAxisMode::Full << 0.0 << 1.0 << 0.02 << 0.25 << 1.0;
        QTest::newRow("fit: data and lines") << YAxisMode::Fit << 0.2 << 1.0 << 0.05 << 0.25 << 1.0;
        // (y − 0.25) / 0.75: the metric's 0–1 becomes −1/3–1, chance 0, perfect 1.
        QTest::newRow("normalised")
            << YAxisMode::Normalised << -1.0 / 3 << 1.0 << 0.02 << 0.0 << 1.0;
        QTest::newRow("log") << YAxisMode::Log << std::log10(0.2) << 0.0 << 0.05 << std::log10(0.25)
                             << 0.0;
        const auto logit = [](double p) { return std::log(p / (1 - p)); };
        // Perfect (1) clips to 0.999 on a logit axis.
        QTest::newRow("logit") << YAxisMode::Logit << logit(0.2) << logit(0.999) << 0.05
                               << logit(0.25) << logit(0.999);
    }

    void yAxisModes() {
        QFETCH(YAxisMode, mode);
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(double, pad);
        QFETCH(double, chance);
        QFETCH(double, perfect);
        PanelSpec panel;
        panel.yAxis = mode;
        const PanelData d = PanelData::prepare({curve()}, panel);
        QCOMPARE(d.yAxis, mode);
        QVERIFY2(d.yAxisNote.isEmpty(), qPrintable(d.yAxisNote));
        const double span = hi - lo;
        QVERIFY(std::abs(d.yMin - (lo - pad * span)) < 1e-12);
        QVERIFY(std::abs(d.yMax - (hi + pad * span)) < 1e-12);
        QCOMPARE(d.chanceLevels.size(), 1);
        QVERIFY(std::abs(d.chanceLevels[0] - chance) < 1e-12);
        QCOMPARE(d.chanceLabels, QStringList{QStringLiteral("chance 0.25")});
        QVERIFY(std::abs(d.perfectLevels.value(0) - perfect) < 1e-12);
        QVERIFY(d.yTicks(d.yMin, d.yMax).size() >= 2);
    }

    void logDropsZeroAndLogitClipsOne() {
        Curve c = curve();
        c.points[1].value = 0.0; // at 1e8
        c.points[3].value = 1.0; // at 1e10
        c.points[3].stderr_.reset();
        PanelSpec panel;
        panel.yAxis = YAxisMode::Log;
        PanelData d = PanelData::prepare({c}, panel);
        QCOMPARE(d.nonPositiveY, 1);
        QVERIFY(d.droppedNote().contains(QStringLiteral("1 is zero or below (log y axis)")));
        panel.yAxis = YAxisMode::Logit;
        d = PanelData::prepare({c}, panel);
        QCOMPARE(d.nonPositiveY, 0);
        QCOMPARE(d.clippedY, 2);
        QCOMPARE(d.yAxisNote,
                 QStringLiteral("2 points at 0 or 1 drawn at 0.001 or 0.999 (logit axis)"));
    }

    // Normalised needs a chance level and logit a 0–1 metric: otherwise the full range, and a
    // sentence saying why.
    void impossibleModesFallBackToTheFullRange_data() {
        QTest::addColumn<YAxisMode>("mode");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("note");
        QTest::newRow("normalised, chance unknown")
            << YAxisMode::Normalised << QStringLiteral("em") << 0.4
            << QStringLiteral("Normalised score needs the chance level, which is unknown for t "
                              "(em); the full range is shown");
        QTest::newRow("logit of BLEU")
            << YAxisMode::Logit << QStringLiteral("bleu") << 40.0
            << QStringLiteral("Logit needs proportions between 0 and 1, and bleu is not one; the "
                              "full range is shown");
    }

    void impossibleModesFallBackToTheFullRange() {
        QFETCH(YAxisMode, mode);
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(QString, note);
        Curve c = curveWithoutEnds(metric);
        for (CurvePoint& p : c.points) {
            p.value = value;
            p.ciLow.reset();
            p.ciHigh.reset();
            p.stderr_.reset();
        }
        PanelSpec panel;
        panel.yAxis = mode;
        const PanelData d = PanelData::prepare({c}, panel);
        QCOMPARE(d.yAxis, YAxisMode::Full);
        QCOMPARE(d.yAxisNote, note);
        const double top = metric == QLatin1String("bleu") ? 100.0 : 1.0;
        QCOMPARE(d.yMin, -0.02 * top);
        QCOMPARE(d.yMax, 1.02 * top);
    }

    // Issue #20: "Full range" is a range the metric has. A log-prob margin of about a nat (all
    // values inside 0–100) was drawn on 0–100 as a flat line at the bottom; unbounded metrics get
    // their data's range, bounded ones keep theirs.
    void fullRangeOnlyForBoundedMetrics_data() {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("pad"); // share of the span
        QTest::newRow("log_prob_margin: data")
            << QStringLiteral("log_prob_margin") << 0.7 << 1.3 << 0.05;
        QTest::newRow("word_perplexity: data")
            << QStringLiteral("word_perplexity") << 12.0 << 40.0 << 0.05;
        QTest::newRow("bleu: 0-100") << QStringLiteral("bleu") << 0.0 << 100.0 << 0.02;
        QTest::newRow("unnamed 0-1 values: 0-1") << QStringLiteral("score") << 0.0 << 1.0 << 0.02;
    }

    void fullRangeOnlyForBoundedMetrics() {
        QFETCH(QString, metric);
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(double, pad);
        Curve c = curveWithoutEnds(metric);
        const bool bounded = pad < 0.05;
        const double values[] = {bounded ? 0.4 : lo, bounded ? 0.6 : (lo + hi) / 2,
                                 bounded ? 0.7 : hi};
        keepThreePointsWithoutIntervals(c, values);
        PanelSpec panel;
        panel.yAxis = YAxisMode::Full;
        panel.showChance = false;
        const PanelData d = PanelData::prepare({c}, panel);
        QCOMPARE(d.yAxis, YAxisMode::Full);
        const double span = hi - lo;
        QVERIFY2(std::abs(d.yMin - (lo - pad * span)) < 1e-9, qPrintable(QString::number(d.yMin)));
        QVERIFY2(std::abs(d.yMax - (hi + pad * span)) < 1e-9, qPrintable(QString::number(d.yMax)));
    }

    // Issue #20: 100 subtasks' accuracies multiplied are 0 or about 1e-133. Fitted, that span is
    // one Qt Charts lays out no axis for (it kept the chart before's labels and line and drew no
    // title): a span that small is drawn as none, ±0.5 around the values.
    void spanTooSmallToDrawCountsAsNone() {
        Curve c = curveWithoutEnds();
        const double values[] = {0.0, 0.0, 1.2e-133};
        keepThreePointsWithoutIntervals(c, values);
        PanelSpec panel;
        panel.yAxis = YAxisMode::Fit;
        panel.showChance = panel.showPerfect = false;
        const PanelData d = PanelData::prepare({c}, panel);
        QCOMPARE(d.yMin, -0.5);
        QCOMPARE(d.yMax, 1.2e-133 + 0.5);
        QVERIFY(d.yTicks(d.yMin, d.yMax).size() >= 2);
    }

    // The chance label goes where no point covers it: the right end, else the left, else in.
    void chanceLabelAvoidsPoints_data() {
        QTest::addColumn<QList<double>>("xs"); // points on the chance line (y = 0.5), x in 0–10
        QTest::addColumn<double>("expected");
        QTest::newRow("nothing near the line") << QList<double>{} << 9.0;
        QTest::newRow("large models at chance") << QList<double>{8.6, 9.0, 9.4} << 1.0;
        QTest::newRow("both ends at chance: the middle")
            << QList<double>{0.5, 1.0, 9.0, 9.5} << 5.0;
    }

    void chanceLabelAvoidsPoints() {
        QFETCH(QList<double>, xs);
        QFETCH(double, expected);
        PanelData d;
        PlotSeries far; // well above the line everywhere: never in the way
        for (double x = 0; x <= 10; x += 0.5)
            far.points.append({x, 0.95, -1});
        PlotSeries near;
        for (double x : xs)
            near.points.append({x, 0.5, -1});
        d.series = {far, near};
        QCOMPARE(d.freeLabelX(0.5, 0.0, 10.0, 0.0, 1.0), expected);
    }

    // A task whose options the table knows gets its chance line without a `low` in the data.
    void knownBenchmarkGetsItsChanceLine() {
        Curve c = curve();
        c.low.reset();
        c.key.task = QStringLiteral("winogrande");
        c.key.metric = QStringLiteral("acc");
        const PanelData d = PanelData::prepare({c}, PanelSpec{});
        QCOMPARE(d.chanceLevels, QList<double>{0.5});
        QCOMPARE(d.chanceLabels, QStringList{QStringLiteral("chance 0.5")});
        QVERIFY(!d.chanceUnknown);
        c.key.task = QStringLiteral("arc_challenge"); // 3 to 5 options: unknown
        const PanelData unknown = PanelData::prepare({c}, PanelSpec{});
        QVERIFY(unknown.chanceLevels.isEmpty());
        QVERIFY(unknown.chanceUnknown);
    }
};

QTEST_APPLESS_MAIN(tst_PanelData)
#include "tst_PanelData.moc"
