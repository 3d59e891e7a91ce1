// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's data life cycle: sessions saved and reopened, two sources kept apart,
// a session on regenerated data, a bad file next to a good one.
#include "ChartProbe.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "browser/DataBrowser.h"
#include "chart/ScalingPanel.h"
#include "panels/IssuesPanel.h"
#include "session/ViewState.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ee;
using namespace ee::ui;

class tst_MainWindowSessions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionRoundTrip() {
        QTemporaryDir dir;
        const QString data = writeUiFixture(dir);
        ViewState saved;
        {
            MainWindow w;
            QVERIFY(loadAndWait(w, {data}));
            QVERIFY(w.browser()->select({QString(), QStringLiteral("add"), QString()}));
            w.scaling()->setMetric(QStringLiteral("bleu"));
            w.scaling()->setXRange(std::make_pair(8.25, 10.75));
            saved = w.currentView();
            QVERIFY(w.saveSessionTo(dir.filePath(QStringLiteral("s.json"))));
        }
        QString error;
        const auto loaded = loadSession(dir.filePath(QStringLiteral("s.json")), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), saved.toJson());
        QVERIFY(*loaded == saved);

        // A new window on the session: same data, task, metric and zoom.
        MainWindow w2;
        QSignalSpy shown(&w2, &MainWindow::dataShown);
        QVERIFY(w2.openSession(dir.filePath(QStringLiteral("s.json"))));
        QVERIFY(shown.wait(60000));
        QCOMPARE(w2.scaling()->selection().task, QStringLiteral("add"));
        QCOMPARE(w2.scaling()->selection().metric, QStringLiteral("bleu"));
        QCOMPARE(w2.scaling()->xRange()->second, 10.75);
        QCOMPARE(ys(markerSeries(w2.scaling()->views().first()).value(QStringLiteral("Alpha"))),
                 (QList<double>{10.5, 20.25, 30.0, 41.75}));
    }

    // Two files with the same names: the browser lists them as two sources, the chart shows
    // the chosen one's curves only, a session brings the source back, and pooling draws both
    // as one curve (and is saved too).
    void twoSourcesStayApartInBrowserChartAndSession() {
        QTemporaryDir dir;
        const QStringList data{writeUiFixture(dir, QStringLiteral("a.csv")),
                               writeUiFixture(dir, QStringLiteral("b.csv"))};
        const QString session = dir.filePath(QStringLiteral("s.json"));
        {
            MainWindow w;
            QVERIFY(loadAndWait(w, data));
            QCOMPARE(w.browser()->view()->model()->rowCount(), 2);
            QVERIFY(
                w.browser()->select({QStringLiteral("b.csv"), QStringLiteral("add"), QString()}));
            QCOMPARE(w.scaling()->selection().source, QStringLiteral("b.csv"));
            w.scaling()->setMetric(QStringLiteral("bleu"));
            QCOMPARE(ys(markerSeries(w.scaling()->views().first()).value(QStringLiteral("Alpha"))),
                     (QList<double>{10.5, 20.25, 30.0, 41.75}));
            QVERIFY(w.saveSessionTo(session));
        }
        QString error;
        const auto loaded = loadSession(session, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->chart.source, QStringLiteral("b.csv"));
        QCOMPARE(loaded->poolSources, std::optional<bool>(false));

        MainWindow w2;
        QSignalSpy shown(&w2, &MainWindow::dataShown);
        QVERIFY(w2.openSession(session));
        QVERIFY(shown.wait(60000));
        QCOMPARE(w2.scaling()->selection().source, QStringLiteral("b.csv"));
        QCOMPARE(w2.browser()->current().source, QStringLiteral("b.csv"));

        w2.setPoolSources(true);
        QVERIFY(w2.scaling()->selection().source.isEmpty());
        QCOMPARE(ys(markerSeries(w2.scaling()->views().first()).value(QStringLiteral("Alpha"))),
                 (QList<double>{10.5, 10.5, 20.25, 20.25, 30.0, 30.0, 41.75, 41.75}));
        const ViewState pooled = w2.currentView();
        QCOMPARE(pooled.poolSources, std::optional<bool>(true));
        QCOMPARE(ViewState::fromJson(pooled.toJson())->poolSources, std::optional<bool>(true));
    }

    void sessionSurvivesRegeneratedData() {
        // The data file is rewritten (regenerated) with the saved metric gone: the task still
        // shows, and the issues panel says what changed.
        QTemporaryDir dir;
        const QString data = writeUiFixture(dir);
        ViewState v;
        v.dataPaths = {data};
        v.chart.task = QStringLiteral("add");
        v.chart.metric = QStringLiteral("rouge");
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::dataShown);
        w.applyView(v);
        QVERIFY(shown.wait(60000));
        QCOMPARE(w.scaling()->selection().task, QStringLiteral("add"));
        QCOMPARE(w.scaling()->selection().metric, QStringLiteral("exact_match"));
        QVERIFY(w.issues()->lines().join(QLatin1Char('\n')).contains(QLatin1String("rouge")));
    }

    void badFileShowsIssueWindowUsable() {
        QTemporaryDir dir;
        const QString good = writeUiFixture(dir);
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("source,task,subtask,family,model,params,nonembedding_params,tokens,flops,shots,"
                "prompting,metric,value,stderr,ci_low,ci_high,n,low,high\n"
                "t,broken,,Alpha,a-1,1e8,,,,2,standard,exact_match,not-a-number,,,,,,\n");
        f.close();
        MainWindow w;
        QVERIFY(loadAndWait(w, {good, bad}));
        QVERIFY(w.issues()->count() > 0);
        QVERIFY2(w.issues()->lines().join(QLatin1Char('\n')).contains(QLatin1String("bad.csv:2")),
                 qPrintable(w.issues()->lines().join(QLatin1Char('\n'))));
        // The good file's data are all there and the window still works.
        QVERIFY(w.browser()->select({QString(), QStringLiteral("copy"), QString()}));
        QCOMPARE(ys(markerSeries(w.scaling()->views().first()).value(QStringLiteral("Alpha"))),
                 (QList<double>{0.5, 0.6, 0.7}));
    }
};

QTEST_MAIN(tst_MainWindowSessions)
#include "tst_MainWindowSessions.moc"
