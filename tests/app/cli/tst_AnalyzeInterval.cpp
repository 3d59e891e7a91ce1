// SPDX-License-Identifier: GPL-3.0-or-later
// `emergence analyze --interval wilson|clopper-pearson|bootstrap` (issues 18 and 19): the
// interval printed with each point of a proportion metric with a known n and no published
// standard error, and the σ of the flat test taken from it. On the bundled Pythia arithmetic
// (50 problems per operand): Pythia-125M solves 0 of 50 multiplications whose first operand
// is 2, published with a standard error of 0.
#include "CliRun.h"
#include "cli/Commands.h"
#include "metrics/ProportionInterval.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace ee::cli;
using ee::test::Run;

namespace {

const QString kPythia = QStringLiteral(EE_TEST_DATASETS "/pythia_arithmetic_by_operand.csv");

Run analyze(const QStringList& extra) {
    return ee::test::run(runAnalyze,
                         QStringList{QStringLiteral("analyze"), kPythia, QStringLiteral("--task"),
                                     QStringLiteral("pythia_arithmetic_multiplication"),
                                     QStringLiteral("--subtask"), QStringLiteral("x1=02"),
                                     QStringLiteral("--shots"), QStringLiteral("16"),
                                     QStringLiteral("--no-fits"), QStringLiteral("--format"),
                                     QStringLiteral("json")} +
                             extra);
}

QJsonObject onlyCurve(const Run& r) {
    const QJsonArray curves =
        QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("curves")].toArray();
    return curves.size() == 1 ? curves[0].toObject() : QJsonObject();
}

QJsonObject pointOf(const QJsonObject& curve, const QString& model) {
    for (const QJsonValue& p : curve[QStringLiteral("points")].toArray())
        if (p[QStringLiteral("model")].toString() == model)
            return p.toObject();
    return {};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

const double kZ = ee::normalQuantile(0.975);

} // namespace

class tst_AnalyzeInterval : public QObject {
    Q_OBJECT
private slots:
    void wilsonByDefault();
    void clopperPearson();
    void bootstrapComputesNone();
    void publishedIntervalsComeFirst();
    void badMethodIsAUsageError();
};

void tst_AnalyzeInterval::wilsonByDefault() {
    const Run r = analyze({});
    QCOMPARE(r.code, 0);
    const QJsonObject c = onlyCurve(r);
    QCOMPARE(c[QStringLiteral("point_interval")].toString(), QStringLiteral("wilson"));
    const QJsonObject zero = pointOf(c, QStringLiteral("pythia-125m-deduped"));
    QCOMPARE(zero[QStringLiteral("y")].toDouble(), 0.0);
    QCOMPARE(zero[QStringLiteral("n")].toInt(), 50);
    QCOMPARE(zero[QStringLiteral("interval_source")].toString(), QStringLiteral("wilson"));
    const QJsonArray iv = zero[QStringLiteral("interval")].toArray();
    QCOMPARE(iv[0].toDouble(), 0.0);
    const double high = kZ * kZ / (50 + kZ * kZ); // Wilson at 0 of 50: 0.0713…
    QVERIFY(std::abs(iv[1].toDouble() - high) < 1e-15);
    QVERIFY(std::abs(zero[QStringLiteral("sigma")].toDouble() - high / (2 * kZ)) < 1e-15);
    // The flat test's σ is the median of the points' σ: published standard errors where
    // positive, the Wilson interval's where 0.
    std::vector<double> sigmas;
    for (const QJsonValue& p : c[QStringLiteral("points")].toArray()) {
        QVERIFY(p[QStringLiteral("sigma")].isDouble());
        sigmas.push_back(p[QStringLiteral("sigma")].toDouble());
        if (p[QStringLiteral("y")].toDouble() > 0 && p[QStringLiteral("y")].toDouble() < 1)
            QCOMPARE(p[QStringLiteral("interval_source")].toString(),
                     QStringLiteral("standard_error"));
    }
    QCOMPARE(sigmas.size(), std::size_t(7));
    const QJsonObject flags = c[QStringLiteral("flag_details")].toObject();
    QCOMPARE(flags[QStringLiteral("sigma")].toDouble(), median(sigmas));
    QVERIFY(flags[QStringLiteral("sigma_source")].toString().contains(QStringLiteral("Wilson")));
}

void tst_AnalyzeInterval::clopperPearson() {
    const Run r = analyze({QStringLiteral("--interval"), QStringLiteral("clopper-pearson")});
    QCOMPARE(r.code, 0);
    const QJsonObject c = onlyCurve(r);
    QCOMPARE(c[QStringLiteral("point_interval")].toString(), QStringLiteral("clopper-pearson"));
    const QJsonObject zero = pointOf(c, QStringLiteral("pythia-125m-deduped"));
    QCOMPARE(zero[QStringLiteral("interval_source")].toString(), QStringLiteral("clopper-pearson"));
    // The exact upper bound at 0 of n solves (1 − p)^n = α/2.
    const double high = 1 - std::pow(0.025, 1.0 / 50);
    QVERIFY(std::abs(zero[QStringLiteral("interval")][1].toDouble() - high) < 1e-12);
    QVERIFY(std::abs(zero[QStringLiteral("sigma")].toDouble() - high / (2 * kZ)) < 1e-12);
    QVERIFY(c[QStringLiteral("flag_details")][QStringLiteral("sigma_source")].toString().contains(
        QStringLiteral("Clopper–Pearson")));
}

void tst_AnalyzeInterval::bootstrapComputesNone() {
    // Without a binomial interval the 0/50 point keeps its published ±0 and gives no σ; the
    // flat test uses the median of the positive published standard errors, as before.
    const Run r = analyze({QStringLiteral("--interval"), QStringLiteral("bootstrap")});
    QCOMPARE(r.code, 0);
    const QJsonObject c = onlyCurve(r);
    const QJsonObject zero = pointOf(c, QStringLiteral("pythia-125m-deduped"));
    QCOMPARE(zero[QStringLiteral("interval_source")].toString(), QStringLiteral("standard_error"));
    QCOMPARE(zero[QStringLiteral("interval")][1].toDouble(), 0.0);
    QVERIFY(zero[QStringLiteral("sigma")].isNull());
    std::vector<double> positive;
    for (const QJsonValue& p : c[QStringLiteral("points")].toArray())
        if (p[QStringLiteral("sigma")].isDouble())
            positive.push_back(p[QStringLiteral("sigma")].toDouble());
    QCOMPARE(positive.size(), std::size_t(6));
    const QJsonObject flags = c[QStringLiteral("flag_details")].toObject();
    QCOMPARE(flags[QStringLiteral("sigma")].toDouble(), median(positive));
    QCOMPARE(flags[QStringLiteral("sigma_source")].toString(),
             QStringLiteral("median standard error of the points"));
    // Wilson gives this curve a smaller σ (the 0/50 point counts with 0.018 instead of not at all).
    QVERIFY(
        onlyCurve(analyze({}))[QStringLiteral("flag_details")][QStringLiteral("sigma")].toDouble() <
        flags[QStringLiteral("sigma")].toDouble());
}

void tst_AnalyzeInterval::publishedIntervalsComeFirst() {
    // GSM8K (GPT-3 solutions) publishes Wilson intervals with n: they are printed as
    // published; σ still comes from the binomial interval of the share and n.
    const Run r = ee::test::run(
        runAnalyze,
        {QStringLiteral("analyze"), QStringLiteral(EE_TEST_DATASETS "/gsm8k_gpt3_solutions.csv"),
         QStringLiteral("--metric"), QStringLiteral("exact_str_match"),
         QStringLiteral("--prompting"), QStringLiteral("finetuning"), QStringLiteral("--no-fits"),
         QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject c = onlyCurve(r);
    const QJsonArray points = c[QStringLiteral("points")].toArray();
    QCOMPARE(points.size(), 2);
    for (const QJsonValue& p : points) {
        QCOMPARE(p[QStringLiteral("interval_source")].toString(), QStringLiteral("published"));
        const double share = p[QStringLiteral("y")].toDouble();
        const double n = p[QStringLiteral("n")].toDouble();
        const ee::Interval w = ee::wilsonInterval(std::llround(share * n), std::llround(n), 0.95);
        QVERIFY(std::abs(p[QStringLiteral("sigma")].toDouble() - (w.high - w.low) / (2 * kZ)) <
                1e-12);
    }
}

void tst_AnalyzeInterval::badMethodIsAUsageError() {
    const Run r = analyze({QStringLiteral("--interval"), QStringLiteral("normal")});
    QCOMPARE(r.code, 2);
    QVERIFY(
        r.err.contains(QStringLiteral("--interval must be wilson, clopper-pearson or bootstrap")));
}

QTEST_APPLESS_MAIN(tst_AnalyzeInterval)
#include "tst_AnalyzeInterval.moc"
