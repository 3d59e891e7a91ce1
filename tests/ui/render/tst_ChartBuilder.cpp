// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTestData.h"
#include "render/ChartBuilder.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QTest>
#include <cmath>
#include <memory>

using namespace ee;
using namespace ee::render;

class tst_ChartBuilder : public QObject {
    Q_OBJECT
private:
    static BuiltChart build(const PanelSpec& panel, QList<Curve>& curves) {
        const ScoreTable t = figtest::table();
        curves = t.curves(panel.query.filter(), panel.query.axis);
        QStringList families;
        for (const Curve& c : curves)
            families << c.key.family;
        FigureStyle style;
        ChartBuilder b(style, FamilyStyles(families, style));
        return b.build(curves, panel);
    }

private slots:
    void mapsSeriesBackToCurvePoints() {
        PanelSpec panel = figtest::spec().panels.first();
        QList<Curve> curves;
        BuiltChart built = build(panel, curves);
        std::unique_ptr<QChart> owner(built.chart);
        QCOMPARE(built.droppedPoints(), 2);
        QVERIFY(built.droppedNote().contains(QStringLiteral("no known")));
        int markerSeries = 0;
        for (QAbstractSeries* s : built.chart->series()) {
            QVERIFY(built.roles.contains(s));
            const SeriesRole role = built.roles.value(s);
            if (role.kind != SeriesRole::Kind::Markers)
                continue;
            ++markerSeries;
            auto* scatter = qobject_cast<QScatterSeries*>(s);
            QVERIFY(scatter);
            const Curve& curve = curves.at(role.curveIndex);
            QCOMPARE(scatter->count(), role.pointIndex.size());
            for (int i = 0; i < scatter->count(); ++i) {
                const CurvePoint& p = curve.points.at(role.pointIndex[i]);
                QCOMPARE(std::pow(10.0, scatter->at(i).x()), *p.x);
                QCOMPARE(scatter->at(i).y(), p.value);
            }
        }
        QCOMPARE(markerSeries, 2);
    }

    void helperSeriesHaveNoLegendMarker() {
        PanelSpec panel = figtest::spec().panels.first();
        QList<Curve> curves;
        BuiltChart built = build(panel, curves);
        QGraphicsScene scene; // legend markers are laid out (and visible) only in a scene
        scene.addItem(built.chart);
        built.chart->resize(400, 300);
        int bands = 0, references = 0;
        for (QAbstractSeries* s : built.chart->series()) {
            const SeriesRole role = built.roles.value(s);
            bands += role.kind == SeriesRole::Kind::Band;
            references +=
                role.kind == SeriesRole::Kind::Chance || role.kind == SeriesRole::Kind::Perfect;
            const bool visible = built.chart->legend()->markers(s).value(0)->isVisible();
            QCOMPARE(visible, role.kind == SeriesRole::Kind::Markers);
        }
        QCOMPARE(bands, 2);      // stderr on every point of both families
        QCOMPARE(references, 2); // chance 0 and perfect 1
        QCOMPARE(built.chart->animationOptions(), QChart::NoAnimation);
        QVERIFY(!built.chart->isDropShadowEnabled());
    }

    void errorBarsAreSegments() {
        PanelSpec panel = figtest::spec().panels.first();
        panel.ci = CiStyle::ErrorBars;
        QList<Curve> curves;
        BuiltChart built = build(panel, curves);
        std::unique_ptr<QChart> owner(built.chart);
        int bars = 0;
        for (QAbstractSeries* s : built.chart->series())
            if (built.roles.value(s).kind == SeriesRole::Kind::ErrorBar) {
                ++bars;
                QCOMPARE(qobject_cast<QXYSeries*>(s)->count(), 2);
            }
        QCOMPARE(bars, 12);
    }

    void logAxisLabelsAreOurs() {
        PanelSpec panel = figtest::spec().panels.first();
        QList<Curve> curves;
        BuiltChart built = build(panel, curves);
        std::unique_ptr<QChart> owner(built.chart);
        auto* x = qobject_cast<QCategoryAxis*>(built.chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY2(x->categoriesLabels().contains(QStringLiteral("1B")),
                 qPrintable(x->categoriesLabels().join(u',')));
        QVERIFY(!x->truncateLabels());
    }
};

QTEST_MAIN(tst_ChartBuilder)
#include "tst_ChartBuilder.moc"
