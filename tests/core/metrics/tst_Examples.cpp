// SPDX-License-Identifier: GPL-3.0-or-later
// Per-example readers (docs/formats.md §B2, A2, A3 and the real files in ../shared/data) and
// scoring them into ScoreTable rows.
#include "ExampleTestHelpers.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"
#include "model/ScoreTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::testing;

namespace {

const QString kFixtures = QStringLiteral(EE_TEST_FIXTURES "/examples/");

const ExampleGroup* findGroup(const ExampleSet& s, const QString& task, const QString& model,
                              const QString& prompting = {}) {
    for (const auto& g : s.groups())
        if (g.key.task == task && g.key.model == model &&
            (prompting.isEmpty() || g.key.prompting == prompting))
            return &g;
    return nullptr;
}

bool hasDiagnostic(const ExampleSet& s, qint64 line, const QString& fragment) {
    for (const auto& d : s.diagnostics.items)
        if (d.line == line && d.message.contains(fragment))
            return true;
    return false;
}

} // namespace

class tst_Examples : public QObject {
    Q_OBJECT
private slots:
    void ownJsonlGoodAndBadRecords();
    void ownJsonlScores();
    void scoresBecomeCurves();
    void bootstrapAndPerExample();
    void unknownMetricIsAnError();
    void lmEvalSamples();
    void bigbenchFullLog();
    void detection();
    void bbhReproducesEvalMetrics_data();
    void bbhReproducesEvalMetrics();
    void lmEvalWriteOutWinogrande_data();
    void lmEvalWriteOutWinogrande();
    void lmEvalWriteOutTruthfulQaHasNoReferences();
    void lambadaTargetProbabilities();
    void gsm8kAnswers();
    void missingFile();
    void shotsOutsideIntAreReportedNotCast_data();
    void shotsOutsideIntAreReportedNotCast();
};

void tst_Examples::ownJsonlGoodAndBadRecords() {
    const ExampleSet s = readExamples(kFixtures + QStringLiteral("mixed.jsonl"));
    QCOMPARE(s.groups().size(), 4);
    QCOMPARE(s.exampleCount(), 8);
    QCOMPARE(s.skippedCount(), 7);
    const ExampleGroup* small = findGroup(s, QStringLiteral("arith"), QStringLiteral("m-small"));
    QVERIFY(small);
    QCOMPARE(small->examples.size(), 2);
    QCOMPARE(small->skipped, 1);
    QCOMPARE(small->key.scale.params, std::optional<double>(1e8));
    QCOMPARE(small->key.shots, std::optional<int>(2));
    QCOMPARE(small->key.family, QStringLiteral("toy"));
    QCOMPARE(small->examples[1].targets, QStringList{QStringLiteral("40")}); // bare string target
    QVERIFY(hasDiagnostic(s, 3, QStringLiteral("no targets")));
    QVERIFY(hasDiagnostic(s, 4, QStringLiteral("not valid JSON")));
    QVERIFY(hasDiagnostic(s, 5, QStringLiteral("UTF-8")));
    QVERIFY(hasDiagnostic(s, 10, QStringLiteral("NaN")));
    QVERIFY(hasDiagnostic(s, 11, QStringLiteral("2 choice log-probs but 3 target scores")));
    QVERIFY(hasDiagnostic(s, 13, QStringLiteral("no task")));
    QVERIFY(hasDiagnostic(s, 16, QStringLiteral("JSON object")));
    QCOMPARE(s.diagnostics.errorCount(), 0);
    for (const auto& d : s.diagnostics.items)
        QCOMPARE(d.file, kFixtures + QStringLiteral("mixed.jsonl"));
}

void tst_Examples::ownJsonlScores() {
    const ExampleSet s = readExamples(kFixtures + QStringLiteral("mixed.jsonl"));
    ScoringOptions o;
    o.metrics = knownMetricNames();
    const ScoreResult r = scoreExamples(s, o);
    QVERIFY(!r.diagnostics.hasErrors());
    QCOMPARE(findMetric(r, QStringLiteral("arith"), QStringLiteral("m-small"),
                        QStringLiteral("exact_str_match"))
                 ->value,
             std::optional<double>(0.5));
    QCOMPARE(findMetric(r, QStringLiteral("arith"), QStringLiteral("m-large"),
                        QStringLiteral("exact_str_match"))
                 ->value,
             std::optional<double>(1.0));
    const MetricValue* mcg = findMetric(r, QStringLiteral("mc"), QStringLiteral("m-small"),
                                        QStringLiteral("multiple_choice_grade"));
    QCOMPARE(mcg->value, std::optional<double>(0.5));
    QCOMPARE(mcg->n, 2);
    QVERIFY(!mcg->unverified);
    // A metric that does not apply to a group has no value and n = 0.
    const MetricValue* noBleu =
        findMetric(r, QStringLiteral("mc"), QStringLiteral("m-small"), QStringLiteral("bleu"));
    QVERIFY(!noBleu->value);
    QCOMPARE(noBleu->n, 0);
    const MetricValue* ll = findMetric(r, QStringLiteral("lp"), QStringLiteral("m-small"),
                                       QStringLiteral("log_likelihood"));
    QCOMPARE(*ll->value, -1.125);
    QVERIFY(ll->unverified);
    QVERIFY(ll->definition.startsWith(QLatin1String("UNVERIFIED")));
    QCOMPARE(*findMetric(r, QStringLiteral("lp"), QStringLiteral("m-small"),
                         QStringLiteral("log_likelihood_per_token"))
                  ->value,
             -0.4375);
    const MetricValue* bleu =
        findMetric(r, QStringLiteral("arith"), QStringLiteral("m-large"), QStringLiteral("bleu"));
    QCOMPARE(bleu->definition,
             QStringLiteral("sacrebleu corpus "
                            "nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"));
    QCOMPARE(*bleu->value, 0.0); // corpus of one-token outputs: no 4-grams, score 0
}

void tst_Examples::scoresBecomeCurves() {
    const ExampleSet s = readExamples(kFixtures + QStringLiteral("mixed.jsonl"));
    ScoringOptions o;
    o.metrics = {QStringLiteral("exact_str_match")};
    ee::ScoreTable table;
    appendScoreRows(scoreExamples(s, o), table, QStringLiteral("scored"));
    QCOMPARE(table.rowCount(), 2); // only the arith groups have generations
    ee::CurveFilter f;
    f.task = QStringLiteral("arith");
    f.metric = QStringLiteral("exact_str_match");
    const QList<ee::Curve> curves = table.curves(f, ee::ScaleAxis::Params);
    QCOMPARE(curves.size(), 1);
    QCOMPARE(curves.first().points.size(), 2);
    QCOMPARE(curves.first().points[0].value, 0.5);
    QCOMPARE(curves.first().points[1].value, 1.0);
    QCOMPARE(curves.first().points[1].n, std::optional<qint64>(2));
}

void tst_Examples::bootstrapAndPerExample() {
    const ExampleSet s = readExamples(kFixtures + QStringLiteral("mixed.jsonl"));
    ScoringOptions o;
    o.metrics = {QStringLiteral("exact_str_match"), QStringLiteral("bleu")};
    o.bootstrap.resamples = 200;
    o.bootstrap.seed = 3;
    o.perExample = true;
    const ScoreResult a = scoreExamples(s, o), b = scoreExamples(s, o);
    const MetricValue* em = findMetric(a, QStringLiteral("arith"), QStringLiteral("m-small"),
                                       QStringLiteral("exact_str_match"));
    QVERIFY(em->ciLow && em->ciHigh);
    QVERIFY(*em->ciLow <= 0.5 && 0.5 <= *em->ciHigh);
    QCOMPARE(em->ciLow, findMetric(b, QStringLiteral("arith"), QStringLiteral("m-small"),
                                   QStringLiteral("exact_str_match"))
                            ->ciLow);
    for (const auto& g : a.groups) {
        QCOMPARE(g.ids.size(), g.n);
        QCOMPARE(g.perExample.size(), 2);
        QCOMPARE(g.perExample[0].size(), g.n);
    }
}

void tst_Examples::unknownMetricIsAnError() {
    ScoringOptions o;
    o.metrics = {QStringLiteral("exact_match")};
    QVERIFY(scoreExamples(ExampleSet{}, o).diagnostics.hasErrors());
}

void tst_Examples::lmEvalSamples() {
    const QString path =
        kFixtures + QStringLiteral("samples_arith_2024-05-01T12-00-00.123456.jsonl");
    QCOMPARE(detectExampleFormat(path), ExampleFormat::LmEvalSamples);
    ExampleReadOptions ro;
    ro.model = QStringLiteral("EleutherAI/pythia-160m");
    const ExampleSet s = readExamples(path, ro);
    QCOMPARE(s.groups().size(), 1);
    const ExampleGroup& g = s.groups().first();
    QCOMPARE(g.key.task, QStringLiteral("arith"));
    QCOMPARE(g.key.model, QStringLiteral("EleutherAI/pythia-160m"));
    QCOMPARE(g.examples.size(), 4);
    QCOMPARE(g.skipped, 1); // NaN log-likelihood
    QVERIFY(hasDiagnostic(s, 5, QStringLiteral("NaN")));
    QCOMPARE(g.examples[2].choices, (QStringList{QStringLiteral(" yes"), QStringLiteral(" no")}));
    QCOMPARE(g.examples[3].choiceLogprobs, (QList<double>{-1.5, -0.5}));
    ScoringOptions o;
    o.metrics = {QStringLiteral("exact_str_match"), QStringLiteral("multiple_choice_grade")};
    const ScoreResult r = scoreExamples(s, o);
    QCOMPARE(r.groups[0].metrics[0].value, std::optional<double>(0.5));
    QCOMPARE(r.groups[0].metrics[0].n, 2);
    QCOMPARE(r.groups[0].metrics[1].value, std::optional<double>(0.5));
}

void tst_Examples::bigbenchFullLog() {
    const QString path = kFixtures + QStringLiteral("bigbench_full_log_fixture.json");
    QCOMPARE(detectExampleFormat(path), ExampleFormat::BigBenchFullLog);
    const ExampleSet s = readExamples(path);
    QCOMPARE(s.groups().size(), 2);
    QCOMPARE(s.skippedCount(), 2);
    const ExampleGroup& mc = s.groups()[0];
    QCOMPARE(mc.key.task, QStringLiteral("toy_task"));
    QCOMPARE(mc.key.family, QStringLiteral("BIG-G T=0"));
    QCOMPARE(mc.key.model, QStringLiteral("2m"));
    QCOMPARE(mc.key.scale.nonEmbeddingParams, std::optional<double>(1.5e6));
    QCOMPARE(mc.key.shots, std::optional<int>(0));
    QCOMPARE(s.groups()[1].key.shots, std::optional<int>(1));
    ScoringOptions o;
    o.metrics = {QStringLiteral("multiple_choice_grade"), QStringLiteral("exact_str_match")};
    const ScoreResult r = scoreExamples(s, o);
    QCOMPARE(r.groups[0].metrics[0].value, std::optional<double>(0.5));
    QCOMPARE(r.groups[1].metrics[1].value, std::optional<double>(0.5));
}

void tst_Examples::detection() {
    QCOMPARE(detectExampleFormat(kFixtures + QStringLiteral("mixed.jsonl")),
             ExampleFormat::ExampleJsonl);
    QCOMPARE(
        detectExampleFormat(
            kShared + QStringLiteral(
                          "gpt2-gpt3-lambada-target-logprobs/lambada_final_word_nll_by_model.csv")),
        ExampleFormat::LambadaLogprobs);
    QCOMPARE(
        detectExampleFormat(
            kShared +
            QStringLiteral("suzgun2022-bbh-code-davinci-002-outputs/code-davinci-002-outputs/"
                           "code-davinci-002-cot/word_sorting_few_shot_template_0-255000.json")),
        ExampleFormat::BbhOutputs);
    QCOMPARE(
        detectExampleFormat(
            kShared + QStringLiteral("openai-gsm8k-example-model-solutions/grade_school_math/data/"
                                     "example_model_solutions.jsonl")),
        ExampleFormat::Gsm8kSolutions);
}

void tst_Examples::bbhReproducesEvalMetrics_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("cot");
    for (const char* task :
         {"multistep_arithmetic_two", "word_sorting", "dyck_languages", "object_counting"})
        for (bool cot : {true, false})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(
                QLatin1String(task), cot ? QStringLiteral("cot") : QStringLiteral("direct"))))
                << QStringLiteral("code-davinci-002-%1/%2_few_shot_template_0-255000")
                       .arg(cot ? QStringLiteral("cot") : QStringLiteral("direct"),
                            QLatin1String(task))
                << cot;
}

void tst_Examples::bbhReproducesEvalMetrics() {
    QFETCH(QString, file);
    QFETCH(bool, cot);
    const QString base =
        kShared +
        QStringLiteral("suzgun2022-bbh-code-davinci-002-outputs/code-davinci-002-outputs/") + file;
    QFile m(base + QStringLiteral("_eval_metrics.jsonl"));
    QVERIFY(m.open(QIODevice::ReadOnly));
    const double published =
        QJsonDocument::fromJson(m.readLine()).object().value(QLatin1String("accuracy")).toDouble();
    const ExampleSet s = readExamples(base + QStringLiteral(".json"));
    QCOMPARE(s.groups().size(), 1);
    QCOMPARE(s.groups()[0].key.model, QStringLiteral("code-davinci-002"));
    QCOMPARE(s.groups()[0].key.prompting,
             cot ? QStringLiteral("chain_of_thought") : QStringLiteral("standard"));
    QCOMPARE(s.exampleCount(), 250);
    ScoringOptions o;
    o.metrics = {QStringLiteral("exact_str_match")};
    const ScoreResult r = scoreExamples(s, o);
    QVERIFY2(
        std::abs(*r.groups[0].metrics[0].value * 100.0 - published) < 1e-9,
        qPrintable(
            QStringLiteral("%1 vs %2").arg(*r.groups[0].metrics[0].value * 100.0).arg(published)));
}

void tst_Examples::lmEvalWriteOutWinogrande_data() {
    QTest::addColumn<QString>("dir");
    QTest::addColumn<double>("published"); // SOURCE.md table (4 decimals)
    QTest::newRow("7b") << QStringLiteral("llama") << 0.7380;
    QTest::newRow("13b") << QStringLiteral("llama13") << 0.7616;
}

void tst_Examples::lmEvalWriteOutWinogrande() {
    QFETCH(QString, dir);
    QFETCH(double, published);
    const QString path = kShared +
                         QStringLiteral("lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/") +
                         dir + QStringLiteral("/winogrande_write_out_info.json");
    QCOMPARE(detectExampleFormat(path), ExampleFormat::LmEvalWriteOut);
    const ExampleSet s = readExamples(path);
    QCOMPARE(s.exampleCount(), 1267);
    QCOMPARE(s.groups()[0].key.task, QStringLiteral("winogrande"));
    QCOMPARE(s.groups()[0].key.model, dir);
    ScoringOptions o;
    o.metrics = {QStringLiteral("multiple_choice_grade")};
    const double ours = *scoreExamples(s, o).groups[0].metrics[0].value;
    // The harness's own per-document "acc" column, read independently.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray arr = QJsonDocument::fromJson(f.readAll()).array();
    int correct = 0;
    for (const auto& v : arr)
        correct +=
            v.toObject().value(QLatin1String("acc")).toString() == QLatin1String("True") ? 1 : 0;
    QCOMPARE(ours, static_cast<double>(correct) / arr.size());
    QVERIFY(std::abs(ours - published) < 5e-5);
}

void tst_Examples::lmEvalWriteOutTruthfulQaHasNoReferences() {
    const ExampleSet s =
        readExamples(kShared + QStringLiteral("lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/"
                                              "llama/truthfulqa_gen_write_out_info.json"));
    QCOMPARE(s.exampleCount(), 0);
    QCOMPARE(s.skippedCount(), 817);
    QCOMPARE(s.diagnostics.warningCount(), 1); // one summary, not 817 lines
}

void tst_Examples::lambadaTargetProbabilities() {
    const ExampleSet s = readExamples(
        kShared +
        QStringLiteral("gpt2-gpt3-lambada-target-logprobs/lambada_final_word_nll_by_model.csv"));
    QCOMPARE(s.groups().size(), 8);
    QCOMPARE(s.diagnostics.items.size(), 0);
    ScoringOptions o;
    o.metrics = {QStringLiteral("p_correct")};
    const ScoreResult r = scoreExamples(s, o);
    // SOURCE.md "derived means of exp(-nll)", rounded there to 3 decimals.
    const QList<QPair<QString, double>> derived = {
        {QStringLiteral("gpt2"), 0.138},       {QStringLiteral("gpt2-medium"), 0.201},
        {QStringLiteral("gpt2-large"), 0.250}, {QStringLiteral("gpt2-xl"), 0.279},
        {QStringLiteral("ada"), 0.272},        {QStringLiteral("babbage"), 0.357},
        {QStringLiteral("curie"), 0.428},      {QStringLiteral("davinci"), 0.504}};
    for (const auto& [model, value] : derived) {
        const MetricValue* m =
            findMetric(r, QStringLiteral("lambada"), model, QStringLiteral("p_correct"));
        QVERIFY2(m, qPrintable(model));
        QVERIFY2(std::abs(*m->value - value) <= 0.0005,
                 qPrintable(QStringLiteral("%1: %2").arg(model).arg(*m->value)));
        QCOMPARE(m->n, model == QLatin1String("babbage") ? 4000 : 5153);
    }
    const ExampleGroup* davinci =
        findGroup(s, QStringLiteral("lambada"), QStringLiteral("davinci"));
    QCOMPARE(davinci->key.scale.params, std::optional<double>(175e9));
}

void tst_Examples::gsm8kAnswers() {
    const ExampleSet s = readExamples(
        kShared + QStringLiteral("openai-gsm8k-example-model-solutions/grade_school_math/data/"
                                 "example_model_solutions.jsonl"));
    QCOMPARE(s.groups().size(), 4);
    ScoringOptions o;
    o.metrics = {QStringLiteral("exact_str_match")};
    const ScoreResult r = scoreExamples(s, o);
    // Exact string match of the "A:" answers with thousands separators removed, as the
    // dataset's own extraction does: 286, 515, 458 and 742 of 1,319, exactly the file's
    // is_correct counts (SOURCE.md: 0.2168 … 0.5625). With the commas kept it was 284 … 737.
    const QList<QPair<QString, int>> expected = {{QStringLiteral("6B finetuning"), 286},
                                                 {QStringLiteral("6B verification"), 515},
                                                 {QStringLiteral("175B finetuning"), 458},
                                                 {QStringLiteral("175B verification"), 742}};
    for (const auto& [label, correct] : expected) {
        const QStringList parts = label.split(QLatin1Char(' '));
        const MetricValue* m = findMetric(r, QStringLiteral("gsm8k"), parts[0],
                                          QStringLiteral("exact_str_match"), parts[1]);
        QVERIFY(m);
        QCOMPARE(m->n, 1319);
        QCOMPARE(*m->value, static_cast<double>(correct) / 1319.0);
    }
}

void tst_Examples::missingFile() {
    const ExampleSet s = readExamples(QStringLiteral("/nonexistent/file.jsonl"));
    QVERIFY(s.diagnostics.hasErrors());
    QCOMPARE(s.diagnostics.items.first().message, QStringLiteral("file not found"));
}

// Regression (fuzz_example_readers, 2026-11-26): "shots": 266666666666 was cast straight to
// int, which is undefined behaviour (UBSan: "outside the range of representable values").
void tst_Examples::shotsOutsideIntAreReportedNotCast_data() {
    QTest::addColumn<QByteArray>("shots");
    QTest::addColumn<std::optional<int>>("expected");
    QTest::addColumn<bool>("reported");
    QTest::newRow("fuzzer's value") << QByteArray("266666666666") << std::optional<int>() << true;
    QTest::newRow("1e308") << QByteArray("1e308") << std::optional<int>() << true;
    QTest::newRow("negative") << QByteArray("-1") << std::optional<int>() << true;
    QTest::newRow("fraction") << QByteArray("1.5") << std::optional<int>() << true;
    QTest::newRow("limit") << QByteArray("10000") << std::optional<int>(10000) << false;
    QTest::newRow("good") << QByteArray("3") << std::optional<int>(3) << false;
}

void tst_Examples::shotsOutsideIntAreReportedNotCast() {
    QFETCH(QByteArray, shots);
    QFETCH(std::optional<int>, expected);
    QFETCH(bool, reported);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shots.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"task":"arith","model":"m","shots":)" + shots +
            R"(,"id":"a","output":"4","targets":["4"]})" + '\n');
    f.close();
    const ExampleSet s = readExamples(path);
    QCOMPARE(s.groups().size(), 1);
    QCOMPARE(s.exampleCount(), 1); // the example itself is good and kept
    QCOMPARE(s.groups()[0].key.shots, expected);
    QCOMPARE(hasDiagnostic(s, 1, QStringLiteral("not a whole number of shots")), reported);
}

QTEST_APPLESS_MAIN(tst_Examples)
#include "tst_Examples.moc"
