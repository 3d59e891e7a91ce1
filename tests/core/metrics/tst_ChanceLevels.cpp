// SPDX-License-Identifier: GPL-3.0-or-later
// Chance levels (issue #15 item 9, issue #19 item 3): derived from the options the data define
// (target scores of multiple-choice examples, here the real Llama-2 WinoGrande write-out files
// in ../shared/data), from the small table of fixed-option benchmarks, and unknown otherwise.
#include "ExampleTestHelpers.h"
#include "io/examples/ExampleReaders.h"
#include "model/ChanceLevel.h"
#include "model/ScoreTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ee;

using ScoreLists = QList<QList<double>>;
Q_DECLARE_METATYPE(ScoreLists)

class tst_ChanceLevels : public QObject {
    Q_OBJECT
private slots:
    void fromTargetScores_data();
    void fromTargetScores();
    void winograndeWriteOutHasChanceOneHalf_data();
    void winograndeWriteOutHasChanceOneHalf();
    void knownBenchmarks_data();
    void knownBenchmarks();
    void curveLowComesFirstAndPercentValuesGetNoTableLevel();
};

void tst_ChanceLevels::fromTargetScores_data() {
    QTest::addColumn<ScoreLists>("scores");
    QTest::addColumn<double>("expected"); // NaN = unknown
    const double unknown = qQNaN();
    QTest::newRow("2 options") << ScoreLists{{1, 0}, {0, 1}} << 0.5;
    QTest::newRow("4 options") << ScoreLists{{0, 0, 1, 0}} << 0.25;
    // Varying option counts: the mean of 1/options (1/2 and 1/4 → 3/8).
    QTest::newRow("2 and 4 options") << ScoreLists{{1, 0}, {0, 1, 0, 0}} << 0.375;
    // BIG-bench allows several correct options: a guess then scores their share.
    QTest::newRow("2 of 4 correct") << ScoreLists{{1, 1, 0, 0}} << 0.5;
    QTest::newRow("no questions") << ScoreLists{} << unknown;
    QTest::newRow("a question without options") << ScoreLists{{1, 0}, {}} << unknown;
}

void tst_ChanceLevels::fromTargetScores() {
    QFETCH(ScoreLists, scores);
    QFETCH(double, expected);
    const std::optional<double> chance = chanceFromTargetScores(scores);
    if (qIsNaN(expected))
        QVERIFY(!chance);
    else
        QCOMPARE(chance, std::optional<double>(expected));
}

void tst_ChanceLevels::winograndeWriteOutHasChanceOneHalf_data() {
    QTest::addColumn<QString>("dir");
    QTest::newRow("7b") << QStringLiteral("llama");
    QTest::newRow("13b") << QStringLiteral("llama13");
}

void tst_ChanceLevels::winograndeWriteOutHasChanceOneHalf() {
    QFETCH(QString, dir);
    const QString path = testing::kShared +
                         QStringLiteral("lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/") +
                         dir + QStringLiteral("/winogrande_write_out_info.json");
    // Independently of our reader: every document offers exactly two options (logit_0/1).
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonArray docs = QJsonDocument::fromJson(f.readAll()).array();
    QCOMPARE(docs.size(), 1267);
    for (const auto& d : docs) {
        const QJsonObject o = d.toObject();
        QVERIFY(o.contains(QLatin1String("logit_1")) && !o.contains(QLatin1String("logit_2")));
    }
    ScoringOptions o;
    o.metrics = {QStringLiteral("multiple_choice_grade"), QStringLiteral("log_prob_margin")};
    const ScoreResult r = scoreExamples(readExamples(path), o);
    QCOMPARE(r.groups.size(), 1);
    const MetricValue& grade = r.groups[0].metrics[0];
    QCOMPARE(grade.n, 1267);
    QCOMPARE(grade.chance, std::optional<double>(0.5));
    // Only the multiple-choice grade has a chance level; a log-prob margin has none.
    QVERIFY(!r.groups[0].metrics[1].chance);
    // The rows carry it as `low`, so the curve and its chart know it.
    ScoreTable t;
    appendScoreRows(r, t, path);
    CurveFilter cf;
    cf.metric = QStringLiteral("multiple_choice_grade");
    const QList<Curve> curves = t.curves(cf, ScaleAxis::Params);
    QCOMPARE(curves.size(), 1);
    QCOMPARE(curves[0].low, std::optional<double>(0.5));
}

void tst_ChanceLevels::knownBenchmarks_data() {
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("expected"); // NaN = unknown
    const double unknown = qQNaN();
    // The names the bundled datasets use (ObsScaling's "score", the harness's acc/acc_norm).
    QTest::newRow("ObsScaling MMLU") << "MMLU"
                                     << "score" << 0.25;
    QTest::newRow("ObsScaling HellaSwag") << "HellaSwag"
                                          << "score" << 0.25;
    QTest::newRow("ObsScaling Winograd") << "Winograd"
                                         << "score" << 0.5;
    QTest::newRow("harness winogrande") << "winogrande"
                                        << "acc" << 0.5;
    QTest::newRow("scored winogrande") << "winogrande"
                                       << "multiple_choice_grade" << 0.5;
    QTest::newRow("piqa acc_norm") << "piqa"
                                   << "acc_norm" << 0.5;
    QTest::newRow("sciq") << "sciq"
                          << "acc" << 0.25;
    QTest::newRow("logiqa") << "logiqa"
                            << "acc_norm" << 0.25;
    QTest::newRow("MMLU subject") << "hendrycksTest-anatomy"
                                  << "acc" << 0.25;
    QTest::newRow("Pythia MMLU average") << "mmlu_macro_avg_57_subjects(derived)"
                                         << "acc" << 0.25;
    // Unknown stays unknown.
    QTest::newRow("ARC: option count varies") << "arc_challenge"
                                              << "acc" << unknown;
    QTest::newRow("TruthfulQA mc2") << "TruthfulQA"
                                    << "score" << unknown;
    QTest::newRow("MMLU-Pro: up to 10 options") << "mmlu_pro"
                                                << "exact_str_match" << unknown;
    QTest::newRow("BBH task: options not in the data") << "bigbench_navigate"
                                                       << "multiple_choice_grade" << unknown;
    QTest::newRow("LAMBADA: not a choice") << "lambada_openai"
                                           << "acc" << unknown;
    QTest::newRow("HumanEval") << "HumanEval"
                               << "score" << unknown;
    QTest::newRow("piqa under another metric") << "piqa"
                                               << "score" << unknown;
}

void tst_ChanceLevels::knownBenchmarks() {
    QFETCH(QString, task);
    QFETCH(QString, metric);
    QFETCH(double, expected);
    const std::optional<ChanceLevel> chance = knownChanceLevel(task, metric);
    if (qIsNaN(expected)) {
        QVERIFY(!chance);
        return;
    }
    QVERIFY(chance);
    QCOMPARE(chance->value, expected);
    QVERIFY2(chance->origin.contains(QLatin1String(" et al. ")), qPrintable(chance->origin));
}

void tst_ChanceLevels::curveLowComesFirstAndPercentValuesGetNoTableLevel() {
    Curve c;
    c.key.task = QStringLiteral("MMLU");
    c.key.metric = QStringLiteral("score");
    c.points = {{QStringLiteral("a"), {}, 1e9, 0.3, {}, {}, {}, {}}};
    QCOMPARE(chanceLevelOf(c)->value, 0.25);
    c.low = 0.2; // what the data say wins over the table
    QCOMPARE(chanceLevelOf(c)->value, 0.2);
    QCOMPARE(chanceLevelOf(c)->origin, QStringLiteral("from the data"));
    c.low.reset();
    c.points.first().value = 43.8; // per cent: the table's proportion does not apply
    QVERIFY(!chanceLevelOf(c));
}

QTEST_APPLESS_MAIN(tst_ChanceLevels)
#include "tst_ChanceLevels.moc"
