// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #15 item 9 / issue #19 item 3 on the real bundled data: chance lines where the task
// defines them, the y-axis menu (full range by default, fit, log, logit, normalised score) on
// screen and in the exported figure.
#include "MainWindow.h"
#include "chart/ChartView.h"
#include "chart/ScalingPanel.h"
#include "chart/YAxisChooser.h"

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
};

QTEST_MAIN(tst_ChartAids)
#include "tst_ChartAids.moc"
