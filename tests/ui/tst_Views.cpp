// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 5 views: the log-prob view's multiple-choice option view (correct vs best incorrect and
// their gap) and its training-checkpoint toggle, the (L, B) map of tasks (tour step 3),
// presentation type on every view, and a readable analysis dock.
//
// The tables built here are SYNTHETIC (made up for the tests) unless they load EE_TEST_DATASETS.
#include "MainWindow.h"
#include "UiFixture.h"
#include "browser/DataBrowser.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "data/DataStore.h"
#include "io/DataLoader.h"
#include "panels/AnalysisPanel.h"
#include "tour/TourBar.h"
#include "views/DecompositionView.h"
#include "views/LogProbView.h"
#include "views/TaskMapView.h"
#include "views/ToyModelView.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDir>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>

using namespace ee;
using namespace ee::ui;

namespace {

ScoreRow row(const QString& task, const QString& family, const QString& model, double params,
             const QString& metric, double value, std::optional<qint64> n = 100) {
    ScoreRow r;
    r.source = QStringLiteral("synthetic");
    r.task = task;
    r.family = family;
    r.model = model;
    r.scale.params = params;
    r.shots = 0;
    r.prompting = prompting::standard;
    r.metric = metric;
    r.value = value;
    r.n = n;
    return r;
}

/// "mc": scored multiple choice for three sizes (grade, the correct and best incorrect
/// option's log-probs and their gap, in nats) plus a `p_correct` that must not be taken for
/// accuracy. "lm": accuracy and perplexity for a family by size and one of training checkpoints.
std::shared_ptr<ScoreTable> table() {
    auto t = std::make_shared<ScoreTable>();
    const double sizes[] = {1e8, 1e9, 1e10};
    const double grade[] = {0.50, 0.55, 0.80};
    const double correct[] = {-9.5, -8.0, -6.25};
    const double incorrect[] = {-9.75, -8.5, -7.5};
    for (int i = 0; i < 3; ++i) {
        const QString model = QStringLiteral("m%1").arg(i);
        t->append(row(QStringLiteral("mc"), QStringLiteral("Fam"), model, sizes[i],
                      QStringLiteral("multiple_choice_grade"), grade[i]));
        t->append(row(QStringLiteral("mc"), QStringLiteral("Fam"), model, sizes[i],
                      QStringLiteral("p_correct"), 0.5 + 0.1 * i));
        t->append(row(QStringLiteral("mc"), QStringLiteral("Fam"), model, sizes[i],
                      QStringLiteral("log_prob_correct_option"), correct[i]));
        t->append(row(QStringLiteral("mc"), QStringLiteral("Fam"), model, sizes[i],
                      QStringLiteral("log_prob_best_incorrect_option"), incorrect[i]));
        t->append(row(QStringLiteral("mc"), QStringLiteral("Fam"), model, sizes[i],
                      QStringLiteral("log_prob_margin"), correct[i] - incorrect[i]));
    }
    for (int i = 0; i < 3; ++i) {
        const QString model = QStringLiteral("s%1").arg(i);
        t->append(row(QStringLiteral("lm"), QStringLiteral("Size"), model, sizes[i],
                      QStringLiteral("acc"), 0.3 + 0.2 * i));
        t->append(row(QStringLiteral("lm"), QStringLiteral("Size"), model, sizes[i],
                      QStringLiteral("ppl"), 30.0 - 10 * i));
        const QString step = QStringLiteral("ckpt step %1").arg(i);
        t->append(row(QStringLiteral("lm"), QStringLiteral("ckpt (training)"), step, 1e9,
                      QStringLiteral("acc"), 0.2 + 0.1 * i));
        t->append(row(QStringLiteral("lm"), QStringLiteral("ckpt (training)"), step, 1e9,
                      QStringLiteral("ppl"), 40.0 - 5 * i));
    }
    return t;
}

ChartSelection task(const QString& name) {
    ChartSelection s;
    s.task = name;
    return s;
}

QStringList shownMetrics(const ScalingPanel* p) {
    QStringList out;
    for (const ChartView* v : p->views())
        out << (v->curves().isEmpty() ? QString() : v->curves().first().key.metric);
    return out;
}

QStringList shownFamilies(const ScalingPanel* p) {
    QStringList out;
    for (const ChartView* v : p->views())
        for (const Curve& c : v->curves())
            if (!out.contains(c.key.family))
                out << c.key.family;
    return out;
}

double titlePt(const ChartView* v) {
    return v->chart()->titleFont().pointSizeF();
}

} // namespace

class tst_Views : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void optionSeriesShareOneChart() {
        const auto t = LogProbView::withOptionSeries(table());
        CurveFilter f;
        f.task = QStringLiteral("mc");
        f.metric = LogProbView::optionsMetric();
        const QList<Curve> curves = t->curves(f, ScaleAxis::Params);
        QCOMPARE(curves.size(), 2);
        QStringList families;
        for (const Curve& c : curves)
            families << c.key.family;
        families.sort();
        QCOMPARE(families, (QStringList{QStringLiteral("Fam · correct option"),
                                        QStringLiteral("Fam · incorrect option (most likely)")}));
        for (const Curve& c : curves) {
            const bool correct = c.key.family.endsWith(LogProbView::correctSuffix());
            QCOMPARE(c.points.size(), 3);
            QCOMPARE(c.points[2].value, correct ? -6.25 : -7.5); // the rows' own values
            QCOMPARE(c.points[2].n, std::optional<qint64>(100));
        }
        // A table without option log-probs is passed through untouched.
        auto plain = std::make_shared<ScoreTable>();
        plain->append(row(QStringLiteral("lm"), QStringLiteral("F"), QStringLiteral("a"), 1e8,
                          QStringLiteral("acc"), 0.5));
        QCOMPARE(LogProbView::withOptionSeries(plain).get(), plain.get());
    }

    void multipleChoiceShowsCorrectVsBestIncorrect() {
        LogProbView v;
        v.resize(1000, 700);
        v.setTable(table());
        v.follow(task(QStringLiteral("mc")));
        QCOMPARE(shownMetrics(v.panel()),
                 (QStringList{QStringLiteral("multiple_choice_grade"), LogProbView::optionsMetric(),
                              QStringLiteral("log_prob_margin")}));
        QVERIFY2(v.noteText().contains(QLatin1String("most likely wrong option")),
                 qPrintable(v.noteText()));
        QVERIFY2(v.noteText().contains(QLatin1String("nats")), qPrintable(v.noteText()));
        QCOMPARE(v.panel()->views().at(1)->curves().size(), 2);
        const ChartView* gap = v.panel()->views().at(2);
        QCOMPARE(gap->curves().size(), 1);
        QCOMPARE(gap->curves().first().points.size(), 3);
        QCOMPARE(gap->curves().first().points[2].value, 1.25);
        // The y axes say the unit.
        QCOMPARE(v.panel()->currentPanel().yLabel, QStringLiteral("multiple_choice_grade"));
        QVERIFY(v.panel()
                    ->views()
                    .at(1)
                    ->chart()
                    ->axes(Qt::Vertical)
                    .first()
                    ->titleText()
                    .contains(QLatin1String("nats")));
        QVERIFY(v.panel()
                    ->views()
                    .at(2)
                    ->chart()
                    ->axes(Qt::Vertical)
                    .first()
                    ->titleText()
                    .contains(QLatin1String("nats")));
    }

    void optionScoresFoundAtTheirShots() {
        // Following a 2-shot selection still finds option scores stored for 0 shots.
        LogProbView v;
        v.setTable(table());
        ChartSelection s = task(QStringLiteral("mc"));
        s.shotsChosen = true;
        s.shots = 2;
        v.follow(s);
        QCOMPARE(v.panel()->views().size(), 3);
        QCOMPARE(v.panel()->views().at(1)->curves().size(), 2);
        QCOMPARE(v.panel()->selection().shots, std::optional<int>(0));
    }

    void bundledWinograndeOptionLogProbs() {
        // The app's own data: the MC part shows the Llama-2 WinoGrande points with the numbers
        // of datasets/llama2_winogrande_option_logprobs.csv, read here independently.
        const QString file = QDir(QStringLiteral(EE_TEST_DATASETS))
                                 .filePath(QStringLiteral("llama2_winogrande_option_logprobs.csv"));
        const ImportResult bundled = DataLoader::load({file});
        QVERIFY(!bundled.diagnostics.hasErrors());
        QHash<QString, double> expected; // "family|metric|params" → value
        for (qsizetype i = 0; i < bundled.table.rowCount(); ++i) {
            const ScoreRow r = bundled.table.row(i);
            expected.insert(r.family + QLatin1Char('|') + r.metric + QLatin1Char('|') +
                                QString::number(*r.scale.params),
                            r.value);
        }
        QCOMPARE(expected.size(), 8);

        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        w.scaling()->showTask({QString(), QStringLiteral("winogrande"), QString()});
        w.views()->setCurrentWidget(w.logProb());
        LogProbView* v = w.logProb();
        QCOMPARE(shownMetrics(v->panel()),
                 (QStringList{QStringLiteral("multiple_choice_grade"), LogProbView::optionsMetric(),
                              QStringLiteral("log_prob_margin")}));
        QCOMPARE(v->panel()->selection().shots, std::optional<int>(5));
        const QList<ChartView*> views = v->panel()->views();
        int checked = 0;
        for (int panel = 0; panel < views.size(); ++panel)
            for (const Curve& c : views[panel]->curves()) {
                QString family = c.key.family;
                QString metric = c.key.metric;
                if (panel == 1) {
                    const bool correct = family.endsWith(LogProbView::correctSuffix());
                    QVERIFY(correct || family.endsWith(LogProbView::bestIncorrectSuffix()));
                    family.chop((correct ? LogProbView::correctSuffix()
                                         : LogProbView::bestIncorrectSuffix())
                                    .size());
                    metric = correct ? QStringLiteral("log_prob_correct_option")
                                     : QStringLiteral("log_prob_best_incorrect_option");
                }
                QCOMPARE(family, QStringLiteral("Llama-2"));
                QCOMPARE(c.points.size(), 2); // 7B and 13B
                for (const CurvePoint& p : c.points) {
                    const QString key = family + QLatin1Char('|') + metric + QLatin1Char('|') +
                                        QString::number(*p.x);
                    QVERIFY2(expected.contains(key), qPrintable(key));
                    QCOMPARE(p.value, expected.value(key));
                    QVERIFY(p.ciLow && p.ciHigh); // bootstrap intervals drawn as bands
                    ++checked;
                }
            }
        QCOMPARE(checked, 8);
        // The log-probs are below zero and the correct option is ahead on average.
        QVERIFY(views[2]->curves().first().points[0].value > 0);

        // Issue #20: on "Full range" (the default) the gap, unbounded and about a nat here, is
        // drawn on its data's range, not on 0–100 as a flat line at the bottom.
        QCOMPARE(v->panel()->selection().yAxis, YAxisMode::Full);
        double lo = 0, hi = 0; // the gap's values and interval ends
        bool first = true;
        for (const CurvePoint& p : views[2]->curves().first().points)
            for (double e : {p.value, *p.ciLow, *p.ciHigh}) {
                lo = first ? e : std::min(lo, e);
                hi = first ? e : std::max(hi, e);
                first = false;
            }
        const auto* y = qobject_cast<QValueAxis*>(views[2]->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QVERIFY2(y->min() <= lo && y->max() >= hi && y->max() - y->min() < 2 * (hi - lo),
                 qPrintable(QStringLiteral("axis %1 to %2, data %3 to %4")
                                .arg(y->min())
                                .arg(y->max())
                                .arg(lo)
                                .arg(hi)));
    }

    void taskWithoutOptionScoresSaysSo() {
        LogProbView v;
        v.setTable(table());
        v.follow(task(QStringLiteral("lm")));
        QCOMPARE(shownMetrics(v.panel()),
                 (QStringList{QStringLiteral("acc"), QStringLiteral("ppl")}));
        QVERIFY2(v.noteText().contains(QLatin1String("lm has no multiple-choice option scores")),
                 qPrintable(v.noteText()));
        QVERIFY2(v.noteText().contains(QLatin1String("tasks that have them: mc")),
                 qPrintable(v.noteText()));
    }

    void trainingCheckpointsHiddenByDefault() {
        LogProbView v;
        v.setTable(table());
        v.follow(task(QStringLiteral("lm")));
        QVERIFY(!v.showTraining());
        QCOMPARE(shownFamilies(v.panel()), QStringList{QStringLiteral("Size")});
        QVERIFY(v.noteText().contains(QLatin1String("1 training-checkpoint family hidden")));
        v.setShowTraining(true);
        QCOMPARE(shownFamilies(v.panel()).size(), 2);
        QVERIFY(shownFamilies(v.panel()).contains(QStringLiteral("ckpt (training)")));
        v.setShowTraining(false);
        QCOMPARE(shownFamilies(v.panel()), QStringList{QStringLiteral("Size")});
    }

    void taskMapPlotsEveryCurveWithBothNumbers() {
        QList<BrowserRow> rows;
        const auto add = [&rows](const QString& task, std::optional<double> b,
                                 std::optional<double> l, const QString& flag) {
            BrowserRow r;
            r.source = QStringLiteral("s");
            r.task = task;
            r.breakthroughness = b;
            r.linearity = l;
            r.flag = flag;
            rows << r;
        };
        add(QStringLiteral("a"), 20.0, 1.5, QStringLiteral("emergent"));
        add(QStringLiteral("b"), 2.0, 8.0, QStringLiteral("smooth"));
        add(QStringLiteral("c"), 1.0, 7.0, QStringLiteral("smooth"));
        add(QStringLiteral("d"), std::nullopt, 3.0, QString());
        add(QStringLiteral("e"), 0.5, 0.1, QString());
        TaskMapView map;
        map.setRows(rows);
        QCOMPARE(map.pointCount(), 4);
        QCOMPARE(map.missingCount(), 1);
        const auto perFlag = map.pointsPerFlag();
        QCOMPARE(perFlag.value(QStringLiteral("emergent")), 1);
        QCOMPARE(perFlag.value(QStringLiteral("smooth")), 2);
        QCOMPARE(perFlag.value(QStringLiteral("no flag")), 1);
        QVERIFY(!map.selectedPoint());
        map.setSelected({QStringLiteral("s"), QStringLiteral("b"), QString()});
        QCOMPARE(map.selectedPoint(), std::optional<QPointF>(QPointF(8.0, 2.0)));
        map.setSelected({QStringLiteral("s"), QStringLiteral("d"), QString()});
        QVERIFY(!map.selectedPoint()); // no point: no ring
    }

    void tourStepThreeShowsTheTaskMap() {
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        QVERIFY(w.startTour());
        w.goToTourStep(2);
        QVERIFY(w.tourBar()->text().contains(QLatin1String("Step 3 of 11")));
        QCOMPARE(w.views()->currentWidget(), w.taskMap());
        qsizetype withBoth = 0;
        for (const BrowserRow& r : w.dataStore()->browserRows())
            withBoth += r.breakthroughness && r.linearity && std::isfinite(*r.breakthroughness) &&
                        std::isfinite(*r.linearity);
        QVERIFY(withBoth > 10);
        QCOMPARE(w.taskMap()->pointCount(), withBoth);
        // The step's task is ringed, at its browser numbers.
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("word_unscrambling"));
        QVERIFY(w.taskMap()->selectedPoint().has_value());
        w.stopTour();
    }

    void presentationTypeEnlargesEveryView() {
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        w.logProb()->follow(w.scaling()->selection());
        const double scaling = w.scaling()->style().titlePt;
        const double logProb = w.logProb()->panel()->style().titlePt;
        const double decomposition = titlePt(w.decomposition()->chartView());
        const double toy = titlePt(w.toyModel()->chartViews().first());
        const double map = w.taskMap()->chartView()->chart()->titleFont().pointSizeF();
        const double caption = w.tourBar()->font().pointSizeF();
        w.setPresentationType(true);
        QVERIFY(w.scaling()->style().titlePt > 1.5 * scaling);
        QVERIFY(w.logProb()->panel()->style().titlePt > 1.5 * logProb);
        QVERIFY(titlePt(w.decomposition()->chartView()) > 1.5 * decomposition);
        QVERIFY(titlePt(w.toyModel()->chartViews().first()) > 1.5 * toy);
        QVERIFY(w.taskMap()->chartView()->chart()->titleFont().pointSizeF() > 1.5 * map);
        QVERIFY(w.tourBar()->font().pointSizeF() > 1.4 * caption);
        // The chart area takes the space of the data and issues docks.
        QVERIFY(w.browser()->isHidden() || !w.browser()->parentWidget()->isVisibleTo(&w));
        w.setPresentationType(true); // twice: still restores what was shown before
        w.setPresentationType(false);
        QVERIFY(w.browser()->parentWidget()->isVisibleTo(&w));
        QCOMPARE(w.scaling()->style().titlePt, scaling);
        QCOMPARE(titlePt(w.decomposition()->chartView()), decomposition);
        QCOMPARE(w.tourBar()->font().pointSizeF(), caption);
    }

    void analysisDockIsReadable() {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int chars = w.analysis()->fontMetrics().averageCharWidth();
        QVERIFY2(w.analysis()->width() >= 40 * chars,
                 qPrintable(QStringLiteral("%1 px for %2 px per character")
                                .arg(w.analysis()->width())
                                .arg(chars)));
    }
};

QTEST_MAIN(tst_Views)
#include "tst_Views.moc"
