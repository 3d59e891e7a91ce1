// SPDX-License-Identifier: GPL-3.0-or-later
// pass@k (Chen et al. 2021) and its −ln companion: hand-computed binomial ratios, bad counts,
// and scoring of per-example records with several samples.
#include "ExampleTestHelpers.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/PassAtK.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee;
using namespace ee::testing;

class tst_PassAtK : public QObject {
    Q_OBJECT
private slots:
    void estimator_data();
    void estimator();
    void problems_data();
    void problems();
    void names();
    void scoredRecords();
};

void tst_PassAtK::estimator_data() {
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("k");
    QTest::addColumn<double>("expected"); // 1 − C(n−c, k)/C(n, k), by hand
    QTest::newRow("5,1,1: 1 - 4/5") << qint64(5) << qint64(1) << qint64(1) << 0.2;
    QTest::newRow("5,2,2: 1 - C(3,2)/C(5,2) = 1 - 3/10")
        << qint64(5) << qint64(2) << qint64(2) << 0.7;
    QTest::newRow("10,3,5: 1 - 21/252")
        << qint64(10) << qint64(3) << qint64(5) << 1.0 - 21.0 / 252.0;
    QTest::newRow("none correct") << qint64(4) << qint64(0) << qint64(2) << 0.0;
    QTest::newRow("n - c < k: certain") << qint64(3) << qint64(2) << qint64(2) << 1.0;
    QTest::newRow("200,1,100: 1 - C(199,100)/C(200,100) = 1/2")
        << qint64(200) << qint64(1) << qint64(100) << 0.5;
    QTest::newRow("k = n: any correct") << qint64(7) << qint64(1) << qint64(7) << 1.0;
}

void tst_PassAtK::estimator() {
    QFETCH(qint64, n);
    QFETCH(qint64, c);
    QFETCH(qint64, k);
    QFETCH(double, expected);
    QVERIFY(passAtKProblem(n, c, k).isEmpty());
    QVERIFY2(std::abs(passAtK(n, c, k) - expected) < 1e-12,
             qPrintable(QString::number(passAtK(n, c, k), 'g', 17)));
}

void tst_PassAtK::problems_data() {
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("k");
    QTest::addColumn<QString>("says");
    QTest::newRow("k = 0") << qint64(5) << qint64(1) << qint64(0) << QStringLiteral("k >= 1");
    QTest::newRow("n < k") << qint64(3) << qint64(1) << qint64(5)
                           << QStringLiteral("fewer than k = 5");
    QTest::newRow("negative n") << qint64(-1) << qint64(0) << qint64(1)
                                << QStringLiteral("negative");
    QTest::newRow("negative c") << qint64(4) << qint64(-2) << qint64(1)
                                << QStringLiteral("negative");
    QTest::newRow("c > n") << qint64(2) << qint64(3) << qint64(1) << QStringLiteral("only 2");
}

void tst_PassAtK::problems() {
    QFETCH(qint64, n);
    QFETCH(qint64, c);
    QFETCH(qint64, k);
    QFETCH(QString, says);
    QVERIFY2(passAtKProblem(n, c, k).contains(says), qPrintable(passAtKProblem(n, c, k)));
}

void tst_PassAtK::names() {
    QCOMPARE(passAtKOf(QStringLiteral("pass_at_10")), std::optional<qint64>(10));
    QCOMPARE(passAtKOf(QStringLiteral("neg_log_pass_at_3")), std::optional<qint64>(3));
    QVERIFY(!passAtKOf(QStringLiteral("pass_at_0")));
    QVERIFY(!passAtKOf(QStringLiteral("pass_at_01")));
    QVERIFY(!passAtKOf(QStringLiteral("pass_at_k")));
    QVERIFY(isNegLogPassAtK(QStringLiteral("neg_log_pass_at_1")));
    QVERIFY(!isNegLogPassAtK(QStringLiteral("pass_at_1")));
    QVERIFY(isKnownMetric(QStringLiteral("pass_at_100")));
}

void tst_PassAtK::scoredRecords() {
    // p1: counts 5 samples / 2 correct; p2: four sampled outputs, one exact match; p3: 1
    // sample, too few for k = 2 (an error naming the file and line, left out of pass@2).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("code.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"task":"code","model":"m","id":"p1","num_samples":5,"num_correct":2}
{"task":"code","model":"m","id":"p2","outputs":["1","2","3","4"],"targets":["3"]}
{"task":"code","model":"m","id":"p3","num_samples":1,"num_correct":0}
{"task":"code","model":"m","id":"p4","num_samples":3,"num_correct":4}
{"task":"code","model":"m","id":"p5","num_samples":-3,"num_correct":0}
)");
    f.close();
    const ExampleSet s = readExamples(path);
    // p4 (more correct than samples) and p5 (negative) are refused while reading, by line.
    QCOMPARE(s.skippedCount(), 2);
    QCOMPARE(s.diagnostics.items.size(), 2);
    QCOMPARE(s.diagnostics.items[0].line, 4);
    QVERIFY(s.diagnostics.items[0].message.contains(QLatin1String("exceeds")));
    QCOMPARE(s.diagnostics.items[1].line, 5);
    ScoringOptions o;
    o.metrics = {QStringLiteral("pass_at_1"), QStringLiteral("pass_at_2"),
                 QStringLiteral("neg_log_pass_at_2")};
    const ScoreResult r = scoreExamples(s, o);
    // pass@1: mean of 2/5, 1/4, 0/1. pass@2: mean of 0.7 and 1 - C(3,2)/C(4,2) = 0.5.
    QCOMPARE(
        findMetric(r, QStringLiteral("code"), QStringLiteral("m"), QStringLiteral("pass_at_1"))->n,
        3);
    QVERIFY(std::abs(*findMetric(r, QStringLiteral("code"), QStringLiteral("m"),
                                 QStringLiteral("pass_at_1"))
                          ->value -
                     (0.4 + 0.25) / 3) < 1e-15);
    QCOMPARE(
        findMetric(r, QStringLiteral("code"), QStringLiteral("m"), QStringLiteral("pass_at_2"))->n,
        2);
    QVERIFY(std::abs(*findMetric(r, QStringLiteral("code"), QStringLiteral("m"),
                                 QStringLiteral("pass_at_2"))
                          ->value -
                     0.6) < 1e-15);
    QVERIFY(std::abs(*findMetric(r, QStringLiteral("code"), QStringLiteral("m"),
                                 QStringLiteral("neg_log_pass_at_2"))
                          ->value +
                     std::log(0.6)) < 1e-15);
    QCOMPARE(r.diagnostics.errorCount(), 2); // pass_at_2 and its companion, each once
    QCOMPARE(r.diagnostics.items.first().file, path);
    QCOMPARE(r.diagnostics.items.first().line, 3);
    QVERIFY(r.diagnostics.items.first().message.contains(QLatin1String("fewer than k = 2")));
}

QTEST_APPLESS_MAIN(tst_PassAtK)
#include "tst_PassAtK.moc"
