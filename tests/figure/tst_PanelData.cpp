// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/PanelData.h"

#include <QTest>
#include <cmath>

using namespace ee;

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
};

QTEST_APPLESS_MAIN(tst_PanelData)
#include "tst_PanelData.moc"
