// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence instances` end to end, in process, on the real GSM8K and MMLU-Pro outputs.
#include "CliRun.h"
#include "TestSkip.h"
#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ee::cli;

namespace {
using ee::test::Run;
Run run(const QStringList& args) {
    return ee::test::run(runInstances, QStringList{QStringLiteral("instances")} + args);
}
const QString kGsm8k =
    QStringLiteral(EE_TEST_SHARED_DATA "/openai-gsm8k-example-model-solutions/"
                                       "grade_school_math/data/example_model_solutions.jsonl");
const QString kMmluPro =
    QStringLiteral(EE_TEST_SHARED_DATA "/tiger-lab-mmlu-pro-model-outputs/eval_results");
} // namespace

class tst_InstancesCommand : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (!QFileInfo::exists(kGsm8k))
            EE_SKIP_OR_FAIL("../shared/data is not beside the project");
        qputenv("EE_DATASETS_DIR", EE_TEST_DATASETS);
    }

    void jsonShapeAndInverseFilter() {
        const Run r = run({kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                           QStringLiteral("--prompting"), QStringLiteral("finetuning"),
                           QStringLiteral("--filter"), QStringLiteral("inverse"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, int(Success));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("solved_when")).toString(),
                 QStringLiteral("exact_str_match ≥ 1"));
        const QJsonArray models = o.value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[0].toObject().value(QLatin1String("model")).toString(),
                 QStringLiteral("6B"));
        // Solved by 6B, not by 175B: 88 problems (tst_InstanceTable pins the partition).
        const QJsonArray instances = o.value(QLatin1String("instances")).toArray();
        QCOMPARE(instances.size(), 88);
        const QJsonArray cells = instances[0].toObject().value(QLatin1String("models")).toArray();
        QCOMPARE(cells[0].toObject().value(QLatin1String("solved")).toBool(), true);
        QCOMPARE(cells[1].toObject().value(QLatin1String("solved")).toBool(), false);
        const QJsonObject h = o.value(QLatin1String("histogram")).toObject();
        QCOMPARE(h.value(QLatin1String("instances")).toInt(), 1319);
        QCOMPARE(h.value(QLatin1String("lost_again")).toInt(), 88);
    }

    void mmluProSizesFromTheBundledCatalogue() {
        const Run r = run({kMmluPro + QStringLiteral("/model_outputs_Llama-2-7b-hf_5shots.zip"),
                           kMmluPro + QStringLiteral("/model_outputs_Llama-2-13b-hf_5shots.zip"),
                           QStringLiteral("--task"), QStringLiteral("mmlu_pro"),
                           QStringLiteral("--histogram")});
        QCOMPARE(r.code, int(Success));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // Sizes from the bundled ObsScaling metadata, never from the names; 2,207 of 12,032
        // solved by 7B as SOURCE.md's strict count.
        QVERIFY2(lines[1].startsWith(QStringLiteral("Llama-2-7b-hf,7e+09,2207,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("Llama-2-13b-hf,1.3e+10,")),
                 qPrintable(lines[2]));
    }

    void lenientAnswersSolveMore() {
        const QString file = kMmluPro + QStringLiteral("/model_outputs_Llama-2-7b-hf_5shots.zip");
        const auto accuracy = [&](const QString& rule) {
            const Run r = run({file, QStringLiteral("--task"), QStringLiteral("mmlu_pro"),
                               QStringLiteral("--answers"), rule, QStringLiteral("--histogram"),
                               QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonObject h = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QLatin1String("histogram"))
                                      .toObject();
            return h.value(QLatin1String("bins"))
                .toArray()[0]
                .toObject()
                .value(QLatin1String("first_solved"))
                .toInt();
        };
        QCOMPARE(accuracy(QStringLiteral("file")), 2207);
        QCOMPARE(accuracy(QStringLiteral("strict")), 2207);
        QCOMPARE(accuracy(QStringLiteral("lenient")), 2213);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no task") << QStringList{kGsm8k} << QStringLiteral("--task");
        QTest::newRow("bad filter")
            << QStringList{kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                           QStringLiteral("--filter"), QStringLiteral("weird")}
            << QStringLiteral("unknown --filter 'weird'");
        QTest::newRow("disagree needs a second metric")
            << QStringList{kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                           QStringLiteral("--filter"), QStringLiteral("disagree")}
            << QStringLiteral("--second-metric");
        QTest::newRow("bad regex")
            << QStringList{kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                           QStringLiteral("--extract"), QStringLiteral("(")}
            << QStringLiteral("--extract");
        QTest::newRow("unknown pair model")
            << QStringList{kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                           QStringLiteral("--pair"), QStringLiteral("6B,huge")}
            << QStringLiteral("known: 6B (finetuning)");
        QTest::newRow("bad compare")
            << QStringList{kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                           QStringLiteral("--compare"), QStringLiteral("everything")}
            << QStringLiteral("--compare must be answer or solution");
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, int(UsageError));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unknownTaskIsADataError() {
        const Run r = run({kGsm8k, QStringLiteral("--task"), QStringLiteral("nope")});
        QCOMPARE(r.code, int(DataError));
        QVERIFY(r.err.contains(QStringLiteral("no per-example records of task 'nope'")));
    }

    // The instance table under a whole-solution metric: BLEU of each solution against the
    // reference solution, a number per cell rather than BLEU of two bare numbers.
    void wholeSolutionBleuPerInstance() {
        const Run r =
            run({kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                 QStringLiteral("--metric"), QStringLiteral("bleu"), QStringLiteral("--compare"),
                 QStringLiteral("solution"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, int(Success));
        const QJsonArray instances = QJsonDocument::fromJson(r.out.toUtf8())
                                         .object()
                                         .value(QLatin1String("instances"))
                                         .toArray();
        QCOMPARE(instances.size(), 1319);
        const QJsonArray cells = instances[0].toObject().value(QLatin1String("models")).toArray();
        const double bleu = cells[0].toObject().value(QLatin1String("value")).toDouble();
        QVERIFY2(bleu > 0 && bleu < 100, qPrintable(QString::number(bleu)));
    }

    // `emergence curves --examples` scores per-example files with the scorer's options: the
    // same numbers as `emergence score`, the metric's definition as the rows' source.
    void curvesFromExamples() {
        const Run steps = ee::test::run(
            runCurves, {QStringLiteral("curves"), QStringLiteral("--examples"), kGsm8k,
                        QStringLiteral("--task"), QStringLiteral("gsm8k"),
                        QStringLiteral("--metric"), QStringLiteral("calc_steps_reached"),
                        QStringLiteral("--prompting"), QStringLiteral("finetuning")});
        QCOMPARE(steps.code, int(Success));
        const QStringList lines = steps.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header, 6B, 175B
        QVERIFY2(lines[1].contains(QLatin1String(",6B,6e+09,0.3794846455107786,")),
                 qPrintable(lines[1]));
        const Run whole =
            ee::test::run(runCurves, {QStringLiteral("curves"), QStringLiteral("--examples"),
                                      kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                                      QStringLiteral("--metric"), QStringLiteral("bleu"),
                                      QStringLiteral("--compare"), QStringLiteral("solution")});
        QCOMPARE(whole.code, int(Success));
        QCOMPARE(whole.out.trimmed().split(QLatin1Char('\n')).size(), 5);
        const Run bad =
            ee::test::run(runCurves, {QStringLiteral("curves"), QStringLiteral("--examples"),
                                      kGsm8k, QStringLiteral("--task"), QStringLiteral("gsm8k"),
                                      QStringLiteral("--metric"), QStringLiteral("nope")});
        QCOMPARE(bad.code, int(UsageError));
        QVERIFY(bad.err.contains(QLatin1String("unknown metric 'nope'")));
    }
};

QTEST_GUILESS_MAIN(tst_InstancesCommand)
#include "tst_InstancesCommand.moc"
