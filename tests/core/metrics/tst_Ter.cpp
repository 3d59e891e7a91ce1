// SPDX-License-Identifier: GPL-3.0-or-later
// TER (issue 18): the cases of sacreBLEU's own test suite (mjpost/sacrebleu test/test_ter.py,
// whose expected values it checks to 1e-3; here the exact values the real sacreBLEU 2.6 gives,
// run through bench/metrics/sacrebleu_oracle.py), the edge cases, and TER through the scorer
// (corpus and sentence level, signature, per-example values, lower-is-better instances).
// The randomised comparison with sacreBLEU is tst_SacreBleuOracle::ter.
#include "io/examples/ExampleReaders.h"
#include "metrics/Bleu.h"
#include "metrics/Chrf.h"
#include "metrics/ExampleScorer.h"
#include "metrics/InstanceTable.h"
#include "metrics/Ter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;

namespace {

// The WMT 2019 dev sentences of sacreBLEU's test_ter.py ("realistic example").
const QStringList kWmtHyps = {
    QStringLiteral("wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel "
                   "hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe "
                   "aufweist wie die andere Größe ."),
    QStringLiteral("wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen "
                   "Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren "
                   ". \""),
    QStringLiteral("klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" "
                   "Benutzerdefiniert \" und geben Sie Werte für \" Fehlerkorrektur-Level \" und "
                   "\" Y / X-Verhältnis \" ein ."),
    QStringLiteral("Sie können beispielsweise ein Dokument erstellen , das ein Auto über die "
                   "Bühne enthält ."),
    QStringLiteral("wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken "
                   "Sie auf \" Neu . \"")};
const QStringList kWmtRefs = {
    QStringLiteral("wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel "
                   "hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer "
                   "anderen Größe beibehalten wird ."),
    kWmtHyps[1],
    QStringLiteral("klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" "
                   "Benutzerdefiniert \" und geben Sie für \" Fehlerkorrektur-Level \" und \" Y "
                   "/ X-Verhältnis \" niedrigere Werte ein ."),
    QStringLiteral("Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das "
                   "sich über die Bühne bewegt ."),
    kWmtHyps[4]};

} // namespace

class tst_Ter : public QObject {
    Q_OBJECT
private slots:
    void segments_data();
    void segments();
    void wmtCorpus();
    void multipleReferences();
    void refusesWhatSacreBleuCannotScore();
    void countMismatchSameForEveryCorpusMetric_data();
    void countMismatchSameForEveryCorpusMetric();
    void signature();
    void throughTheScorer();
    void lowerIsBetterInstances();
};

void tst_Ter::segments_data() {
    QTest::addColumn<QString>("hyp");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<qint64>("edits");
    QTest::addColumn<double>("refLength");
    QTest::addColumn<double>("score");
    // sacreBLEU's test_ter.py
    QTest::newRow("perfect match") << "aaaa bbbb cccc dddd"
                                   << "aaaa bbbb cccc dddd" << qint64(0) << 4.0 << 0.0;
    QTest::newRow("no overlap") << "dddd eeee ffff"
                                << "aaaa bbbb cccc" << qint64(3) << 3.0 << 100.0;
    QTest::newRow("empty hypothesis") << ""
                                      << "a" << qint64(1) << 1.0 << 100.0;
    QTest::newRow("a single shift fixes it") << "d e f g h a b c"
                                             << "a b c d e f g h" << qint64(1) << 8.0 << 12.5;
    // Edge cases, values from sacreBLEU 2.6: an empty reference costs one edit per hypothesis
    // word and scores 100; both empty score 0; case is ignored (case_sensitive=False).
    QTest::newRow("empty reference") << "a b"
                                     << "" << qint64(2) << 0.0 << 100.0;
    QTest::newRow("whitespace reference") << "a b c"
                                          << " " << qint64(3) << 0.0 << 100.0;
    QTest::newRow("both empty") << ""
                                << "" << qint64(0) << 0.0 << 0.0;
    QTest::newRow("case ignored") << "The CAT"
                                  << "the cat" << qint64(0) << 2.0 << 0.0;
}

void tst_Ter::segments() {
    QFETCH(QString, hyp);
    QFETCH(QString, ref);
    QFETCH(qint64, edits);
    QFETCH(double, refLength);
    QFETCH(double, score);
    const TerStats s = terSegmentStats(hyp, {ref});
    QCOMPARE(s.edits, edits);
    QCOMPARE(s.refLength, refLength);
    QCOMPARE(terFromStats(s), score);
    QCOMPARE(sentenceTer(hyp, {ref}), score);
}

void tst_Ter::wmtCorpus() {
    QList<QStringList> refs;
    for (const QString& r : kWmtRefs)
        refs << QStringList{r};
    const CorpusTerResult r = corpusTer(kWmtHyps, refs);
    QVERIFY(r.error.isEmpty());
    // sacreBLEU 2.6: 17 edits over 125 reference words, score 13.600000000000001.
    QCOMPARE(r.stats.edits, qint64(17));
    QCOMPARE(r.stats.refLength, 125.0);
    QCOMPARE(r.score, 13.600000000000001);
}

void tst_Ter::multipleReferences() {
    // The fewest edits over the references, divided by their mean length (6 and 7 words):
    // sacreBLEU 2.6 gives 1 edit / 6.5 = 15.384615384615385.
    const QStringList refs = {QStringLiteral("a cat sat on the mat"),
                              QStringLiteral("the cat is on a mat there")};
    const TerStats s = terSegmentStats(QStringLiteral("the cat sat on the mat"), refs);
    QCOMPARE(s.edits, qint64(1));
    QCOMPARE(s.refLength, 6.5);
    QCOMPARE(sentenceTer(QStringLiteral("the cat sat on the mat"), refs), 15.384615384615385);
}

void tst_Ter::refusesWhatSacreBleuCannotScore() {
    QVERIFY(!corpusTer({}, {}).error.isEmpty());
    QVERIFY(!corpusTer({QStringLiteral("a")}, {}).error.isEmpty());
    const CorpusTerResult r =
        corpusTer({QStringLiteral("a"), QStringLiteral("b")}, {{QStringLiteral("a")}, {}});
    QVERIFY(r.error.contains(QStringLiteral("segment 2")));
    QCOMPARE(sentenceTer(QStringLiteral("a"), {}), 0.0);
}

void tst_Ter::countMismatchSameForEveryCorpusMetric_data() {
    QTest::addColumn<QString>("metric");
    QTest::newRow("bleu") << QStringLiteral("bleu");
    QTest::newRow("chrf") << QStringLiteral("chrf");
    QTest::newRow("ter") << QStringLiteral("ter");
}

void tst_Ter::countMismatchSameForEveryCorpusMetric() {
    // Three hypotheses, two reference lists: every corpus metric refuses with one sentence.
    QFETCH(QString, metric);
    const QStringList hyps = {QStringLiteral("a b"), QStringLiteral("c d"), QStringLiteral("e")};
    const QList<QStringList> refs = {{QStringLiteral("a b")}, {QStringLiteral("c d")}};
    QString error;
    if (metric == QLatin1String("bleu"))
        error = corpusBleu(hyps, refs).error;
    else if (metric == QLatin1String("chrf"))
        error = corpusChrf(hyps, refs).error;
    else
        error = corpusTer(hyps, refs).error;
    QCOMPARE(error, QStringLiteral("3 hypotheses but 2 reference lists"));
}

void tst_Ter::signature() {
    QCOMPARE(terSignature(1),
             QStringLiteral("nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0"));
    QCOMPARE(
        terDefinition(false, kVariableRefs),
        QStringLiteral("sacrebleu corpus TER "
                       "nrefs:var|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0"));
}

void tst_Ter::throughTheScorer() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ter.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Two examples: one shift away (1 edit / 8 words), and an empty output (4 edits / 4).
    f.write(
        R"({"task":"t","model":"m","id":"1","output":"d e f g h a b c","targets":["a b c d e f g h"]}
{"task":"t","model":"m","id":"2","output":"","targets":["w x y z"]}
{"task":"t","model":"m","id":"3","choices":["A","B"],"choice_logprobs":[-1,-2],"target_scores":[1,0]}
)");
    f.close();
    const ExampleSet set = readExamples(path);
    ScoringOptions o;
    o.metrics = {QStringLiteral("ter")};
    o.perExample = true;
    ScoreResult r = scoreExamples(set, o);
    QCOMPARE(r.groups.size(), 1);
    const MetricValue& corpus = r.groups[0].metrics[0];
    QCOMPARE(corpus.n, qint64(2)); // the multiple-choice example has no output
    QCOMPARE(*corpus.value, 100.0 * 5 / 12);
    QCOMPARE(corpus.definition,
             QStringLiteral("sacrebleu corpus TER nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|"
                            "asian:no|version:2.6.0; lower is better"));
    QCOMPARE(*r.groups[0].perExample[0][0], 12.5);
    QCOMPARE(*r.groups[0].perExample[0][1], 100.0);
    QVERIFY(!r.groups[0].perExample[0][2]);

    o.sentenceBleu = true; // --level sentence: the mean of sentence TER
    r = scoreExamples(set, o);
    QCOMPARE(*r.groups[0].metrics[0].value, (12.5 + 100.0) / 2);
    QVERIFY(r.groups[0].metrics[0].definition.startsWith(
        QStringLiteral("sacrebleu sentence TER nrefs:1|")));
    QVERIFY(r.groups[0].metrics[0].definition.endsWith(QStringLiteral(" mean; lower is better")));
}

void tst_Ter::lowerIsBetterInstances() {
    const SolvedRule perfect = SolvedRule::perfectFor(QStringLiteral("ter"));
    QVERIFY(perfect.lowerIsBetter);
    QCOMPARE(perfect.threshold, 0.0);
    QVERIFY(perfect.solved(0.0));
    QVERIFY(!perfect.solved(12.5));
}

QTEST_APPLESS_MAIN(tst_Ter)
#include "tst_Ter.moc"
