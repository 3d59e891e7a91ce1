// SPDX-License-Identifier: GPL-3.0-or-later
// What the Scaling view draws for a selection (chart/ScalingPlan), on the bundled data and
// without a widget: which metrics get a panel, which families' curves are drawn, the subtask
// limit, the fits and the x range the panels share (issue 16 item 5).
#include "chart/ScalingPlan.h"
#include "chart/SelectionResolution.h"
#include "figure/PanelData.h"
#include "io/DataLoader.h"

#include <QTest>
#include <cmath>

using namespace ee;
using namespace ee::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kWholeTask = QStringLiteral("<whole task>");

struct Zoom {
    double lo, hi;
};
constexpr Zoom kZoom{8.5, 11.0};

} // namespace

class tst_ScalingPlan : public QObject {
    Q_OBJECT
    ScoreTable m_table;
    FamilyStyles m_styles;

private slots:
    void initTestCase() {
        const ImportResult r = DataLoader::load({QStringLiteral(EE_TEST_DATASETS)});
        QVERIFY(!r.diagnostics.hasErrors());
        m_table = r.table;
        m_styles = familyStylesFor(m_table, FigureStyle());
        QVERIFY(m_table.rowCount() > 20000);
    }

    void plansWhatThePanelDraws_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("subtask"); ///< kWholeTask: every subtask
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QStringList>("side"); ///< non-empty: side by side on, these metrics
        QTest::addColumn<bool>("zoom");
        QTest::addColumn<bool>("userHidesTopFamily");
        QTest::addColumn<bool>("viewHidesTopFamily");
        QTest::addColumn<QStringList>("expectMetrics");
        QTest::addColumn<bool>("expectCurves");
        QTest::addColumn<bool>("expectSubtaskNote");

        const QString acc = QStringLiteral("acc");
        const QString ppl = QStringLiteral("ppl");
        const QString none;
        QTest::newRow("one metric")
            << "GSM8K" << none << "accuracy" << QStringList() << false << false << false
            << QStringList{u"accuracy"_s} << true << false;
        QTest::newRow("side by side: one panel per metric")
            << "lambada_openai" << none << acc << QStringList{acc, ppl} << false << false << false
            << QStringList{acc, ppl} << true << false;
        // Llama 2's Winogrande option log-probs: four metrics of one source, a 2 x 2 grid.
        const QStringList four{u"multiple_choice_grade"_s, u"log_prob_margin"_s,
                               u"log_prob_correct_option"_s, u"log_prob_best_incorrect_option"_s};
        QTest::newRow("side by side of four") << "winogrande" << none << four.first() << four
                                              << false << false << false << four << true << false;
        QTest::newRow("side by side needs two metrics")
            << "arc_easy" << none << acc << QStringList{acc} << false << false << false
            << QStringList{acc} << true << false;
        QTest::newRow("zoom on one panel") << "parsinlu_qa" << none << acc << QStringList() << true
                                           << false << false << QStringList{acc} << true << false;
        QTest::newRow("zoom wins over the shared range")
            << "ipa_transliterate" << none << "bleu" << QStringList{u"bleu"_s, u"exact_match"_s}
            << true << false << false << QStringList{u"bleu"_s, u"exact_match"_s} << true << false;
        QTest::newRow("family hidden by the user")
            << "MMLU" << none << "score" << QStringList() << false << true << false
            << QStringList{u"score"_s} << true << false;
        QTest::newRow("family kept off by the view")
            << "MMLU" << none << "score" << QStringList() << false << false << true
            << QStringList{u"score"_s} << true << false;
        QTest::newRow("whole task of 15 subtasks draws none")
            << "mmlu_pro" << kWholeTask << "exact_str_match" << QStringList() << false << false
            << false << QStringList{u"exact_str_match"_s} << false << true;
        QTest::newRow("one of its subtasks")
            << "mmlu_pro"
            << "business"
            << "exact_str_match" << QStringList() << false << false << false
            << QStringList{u"exact_str_match"_s} << true << false;
        QTest::newRow("whole task of 4 subtasks")
            << "arithmetic" << kWholeTask << acc << QStringList() << false << false << false
            << QStringList{acc} << true << false;
        QTest::newRow("no task") << none << none << none << QStringList() << false << false << false
                                 << QStringList{none} << false << false;
    }

    void plansWhatThePanelDraws() {
        QFETCH(QString, task);
        QFETCH(QString, subtask);
        QFETCH(QString, metric);
        QFETCH(QStringList, side);
        QFETCH(bool, zoom);
        QFETCH(bool, userHidesTopFamily);
        QFETCH(bool, viewHidesTopFamily);
        QFETCH(QStringList, expectMetrics);
        QFETCH(bool, expectCurves);
        QFETCH(bool, expectSubtaskNote);

        // The selection as the panel has it: resolved against the data first.
        ChartSelection wanted;
        wanted.task = task;
        if (subtask != kWholeTask)
            wanted.subtask = subtask;
        wanted.metric = metric;
        const ResolvedSelection resolved = resolveSelection(m_table, wanted, side);
        ScalingRequest request;
        request.selection = resolved.selection;
        request.choices = resolved.choices;
        request.sideBySide = !side.isEmpty();
        request.sideMetrics = side.isEmpty() ? resolved.sideMetrics : side;
        request.fits = {{QStringLiteral("sigmoid fit"), QString(), {{9, 0.1}, {11, 0.9}}}};
        if (zoom)
            request.xRange = std::make_pair(kZoom.lo, kZoom.hi);
        QString hiddenFamily;
        if (userHidesTopFamily || viewHidesTopFamily) {
            hiddenFamily = planScalingCharts(m_table, m_styles, request).families.visible.value(0);
            QVERIFY(!hiddenFamily.isEmpty());
            if (userHidesTopFamily)
                request.familyFilter.setFamilyVisible(hiddenFamily, false);
            else
                request.hiddenFamilies = {hiddenFamily};
        }

        const ScalingPlan plan = planScalingCharts(m_table, m_styles, request);
        QCOMPARE(plan.metrics, expectMetrics);
        QCOMPARE(plan.curves.size(), expectMetrics.size());
        QCOMPARE(plan.panels.size(), expectMetrics.size());
        QCOMPARE(!plan.subtaskNote.isEmpty(), expectSubtaskNote);
        const bool several = expectMetrics.size() > 1;
        for (qsizetype i = 0; i < plan.panels.size(); ++i) {
            const PanelSpec& p = plan.panels[i];
            QCOMPARE(p.query.metric, expectMetrics[i]);
            QCOMPARE(p.query.task, task);
            QCOMPARE(p.title, several ? expectMetrics[i] : QStringLiteral(" "));
            QCOMPARE(p.fits.size(), i == 0 ? 1 : 0); // fits belong to the first chart
            QCOMPARE(!plan.curves[i].isEmpty(), expectCurves);
            for (const Curve& c : plan.curves[i]) {
                QVERIFY2(plan.families.visible.contains(plan.families.familyOf(c)),
                         qPrintable(c.key.family));
                QCOMPARE(c.key.metric, expectMetrics[i]);
            }
            // An export names the families only when some are not drawn.
            const bool someOff = plan.families.visible.size() < plan.families.scoresOnChart.size();
            QCOMPARE(p.query.families, someOff ? plan.families.visible : QStringList());
        }
        if (!hiddenFamily.isEmpty()) {
            QVERIFY(!plan.families.visible.contains(hiddenFamily));
            // The user's hide leaves the family among the chart's (greyed in the legend); the
            // view's own keeps it out of the count.
            QCOMPARE(plan.families.scoresOnChart.contains(hiddenFamily), userHidesTopFamily);
        }
        if (zoom) {
            QCOMPARE(plan.xMin, std::optional<double>(kZoom.lo));
            QCOMPARE(plan.xMax, std::optional<double>(kZoom.hi));
        } else if (several) {
            // Aligned small multiples: the union of the panels' own ranges.
            double lo = HUGE_VAL, hi = -HUGE_VAL;
            for (qsizetype i = 0; i < plan.panels.size(); ++i) {
                const PanelData d = PanelData::prepare(plan.curves[i], plan.panels[i]);
                QVERIFY(d.hasRange);
                lo = std::min(lo, d.xMin);
                hi = std::max(hi, d.xMax);
            }
            QCOMPARE(plan.xMin, std::optional<double>(lo));
            QCOMPARE(plan.xMax, std::optional<double>(hi));
        } else {
            QVERIFY(!plan.xMin && !plan.xMax);
        }
    }

    // Fewer families drawn than the chart has: the topN default on a task with 47 families.
    void defaultShowsTheTopFamilies() {
        ChartSelection wanted;
        wanted.task = QStringLiteral("MMLU");
        wanted.metric = QStringLiteral("score");
        const ResolvedSelection resolved = resolveSelection(m_table, wanted);
        ScalingRequest request;
        request.selection = resolved.selection;
        request.choices = resolved.choices;
        const ScalingPlan plan = planScalingCharts(m_table, m_styles, request);
        QCOMPARE(plan.families.visible.size(), qsizetype(FamilyFilter::kDefaultTopN));
        QVERIFY(plan.families.scoresOnChart.size() > FamilyFilter::kDefaultTopN);
        QCOMPARE(plan.panels.first().query.families, plan.families.visible);
    }
};

QTEST_APPLESS_MAIN(tst_ScalingPlan)
#include "tst_ScalingPlan.moc"
