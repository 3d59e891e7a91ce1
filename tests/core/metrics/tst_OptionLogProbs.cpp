// SPDX-License-Identifier: GPL-3.0-or-later
// The multiple-choice option log-prob metrics (log_prob_correct_option,
// log_prob_best_incorrect_option, log_prob_margin): hand-computed cases and the real Llama-2
// WinoGrande write-out files in ../shared/data.
#include "ExampleTestHelpers.h"
#include "io/examples/ExampleReaders.h"
#include "model/ScoreTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::testing;

class tst_OptionLogProbs : public QObject {
    Q_OBJECT
private slots:
    void optionLogProbsHandComputed();
    void optionLogProbsWinogrande_data();
    void optionLogProbsWinogrande();
};

void tst_OptionLogProbs::optionLogProbsHandComputed() {
    // Three MC examples and one generative one (left out of the option metrics: n = 3).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mc.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"task":"mc","model":"m","id":"a","choices":["x","y","z"],"choice_logprobs":[-1,-3,-2],"target_scores":[1,0,0]}
{"task":"mc","model":"m","id":"b","choices":["x","y"],"choice_logprobs":[-4,-0.5],"target_scores":[1,0]}
{"task":"mc","model":"m","id":"c","choices":["x","y"],"choice_logprobs":[-2.5,-6.5],"target_scores":[0,1]}
{"task":"mc","model":"m","id":"d","output":"42","targets":["42"]}
)");
    f.close();
    const ExampleSet s = readExamples(path);
    QCOMPARE(s.exampleCount(), 4);
    ScoringOptions o;
    o.metrics = {QStringLiteral("log_prob_correct_option"),
                 QStringLiteral("log_prob_best_incorrect_option"),
                 QStringLiteral("log_prob_margin"), QStringLiteral("multiple_choice_grade")};
    o.bootstrap = {200, 3, 0.95};
    const ScoreResult r = scoreExamples(s, o);
    const auto value = [&](const char* m) {
        return findMetric(r, QStringLiteral("mc"), QStringLiteral("m"), QString::fromLatin1(m));
    };
    // correct: (-1 - 4 - 6.5)/3; best incorrect: (-2 - 0.5 - 2.5)/3; gaps: 1, -3.5, -4.
    QCOMPARE(*value("log_prob_correct_option")->value, -11.5 / 3);
    QCOMPARE(*value("log_prob_best_incorrect_option")->value, -5.0 / 3);
    QCOMPARE(*value("log_prob_margin")->value, -6.5 / 3);
    QCOMPARE(*value("multiple_choice_grade")->value, 1.0 / 3);
    for (const char* m :
         {"log_prob_correct_option", "log_prob_best_incorrect_option", "log_prob_margin"}) {
        const MetricValue* v = value(m);
        QCOMPARE(v->n, 3);
        QVERIFY(!v->unverified);
        QVERIFY(v->definition.contains(QLatin1String("nats")));
        QVERIFY(v->ciLow && v->ciHigh && *v->ciLow <= *v->value && *v->value <= *v->ciHigh);
    }
    // Through the ScoreTable API like every other scored metric.
    ee::ScoreTable t;
    appendScoreRows(r, t, QStringLiteral("mc.jsonl"));
    ee::CurveFilter cf;
    cf.metric = QStringLiteral("log_prob_margin");
    const QList<ee::Curve> curves = t.curves(cf, ee::ScaleAxis::Params);
    QCOMPARE(curves.size(), 1);
    QCOMPARE(curves.first().points.first().n, std::optional<qint64>(3));
}

void tst_OptionLogProbs::optionLogProbsWinogrande_data() {
    QTest::addColumn<QString>("dir");
    QTest::newRow("7b") << QStringLiteral("llama");
    QTest::newRow("13b") << QStringLiteral("llama13");
}

void tst_OptionLogProbs::optionLogProbsWinogrande() {
    // The harness's logit_0/logit_1 and truth, read independently of our reader.
    QFETCH(QString, dir);
    const QString path = kShared +
                         QStringLiteral("lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/") +
                         dir + QStringLiteral("/winogrande_write_out_info.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray arr = QJsonDocument::fromJson(f.readAll()).array();
    double correct = 0, incorrect = 0, gap = 0;
    for (const auto& v : arr) {
        const QJsonObject o = v.toObject();
        const int truth = o.value(QLatin1String("truth")).toInt();
        const double a = o.value(QStringLiteral("logit_%1").arg(truth)).toDouble();
        const double b = o.value(QStringLiteral("logit_%1").arg(1 - truth)).toDouble();
        correct += a;
        incorrect += b;
        gap += a - b;
    }
    const double n = static_cast<double>(arr.size());
    ScoringOptions o;
    o.metrics = {QStringLiteral("log_prob_correct_option"),
                 QStringLiteral("log_prob_best_incorrect_option"),
                 QStringLiteral("log_prob_margin")};
    const ScoreResult r = scoreExamples(readExamples(path), o);
    QCOMPARE(r.groups.size(), 1);
    const auto& m = r.groups[0].metrics;
    for (const auto& v : m)
        QCOMPARE(v.n, 1267);
    QCOMPARE(*m[0].value, correct / n);
    QCOMPARE(*m[1].value, incorrect / n);
    QCOMPARE(*m[2].value, gap / n);
    // Sanity of the data itself: the correct option is ahead on average (acc is ~0.74-0.76)
    // and every log-likelihood is a log-probability (≤ 0).
    QVERIFY(*m[2].value > 0);
    QVERIFY(*m[0].value < 0 && *m[1].value < 0);
}

QTEST_APPLESS_MAIN(tst_OptionLogProbs)
#include "tst_OptionLogProbs.moc"
