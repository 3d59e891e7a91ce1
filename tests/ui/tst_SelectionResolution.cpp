// SPDX-License-Identifier: GPL-3.0-or-later
// The Scaling view's selection resolution (chart/SelectionResolution) on the bundled data:
// a metric, prompting or shots setting carried over from another task falls back to one with
// data, so the chart is never left empty while the task has curves (issue 15, item 8).
#include "chart/SelectionResolution.h"
#include "io/DataLoader.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace ee;
using namespace ee::ui;

namespace {

constexpr int kAnyShots = -2;     // no shots setting chosen
constexpr int kUnknownShots = -1; // "shots unknown" chosen

ChartSelection wantedSelection(const QString& task, const QString& metric, int shots,
                               const QString& prompting) {
    ChartSelection s;
    s.task = task;
    s.metric = metric;
    s.shotsChosen = shots != kAnyShots;
    if (shots >= 0)
        s.shots = shots;
    s.prompting = prompting;
    return s;
}

int shotsCode(const ChartSelection& s) {
    if (!s.shotsChosen)
        return kAnyShots;
    return s.shots ? *s.shots : kUnknownShots;
}

} // namespace

class tst_SelectionResolution : public QObject {
    Q_OBJECT
    ScoreTable m_table;

private slots:
    void initTestCase() {
        const ImportResult r = DataLoader::load({QStringLiteral(EE_TEST_DATASETS)});
        QVERIFY(!r.diagnostics.hasErrors());
        m_table = r.table;
        QVERIFY(m_table.rowCount() > 20000);
    }

    void resolvesToDataOnBundledTasks_data() {
        QTest::addColumn<QString>("task");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("shots");
        QTest::addColumn<QString>("prompting");
        QTest::addColumn<bool>("userPickedShots");
        QTest::addColumn<QString>("expectMetric");
        QTest::addColumn<int>("expectShots");
        QTest::addColumn<QString>("expectPrompting");

        const QString acc = QStringLiteral("accuracy");
        const QString std_ = QStringLiteral("standard");
        // GSM8K has 0-shot rows only for zero-shot prompting (Kojima et al.); standard
        // prompting's rows (Wei et al.) do not say their shots. The 0-shot choice of the task
        // before used to stay and leave "No curves for accuracy with these settings".
        QTest::newRow("issue15: GSM8K after a 0-shot task")
            << "GSM8K" << acc << 0 << std_ << false << acc << kUnknownShots << std_;
        // Picking 0-shot by hand keeps it: the prompting gives way to one with 0-shot rows.
        QTest::newRow("GSM8K, 0-shot picked")
            << "GSM8K" << acc << 0 << std_ << true << acc << 0 << QStringLiteral("zero_shot");
        QTest::newRow("MultiArith 8-shot chain of thought is kept")
            << "MultiArith" << acc << 8 << QStringLiteral("chain_of_thought") << false << acc << 8
            << QStringLiteral("chain_of_thought");
        QTest::newRow("metric the task lacks") << "GSM8K" << QStringLiteral("bleu") << kAnyShots
                                               << std_ << false << acc << kAnyShots << std_;
        // obsscaling's GSM8K `score` has standard prompting and no shots.
        QTest::newRow("score has one style")
            << "GSM8K" << QStringLiteral("score") << 0 << QStringLiteral("zero_shot_cot") << false
            << QStringLiteral("score") << kUnknownShots << std_;
        // The GPT-3 solutions have no standard prompting: finetuned or verifier-picked.
        QTest::newRow("gsm8k solutions after a 5-shot standard task")
            << "gsm8k" << QStringLiteral("exact_str_match") << 5 << std_ << false
            << QStringLiteral("exact_str_match") << kUnknownShots << QStringLiteral("finetuning");
    }

    void resolvesToDataOnBundledTasks() {
        QFETCH(QString, task);
        QFETCH(QString, metric);
        QFETCH(int, shots);
        QFETCH(QString, prompting);
        QFETCH(bool, userPickedShots);
        QFETCH(QString, expectMetric);
        QFETCH(int, expectShots);
        QFETCH(QString, expectPrompting);
        const ResolvedSelection r =
            resolveSelection(m_table, wantedSelection(task, metric, shots, prompting), {},
                             userPickedShots ? KeepSetting::Shots : KeepSetting::Prompting);
        QCOMPARE(r.selection.metric, expectMetric);
        QCOMPARE(r.selection.prompting, expectPrompting);
        QCOMPARE(shotsCode(r.selection), expectShots);
        QVERIFY(!queryCurves(m_table, r.selection).isEmpty());
        QVERIFY(r.choices.metrics.contains(expectMetric));
    }

    void neverLeavesABundledChartEmpty() {
        // Every task and subtask of the bundled data, every metric, with the settings another
        // task may leave behind: the resolved chart always has curves.
        QSet<QString> seen;
        int checked = 0;
        for (const CurveKey& k : m_table.curveKeys()) {
            const QString id =
                k.task + QLatin1Char('\n') + k.subtask + QLatin1Char('\n') + k.metric;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            for (int shots : {0, 5, kUnknownShots})
                for (const QString& prompting :
                     {QStringLiteral("standard"), QStringLiteral("zero_shot")}) {
                    ChartSelection s = wantedSelection(k.task, k.metric, shots, prompting);
                    s.subtask = k.subtask;
                    const ResolvedSelection r = resolveSelection(m_table, s);
                    QVERIFY2(
                        !queryCurves(m_table, r.selection).isEmpty(),
                        qPrintable(k.label() +
                                   QStringLiteral(" from %1-shot %2").arg(shots).arg(prompting)));
                    QCOMPARE(r.selection.metric, k.metric);
                    ++checked;
                }
        }
        QVERIFY(checked > 1000);
    }

    void sideMetricsKeepWhatTheTaskHas() {
        const ChartSelection s =
            wantedSelection(QStringLiteral("gsm8k"), QStringLiteral("bleu"), kAnyShots, {});
        const ResolvedSelection r = resolveSelection(
            m_table, s,
            {QStringLiteral("bleu"), QStringLiteral("accuracy"), QStringLiteral("rougeL")});
        QCOMPARE(r.sideMetrics, (QStringList{QStringLiteral("bleu"), QStringLiteral("rougeL")}));
        const ResolvedSelection one = resolveSelection(m_table, s, {QStringLiteral("bleu")}, {}, 3);
        QCOMPARE(one.sideMetrics.size(), 3);
        QCOMPARE(one.sideMetrics.first(), QStringLiteral("bleu"));
    }
};

QTEST_APPLESS_MAIN(tst_SelectionResolution)
#include "tst_SelectionResolution.moc"
