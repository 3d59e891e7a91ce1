// SPDX-License-Identifier: GPL-3.0-or-later
// The main window end to end on the offscreen platform: loading, selection, metric toggle,
// sessions, bad files and cancelling.
#include "ChartProbe.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "analysis/CurveClaims.h"
#include "browser/DataBrowser.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "data/DataStore.h"
#include "instances/InstanceView.h"
#include "panels/IssuesPanel.h"
#include "session/ViewState.h"
#include "tour/TourBar.h"
#include "views/DecompositionView.h"
#include "views/SubtaskHeatMap.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QValueAxis>

using namespace ee;
using namespace ee::ui;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void selectingTaskShowsSeriesAndValues() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("add"));
        QCOMPARE(w.scaling()->selection().metric, QStringLiteral("exact_match"));
        const auto series = markerSeries(w.scaling()->views().first());
        QCOMPARE(series.size(), 2);
        QCOMPARE(ys(series.value(QStringLiteral("Alpha"))),
                 (QList<double>{0.01, 0.02, 0.40, 0.90}));
        // Beta's model at scale 0 cannot sit on a log axis: not drawn, but counted and said.
        QCOMPARE(ys(series.value(QStringLiteral("Beta"))), (QList<double>{0.00, 0.05, 0.70}));
        QVERIFY2(w.scaling()->droppedNote().contains(QLatin1String("1 point")),
                 qPrintable(w.scaling()->droppedNote()));
        QCOMPARE(series.value(QStringLiteral("Alpha")).first().x(), 8.0); // log10(1e8)

        // The hover text names the model, its scale and the exact value.
        const ChartView* view = w.scaling()->views().first();
        qsizetype alpha = -1;
        for (qsizetype i = 0; i < view->curves().size(); ++i)
            if (view->curves()[i].key.family == QLatin1String("Alpha"))
                alpha = i;
        QVERIFY(alpha >= 0);
        const QString tip = view->pointText(alpha, 2);
        QVERIFY2(tip.contains(QLatin1String("a-3")) && tip.contains(QLatin1String("10B")) &&
                     tip.contains(QLatin1String("<b>0.4</b>")),
                 qPrintable(tip));
    }

    void copiedChartDataGuardsFormulas() {
        // A model named like a spreadsheet formula must paste as text; numbers stay numbers.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formula.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("source,task,subtask,family,model,params,nonembedding_params,tokens,flops,shots,"
                "prompting,metric,value,stderr,ci_low,ci_high,n,low,high\n"
                "t,sum,,Alpha,=HYPERLINK(1),1e8,,,,0,standard,exact_match,-0.5,,,,,,\n"
                "t,sum,,Alpha,@m2,1e9,,,,0,standard,exact_match,0.25,,,,,,\n");
        f.close();
        MainWindow w;
        QVERIFY(loadAndWait(w, {path}));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("sum"), QString()}));
        w.copyChartData();
        const QString csv = QGuiApplication::clipboard()->text();
        QVERIFY2(csv.contains(QLatin1String(",params,'=HYPERLINK(1),")), qPrintable(csv));
        QVERIFY2(csv.contains(QLatin1String(",-0.5,,,,")), qPrintable(csv));
        QVERIFY2(csv.contains(QLatin1String(",'@m2,")), qPrintable(csv));
        QVERIFY(!csv.contains(QLatin1String(",=HYPERLINK")));
    }

    void metricToggleChangesValuesKeepsZoom() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
        w.scaling()->setXRange(std::make_pair(8.5, 10.5));
        // One click on the BLEU button of the metric toggle.
        QAbstractButton* bleu = nullptr;
        for (QAbstractButton* b : w.scaling()->findChildren<QAbstractButton*>())
            if (b->text() == QLatin1String("bleu"))
                bleu = b;
        QVERIFY(bleu);
        QTest::mouseClick(bleu, Qt::LeftButton);
        QCOMPARE(w.scaling()->selection().metric, QStringLiteral("bleu"));
        const auto series = markerSeries(w.scaling()->views().first());
        QCOMPARE(ys(series.value(QStringLiteral("Alpha"))),
                 (QList<double>{10.5, 20.25, 30.0, 41.75}));
        QCOMPARE(ys(series.value(QStringLiteral("Beta"))), (QList<double>{12.0, 22.0, 33.0}));
        QVERIFY(w.scaling()->xRange());
        QCOMPARE(w.scaling()->xRange()->first, 8.5);
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("add"));
    }

    void sideBySideSharesXRange() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
        w.scaling()->setSideBySide(true);
        const QList<ChartView*> views = w.scaling()->views();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views[0]->built().chart->axes(Qt::Horizontal).size(), 1);
        const auto* a =
            qobject_cast<QValueAxis*>(views[0]->built().chart->axes(Qt::Horizontal).first());
        const auto* b =
            qobject_cast<QValueAxis*>(views[1]->built().chart->axes(Qt::Horizontal).first());
        QVERIFY(a && b);
        QCOMPARE(a->min(), b->min());
        QCOMPARE(a->max(), b->max());
    }

    void decompositionPredictedEqualsCore() {
        // The bundled arithmetic subtasks: the view's predicted composite is core's decompose().
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        DecompositionState d;
        d.task = QStringLiteral("arithmetic");
        d.rule = QStringLiteral("all");
        d.metric = QStringLiteral("acc");
        w.decomposition()->setState(d);
        const DecompositionResult& shown = w.decomposition()->result();
        QVERIFY(shown.ok);
        QVERIFY(w.decomposition()->parts().size() >= 2);
        const DecompositionResult core =
            decompose(w.decomposition()->parts(), *CompositionRule::parse(QStringLiteral("all")));
        QCOMPARE(shown.rows.size(), core.rows.size());
        for (std::size_t i = 0; i < core.rows.size(); ++i) {
            QCOMPARE(shown.rows[i].model, core.rows[i].model);
            QCOMPARE(shown.rows[i].predicted, core.rows[i].predicted);
        }
        // And the chart draws exactly those predicted values.
        const auto series = markerSeries(w.decomposition()->chartView());
        const QList<double> drawn = ys(series.value(QStringLiteral("predicted (all)")));
        QCOMPARE(drawn.size(), qsizetype(core.rows.size()));
        for (std::size_t i = 0; i < core.rows.size(); ++i)
            QCOMPARE(drawn[qsizetype(i)], core.rows[i].predicted);
    }

    void hundredSubtasksBecomeAHeatMap() {
        // 100 operand subtasks cannot be 100 lines: the parts go to a heat map and the chart
        // keeps the whole; four arithmetic subtasks stay lines.
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        DecompositionState d;
        d.task = QStringLiteral("pythia_arithmetic_multiplication");
        w.decomposition()->setState(d);
        QCOMPARE(w.decomposition()->parts().size(), 100);
        QVERIFY(!w.decomposition()->heatMap()->isHidden());
        QCOMPARE(w.decomposition()->heatMap()->grid().rows.size(), 100);
        QVERIFY(markerSeries(w.decomposition()->chartView()).size() <= 2);
        // Issue #20: the whole is drawn on the rule's scale, probability 0–1, titled so. Fitted to
        // its values (0 to about 1e-133) the y span was one Qt Charts lays out no axis for: the
        // chart kept the labels and axis line of the chart before and drew no title.
        const QList<QAbstractAxis*> yAxes =
            w.decomposition()->chartView()->built().chart->axes(Qt::Vertical);
        QCOMPARE(yAxes.size(), 1);
        const auto* y = qobject_cast<QValueAxis*>(yAxes.first());
        QVERIFY(y);
        QVERIFY2(y->min() <= 0.0 && y->max() >= 1.0,
                 qPrintable(QStringLiteral("%1 to %2").arg(y->min()).arg(y->max())));
        QCOMPARE(y->titleText(), QStringLiteral("probability (0–1)"));
        d.task = QStringLiteral("arithmetic");
        w.decomposition()->setState(d);
        QVERIFY(w.decomposition()->heatMap()->isHidden());
        // On the Scaling tab the whole task would be 100 lines per family: it says so instead.
        QVERIFY(w.browser()->select(
            {QString(), QStringLiteral("pythia_arithmetic_multiplication"), std::nullopt}));
        QVERIFY(w.scaling()->currentCurves().isEmpty());
        QVERIFY2(w.scaling()->droppedNote().contains(QLatin1String("100 subtasks")),
                 qPrintable(w.scaling()->droppedNote()));
        QVERIFY(w.browser()->select({QString(), QStringLiteral("pythia_arithmetic_multiplication"),
                                     QStringLiteral("x1=07")}));
        QVERIFY(!w.scaling()->currentCurves().isEmpty());
        QVERIFY(markerSeries(w.decomposition()->chartView()).size() > 2);
    }

    void tourStepsShowTheirView() {
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        QVERIFY(w.startTour());
        QVERIFY(w.tourBar()->text().contains(QLatin1String("Step 1 of 11")));
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("arithmetic"));
        w.goToTourStep(3);
        QVERIFY(w.tourBar()->text().contains(QLatin1String("Step 4 of 11")));
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("ipa_transliterate"));
        QVERIFY(w.scaling()->sideBySide());
        QCOMPARE(w.scaling()->views().size(), 2);
        // Step 5: the same GSM8K outputs under two metrics, scored by the app.
        w.goToTourStep(4);
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("gsm8k"));
        QVERIFY(w.scaling()->sideBySide());
        QCOMPARE(w.scaling()->sideMetrics(), (QStringList{QStringLiteral("exact_str_match"),
                                                          QStringLiteral("calc_steps_reached")}));
        // Its notice says every point on the right lies above its twin on the left: check it on
        // the data shown, point by point.
        QHash<QString, double> solved, steps;
        const ScoreTable& t = w.dataStore()->table();
        for (qsizetype i = 0; i < t.rowCount(); ++i) {
            const ScoreRow r = t.row(i);
            if (r.task != QLatin1String("gsm8k") || !r.subtask.isEmpty())
                continue;
            const QString key = r.model + QLatin1Char('/') + r.prompting;
            if (r.metric == QLatin1String("exact_str_match"))
                solved[key] = r.value;
            else if (r.metric == QLatin1String("calc_steps_reached"))
                steps[key] = r.value;
        }
        QCOMPARE(solved.size(), 4);
        QCOMPARE(steps.keys().size(), 4);
        for (auto it = solved.cbegin(); it != solved.cend(); ++it)
            QVERIFY2(steps.value(it.key()) > it.value(), qPrintable(it.key()));
        w.stopTour();
        QVERIFY(!w.touring());
    }

    // Steps that state a finding compute it from the charts on screen (ee::curveClaim): the
    // sentence is the claim on exactly the curves drawn, and says what the bundled data show.
    void tourFindingsAreComputedFromTheCharts_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // a part of the computed sentence
        QTest::newRow("1 largest step") << 0 << u"largest_step"_s << u"different sizes"_s;
        QTest::newRow("2 steady") << 1 << u"steady"_s << u"climb with no single step"_s;
        // On the bundled IPA data (the families drawn by default) BLEU does not rise more
        // evenly than exact match (the tour used to say it did): the sentence says so.
        QTest::newRow("4 metrics")
            << 3 << u"compare_steps"_s << u"The two metrics rise alike here."_s;
        QTest::newRow("8 prompting")
            << 7 << u"prompt_shift"_s
            << u"In 2 of 2 families every prompting style makes its largest step between the "
               "same two sizes"_s;
        QTest::newRow("9 decline") << 8 << u"decline"_s << u"scores below a smaller one"_s;
    }
    void tourFindingsAreComputedFromTheCharts() {
        QFETCH(int, step);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        QVERIFY(w.startTour());
        w.goToTourStep(step);
        QList<QList<Curve>> panels;
        for (const ChartView* view : w.scaling()->views())
            panels.append(view->curves());
        QVERIFY(!panels.isEmpty() && !panels.first().isEmpty());
        const QString finding = curveClaim(kind, panels);
        qInfo("%s", qPrintable(finding));
        QVERIFY2(finding.contains(expected), qPrintable(finding));
        QVERIFY2(w.tourBar()->text().contains(u"On screen:</b> "_s + finding.toHtmlEscaped()),
                 qPrintable(w.tourBar()->text()));
    }

    // Scores computed in the Instances tab become data: a long CSV in the app's data folder,
    // added to what is loaded, its curve on the Scaling tab (and so in sessions and exports).
    void instanceScoresBecomeData() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        QSignalSpy shown(w.instances(), &InstanceView::tableShown);
        w.openModelOutputs(
            {QStringLiteral(EE_TEST_DATASETS "/examples/gsm8k/example_model_solutions.jsonl.gz")});
        QVERIFY(shown.wait(60000));
        w.instances()->setMetric(QStringLiteral("calc_steps_reached"));
        QVERIFY(shown.wait(60000));
        QSignalSpy loaded(w.dataStore(), &DataStore::loaded);
        const QString path = w.plotInstanceScores();
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(loaded.wait(60000));
        QVERIFY(w.dataStore()->paths().contains(path));
        const ScoreTable& t = w.dataStore()->table();
        int found = 0;
        for (qsizetype i = 0; i < t.rowCount(); ++i) {
            const ScoreRow r = t.row(i);
            if (r.task != QLatin1String("gsm8k"))
                continue;
            ++found;
            QCOMPARE(r.metric, QStringLiteral("calc_steps_reached"));
            QVERIFY2(r.source.contains(QLatin1String("calculator results")), qPrintable(r.source));
            if (r.model == QLatin1String("6B") && r.prompting == QLatin1String("finetuning"))
                QCOMPARE(r.value, 0.3794846455107786); // as gsm8k_gpt3_solutions.csv
        }
        QCOMPARE(found, 4);
        QCOMPARE(w.views()->currentWidget(), static_cast<QWidget*>(w.scaling()));
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("gsm8k"));
        QCOMPARE(w.scaling()->selection().metric, QStringLiteral("calc_steps_reached"));

        // The session keeps the Instances tab: its files and metric come back in a new window.
        const ViewState v = w.currentView();
        QVERIFY(v.instances);
        QCOMPARE(v.instances->metric, QStringLiteral("calc_steps_reached"));
        MainWindow w2;
        QSignalSpy shown2(w2.instances(), &InstanceView::tableShown);
        w2.applyView(v);
        QVERIFY(shown2.wait(60000));
        QCOMPARE(w2.instances()->files(), v.instances->files);
        QCOMPARE(w2.instances()->table()->options().metric, QStringLiteral("calc_steps_reached"));
    }

    // Every tab fits a 1024×700 screen, with normal and with presentation type: a window's
    // minimum size larger than the screen pushes docks and charts off it (and is saved).
    void everyTabFitsASmallScreen() {
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        w.show();
        for (const bool large : {false, true}) {
            w.setPresentationType(large);
            for (int i = 0; i < w.views()->count(); ++i) {
                w.views()->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
                qInfo("%s, tab %d: minimum %dx%d", large ? "presentation" : "normal", i,
                      min.width(), min.height());
                QVERIFY2(min.width() <= 1024 && min.height() <= 700,
                         qPrintable(QStringLiteral("%1 tab %2: %3x%4")
                                        .arg(large ? QStringLiteral("presentation")
                                                   : QStringLiteral("normal"))
                                        .arg(i)
                                        .arg(min.width())
                                        .arg(min.height())));
            }
        }
        // The tour in presentation mode, at every step (the bar's long titles and captions).
        QVERIFY(w.startTour(QString(), true));
        for (int i = 0; i < 11; ++i) {
            w.goToTourStep(i);
            QCoreApplication::processEvents();
            const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
            QVERIFY2(min.width() <= 1024 && min.height() <= 700,
                     qPrintable(QStringLiteral("tour step %1: %2x%3")
                                    .arg(i + 1)
                                    .arg(min.width())
                                    .arg(min.height())));
        }
        w.stopTour();
    }

    // Presentation mode goes full screen with the docks put away, and Esc (stopTour) gives back
    // the window and docks exactly as they were (it used to stay 1,800 px wide, saved so).
    // Large type shrinks on short screens so the log-prob step's charts keep their axis titles
    // at 1024×700 (they had 90 px at 1.5×).
    void presentationTypeShrinksOnShortScreens_data() {
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("scale");
        QTest::newRow("600") << 600 << 1.2;
        QTest::newRow("700") << 700 << 1.2;
        QTest::newRow("800") << 800 << 1.35;
        QTest::newRow("900") << 900 << 1.5;
        QTest::newRow("1080") << 1080 << 1.5;
    }
    void presentationTypeShrinksOnShortScreens() {
        QFETCH(int, height);
        QFETCH(double, scale);
        QCOMPARE(presentationTypeScale(height), scale);
    }

    void presentationModeRestoresTheWindow() {
        MainWindow w;
        QVERIFY(loadAndWait(w, {QStringLiteral(EE_TEST_DATASETS)}));
        w.resize(1000, 650);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100); // the first layout may grow the window to its minimum
        const QSize before = w.size();
        auto* data = w.findChild<QDockWidget*>(QStringLiteral("DataDock"));
        QVERIFY(data && data->isVisible());
        QVERIFY(w.startTour(QString(), true));
        QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
        QVERIFY(w.presentationType());
        QVERIFY(!data->isVisible());
        w.stopTour();
        QTRY_VERIFY(!(w.windowState() & Qt::WindowFullScreen));
        QTRY_COMPARE(w.size(), before);
        QVERIFY(!w.presentationType());
        QVERIFY(data->isVisible());
    }

    void loadingCanBeCancelled() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(loadAndWait(w, {writeUiFixture(dir)}));
        const qsizetype before = w.dataStore()->table().rowCount();
        QSignalSpy cancelled(w.dataStore(), &DataStore::loadCancelled);
        QSignalSpy loaded(w.dataStore(), &DataStore::loaded);
        w.openPaths({QStringLiteral(EE_TEST_SHARED_DATA)});
        QVERIFY(w.dataStore()->isLoading());
        w.dataStore()->cancel();
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!w.dataStore()->isLoading());
        // The data shown before are still there and usable.
        QCOMPARE(w.dataStore()->table().rowCount(), before);
        QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
