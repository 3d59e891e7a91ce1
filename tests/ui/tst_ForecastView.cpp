// SPDX-License-Identifier: GPL-3.0-or-later
// The Forecast tab (issue #19 item 2) on the bundled ObsScaling tables: the fit runs on a
// worker, the summary and the tour's finding state the numbers of the fit on screen, and a
// cutoff that leaves too few training models shows the reason instead of a curve.
#include "MainWindow.h"
#include "chart/ViewFigure.h"
#include "i18n/Language.h"
#include "io/DataLoader.h"
#include "tour/TourBar.h"
#include "views/ForecastView.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace ee;
using namespace ee::ui;

namespace {
std::shared_ptr<const ScoreTable> bundled() {
    const QString dir = QStringLiteral(EE_TEST_DATASETS);
    ImportResult r =
        DataLoader::load({dir + QStringLiteral("/obsscaling_benchmarks.csv"),
                          dir + QStringLiteral("/obsscaling_emergent_capability.csv")});
    return std::make_shared<const ScoreTable>(std::move(r.table));
}
QString num(double v) {
    return QString::number(v, 'g', 3);
}
} // namespace

class tst_ForecastView : public QObject {
    Q_OBJECT
private slots:
    void summaryStatesTheFitOnScreen() {
        ForecastView view;
        view.resize(1000, 640);
        view.setTable(bundled());
        view.waitForIdle();
        const ObservationalResult& r = view.result();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.predictorNames.size(), 3); // capability PC1–PC3 by default
        int outside = 0;
        for (const ObservationalPoint& p : r.points)
            outside += !p.train && p.outside;
        const QString s = view.summary();
        QVERIFY2(s.contains(QStringLiteral("Fitted on %1 models up to 8.4e+22").arg(r.nTrain)),
                 qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("test MSE %1").arg(num(*r.testMse))), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("%1 of the %2 held-out").arg(outside).arg(r.nTest)),
                 qPrintable(s));
        QVERIFY2(
            s.contains(
                QStringLiteral("PC1 carries %1 %").arg(num(100 * r.pca->explainedVariance[0]))),
            qPrintable(s));
        const QString f = view.finding();
        QVERIFY2(f.contains(QStringLiteral("of the %1 larger models").arg(r.nTest)), qPrintable(f));
    }

    // Issue #20: the note on an unknown chance level states the fact in the interface's
    // language; it named the command line's --chance, which the window does not have.
    void unknownChanceIsStatedInTheInterfaceLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("statement");
        QTest::newRow("en") << "en"
                            << "the chance level of ";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "的随机水平未知：假定为 0";
    }
    void unknownChanceIsStatedInTheInterfaceLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, statement);
        QVERIFY(installLanguage(language));
        ForecastView view;
        view.setTable(bundled());
        view.waitForIdle();
        QVERIFY(installLanguage(QStringLiteral("en")));
        QVERIFY2(view.result().ok, qPrintable(view.result().error));
        // The bundled target has no chance level in the data and none known.
        QCOMPARE(view.result().chanceOrigin, QStringLiteral("unknown, 0 assumed"));
        const QString s = view.summary();
        QVERIFY2(s.contains(statement), qPrintable(s));
        QVERIFY2(!s.contains(QLatin1String("--chance")), qPrintable(s));
    }

    void tooFewTrainingModelsShowTheReason() {
        ForecastView view;
        view.setTable(bundled());
        view.waitForIdle();
        auto* slider = view.findChild<QSlider*>();
        QVERIFY(slider);
        slider->setValue(0); // only the smallest model(s) below the cutoff
        view.waitForIdle();
        QVERIFY(!view.result().ok);
        QVERIFY2(view.summary().startsWith(QStringLiteral("No fit: ")), qPrintable(view.summary()));
        QVERIFY(view.finding().isEmpty());
    }

    // The tour's step 10 opens the Forecast tab, and its finding is the fit on screen.
    void tourStepStatesTheForecast() {
        QStandardPaths::setTestModeEnabled(true);
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::dataShown);
        w.openPaths({QStringLiteral(EE_TEST_DATASETS)});
        QVERIFY(shown.wait(60000));
        QVERIFY(w.startTour());
        w.goToTourStep(9);
        QCOMPARE(w.views()->currentWidget(), static_cast<QWidget*>(w.forecast()));
        w.forecast()->waitForIdle();
        const QString finding = w.forecast()->finding();
        QVERIFY(!finding.isEmpty());
        QVERIFY2(w.tourBar()->text().contains(finding.toHtmlEscaped()),
                 qPrintable(w.tourBar()->text()));
        w.stopTour();
    }

    // The settings survive a session file (issue #19 item 3), and the chart exports as a figure
    // with the points and band on screen.
    void settingsRoundTripAndExport() {
        const auto table = bundled();
        ForecastView view;
        view.setTable(table);
        view.waitForIdle();
        ForecastState wanted = view.state();
        QVERIFY(wanted.target.startsWith(QStringLiteral("word_unscrambling")));
        QCOMPARE(*wanted.cutoffFlops, 8.4e22); // Llama-2-7B's, the default
        wanted.predictors = QStringLiteral("flops");
        wanted.withoutGsm8k = true;
        wanted.cutoffFlops = 2.2e22; // between models: snaps to the nearest model's FLOPs
        view.setState(wanted);
        view.waitForIdle();
        const ForecastState got = view.state();
        QCOMPARE(got.predictors, QStringLiteral("flops"));
        QVERIFY(got.withoutGsm8k);
        QVERIFY(got.cutoffFlops && std::abs(std::log10(*got.cutoffFlops / 2.2e22)) < 0.1);
        QCOMPARE(view.result().predictorNames, QStringList{QStringLiteral("log10 FLOPs")});

        ViewState session;
        session.forecast = got;
        const auto reread = ViewState::fromJson(session.toJson());
        QVERIFY(reread && reread->forecast);
        QVERIFY(*reread->forecast == got);
        ForecastView restored;
        restored.setTable(table);
        restored.waitForIdle();
        restored.setState(reread->forecast);
        restored.waitForIdle();
        QVERIFY(restored.state() == got);
        QVERIFY(restored.result().testMse == view.result().testMse);

        // Export: one panel, the three point sets and the fitted sigmoid as drawn.
        const ViewFigure f = figureOfCharts({restored.chartView()}, FigureSpec{});
        QCOMPARE(f.spec.panels.size(), qsizetype(1));
        QVERIFY(!f.spec.panels.first().logX);
        QCOMPARE(f.spec.panels.first().effectiveXLabel(), QStringLiteral("log10 FLOPs"));
        QCOMPARE(f.spec.panels.first().fits.size(), qsizetype(1));
        qsizetype points = 0;
        for (const Curve& c : f.curves.panels.first())
            points += c.points.size();
        QCOMPARE(points, qsizetype(restored.result().points.size()));
        // A held-out model's error bar is its forecast band.
        for (const Curve& c : f.curves.panels.first())
            for (const CurvePoint& p : c.points)
                for (const ObservationalPoint& o : restored.result().points)
                    if (o.model == p.model && !o.train) {
                        QVERIFY(p.ciLow == o.ciLow);
                        QCOMPARE(*p.x, o.x);
                    }
    }
};

QTEST_MAIN(tst_ForecastView)
#include "tst_ForecastView.moc"
