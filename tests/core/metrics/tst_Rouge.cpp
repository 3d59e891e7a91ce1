// SPDX-License-Identifier: GPL-3.0-or-later
// ROUGE as rouge_score computes it, and NLTK's Porter stemmer (specs/metrics.md section 3).
#include "metrics/PorterStemmer.h"
#include "metrics/Rouge.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ee;

class tst_Rouge : public QObject {
    Q_OBJECT
private slots:
    void tokenizer_data();
    void tokenizer();
    void porterTable_data();
    void porterTable();
    void referenceCases_data();
    void referenceCases();
    void identicalOneWord();
    void lsumEqualsLWithoutNewlines();
    void multiTargetFirstWinsTies();
    void bigbenchPreset();
    void typeNames();
};

void tst_Rouge::tokenizer_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("stem");
    QTest::addColumn<QString>("out");
    QTest::newRow("cafe") << QStringLiteral("café") << false << QStringLiteral("caf");
    QTest::newRow("naive") << QStringLiteral("naïve") << false << QStringLiteral("na ve");
    QTest::newRow("cjk") << QStringLiteral("我爱北京") << false << QString();
    QTest::newRow("emoji") << QStringLiteral("👍👍") << false << QString();
    QTest::newRow("dont") << QStringLiteral("don't") << false << QStringLiteral("don t");
    QTest::newRow("pi") << QStringLiteral("3.14") << false << QStringLiteral("3 14");
    QTest::newRow("underscore") << QStringLiteral("model_v2") << false
                                << QStringLiteral("model v2");
    QTest::newRow("kelvin") << QStringLiteral("\u212Aelvin") << false << QStringLiteral("kelvin");
    QTest::newRow("dotted I") << QStringLiteral("\u0130stanbul") << false
                              << QStringLiteral("i stanbul");
    QTest::newRow("short not stemmed")
        << QStringLiteral("was has ran runs") << true << QStringLiteral("was has ran run");
    QTest::newRow("stemmed") << QStringLiteral("Generously agreed") << true
                             << QStringLiteral("gener agre");
}

void tst_Rouge::tokenizer() {
    QFETCH(QString, in);
    QFETCH(bool, stem);
    QFETCH(QString, out);
    std::vector<std::string> toks;
    rougeTokenize(in, stem, toks);
    QStringList got;
    for (const auto& t : toks)
        got << QString::fromStdString(t);
    QCOMPARE(got.join(QLatin1Char(' ')), out);
}

void tst_Rouge::porterTable_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    // Produced by NLTK 3.8 PorterStemmer() (Debian python3-nltk), default NLTK_EXTENSIONS mode.
    QFile f(QStringLiteral(EE_TEST_FIXTURES "/metrics/porter_nltk38.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(o.size() > 100);
    for (auto it = o.begin(); it != o.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
}

void tst_Rouge::porterTable() {
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(QString::fromStdString(porterStem(word.toStdString())), stem);
}

void tst_Rouge::referenceCases_data() {
    QTest::addColumn<QJsonObject>("c");
    QFile f(QStringLiteral(EE_TEST_FIXTURES "/metrics/rouge_cases.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        const QString name = QStringLiteral("%1 %2%3").arg(
            o.value(QLatin1String("name")).toString(), o.value(QLatin1String("type")).toString(),
            o.value(QLatin1String("stem")).toBool() ? QStringLiteral(" stem") : QString());
        QTest::newRow(qPrintable(name)) << o;
    }
}

void tst_Rouge::referenceCases() {
    // Expected values from bench/metrics/reference_metrics.py (rouge_score's algorithm, NLTK's
    // stemmer), printed with repr().
    QFETCH(QJsonObject, c);
    const auto type = RougeType::fromName(c.value(QLatin1String("type")).toString());
    QVERIFY(type);
    const RougeScore s = rougeScore(*type, c.value(QLatin1String("target")).toString(),
                                    c.value(QLatin1String("prediction")).toString(),
                                    c.value(QLatin1String("stem")).toBool());
    auto num = [&](const char* k) { return c.value(QLatin1String(k)).toString().toDouble(); };
    QVERIFY2(std::abs(s.precision - num("precision")) < 1e-12,
             qPrintable(QString::number(s.precision, 'g', 17)));
    QVERIFY2(std::abs(s.recall - num("recall")) < 1e-12,
             qPrintable(QString::number(s.recall, 'g', 17)));
    QVERIFY2(std::abs(s.fmeasure - num("fmeasure")) < 1e-12,
             qPrintable(QString::number(s.fmeasure, 'g', 17)));
}

void tst_Rouge::identicalOneWord() {
    const QString w = QStringLiteral("cat");
    QCOMPARE(rougeScore(*RougeType::fromName(QStringLiteral("rouge1")), w, w).fmeasure, 1.0);
    QCOMPARE(rougeScore(*RougeType::fromName(QStringLiteral("rouge2")), w, w).fmeasure, 0.0);
}

void tst_Rouge::lsumEqualsLWithoutNewlines() {
    const QString t = QStringLiteral("the cat was found under the big bed");
    const QString p = QStringLiteral("the cat was under the bed found");
    QCOMPARE(rougeScore({RougeType::Lsum, 0}, t, p), rougeScore({RougeType::L, 0}, t, p));
}

void tst_Rouge::multiTargetFirstWinsTies() {
    // Both targets give F = 0.5 with different P/R; the first one's Score is returned.
    const RougeType r1{RougeType::N, 1};
    const QStringList targets = {QStringLiteral("a b"), QStringLiteral("a x y z w v")};
    const QString pred = QStringLiteral("a c");
    const RougeScore first = rougeScore(r1, targets[0], pred);
    QCOMPARE(rougeScoreMulti(r1, targets, pred), first);
    QCOMPARE(rougeScoreMulti(r1, {}, pred), RougeScore{});
    // A better later target wins.
    QCOMPARE(rougeScoreMulti(r1, {QStringLiteral("x"), QStringLiteral("a c")}, pred).fmeasure, 1.0);
}

void tst_Rouge::bigbenchPreset() {
    QCOMPARE(t5PrepareSummary(QStringLiteral("a . b . c")), QStringLiteral("a .\nb .\nc"));
    QCOMPARE(t5PrepareSummary(QStringLiteral("a. b.")), QStringLiteral("a. b."));
    QCOMPARE(t5PrepareSummary(QStringLiteral("a . . b")), QStringLiteral("a .\n. b"));
    const RougeType lsum{RougeType::Lsum, 0};
    const QString resp = QStringLiteral("the cat sat . the dog ran");
    const QStringList targets = {QStringLiteral("a bird flew"),
                                 QStringLiteral("the dog ran . the cat sat")};
    const double v = bigbenchRougeExample(lsum, targets, resp);
    QCOMPARE(
        v, 100.0 * rougeScore(lsum, t5PrepareSummary(targets[1]), t5PrepareSummary(resp)).fmeasure);
    QCOMPARE(v, 100.0); // sentence order does not matter for the summary-level LCS
    QVERIFY(rougeScore({RougeType::L, 0}, targets[1], resp).fmeasure < 1.0);
}

void tst_Rouge::typeNames() {
    QCOMPARE(RougeType::fromName(QStringLiteral("rouge9"))->n, 9);
    QVERIFY(!RougeType::fromName(QStringLiteral("rouge0")));
    QVERIFY(!RougeType::fromName(QStringLiteral("rougeX")));
    QCOMPARE(RougeType::fromName(QStringLiteral("rougeLsum"))->name(), QStringLiteral("rougeLsum"));
}

QTEST_APPLESS_MAIN(tst_Rouge)
#include "tst_Rouge.moc"
