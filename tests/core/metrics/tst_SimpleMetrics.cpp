// SPDX-License-Identifier: GPL-3.0-or-later
// Exact match and BIG-bench post-processing, edit distances, multiple choice, bootstrap and the
// Python string helpers (specs/metrics.md sections 1, 4, 5).
#include "metrics/Bootstrap.h"
#include "metrics/EditDistance.h"
#include "metrics/ExactMatch.h"
#include "metrics/MultipleChoice.h"
#include "metrics/PyText.h"

#include <QTest>
#include <cmath>

using namespace ee;

class tst_SimpleMetrics : public QObject {
    Q_OBJECT
private slots:
    void pythonSplit_data();
    void pythonSplit();
    void pythonLower();
    void postprocess_data();
    void postprocess();
    void postprocessRegexErrors();
    void exactMatch();
    void caseInsensitiveMatch();
    void editDistance_data();
    void editDistance();
    void argmaxTieBreak();
    void multipleChoice();
    void brierAndMargin();
    void optionLogProbs_data();
    void optionLogProbs();
    void bootstrapDeterministic();
    void percentileLikeNumpy();
};

void tst_SimpleMetrics::pythonSplit_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<int>("pieces");
    QTest::newRow("ascii") << QStringLiteral("  a b\tc\n") << 3;
    QTest::newRow("nbsp ideographic") << QStringLiteral("a\u00A0b\u3000c") << 3;
    QTest::newRow("file separators") << QStringLiteral("a\u001Cb\u001Fc\u0085d") << 4;
    QTest::newRow("zwsp and bom are not space") << QStringLiteral("a\u200Bb\uFEFFc") << 1;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("only space") << QStringLiteral(" \u2028 ") << 0;
}

void tst_SimpleMetrics::pythonSplit() {
    QFETCH(QString, in);
    QFETCH(int, pieces);
    const U32 u = py::toU32(in);
    std::vector<U32View> out;
    py::split(u, out);
    QCOMPARE(static_cast<int>(out.size()), pieces);
}

void tst_SimpleMetrics::pythonLower() {
    QCOMPARE(py::lower(QStringLiteral("\u0130")), QStringLiteral("i\u0307"));
    QCOMPARE(py::lower(QStringLiteral("\u212A")), QStringLiteral("k"));
    QCOMPARE(py::lower(QStringLiteral("STRAẞE")), QStringLiteral("straße")); // no ß → ss
    QCOMPARE(py::lower(QStringLiteral("ΣΑΣ")), QStringLiteral("σας")); // final sigma, as Python
    QCOMPARE(py::lower(QStringLiteral("ΣΑΣ Σ aΣ. ΑΣ'Α")), QStringLiteral("σας σ aς. ασ'α"));
}

void tst_SimpleMetrics::postprocess_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<bool>("defaultRegex");
    QTest::addColumn<QString>("out");
    // specs/metrics.md section 4.
    QTest::newRow("final period") << QStringLiteral("42.") << -1 << QString() << true
                                  << QStringLiteral("42");
    QTest::newRow("sentence") << QStringLiteral("The answer is 42.") << -1 << QString() << true
                              << QStringLiteral("The answer is 42");
    QTest::newRow("decimal cut") << QStringLiteral("3.14") << -1 << QString() << true
                                 << QStringLiteral("3");
    QTest::newRow("leading space kept")
        << QStringLiteral(" 42") << -1 << QString() << true << QStringLiteral(" 42");
    QTest::newRow("CR kept") << QStringLiteral("42\r\nmore") << -1 << QString() << true
                             << QStringLiteral("42\r");
    QTest::newRow("only stops") << QStringLiteral("...") << -1 << QString() << true << QString();
    QTest::newRow("leading period")
        << QStringLiteral(".42") << -1 << QString() << true << QStringLiteral("42");
    QTest::newRow("stop string kept") << QStringLiteral("42\nmore") << -1 << QStringLiteral("\n")
                                      << false << QStringLiteral("42\n");
    QTest::newRow("stop at index 0 ignored")
        << QStringLiteral("\n42\nmore") << -1 << QStringLiteral("\n") << false
        << QStringLiteral("\n42\nmore");
    QTest::newRow("max length code points") << QStringLiteral("日本語のテキスト") << 3 << QString()
                                            << false << QStringLiteral("日本語");
    QTest::newRow("max length emoji")
        << QStringLiteral("👍👍👍") << 2 << QString() << false << QStringLiteral("👍👍");
    QTest::newRow("all three") << QStringLiteral("Q: x? A: 7. Q") << 11 << QStringLiteral("?")
                               << true << QStringLiteral("Q: x");
}

void tst_SimpleMetrics::postprocess() {
    QFETCH(QString, in);
    QFETCH(int, maxLength);
    QFETCH(QString, stop);
    QFETCH(bool, defaultRegex);
    QFETCH(QString, out);
    PostProcess pp = defaultRegex ? PostProcess::bigbenchDefault() : PostProcess{};
    if (maxLength >= 0)
        pp.maxLength = maxLength;
    pp.stopString = stop;
    const PostProcessed r = postprocessOutput(in, pp);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.text, out);
}

void tst_SimpleMetrics::postprocessRegexErrors() {
    PostProcess pp;
    pp.outputRegex = QStringLiteral("(a)(b)");
    QVERIFY(!postprocessOutput(QStringLiteral("ab"), pp).error.isEmpty());
    pp.outputRegex = QStringLiteral("(");
    QVERIFY(!postprocessOutput(QStringLiteral("ab"), pp).error.isEmpty());
    pp.outputRegex = QStringLiteral("answer: (\\d+)");
    QCOMPARE(postprocessOutput(QStringLiteral("so answer: 12 and answer: 13"), pp).text,
             QStringLiteral("12"));
    pp.outputRegex = QStringLiteral("\\d+");
    QCOMPARE(postprocessOutput(QStringLiteral("none"), pp).text, QString());
}

void tst_SimpleMetrics::exactMatch() {
    QCOMPARE(exactStrMatch(QStringLiteral("42"), {QStringLiteral("41"), QStringLiteral("42")}),
             1.0);
    QCOMPARE(exactStrMatch(QStringLiteral(" 42"), {QStringLiteral("42")}), 0.0);
    QCOMPARE(exactStrMatch(QStringLiteral("Paris"), {QStringLiteral("paris")}), 0.0);
    QCOMPARE(exactStrMatch(QString(), {QString()}), 1.0);
    QCOMPARE(exactStrMatch(QStringLiteral("x"), {}), 0.0);
    // Composed vs decomposed é: code points differ, so no match (no normalisation).
    QCOMPARE(exactStrMatch(QStringLiteral("caf\u00E9"), {QStringLiteral("cafe\u0301")}), 0.0);
}

void tst_SimpleMetrics::caseInsensitiveMatch() {
    QCOMPARE(caseInsensitiveStrMatch(QStringLiteral("PARIS"), {QStringLiteral("paris")}), 1.0);
    QCOMPARE(caseInsensitiveStrMatch(QStringLiteral("STRASSE"), {QStringLiteral("straße")}), 0.0);
    QCOMPARE(caseInsensitiveStrMatch(QStringLiteral("\u212A"), {QStringLiteral("k")}), 1.0);
}

void tst_SimpleMetrics::editDistance_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<qint64>("chars");
    QTest::newRow("equal") << QStringLiteral("a b c") << QStringLiteral("a b c") << qint64(0)
                           << qint64(0);
    QTest::newRow("sub") << QStringLiteral("1 2 3") << QStringLiteral("1 9 3") << qint64(1)
                         << qint64(1);
    QTest::newRow("empty") << QString() << QStringLiteral("one two") << qint64(2) << qint64(7);
    QTest::newRow("whitespace only differs")
        << QStringLiteral("a  b") << QStringLiteral("a b") << qint64(0) << qint64(1);
    QTest::newRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << qint64(1)
                            << qint64(3);
    QTest::newRow("emoji is one char")
        << QStringLiteral("a👍") << QStringLiteral("a") << qint64(1) << qint64(1);
    QTest::newRow("cjk") << QStringLiteral("我爱北京") << QStringLiteral("我爱上海") << qint64(1)
                         << qint64(2);
}

void tst_SimpleMetrics::editDistance() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qint64, tokens);
    QFETCH(qint64, chars);
    QCOMPARE(tokenEditDistance(a, b), tokens);
    QCOMPARE(charEditDistance(a, b), chars);
    QCOMPARE(tokenEditDistance(b, a), tokens);
}

void tst_SimpleMetrics::argmaxTieBreak() {
    // Single maximum: no hashing.
    QCOMPARE(bigbenchArgmax({-1.0, -0.5, -2.0}), qsizetype(1));
    QCOMPARE(bigbenchArgmax({}), qsizetype(-1));
    // Ties: sha256 of the little-endian float64 bytes decides. Values checked with Python:
    //   import hashlib, numpy as np   (struct.pack("<d") gives the same bytes)
    //   h = int(hashlib.sha256(np.array(x, dtype=np.float64).tobytes()).hexdigest(), 16)
    //   [0,1,...][h % k]
    QCOMPARE(bigbenchArgmax({0.0, 0.0}), qsizetype(1));
    QCOMPARE(bigbenchArgmax({-1.0, -1.0, -1.0}), qsizetype(2));
    QCOMPARE(bigbenchArgmax({-3.0, -0.25, -7.0, -0.25}), qsizetype(3));
    // Deterministic.
    QCOMPARE(bigbenchArgmax({-1.0, -1.0, -1.0}), bigbenchArgmax({-1.0, -1.0, -1.0}));
}

void tst_SimpleMetrics::multipleChoice() {
    QCOMPARE(*multipleChoiceGrade({-0.1, -2.0}, {1.0, 0.0}), 1.0);
    QCOMPARE(*multipleChoiceGrade({-2.0, -0.1}, {1.0, 0.0}), 0.0);
    QCOMPARE(*multipleChoiceGrade({-2.0, -0.1}, {0.0, 0.5}), 0.5); // fractional target scores
    QVERIFY(!multipleChoiceGrade({-2.0}, {0.0, 1.0}));             // mismatched counts
    QVERIFY(!multipleChoiceGrade({}, {}));
    QVERIFY(!multipleChoiceGrade({NAN, NAN}, {0.0, 1.0}));
    QCOMPARE(*multipleChoiceGrade({NAN, -1.0}, {0.0, 1.0}), 1.0); // NaN never wins
}

void tst_SimpleMetrics::brierAndMargin() {
    const double l = std::log(0.5);
    QCOMPARE(*brierScore({l, l}, {1.0, 0.0}), 0.25); // ((0.5−1)² + 0.5²)/2
    const QList<double> norm = normalizeLogProbs({0.0, 0.0, 0.0, 0.0});
    QVERIFY(std::abs(std::exp(norm[0]) - 0.25) < 1e-15);
    const auto m = choiceMargin({std::log(0.6), std::log(0.3), std::log(0.1)}, {1.0, 0.0, 0.0});
    QVERIFY(m);
    QVERIFY(std::abs(m->pCorrect - 0.6) < 1e-12);
    QVERIFY(std::abs(m->pBestIncorrect - 0.3) < 1e-12);
    QVERIFY(!brierScore({0.0}, {}));
}

void tst_SimpleMetrics::optionLogProbs_data() {
    QTest::addColumn<QList<double>>("lp");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("correct");
    QTest::addColumn<double>("bestIncorrect");
    // Hand-computed: the correct option's log-prob as given, the largest incorrect one.
    QTest::newRow("correct wins") << QList<double>{-1.5, -4.0, -2.25} << QList<double>{1, 0, 0}
                                  << true << -1.5 << -2.25;
    QTest::newRow("correct loses")
        << QList<double>{-3.0, -0.5} << QList<double>{1, 0} << true << -3.0 << -0.5;
    QTest::newRow("not renormalised")
        << QList<double>{-20.0, -21.0} << QList<double>{0, 1} << true << -21.0 << -20.0;
    // Two correct options: ln(e^-1 + e^-1) = -1 + ln 2.
    QTest::newRow("two correct: log-sum-exp")
        << QList<double>{-1.0, -1.0, -3.0} << QList<double>{1, 1, 0} << true << -1.0 + std::log(2.0)
        << -3.0;
    // Fractional target scores: the highest is "correct", the rest incorrect.
    QTest::newRow("fractional") << QList<double>{-2.0, -1.0, -0.5} << QList<double>{0.5, 0.25, 0}
                                << true << -2.0 << -0.5;
    QTest::newRow("-inf incorrect")
        << QList<double>{-1.0, -qInf()} << QList<double>{1, 0} << true << -1.0 << -qInf();
    QTest::newRow("every option correct")
        << QList<double>{-1.0, -2.0} << QList<double>{1, 1} << false << 0.0 << 0.0;
    QTest::newRow("no correct option")
        << QList<double>{-1.0, -2.0} << QList<double>{0, 0} << false << 0.0 << 0.0;
    QTest::newRow("NaN") << QList<double>{NAN, -2.0} << QList<double>{1, 0} << false << 0.0 << 0.0;
    QTest::newRow("counts differ")
        << QList<double>{-1.0} << QList<double>{1, 0} << false << 0.0 << 0.0;
    QTest::newRow("empty") << QList<double>{} << QList<double>{} << false << 0.0 << 0.0;
}

void tst_SimpleMetrics::optionLogProbs() {
    QFETCH(QList<double>, lp);
    QFETCH(QList<double>, scores);
    QFETCH(bool, defined);
    QFETCH(double, correct);
    QFETCH(double, bestIncorrect);
    const auto o = ee::optionLogProbs(lp, scores);
    QCOMPARE(o.has_value(), defined);
    if (!o)
        return;
    QCOMPARE(o->correct, correct);
    QCOMPARE(o->bestIncorrect, bestIncorrect);
    QCOMPARE(o->margin(), correct - bestIncorrect);
}

void tst_SimpleMetrics::bootstrapDeterministic() {
    std::vector<double> v;
    for (int i = 0; i < 200; ++i)
        v.push_back(i % 3 == 0 ? 1.0 : 0.0);
    BootstrapOptions o;
    o.resamples = 500;
    o.seed = 7;
    const Interval a = bootstrapMean(v, o), b = bootstrapMean(v, o);
    QCOMPARE(a.low, b.low);
    QCOMPARE(a.high, b.high);
    double mean = 0;
    for (double x : v)
        mean += x;
    mean /= static_cast<double>(v.size());
    QVERIFY(a.low < mean && mean < a.high);
    QVERIFY(a.high - a.low < 0.2);
    o.seed = 8;
    const Interval c = bootstrapMean(v, o);
    QVERIFY(c.low != a.low || c.high != a.high);
    // Constant data: a degenerate interval at the value.
    const Interval d = bootstrapMean(std::vector<double>(10, 0.5), o);
    QCOMPARE(d.low, 0.5);
    QCOMPARE(d.high, 0.5);
    QCOMPARE(bootstrapMean({}, o).low, 0.0);
}

void tst_SimpleMetrics::percentileLikeNumpy() {
    // np.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) = [1.075, 2.5, 3.925]
    QVERIFY(std::abs(percentile({4, 1, 3, 2}, 2.5) - 1.075) < 1e-15);
    QCOMPARE(percentile({4, 1, 3, 2}, 50), 2.5);
    QVERIFY(std::abs(percentile({4, 1, 3, 2}, 97.5) - 3.925) < 1e-15);
    QCOMPARE(percentile({5}, 97.5), 5.0);
}

QTEST_APPLESS_MAIN(tst_SimpleMetrics)
#include "tst_SimpleMetrics.moc"
