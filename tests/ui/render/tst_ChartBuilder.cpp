// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureTestData.h"
#include "chart/ScreenStyle.h"
#include "render/ChartBuilder.h"
#include "render/YTitleFitter.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
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

    // Issue #20: a chart as narrow as each of the toy model's three at 1,024×700 (223 × 257 px
    // on screen). Its log x axis from 10M to 10T labelled every decade, run together, with
    // "10T" cut at the chart's edge; its y title over the labels "0", "2", "4" was cut to "⋮"
    // in Chinese.
    void narrowChartKeepsItsTextWhole_data() {
        QTest::addColumn<QString>("yTitle");
        QTest::newRow("English") << QStringLiteral("wrong tokens per answer");
        QTest::newRow("Chinese") << QStringLiteral("每个答案的错误 token 数");
    }

    void narrowChartKeepsItsTextWhole() {
        QFETCH(QString, yTitle);
        QGraphicsScene scene;
        const BuiltChart built = narrowChart(yTitle, scene);
        auto* x = qobject_cast<QCategoryAxis*>(built.chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        const QStringList labels = x->categoriesLabels();
        QVERIFY2(labels.size() >= 2 && labels.size() < 7, qPrintable(labels.join(u',')));
        const QRectF plot = built.chart->plotArea();
        const QFontMetricsF fm(x->labelsFont());
        double previousRight = -1e9;
        for (const QString& l : labels) {
            const double centre =
                plot.left() + (x->endValue(l) - x->min()) / (x->max() - x->min()) * plot.width();
            const double half = fm.horizontalAdvance(l) / 2;
            QVERIFY2(centre - half > previousRight, qPrintable(l)); // apart from the one before
            QVERIFY2(centre + half <= built.chart->size().width(), qPrintable(l)); // inside
            previousRight = centre + half;
        }

        QString drawnTitle;
        std::function<void(QGraphicsItem*)> find = [&](QGraphicsItem* item) {
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item); t && t->rotation() == 270)
                drawnTitle = t->toPlainText();
            for (QGraphicsItem* child : item->childItems())
                find(child);
        };
        find(built.chart);
        QCOMPARE(drawnTitle, yTitle);
    }

    void longYTitleGoesOnLinesNotCut_data() {
        QTest::addColumn<QString>("yTitle");
        QTest::addColumn<QString>("word"); // a piece that must stay whole on one line
        // The log-prob view's margin title, cut to "mean gap, correct − best incorre…" before.
        QTest::newRow("English") << QStringLiteral("mean gap, correct − best incorrect (nats)")
                                 << QStringLiteral("(nats)");
        // A metric id with its Chinese name, cut to "log_likelihood_…" in large type.
        QTest::newRow("metric id")
            << QStringLiteral("log_likelihood_derived（对数似然，由困惑度换算）")
            << QStringLiteral("derived");
    }

    void longYTitleGoesOnLinesNotCut() {
        QFETCH(QString, yTitle);
        QFETCH(QString, word);
        QGraphicsScene scene;
        const BuiltChart built = narrowChart(yTitle, scene);
        QGraphicsTextItem* drawn = nullptr;
        std::function<void(QGraphicsItem*)> find = [&](QGraphicsItem* item) {
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item); t && t->rotation() == 270)
                drawn = t;
            for (QGraphicsItem* child : item->childItems())
                find(child);
        };
        find(built.chart);
        QVERIFY(drawn);
        // Every character drawn, on two or more lines, each no longer than the plot is high.
        const QStringList lines =
            drawn->toPlainText().replace(QChar::LineSeparator, u'\n').split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(drawn->toPlainText()));
        QCOMPARE(lines.join(QString()).remove(u' '), QString(yTitle).remove(u' '));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [&](const QString& l) { return l.contains(word); }));
        const QFontMetricsF fm(drawn->font());
        for (const QString& l : std::as_const(lines))
            QVERIFY2(fm.horizontalAdvance(l) <= built.chart->plotArea().height() + 0.5,
                     qPrintable(l));
    }

    void wrapTitleBreaksBetweenWords() {
        const QFont font = ChartBuilder(ui::screenStyle(), FamilyStyles({}, ui::screenStyle()))
                               .font(10, ChartBuilder::screenUnitsPerPt());
        const QString title = QStringLiteral("log_likelihood_derived");
        QCOMPARE(wrapTitle(title, font, 1e6), QStringList{title}); // fits: one line, as given
        const QFontMetricsF fm(font);
        // After an underscore, not inside a word; before a bracket; three lines at most.
        QCOMPARE(wrapTitle(title, font, fm.horizontalAdvance(QStringLiteral("log_likelihood_"))),
                 (QStringList{QStringLiteral("log_likelihood_"), QStringLiteral("derived")}));
        QCOMPARE(wrapTitle(QStringLiteral("mean gap (nats)"), font,
                           fm.horizontalAdvance(QStringLiteral("mean gap"))),
                 (QStringList{QStringLiteral("mean gap"), QStringLiteral("(nats)")}));
        QCOMPARE(wrapTitle(title, font, 1.0).size(), 3);
    }

private:
    /// A 223 × 257 chart on a scene, laid out, whose y axis is titled `yTitle`.
    static BuiltChart narrowChart(const QString& yTitle, QGraphicsScene& scene) {
        Curve c;
        c.key.task = QStringLiteral("toy model");
        c.key.metric = QStringLiteral("tokens");
        c.key.family = QStringLiteral("edit distance");
        c.axis = ScaleAxis::Params;
        for (int e = 7; e <= 13; ++e)
            c.points.append({QStringLiteral("m%1").arg(e),
                             QStringLiteral("simulated"),
                             std::pow(10.0, e),
                             5.0 * (13 - e) / 6.0,
                             {},
                             {},
                             {},
                             {}});
        PanelSpec panel;
        panel.query.task = c.key.task;
        panel.title = QStringLiteral("Edit distance (SIMULATED)");
        panel.xLabel = QStringLiteral("parameters N (simulated)");
        panel.yLabel = yTitle;
        panel.showChance = panel.showPerfect = false;
        const FigureStyle style = ui::screenStyle();
        const ChartBuilder b(style, FamilyStyles({c.key.family}, style));
        ChartOptions o;
        o.unitsPerPt = ChartBuilder::screenUnitsPerPt();
        o.showLegend = false;
        BuiltChart built = b.build({c}, panel, o);
        scene.addItem(built.chart);
        built.chart->resize(223, 257);
        // Qt Charts lays out on posted requests; the fitters' changes post one more.
        for (int i = 0; i < 4; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return built;
    }
};

QTEST_MAIN(tst_ChartBuilder)
#include "tst_ChartBuilder.moc"
