// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence compare` end to end: instances paired by id, unpaired ones counted, exact McNemar
// on the real Llama-2 7B and 13B WinoGrande write-out files.
#include "CliRun.h"
#include "TestStrings.h"
#include "cli/Cli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace ee::cli;
using ee::test::Run;

namespace {
Run compare(const QStringList& args) {
    return ee::test::run(runCompare, QStringList{QStringLiteral("compare")} + args);
}
QJsonObject json(const Run& r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
const QString kWinogrande =
    QStringLiteral(EE_TEST_SHARED_DATA "/lm-eval-harness-pr1567-llama2-write-out/SlurmEvals/");
} // namespace

using ee::test::strings;

class tst_CompareCommand : public QObject {
    Q_OBJECT
private slots:
    void pairsByIdAndCountsUnpaired();
    void usageErrors_data();
    void usageErrors();
    void llama2Winogrande();
};

void tst_CompareCommand::pairsByIdAndCountsUnpaired() {
    // A has q1..q4, B has q2..q5 (in another order): q2, q3, q4 are paired; q1 and q5 not.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("a.jsonl"),
          R"({"task":"t","model":"a","id":"q1","output":"x","targets":["x"]}
{"task":"t","model":"a","id":"q2","output":"x","targets":["x"]}
{"task":"t","model":"a","id":"q3","output":"x","targets":["x"]}
{"task":"t","model":"a","id":"q4","output":"y","targets":["x"]}
)");
    write(QStringLiteral("b.jsonl"),
          R"({"task":"t","model":"b","id":"q4","output":"x","targets":["x"]}
{"task":"t","model":"b","id":"q3","output":"y","targets":["x"]}
{"task":"t","model":"b","id":"q5","output":"x","targets":["x"]}
{"task":"t","model":"b","id":"q2","output":"x","targets":["x"]}
)");
    const Run r = compare({QStringLiteral("--input"), dir.filePath(QStringLiteral("a.jsonl")),
                           QStringLiteral("--input"), dir.filePath(QStringLiteral("b.jsonl")),
                           QStringLiteral("--metric"), QStringLiteral("exact_str_match"),
                           QStringLiteral("--bootstrap"), QStringLiteral("500")});
    QCOMPARE(r.code, int(Success));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QLatin1String("n")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("unpaired_a")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("unpaired_b")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("both_right")).toInt(), 1); // q2
    QCOMPARE(o.value(QLatin1String("only_a")).toInt(), 1);     // q3
    QCOMPARE(o.value(QLatin1String("only_b")).toInt(), 1);     // q4
    QCOMPARE(o.value(QLatin1String("mcnemar_p")).toDouble(), 1.0);
    QCOMPARE(o.value(QLatin1String("diff")).toDouble(), 0.0);
    QCOMPARE(o.value(QLatin1String("resamples")).toInt(), 500);
    QCOMPARE(o.value(QLatin1String("ci_method")).toString(), QStringLiteral("paired-bootstrap"));

    // An input with two models on one task cannot be paired: an error naming both.
    write(QStringLiteral("two.jsonl"),
          R"({"task":"t","model":"a","id":"q1","output":"x","targets":["x"]}
{"task":"t","model":"c","id":"q1","output":"x","targets":["x"]}
)");
    const Run two = compare({QStringLiteral("--input"), dir.filePath(QStringLiteral("two.jsonl")),
                             QStringLiteral("--input"), dir.filePath(QStringLiteral("b.jsonl")),
                             QStringLiteral("--metric"), QStringLiteral("exact_str_match")});
    QCOMPARE(two.code, int(DataError));
    QVERIFY2(two.err.contains(QLatin1String("same task")) &&
                 two.err.contains(QLatin1String("two.jsonl")),
             qPrintable(two.err));
}

void tst_CompareCommand::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("one input") << strings({"--input", "a", "--metric", "exact_str_match"})
                               << QStringLiteral("exactly twice");
    QTest::newRow("unknown metric") << strings({"--input", "a", "--input", "b", "--metric", "nope"})
                                    << QStringLiteral("unknown metric");
    QTest::newRow("bad bootstrap") << strings({"--input", "a", "--input", "b", "--metric",
                                               "exact_str_match", "--bootstrap", "-1"})
                                   << QStringLiteral("--bootstrap");
}

void tst_CompareCommand::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = compare(args);
    QCOMPARE(r.code, int(UsageError));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

void tst_CompareCommand::llama2Winogrande() {
    // Expected counts straight from the files: a model is right when its larger logit is the
    // truth (the files have no ties); p by the binomial recurrence in long double.
    int counts[2][2] = {{0, 0}, {0, 0}};
    QList<QJsonArray> docs;
    for (const char* model : {"llama", "llama13"}) {
        QFile f(kWinogrande + QLatin1String(model) +
                QStringLiteral("/winogrande_write_out_info.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        docs << QJsonDocument::fromJson(f.readAll()).array();
    }
    QCOMPARE(docs[0].size(), docs[1].size());
    const auto right = [](const QJsonObject& d) {
        const double l0 = d.value(QLatin1String("logit_0")).toVariant().toDouble();
        const double l1 = d.value(QLatin1String("logit_1")).toVariant().toDouble();
        return (l1 > l0 ? 1 : 0) == d.value(QLatin1String("truth")).toVariant().toInt();
    };
    for (qsizetype i = 0; i < docs[0].size(); ++i) {
        QCOMPARE(docs[0][i].toObject().value(QLatin1String("doc_id")),
                 docs[1][i].toObject().value(QLatin1String("doc_id")));
        ++counts[right(docs[0][i].toObject())][right(docs[1][i].toObject())];
    }
    const int onlyA = counts[1][0], onlyB = counts[0][1], m = onlyA + onlyB;
    long double term = std::pow(0.5L, m), tail = 0;
    for (int i = 0; i <= std::min(onlyA, onlyB); ++i) {
        tail += term;
        term = term * (m - i) / (i + 1);
    }
    const Run r = compare({QStringLiteral("--input"),
                           kWinogrande + QStringLiteral("llama/winogrande_write_out_info.json"),
                           QStringLiteral("--input"),
                           kWinogrande + QStringLiteral("llama13/winogrande_write_out_info.json"),
                           QStringLiteral("--metric"), QStringLiteral("multiple_choice_grade"),
                           QStringLiteral("--bootstrap"), QStringLiteral("2000")});
    QCOMPARE(r.code, int(Success));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QLatin1String("n")).toInt(), int(docs[0].size()));
    QCOMPARE(o.value(QLatin1String("unpaired_a")).toInt(), 0);
    QCOMPARE(o.value(QLatin1String("both_right")).toInt(), counts[1][1]);
    QCOMPARE(o.value(QLatin1String("only_a")).toInt(), onlyA);
    QCOMPARE(o.value(QLatin1String("only_b")).toInt(), onlyB);
    QCOMPARE(o.value(QLatin1String("both_wrong")).toInt(), counts[0][0]);
    const double p = o.value(QLatin1String("mcnemar_p")).toDouble();
    QVERIFY2(std::abs(p / static_cast<double>(2 * tail) - 1) < 1e-9, qPrintable(r.out));
    const double diff = double(onlyA - onlyB) / double(docs[0].size());
    QVERIFY(std::abs(o.value(QLatin1String("diff")).toDouble() - diff) < 1e-15);
    // 13B is right more often (diff < 0), significantly at 5 % by the exact test.
    QVERIFY(diff < 0 && p < 0.05);
    QVERIFY(o.value(QLatin1String("ci_low")).toDouble() <= diff &&
            diff <= o.value(QLatin1String("ci_high")).toDouble());
}

QTEST_GUILESS_MAIN(tst_CompareCommand)
#include "tst_CompareCommand.moc"
