// SPDX-License-Identifier: GPL-3.0-or-later
// BLEU and its tokenizers against sacreBLEU 2.x behaviour (specs/metrics.md section 2).
#include "metrics/Bleu.h"
#include "metrics/Chrf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ee;

namespace {
QStringList toList(const QJsonArray& a) {
    QStringList out;
    for (const auto& v : a)
        out << v.toString();
    return out;
}
} // namespace

class tst_Bleu : public QObject {
    Q_OBJECT
private slots:
    void tokenize13a_data();
    void tokenize13a();
    void tokenizeIntl_data();
    void tokenizeIntl();
    void referenceCases_data();
    void referenceCases();
    void exactMatchIsSlightlyAbove100();
    void corpusOfShortOutputsIsZero();
    void expSmoothingDoublesPerZeroOrder();
    void effectiveOrderCountsNonZeroTotals();
    void emptyHypothesisAndReference();
    void corpusErrors();
    void referenceStreamsWithMissingEntries();
    void multiThreadedEqualsSingle();
    void definitions();
    void issue18LargeInputs();
};

void tst_Bleu::tokenize13a_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    // Examples spelled out in specs/metrics.md 2.2.
    QTest::newRow("parens") << QStringLiteral("It's (very) good!")
                            << QStringLiteral("It's ( very ) good !");
    QTest::newRow("arith") << QStringLiteral("5-3=2") << QStringLiteral("5 - 3 = 2");
    QTest::newRow("hyphen word") << QStringLiteral("well-known") << QStringLiteral("well-known");
    QTest::newRow("abbrev") << QStringLiteral("e.g. U.S.A.")
                            << QStringLiteral("e . g . U . S . A .");
    QTest::newRow("amp") << QStringLiteral("Tom &amp; Jerry") << QStringLiteral("Tom & Jerry");
    QTest::newRow("amp lt sequential") << QStringLiteral("&amp;lt;") << QStringLiteral("<");
    QTest::newRow("final period") << QStringLiteral("42.") << QStringLiteral("42 .");
    QTest::newRow("decimal") << QStringLiteral("3.14") << QStringLiteral("3.14");
    QTest::newRow("thousands") << QStringLiteral("1,000") << QStringLiteral("1,000");
    QTest::newRow("version") << QStringLiteral("1.2.3") << QStringLiteral("1.2.3");
    QTest::newRow("leading period") << QStringLiteral(".5") << QStringLiteral(". 5");
    QTest::newRow("cjk") << QStringLiteral("我爱北京天安门") << QStringLiteral("我爱北京天安门");
    QTest::newRow("cjk punct") << QStringLiteral("你好，世界。") << QStringLiteral("你好，世界。");
    QTest::newRow("emoji") << QStringLiteral("great👍") << QStringLiteral("great👍");
    QTest::newRow("skipped") << QStringLiteral("a <skipped> b") << QStringLiteral("a b");
    QTest::newRow("hyphen newline") << QStringLiteral("state-\nof") << QStringLiteral("stateof");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a b");
    QTest::newRow("quote entity") << QStringLiteral("&quot;hi&quot;") << QStringLiteral("\" hi \"");
    QTest::newRow("entity without amp check") << QStringLiteral("&gt") << QStringLiteral("& gt");
    QTest::newRow("dollar") << QStringLiteral("$1,000.50.") << QStringLiteral("$ 1,000.50 .");
    QTest::newRow("comma after word") << QStringLiteral("a,b") << QStringLiteral("a , b");
    QTest::newRow("digit comma letter") << QStringLiteral("1,a") << QStringLiteral("1 , a");
    QTest::newRow("apostrophe kept")
        << QStringLiteral("rock'n'roll") << QStringLiteral("rock'n'roll");
    QTest::newRow("digit hyphen") << QStringLiteral("1990-2000") << QStringLiteral("1990 - 2000");
    QTest::newRow("double period") << QStringLiteral("end..") << QStringLiteral("end . .");
    QTest::newRow("nbsp is space") << QStringLiteral("a\u00A0b") << QStringLiteral("a b");
    QTest::newRow("zwsp not space") << QStringLiteral("a\u200Bb") << QStringLiteral("a\u200Bb");
    QTest::newRow("empty") << QString() << QString();
}

void tst_Bleu::tokenize13a() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(bleuTokenize(BleuTokenizer::T13a, in), out);
}

void tst_Bleu::tokenizeIntl_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("final period after number") << QStringLiteral("42.") << QStringLiteral("42.");
    QTest::newRow("hyphen word") << QStringLiteral("well-known") << QStringLiteral("well - known");
    QTest::newRow("apostrophe") << QStringLiteral("It's") << QStringLiteral("It ' s");
    QTest::newRow("cjk punct") << QStringLiteral("你好，世界。")
                               << QStringLiteral("你好 ， 世界 。");
    QTest::newRow("emoji") << QStringLiteral("great👍") << QStringLiteral("great 👍");
    QTest::newRow("currency") << QStringLiteral("$5") << QStringLiteral("$ 5");
    QTest::newRow("decimal") << QStringLiteral("3.14") << QStringLiteral("3.14");
    QTest::newRow("word period") << QStringLiteral("end.") << QStringLiteral("end .");
    QTest::newRow("no entity unescape") << QStringLiteral("&amp;") << QStringLiteral("& amp ;");
    QTest::newRow("math") << QStringLiteral("a+b=c") << QStringLiteral("a + b = c");
    QTest::newRow("accents") << QStringLiteral("déjà-vu!") << QStringLiteral("déjà - vu !");
    QTest::newRow("double punct") << QStringLiteral("a,,b") << QStringLiteral("a , , b");
}

void tst_Bleu::tokenizeIntl() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(bleuTokenize(BleuTokenizer::Intl, in), out);
}

void tst_Bleu::referenceCases_data() {
    QTest::addColumn<QJsonObject>("c");
    QFile f(QStringLiteral(EE_TEST_FIXTURES "/metrics/bleu_cases.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        QTest::newRow(qPrintable(o.value(QLatin1String("name")).toString())) << o;
    }
}

void tst_Bleu::referenceCases() {
    // Expected values come from bench/metrics/reference_metrics.py (sacreBLEU's algorithm in
    // Python with the original regular expressions), printed with repr().
    QFETCH(QJsonObject, c);
    BleuOptions o;
    o.tokenize = *bleuTokenizerFromName(c.value(QLatin1String("tokenize")).toString());
    o.smooth = *bleuSmoothFromName(c.value(QLatin1String("smooth")).toString());
    if (!c.value(QLatin1String("smooth_value")).isNull())
        o.smoothValue = c.value(QLatin1String("smooth_value")).toDouble();
    o.lowercase = c.value(QLatin1String("lowercase")).toBool();
    const QStringList hyps = toList(c.value(QLatin1String("hyps")).toArray());
    QList<QStringList> refs;
    for (const auto& r : c.value(QLatin1String("refs")).toArray())
        refs << toList(r.toArray());
    const double expected = c.value(QLatin1String("expected")).toString().toDouble();
    double got = 0;
    if (c.value(QLatin1String("level")).toString() == QLatin1String("sentence")) {
        o.effectiveOrder = true;
        got = sentenceBleu(hyps.first(), refs.first(), o).score;
    } else {
        const auto r = corpusBleu(hyps, refs, o);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        got = r.score.score;
    }
    QVERIFY2(
        std::abs(got - expected) < 1e-9,
        qPrintable(
            QStringLiteral("got %1 expected %2").arg(got, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void tst_Bleu::exactMatchIsSlightlyAbove100() {
    const BleuScore s = sentenceBleu(QStringLiteral("the cat sat on the mat"),
                                     {QStringLiteral("the cat sat on the mat")});
    QCOMPARE(s.score, 100.00000000000004); // exp/log round trip, as sacreBLEU prints it
}

void tst_Bleu::corpusOfShortOutputsIsZero() {
    const auto corpus = corpusBleu({QStringLiteral("42")}, {{QStringLiteral("42")}});
    QVERIFY(corpus.error.isEmpty());
    QCOMPARE(corpus.score.score, 0.0);
    QVERIFY(sentenceBleu(QStringLiteral("42"), {QStringLiteral("42")}).score > 99.999);
}

void tst_Bleu::expSmoothingDoublesPerZeroOrder() {
    // 5 hyp tokens, 1 unigram match only: p2 = 100/(2·4), p3 = 100/(4·3), p4 = 100/(8·2).
    BleuStats st;
    st.sysLen = 5;
    st.refLen = 5;
    st.correct = {1, 0, 0, 0};
    st.total = {5, 4, 3, 2};
    const BleuScore s = bleuFromStats(st, BleuOptions::corpusDefaults());
    QCOMPARE(s.precisions[1], 100.0 / 8.0);
    QCOMPARE(s.precisions[2], 100.0 / 12.0);
    QCOMPARE(s.precisions[3], 100.0 / 16.0);
    // A match at order 3 does not reset the doubling counter.
    st.correct = {2, 0, 1, 0};
    const BleuScore t = bleuFromStats(st, BleuOptions::corpusDefaults());
    QCOMPARE(t.precisions[3], 100.0 / (4.0 * 2.0));
}

void tst_Bleu::effectiveOrderCountsNonZeroTotals() {
    BleuStats st;
    st.sysLen = 2;
    st.refLen = 2;
    st.correct = {2, 0, 0, 0};
    st.total = {2, 1, 0, 0};
    BleuOptions o = BleuOptions::sentenceDefaults();
    const BleuScore s = bleuFromStats(st, o);
    // eff = 2: orders with a non-zero total, even though order 2 has no match.
    QCOMPARE(s.score, std::exp((std::log(100.0) + std::log(50.0)) / 2));
    o.effectiveOrder = false;
    QCOMPARE(bleuFromStats(st, o).score, 0.0);
}

void tst_Bleu::emptyHypothesisAndReference() {
    QCOMPARE(sentenceBleu(QString(), {QStringLiteral("a b c d")}).score, 0.0);
    QCOMPARE(sentenceBleu(QStringLiteral("   "), {QStringLiteral("a b c d")}).score, 0.0);
    // An empty reference is a reference of length 0 (sacreBLEU 2.6 keeps ""): score 0, the
    // hypothesis length counted, and it is the closest length for a short hypothesis.
    QCOMPARE(sentenceBleu(QStringLiteral("a b"), {QString()}).score, 0.0);
    QCOMPARE(sentenceBleu(QString(), {QStringLiteral("")}).score, 0.0);
    const BleuStats e = bleuSegmentStats(QStringLiteral("a"), {QString(), QStringLiteral("a b c")},
                                         BleuOptions::sentenceDefaults());
    QCOMPARE(e.sysLen, 1);
    QCOMPARE(e.refLen, 0);
    QCOMPARE(e.correct[0], 1);
    // No reference at all: nothing to compare with.
    QCOMPARE(sentenceBleu(QStringLiteral("a b"), {}).score, 0.0);
    // Whitespace-only reference is a valid (empty after tokenizing) reference.
    const BleuStats st = bleuSegmentStats(QStringLiteral("a b"), {QStringLiteral(" ")}, {});
    QCOMPARE(st.refLen, 0);
    QCOMPARE(st.sysLen, 2);
}

void tst_Bleu::corpusErrors() {
    QVERIFY(!corpusBleu({}, {}).error.isEmpty());
    QVERIFY(corpusBleu({QStringLiteral("a")}, {QStringList()})
                .error.contains(QLatin1String("segment 1")));
    // An empty string is a reference (sacreBLEU 2.6): no error, sys_len counted.
    const CorpusBleuResult empty = corpusBleu({QStringLiteral("a b")}, {{QString()}});
    QVERIFY(empty.error.isEmpty());
    QCOMPARE(empty.score.sysLen, 2);
    QCOMPARE(empty.score.refLen, 0);
    QVERIFY(!corpusBleu({QStringLiteral("a")}, {}).error.isEmpty());

    // With the check inside the threaded loop, the error must still name the FIRST bad segment,
    // even when a later chunk (another thread) meets its bad segment first.
    QStringList hyps;
    QList<QStringList> refs;
    for (int i = 0; i < 4000; ++i) {
        hyps << QStringLiteral("the cat sat");
        refs << QStringList{QStringLiteral("the cat sat down")};
    }
    refs[700] = {};
    refs[3100] = {};
    for (int threads : {1, 2, 4}) {
        const CorpusBleuResult r = corpusBleu(hyps, refs, BleuOptions::corpusDefaults(), threads);
        QVERIFY2(r.error.contains(QLatin1String("segment 701 ")), qPrintable(r.error));
    }
}

void tst_Bleu::referenceStreamsWithMissingEntries() {
    const QList<QStringList> streams = {{QStringLiteral("a b c d e"), QStringLiteral("x y z w v")},
                                        {QString(), QStringLiteral("x y z w q")}};
    const auto per = transposeReferenceStreams(streams);
    QCOMPARE(per.size(), 2);
    QCOMPARE(per[0], QStringList{QStringLiteral("a b c d e")});
    QCOMPARE(per[1].size(), 2);
    // Padding a segment with copies of its own reference changes nothing (5.1).
    const QStringList hyps = {QStringLiteral("a b c d f"), QStringLiteral("x y z w q")};
    QList<QStringList> padded = per;
    padded[0] << padded[0].first();
    QCOMPARE(corpusBleu(hyps, per).score.score, corpusBleu(hyps, padded).score.score);
}

void tst_Bleu::multiThreadedEqualsSingle() {
    QStringList hyps;
    QList<QStringList> refs;
    for (int i = 0; i < 3000; ++i) {
        hyps << QStringLiteral("w%1 the cat %2 sat on mat %3 .").arg(i % 7).arg(i % 13).arg(i % 5);
        refs << QStringList{
            QStringLiteral("w%1 the cat sat on the mat %2 .").arg(i % 11).arg(i % 5)};
    }
    QCOMPARE(corpusBleu(hyps, refs, {}, 1).score.score, corpusBleu(hyps, refs, {}, 4).score.score);
}

void tst_Bleu::definitions() {
    // The signatures sacreBLEU 2.6 prints for the same settings (issue 18).
    QCOMPARE(BleuOptions::corpusDefaults().definition(false, 1),
             QStringLiteral("sacrebleu corpus "
                            "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"));
    QCOMPARE(BleuOptions::sentenceDefaults().definition(true, 2),
             QStringLiteral("sacrebleu sentence "
                            "nrefs:2|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0"));
    QCOMPARE(BleuOptions::bigbench().definition(false, kVariableRefs),
             QStringLiteral("sacrebleu corpus "
                            "nrefs:var|case:mixed|eff:no|tok:intl|smooth:exp|version:2.6.0"));
    BleuOptions o;
    o.smooth = BleuSmooth::Floor;
    o.lowercase = true;
    o.tokenize = BleuTokenizer::Zh;
    QCOMPARE(o.signature(std::nullopt),
             QStringLiteral("case:lc|eff:no|tok:zh|smooth:floor[0.10]|version:2.6.0"));
    o.smooth = BleuSmooth::AddK;
    o.tokenize = BleuTokenizer::Char;
    QCOMPARE(o.signature(1),
             QStringLiteral("nrefs:1|case:lc|eff:no|tok:char|smooth:add-k[1.00]|version:2.6.0"));
    o.smoothValue = 0.125;
    QVERIFY(o.signature(1).contains(QLatin1String("smooth:add-k[0.12]")));
    QCOMPARE(referenceCount({1, 1, 1}), 1);
    QCOMPARE(referenceCount({1, 2}), kVariableRefs);
    QCOMPARE(referenceCount({}), 0);
}

// Bad input of issue 18: a 1 MB output and 10,000 references score (finite, exact where the
// answer is known) instead of crashing or taking quadratic time.
void tst_Bleu::issue18LargeInputs() {
    QString big;
    for (int i = 0; big.size() < 1'000'000; ++i)
        big += QStringLiteral("w%1 ").arg(i % 5000);
    const BleuScore self = sentenceBleu(big, {big});
    QCOMPARE(self.sysLen, self.refLen);
    QVERIFY(std::abs(self.score - 100.0) < 1e-9);
    QVERIFY(std::abs(sentenceChrf(big, {big}) - 100.0) < 1e-9);
    QStringList refs;
    for (int i = 0; i < 10'000; ++i)
        refs << QStringLiteral("ref %1 of many").arg(i);
    refs << QStringLiteral("the cat sat on the mat");
    QVERIFY(std::abs(sentenceBleu(QStringLiteral("the cat sat on the mat"), refs).score - 100.0) <
            1e-9);
    QCOMPARE(sentenceChrf(QStringLiteral("the cat sat on the mat"), refs), 100.0);
    const ChrfStats st = chrfSegmentStats(QStringLiteral("x"), {QString()}, {});
    QCOMPARE(st.counts[0], 0); // no hypothesis n-grams are counted against an empty reference
    QCOMPARE(chrfFromStats(st, {}), 0.0);
    QVERIFY(!corpusChrf({QStringLiteral("a")}, {QStringList()}).error.isEmpty());
    QVERIFY(!corpusChrf({}, {}).error.isEmpty());
}

QTEST_APPLESS_MAIN(tst_Bleu)
#include "tst_Bleu.moc"
