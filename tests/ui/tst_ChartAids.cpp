// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #15 item 9 / issue #19 item 3 on the real bundled data: chance lines where the task
// defines them, the y-axis menu (full range by default, fit, log, logit, normalised score) on
// screen and in the exported figure.
#include "MainWindow.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/YAxisChooser.h"
#include "session/ViewHistory.h"

#include <QAction>
#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <memory>

using namespace ee;
using namespace ee::ui;

Q_DECLARE_METATYPE(ee::YAxisMode)

namespace {

/// The chance lines of the chart on screen: (y in plot coordinates, label).
QList<std::pair<double, QString>> chanceLines(const ChartView* view) {
    QList<std::pair<double, QString>> out;
    for (auto it = view->built().roles.cbegin(); it != view->built().roles.cend(); ++it) {
        if (it.value().kind != render::SeriesRole::Kind::Chance)
            continue;
        const auto* line = qobject_cast<const QLineSeries*>(it.key());
        if (line && !line->points().isEmpty())
            out.append({line->points().first().y(),
                        line->pointLabelsVisible() ? line->pointLabelsFormat() : QString()});
    }
    return out;
}

std::pair<double, double> yRangeOf(const ChartView* view) {
    const auto* axis = qobject_cast<const QValueAxis*>(view->chart()->axes(Qt::Vertical).first());
    return {axis->min(), axis->max()};
}

} // namespace

class tst_ChartAids : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    ScalingPanel* show(const QString& task, const QString& metric) {
        ScalingPanel* s = m_window->scaling();
        s->showTask({QString(), task, QString()});
        s->setMetric(metric);
        return s;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1024, 700);
        QSignalSpy shown(m_window.get(), &MainWindow::dataShown);
        m_window->openPaths({QStringLiteral(EE_TEST_DATASETS)});
        QVERIFY(shown.wait(60000));
        QCoreApplication::processEvents();
        // Loading data and showing its first task is where the history starts, not a step.
        QVERIFY(!m_window->history()->stack()->canUndo());
    }
    void cleanupTestCase() { m_window.reset(); }

    void chanceLineWhereTheTaskDefinesIt_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("chance"); // NaN: unknown, no line
        // 2-way: the scored write-outs carry low = 0.5 (two options per document); the
        // harness's acc gets it from the table.
        QTest::newRow("winogrande mcg (data)") << "winogrande"
                                               << "multiple_choice_grade" << 0.5;
        QTest::newRow("winogrande acc (table)") << "winogrande"
                                                << "acc" << 0.5;
        QTest::newRow("piqa acc") << "piqa"
                                  << "acc" << 0.5;
        QTest::newRow("MMLU score") << "MMLU"
                                    << "score" << 0.25;
        QTest::newRow("HellaSwag score") << "HellaSwag"
                                         << "score" << 0.25;
        QTest::newRow("ARC: unknown") << "arc_challenge"
                                      << "acc" << qQNaN();
        QTest::newRow("TruthfulQA: unknown") << "TruthfulQA"
                                             << "score" << qQNaN();
    }

    void chanceLineWhereTheTaskDefinesIt() {
        QFETCH(QString, task);
        QFETCH(QString, metric);
        QFETCH(double, chance);
        ScalingPanel* s = show(task, metric);
        s->setYAxis(YAxisMode::Full);
        QCOMPARE(s->selection().task, task);
        QCOMPARE(s->selection().metric, metric);
        const ChartView* view = s->views().first();
        QVERIFY(!view->curves().isEmpty());
        const auto lines = chanceLines(view);
        if (std::isnan(chance)) {
            QVERIFY(lines.isEmpty());
            QVERIFY(view->built().data.chanceUnknown || metric == QLatin1String("score"));
            return;
        }
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().first, chance);
        QCOMPARE(lines.first().second, QStringLiteral("chance %1").arg(chance));
        // What File → Export draws: the same panel, so the same line.
        const auto figure = m_window->currentFigure();
        QVERIFY(figure);
        QCOMPARE(figure->spec.panels.first().yAxis, YAxisMode::Full);
    }

    void yAxisModesOnScreen_data() {
        QTest::addColumn<YAxisMode>("mode");
        QTest::addColumn<double>("lo"); // expected axis range; NaN = check containment only
        QTest::addColumn<double>("hi");
        QTest::newRow("full range (default)") << YAxisMode::Full << -0.02 << 1.02;
        // (acc − 0.5) / 0.5 maps 0–1 to −1–1; 2 % padding.
        QTest::newRow("normalised") << YAxisMode::Normalised << -1.04 << 1.04;
        QTest::newRow("fit") << YAxisMode::Fit << qQNaN() << qQNaN();
        QTest::newRow("log") << YAxisMode::Log << qQNaN() << qQNaN();
        QTest::newRow("logit") << YAxisMode::Logit << qQNaN() << qQNaN();
    }

    void yAxisModesOnScreen() {
        QFETCH(YAxisMode, mode);
        QFETCH(double, lo);
        QFETCH(double, hi);
        ScalingPanel* s = show(QStringLiteral("winogrande"), QStringLiteral("acc"));
        s->setYAxis(mode);
        QCOMPARE(s->yAxisChooser()->mode(), mode);
        const ChartView* view = s->views().first();
        QCOMPARE(view->built().data.yAxis, mode);
        const auto [axisLo, axisHi] = yRangeOf(view);
        if (!std::isnan(lo)) {
            QVERIFY2(std::abs(axisLo - lo) < 1e-9, qPrintable(QString::number(axisLo)));
            QVERIFY2(std::abs(axisHi - hi) < 1e-9, qPrintable(QString::number(axisHi)));
        } else {
            // Fitted: narrower than the metric's range, and every point drawn lies inside.
            YMapping map{mode};
            for (const Curve& c : view->curves())
                for (const CurvePoint& p : c.points) {
                    if (!p.x)
                        continue;
                    const double y = *map.map(p.value);
                    QVERIFY(y >= axisLo && y <= axisHi);
                }
            QVERIFY(axisHi - axisLo < *map.map(0.9) - *map.map(0.1));
        }
        // The chance line follows the mapping: 0 on the normalised axis.
        const auto lines = chanceLines(view);
        QCOMPARE(lines.size(), 1);
        QVERIFY(std::abs(lines.first().first - *YMapping{mode, 0.5, 1.0}.map(0.5)) < 1e-12);
        QCOMPARE(m_window->currentFigure()->spec.panels.first().yAxis, mode);
        QCOMPARE(m_window->currentView().chart.yAxis, mode); // saved with the session
        s->setYAxis(YAxisMode::Full);
    }

    void normalisedIsDisabledWhereChanceIsUnknown() {
        ScalingPanel* s = show(QStringLiteral("arc_challenge"), QStringLiteral("acc"));
        YAxisChooser* chooser = s->yAxisChooser();
        const int row = chooser->findData(int(YAxisMode::Normalised));
        const auto* items = qobject_cast<QStandardItemModel*>(chooser->model());
        QVERIFY(!items->item(row)->isEnabled());
        QVERIFY(chooser->itemData(row, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Normalised score needs the chance level, which "
                                               "is unknown for arc_challenge (acc)")));
        // BLEU is no proportion: no logit; a 2-way task has both.
        show(QStringLiteral("winogrande"), QStringLiteral("acc"));
        QVERIFY(items->item(row)->isEnabled());
        QVERIFY(items->item(chooser->findData(int(YAxisMode::Logit)))->isEnabled());
        // A session naming a mode the curves cannot use falls back, and says so.
        ChartSelection sel =
            show(QStringLiteral("arc_challenge"), QStringLiteral("acc"))->selection();
        sel.yAxis = YAxisMode::Normalised;
        s->setSelection(sel);
        QCOMPARE(s->views().first()->built().data.yAxis, YAxisMode::Full);
        QVERIFY(s->droppedNote().contains(QStringLiteral("the full range is shown")));
        s->setYAxis(YAxisMode::Full);
    }

    // Issue #15 item 9: view changes (task, metric, y axis, zoom) undo and redo step by step,
    // from the Edit menu's actions and from the keyboard.
    void undoRestoresTheView_data() {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("Edit menu") << false;
        QTest::newRow("Ctrl+Z / Ctrl+Shift+Z") << true;
    }

    void undoRestoresTheView() {
        QFETCH(bool, keyboard);
        MainWindow& w = *m_window;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z))
                undo = a;
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))
                redo = a;
        }
        QVERIFY(undo && redo);
        const auto step = [&](QAction* action) {
            if (keyboard)
                QTest::keyClick(&w, Qt::Key_Z,
                                action == undo ? Qt::ControlModifier
                                               : Qt::ControlModifier | Qt::ShiftModifier);
            else
                action->trigger();
            QCoreApplication::processEvents();
        };
        const auto settle = [] { QCoreApplication::processEvents(); };
        ScalingPanel* s = show(QStringLiteral("winogrande"), QStringLiteral("acc"));
        settle();
        show(QStringLiteral("piqa"), QStringLiteral("acc"));
        settle();
        show(QStringLiteral("piqa"), QStringLiteral("acc_norm"));
        settle();
        s->setYAxis(YAxisMode::Log);
        settle();
        s->setXRange(std::make_pair(8.0, 9.0));
        settle();
        QCOMPARE(undo->text(), QStringLiteral("&Undo zoom"));

        step(undo);
        QCOMPARE(s->xRange(), std::nullopt);
        QCOMPARE(s->selection().yAxis, YAxisMode::Log);
        step(undo);
        QCOMPARE(s->selection().yAxis, YAxisMode::Full);
        QCOMPARE(s->views().first()->built().data.yAxis, YAxisMode::Full); // redrawn
        QCOMPARE(s->selection().metric, QStringLiteral("acc_norm"));
        step(undo);
        QCOMPARE(s->selection().task, QStringLiteral("piqa"));
        QCOMPARE(s->selection().metric, QStringLiteral("acc"));
        step(undo);
        QCOMPARE(s->selection().task, QStringLiteral("winogrande"));
        QCOMPARE(s->selection().metric, QStringLiteral("acc"));
        // Undoing does not record steps of its own: redo walks forward again.
        step(redo);
        QCOMPARE(s->selection().task, QStringLiteral("piqa"));
        QCOMPARE(s->selection().metric, QStringLiteral("acc"));
        step(redo);
        QCOMPARE(s->selection().metric, QStringLiteral("acc_norm"));
        step(redo);
        QCOMPARE(s->selection().yAxis, YAxisMode::Log);
        step(redo);
        QCOMPARE(s->xRange(), std::make_optional(std::make_pair(8.0, 9.0)));
        QVERIFY(!redo->isEnabled());
        // A new change after an undo drops the steps ahead.
        step(undo);
        s->setYAxis(YAxisMode::Fit);
        settle();
        QVERIFY(!redo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo y axis: Fit to data"));
        s->setYAxis(YAxisMode::Full);
        settle();
    }
};

QTEST_MAIN(tst_ChartAids)
#include "tst_ChartAids.moc"
