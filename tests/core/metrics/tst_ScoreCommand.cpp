// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence score` end to end, in process.
#include "CliRun.h"
#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace ee::cli;

namespace {
using ee::test::Run;
Run run(const QStringList& args) {
    return ee::test::run(runScore, QStringList{QStringLiteral("score")} + args);
}
const QString kMixed = QStringLiteral(EE_TEST_FIXTURES "/examples/mixed.jsonl");
} // namespace

class tst_ScoreCommand : public QObject {
    Q_OBJECT
private slots:
    void jsonShape();
    void perExampleAndBootstrap();
    void csv();
    void usageErrors_data();
    void usageErrors();
    void unreadableInputIsDataError();
    void extractionRegexChangesTheScore();
    void issue18MetricsAndOptions();
};

namespace {
// Wilson 95 % for 1 of 2 (Python statistics.NormalDist and the textbook formula).
constexpr double WILSON_1_2_LOW = 0.09453120573423074;
constexpr double WILSON_1_2_HIGH = 0.9054687942657693;
} // namespace

void tst_ScoreCommand::issue18MetricsAndOptions() {
    const Run r = run(
        {QStringLiteral("--input"), kMixed, QStringLiteral("--task"), QStringLiteral("arith"),
         QStringLiteral("--metric"), QStringLiteral("chrf,chrf_pp,token_f1,squad_exact_match,bleu"),
         QStringLiteral("--interval"), QStringLiteral("clopper-pearson"),
         QStringLiteral("--smooth"), QStringLiteral("floor"), QStringLiteral("--smooth-value"),
         QStringLiteral("0.25"), QStringLiteral("--tokenize"), QStringLiteral("char"),
         QStringLiteral("--lowercase")});
    QCOMPARE(r.code, int(Success));
    const QJsonObject m = QJsonDocument::fromJson(r.out.toUtf8())
                              .object()
                              .value(QLatin1String("groups"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("metrics"))
                              .toObject();
    const auto metric = [&](const char* name) { return m.value(QLatin1String(name)).toObject(); };
    // a1 "42" for "42" and a2 "41" for "40": one exact, one with one of two characters shared.
    QCOMPARE(metric("squad_exact_match").value(QLatin1String("value")).toDouble(), 0.5);
    QCOMPARE(metric("squad_exact_match").value(QLatin1String("ci_method")).toString(),
             QStringLiteral("clopper-pearson"));
    QCOMPARE(metric("squad_exact_match").value(QLatin1String("ci_low")).toDouble(),
             0.012579117093425074);
    QCOMPARE(metric("token_f1").value(QLatin1String("value")).toDouble(), 0.5);
    QVERIFY(metric("token_f1").value(QLatin1String("ci_low")).isNull()); // not a proportion
    QCOMPARE(metric("chrf").value(QLatin1String("definition")).toString(),
             QStringLiteral("sacrebleu corpus chrF2 "
                            "nrefs:1|case:lc|eff:yes|nc:6|nw:0|space:no|version:2.6.0"));
    QVERIFY(metric("chrf_pp")
                .value(QLatin1String("definition"))
                .toString()
                .contains(QLatin1String("chrF2++ nrefs:1|case:lc|eff:yes|nc:6|nw:2|")));
    QCOMPARE(metric("bleu").value(QLatin1String("definition")).toString(),
             QStringLiteral("sacrebleu corpus "
                            "nrefs:1|case:lc|eff:no|tok:char|smooth:floor[0.25]|version:2.6.0"));
}

void tst_ScoreCommand::extractionRegexChangesTheScore() {
    // a1 answers "42" for "42": right as it stands, wrong when only its first digit is kept.
    const auto em = [](const QStringList& extra) {
        const Run r = run(QStringList{QStringLiteral("--input"), kMixed, QStringLiteral("--metric"),
                                      QStringLiteral("exact_str_match"), QStringLiteral("--task"),
                                      QStringLiteral("arith")} +
                          extra);
        const QJsonObject g = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QLatin1String("groups"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        return g.value(QLatin1String("metrics"))
            .toObject()
            .value(QLatin1String("exact_str_match"))
            .toObject()
            .value(QLatin1String("value"))
            .toDouble();
    };
    QVERIFY(em({}) > 0);
    QCOMPARE(em({QStringLiteral("--extract"), QStringLiteral("\\d")}), 0.0);
}

void tst_ScoreCommand::jsonShape() {
    const Run r = run({QStringLiteral("--input"), kMixed, QStringLiteral("--metric"),
                       QStringLiteral("exact_str_match,bleu,log_likelihood")});
    QCOMPARE(r.code, int(Success));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray groups = o.value(QLatin1String("groups")).toArray();
    QCOMPARE(groups.size(), 4);
    const QJsonObject g = groups.at(0).toObject();
    QCOMPARE(g.value(QLatin1String("task")).toString(), QStringLiteral("arith"));
    QCOMPARE(g.value(QLatin1String("model")).toString(), QStringLiteral("m-small"));
    QCOMPARE(g.value(QLatin1String("params")).toDouble(), 1e8);
    QCOMPARE(g.value(QLatin1String("shots")).toInt(), 2);
    QCOMPARE(g.value(QLatin1String("n")).toInt(), 2);
    QCOMPARE(g.value(QLatin1String("skipped")).toInt(), 1);
    const QJsonObject em = g.value(QLatin1String("metrics"))
                               .toObject()
                               .value(QLatin1String("exact_str_match"))
                               .toObject();
    QCOMPARE(em.value(QLatin1String("value")).toDouble(), 0.5);
    // A proportion with known k = 1, n = 2: the Wilson interval by default (issue 18).
    QCOMPARE(em.value(QLatin1String("ci_method")).toString(), QStringLiteral("wilson"));
    QVERIFY(std::abs(em.value(QLatin1String("ci_low")).toDouble() - WILSON_1_2_LOW) < 1e-12);
    QVERIFY(std::abs(em.value(QLatin1String("ci_high")).toDouble() - WILSON_1_2_HIGH) < 1e-12);
    QVERIFY(em.value(QLatin1String("definition"))
                .toString()
                .startsWith(QLatin1String("bigbench exact_str_match")));
    const QJsonObject bleu =
        g.value(QLatin1String("metrics")).toObject().value(QLatin1String("bleu")).toObject();
    QCOMPARE(bleu.value(QLatin1String("definition")).toString(),
             QStringLiteral("sacrebleu corpus "
                            "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"));
    QVERIFY(!g.contains(QLatin1String("per_example")));
    QVERIFY(o.value(QLatin1String("warnings")).toArray().size() >= 7);
    QVERIFY(r.err.contains(QLatin1String("mixed.jsonl:4:")));
}

void tst_ScoreCommand::perExampleAndBootstrap() {
    const Run r =
        run({QStringLiteral("--input"), kMixed, QStringLiteral("--metric"),
             QStringLiteral("exact_str_match"), QStringLiteral("--metric"), QStringLiteral("bleu"),
             QStringLiteral("--level"), QStringLiteral("sentence"), QStringLiteral("--tokenize"),
             QStringLiteral("intl"), QStringLiteral("--bootstrap"), QStringLiteral("100"),
             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--per-example")});
    QCOMPARE(r.code, int(Success));
    const QJsonArray groups =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("groups")).toArray();
    const QJsonObject g = groups.at(1).toObject();
    const QJsonArray per = g.value(QLatin1String("per_example")).toArray();
    QCOMPARE(per.size(), 2);
    QCOMPARE(per.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("a1"));
    QCOMPARE(per.at(0).toObject().value(QLatin1String("exact_str_match")).toDouble(), 1.0);
    QVERIFY(per.at(0).toObject().value(QLatin1String("bleu")).toDouble() > 99.99);
    const QJsonObject bleu =
        g.value(QLatin1String("metrics")).toObject().value(QLatin1String("bleu")).toObject();
    QCOMPARE(bleu.value(QLatin1String("definition")).toString(),
             QStringLiteral("sacrebleu sentence "
                            "nrefs:var|case:mixed|eff:yes|tok:intl|smooth:exp|version:2.6.0 mean"));
    QVERIFY(bleu.value(QLatin1String("ci_low")).isDouble());
    // MC group: string metrics do not apply.
    const QJsonObject mc = groups.at(2).toObject().value(QLatin1String("metrics")).toObject();
    QVERIFY(mc.value(QLatin1String("exact_str_match"))
                .toObject()
                .value(QLatin1String("value"))
                .isNull());
    QCOMPARE(run({QStringLiteral("--input"), kMixed, QStringLiteral("--metric"),
                  QStringLiteral("exact_str_match"), QStringLiteral("--bootstrap"),
                  QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("5")})
                 .out,
             run({QStringLiteral("--input"), kMixed, QStringLiteral("--metric"),
                  QStringLiteral("exact_str_match"), QStringLiteral("--bootstrap"),
                  QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("5")})
                 .out);
}

void tst_ScoreCommand::csv() {
    const Run r = run({kMixed, QStringLiteral("--metric"), QStringLiteral("exact_str_match"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, int(Success));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines[0].startsWith(
        QLatin1String("task,subtask,family,model,params,shots,prompting,metric,id,value")));
    QVERIFY(
        lines[1].startsWith(QLatin1String("arith,,toy,m-small,1e+08,2,,exact_str_match,,0.5,")));
    QVERIFY(lines[1].endsWith(QLatin1String(",2,1,bigbench exact_str_match: output equals a "
                                            "target (code points); mean 0-1,wilson")));
}

void tst_ScoreCommand::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no input") << QStringList{QStringLiteral("--metric"), QStringLiteral("bleu")};
    QTest::newRow("no metric") << QStringList{QStringLiteral("--input"), kMixed};
    QTest::newRow("bad extraction regex")
        << QStringList{QStringLiteral("--input"),   kMixed,
                       QStringLiteral("--metric"),  QStringLiteral("exact_str_match"),
                       QStringLiteral("--extract"), QStringLiteral("(")};
    QTest::newRow("bad answer rule")
        << QStringList{QStringLiteral("--input"),   kMixed,
                       QStringLiteral("--metric"),  QStringLiteral("exact_str_match"),
                       QStringLiteral("--answers"), QStringLiteral("loose")};
    QTest::newRow("unknown metric")
        << QStringList{QStringLiteral("--input"), kMixed, QStringLiteral("--metric"),
                       QStringLiteral("exact_match")};
    QTest::newRow("pass_at_k without --k") << QStringList{
        QStringLiteral("--input"), kMixed, QStringLiteral("--metric"), QStringLiteral("pass_at_k")};
    QTest::newRow("--k 0") << QStringList{QStringLiteral("--input"),  kMixed,
                                          QStringLiteral("--metric"), QStringLiteral("pass_at_k"),
                                          QStringLiteral("--k"),      QStringLiteral("0")};
    QTest::newRow("--k without pass_at_k")
        << QStringList{QStringLiteral("--input"),  kMixed,
                       QStringLiteral("--metric"), QStringLiteral("exact_str_match"),
                       QStringLiteral("--k"),      QStringLiteral("3")};
    QTest::newRow("pass_at_0") << QStringList{
        QStringLiteral("--input"), kMixed, QStringLiteral("--metric"), QStringLiteral("pass_at_0")};
    QTest::newRow("bad tokenizer")
        << QStringList{QStringLiteral("--input"),    kMixed,
                       QStringLiteral("--metric"),   QStringLiteral("bleu"),
                       QStringLiteral("--tokenize"), QStringLiteral("ja-mecab")};
    QTest::newRow("smooth value with exp (issue 18)")
        << QStringList{QStringLiteral("--input"),        kMixed,
                       QStringLiteral("--metric"),       QStringLiteral("bleu"),
                       QStringLiteral("--smooth-value"), QStringLiteral("0.2")};
    QTest::newRow("negative smooth value")
        << QStringList{QStringLiteral("--input"),        kMixed,
                       QStringLiteral("--metric"),       QStringLiteral("bleu"),
                       QStringLiteral("--smooth"),       QStringLiteral("add-k"),
                       QStringLiteral("--smooth-value"), QStringLiteral("-1")};
    QTest::newRow("bad interval") << QStringList{
        QStringLiteral("--input"),    kMixed,
        QStringLiteral("--metric"),   QStringLiteral("exact_str_match"),
        QStringLiteral("--interval"), QStringLiteral("normal")};
    QTest::newRow("bad smooth") << QStringList{
        QStringLiteral("--input"),  kMixed,
        QStringLiteral("--metric"), QStringLiteral("bleu"),
        QStringLiteral("--smooth"), QStringLiteral("add-one")};
    QTest::newRow("bad level") << QStringList{QStringLiteral("--input"),  kMixed,
                                              QStringLiteral("--metric"), QStringLiteral("bleu"),
                                              QStringLiteral("--level"),  QStringLiteral("doc")};
    QTest::newRow("bad bootstrap")
        << QStringList{QStringLiteral("--input"),     kMixed,
                       QStringLiteral("--metric"),    QStringLiteral("bleu"),
                       QStringLiteral("--bootstrap"), QStringLiteral("-3")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("--input"),  kMixed,
                                               QStringLiteral("--metric"), QStringLiteral("bleu"),
                                               QStringLiteral("--format"), QStringLiteral("xml")};
}

void tst_ScoreCommand::usageErrors() {
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.code, int(UsageError));
    QVERIFY(r.err.contains(QLatin1String("usage:")));
    QVERIFY(r.out.isEmpty());
}

void tst_ScoreCommand::unreadableInputIsDataError() {
    const Run r = run({QStringLiteral("--input"), QStringLiteral("/nonexistent.jsonl"),
                       QStringLiteral("--metric"), QStringLiteral("bleu")});
    QCOMPARE(r.code, int(DataError));
    QVERIFY(r.err.contains(QLatin1String("/nonexistent.jsonl: file not found")));
}

QTEST_APPLESS_MAIN(tst_ScoreCommand)
#include "tst_ScoreCommand.moc"
