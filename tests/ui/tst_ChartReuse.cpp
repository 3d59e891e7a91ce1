// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5 (redraw speed): a chart updated in place by ChartBuilder::build(..., reuse) must draw
// exactly like a chart built fresh from the same curves, whatever it showed before, and a redraw
// of the same shape must keep its series (no new Qt Charts items).
//
// The numbers are SYNTHETIC, made up for the test.
#include "render/ChartBuilder.h"

#include <QAbstractSeries>
#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QTest>
#include <QValueAxis>
#include <QXYSeries>
#include <cmath>
#include <memory>

using namespace ee;
using namespace ee::render;

namespace {

/// Families f0..f(n-1), six sizes; "em" has standard errors (bands / error bars), "bleu" none;
/// both have chance and perfect levels.
ScoreTable table(int families) {
    ScoreTable t;
    for (int f = 0; f < families; ++f)
        for (int m = 0; m < 6; ++m)
            for (const char* metric : {"em", "bleu"}) {
                ScoreRow r;
                r.source = QStringLiteral("synthetic");
                r.task = QStringLiteral("task");
                r.family = QStringLiteral("f%1").arg(f);
                r.model = QStringLiteral("m%1-%2").arg(f).arg(m);
                r.scale.params = std::pow(10.0, 8.0 + m * 0.5 + f * 0.1);
                r.metric = QString::fromLatin1(metric);
                const double v = 1.0 / (1.0 + std::exp(-(m - 3.0 - 0.3 * f)));
                const bool em = r.metric == QLatin1String("em");
                r.value = em ? v : 100.0 * std::sqrt(v);
                r.low = 0.0;
                r.high = em ? 1.0 : 100.0;
                if (em)
                    r.stderr_ = 0.03;
                t.append(r);
            }
    return t;
}

struct Case {
    int families = 3;
    QString metric = QStringLiteral("em");
    CiStyle ci = CiStyle::Band;
    bool fits = false;
    bool title = false;
    bool legend = true;
};

BuiltChart buildCase(const Case& c, QChart* reuse, QList<Curve>* curvesOut = nullptr) {
    const ScoreTable t = table(c.families);
    PanelSpec panel;
    panel.query.task = QStringLiteral("task");
    panel.query.metric = c.metric;
    panel.ci = c.ci;
    panel.title = QStringLiteral("title %1").arg(c.metric);
    if (c.fits)
        panel.fits = {FittedCurve{QStringLiteral("fit f0"),
                                  QStringLiteral("f0"),
                                  {QPointF(8.0, 0.05), QPointF(9.5, 0.5), QPointF(11.0, 0.95)}},
                      FittedCurve{QString(), QString(), {QPointF(8.0, 0.1), QPointF(11.0, 0.9)}}};
    const QList<Curve> curves = t.curves(panel.query.filter(), panel.query.axis);
    if (curvesOut)
        *curvesOut = curves;
    QStringList names;
    for (const Curve& cv : curves)
        names << cv.key.family;
    FigureStyle style;
    ChartOptions o;
    o.showTitle = c.title;
    o.showLegend = c.legend;
    o.legendAlignment = c.legend ? Qt::AlignRight : Qt::AlignBottom;
    return ChartBuilder(style, FamilyStyles(names, style)).build(curves, panel, o, reuse);
}

QImage draw(QGraphicsScene& scene, QChart* chart) {
    chart->resize(520, 340);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->layout()->activate();
    scene.setSceneRect(0, 0, 520, 340);
    QImage img(520, 340, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    scene.render(&p, QRectF(0, 0, 520, 340), QRectF(0, 0, 520, 340));
    return img;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class tst_ChartReuse : public QObject {
    Q_OBJECT
private slots:
    void reusedDrawsLikeFresh_data() {
        QTest::addColumn<Case>("before");
        QTest::addColumn<Case>("after");
        QTest::addColumn<bool>("inPlace"); // expected: the chart is updated in place
        const Case base;
        Case bleu = base;
        bleu.metric = QStringLiteral("bleu");
        Case more = base;
        more.families = 6;
        Case fewer = base;
        fewer.families = 1;
        Case fits = base;
        fits.fits = true;
        Case bars = base;
        bars.ci = CiStyle::ErrorBars;
        Case titled = bleu;
        titled.title = true;
        titled.legend = false;
        QTest::newRow("metric toggle (band -> none)") << base << bleu << false;
        QTest::newRow("metric toggle (none -> band)") << bleu << base << false;
        QTest::newRow("more families") << base << more << false;
        QTest::newRow("fewer families") << more << fewer << true;
        QTest::newRow("fits added") << base << fits << false;
        QTest::newRow("fits removed") << fits << base << true;
        QTest::newRow("band -> error bars") << base << bars << false;
        QTest::newRow("error bars -> band") << bars << base << false;
        QTest::newRow("title on, legend off") << base << titled << false;
        QTest::newRow("title off, legend on") << titled << base << false;
        QTest::newRow("same") << base << base << true;
        Case emPlain = base;
        emPlain.ci = CiStyle::None;
        Case bleuPlain = bleu;
        bleuPlain.ci = CiStyle::None;
        Case emPlainFewer = emPlain;
        emPlainFewer.families = 2;
        QTest::newRow("metric toggle, same shape (new ticks)") << emPlain << bleuPlain << true;
        QTest::newRow("metric toggle back") << bleuPlain << emPlain << true;
        QTest::newRow("one family less") << emPlain << emPlainFewer << true;
    }

    void reusedDrawsLikeFresh() {
        QFETCH(Case, before);
        QFETCH(Case, after);
        QFETCH(bool, inPlace);
        QGraphicsScene reusedScene;
        BuiltChart first = buildCase(before, nullptr);
        reusedScene.addItem(first.chart);
        draw(reusedScene, first.chart); // lays out and paints what it showed before
        const int seriesBefore = int(first.chart->series().size());
        BuiltChart reused = buildCase(after, first.chart);
        QCOMPARE(reused.chart == first.chart, inPlace);
        QGraphicsScene newScene; // a new chart is drawn on its own
        if (!inPlace) {
            // The old chart was left as it was, for the caller to free.
            QCOMPARE(int(first.chart->series().size()), seriesBefore);
            newScene.addItem(reused.chart);
        }
        const QImage a = draw(inPlace ? reusedScene : newScene, reused.chart);

        QGraphicsScene freshScene;
        BuiltChart fresh = buildCase(after, nullptr);
        freshScene.addItem(fresh.chart);
        const QImage b = draw(freshScene, fresh.chart);

        // Same structure: series kinds in the same order, same legend.
        const auto rs = reused.chart->series();
        const auto fs = fresh.chart->series();
        QCOMPARE(rs.size(), fs.size());
        for (qsizetype i = 0; i < rs.size(); ++i) {
            QCOMPARE(rs[i]->type(), fs[i]->type());
            QCOMPARE(rs[i]->name(), fs[i]->name());
            QCOMPARE(int(reused.roles.value(rs[i]).kind), int(fresh.roles.value(fs[i]).kind));
            QCOMPARE(reused.chart->legend()->markers(rs[i]).value(0)->isVisible(),
                     fresh.chart->legend()->markers(fs[i]).value(0)->isVisible());
        }
        QCOMPARE(reused.roles.size(), rs.size());
        for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            auto* ra = qobject_cast<QValueAxis*>(reused.chart->axes(o).value(0));
            auto* fa = qobject_cast<QValueAxis*>(fresh.chart->axes(o).value(0));
            QVERIFY(ra && fa);
            QCOMPARE(ra->min(), fa->min());
            QCOMPARE(ra->max(), fa->max());
        }
        QCOMPARE(reused.chart->plotArea(), fresh.chart->plotArea());
        QCOMPARE(a.size(), b.size());
        if (a != b) {
            a.save(QDir::temp().filePath(QStringLiteral("reuse-reused.png")));
            b.save(QDir::temp().filePath(QStringLiteral("reuse-fresh.png")));
        }
        QVERIFY2(a == b, "the reused chart draws differently from a fresh one (images saved in "
                         "the temp folder as reuse-*.png)");
    }

    void sameShapeKeepsSeries() {
        // A metric toggle with the same families keeps every series object: nothing is
        // created or destroyed, only points and styles change.
        Case em;
        em.ci = CiStyle::None;
        Case bleu = em;
        bleu.metric = QStringLiteral("bleu");
        QGraphicsScene scene;
        BuiltChart first = buildCase(em, nullptr);
        scene.addItem(first.chart);
        const auto before = first.chart->series();
        const auto axesBefore = first.chart->axes();
        QList<Curve> curves;
        BuiltChart second = buildCase(bleu, first.chart, &curves);
        QCOMPARE(second.chart->series(), before);
        QCOMPARE(second.chart->axes(), axesBefore);
        // ... and the roles point at the new values.
        for (QAbstractSeries* s : second.chart->series()) {
            const SeriesRole r = second.roles.value(s);
            if (r.kind != SeriesRole::Kind::Markers)
                continue;
            auto* xy = qobject_cast<QXYSeries*>(s);
            QVERIFY(xy);
            QCOMPARE(xy->at(0).y(), curves.at(r.curveIndex).points.at(r.pointIndex[0]).value);
        }
    }
};

QTEST_MAIN(tst_ChartReuse)
#include "tst_ChartReuse.moc"
