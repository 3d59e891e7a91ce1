// SPDX-License-Identifier: GPL-3.0-or-later
// Randomised cross-check of BLEU and ROUGE against bench/metrics/reference_metrics.py (the
// reference algorithms in Python with their original regular expressions and NLTK's stemmer).
// Runs only where python3 has the `regex` and `nltk` modules (tools/setup.sh installs them).
#include "TestSkip.h"
#include "metrics/Bleu.h"
#include "metrics/Rouge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <random>

using namespace ee;

namespace {

const QString kScript = QStringLiteral(EE_TEST_FIXTURES "/../../bench/metrics/crosscheck.py");

// Words chosen to exercise every tokenizer rule: punctuation next to digits and letters, HTML
// entities, hyphens, Unicode letters, CJK, emoji, Unicode spaces, apostrophes.
const QStringList kVocab = {QStringLiteral("the"),        QStringLiteral("cat"),
                            QStringLiteral("sat"),        QStringLiteral("on"),
                            QStringLiteral("mat."),       QStringLiteral("3.14"),
                            QStringLiteral("1,000"),      QStringLiteral("42."),
                            QStringLiteral(".5"),         QStringLiteral("well-known"),
                            QStringLiteral("5-3=2"),      QStringLiteral("It's"),
                            QStringLiteral("(very)"),     QStringLiteral("good!"),
                            QStringLiteral("&amp;"),      QStringLiteral("&quot;hi&quot;"),
                            QStringLiteral("&lt;b&gt;"),  QStringLiteral("e.g."),
                            QStringLiteral("U.S.A."),     QStringLiteral("café"),
                            QStringLiteral("naïve"),      QStringLiteral("Ünïcode"),
                            QStringLiteral("我爱北京"),   QStringLiteral("你好，世界。"),
                            QStringLiteral("great👍"),     QStringLiteral("😀"),
                            QStringLiteral("$5"),         QStringLiteral("100%"),
                            QStringLiteral("a\u00A0b"),   QStringLiteral("x\u200By"),
                            QStringLiteral("runners"),    QStringLiteral("running"),
                            QStringLiteral("generously"), QStringLiteral("happiness"),
                            QStringLiteral("RUN"),        QStringLiteral("Cat"),
                            QStringLiteral("ΣΑΣ"),        QStringLiteral("\u0130stanbul"),
                            QStringLiteral("model_v2"),   QStringLiteral("--"),
                            QStringLiteral("don't"),      QStringLiteral("1990-2000"),
                            QStringLiteral("<skipped>"),  QStringLiteral("a.b,c"),
                            QStringLiteral("."),          QStringLiteral(","),
                            QStringLiteral("?"),          QStringLiteral("«quoted»"),
                            QStringLiteral("\n"),         QStringLiteral("-\n"),
                            QStringLiteral(" . "),        QStringLiteral("\t")};

QString randomText(std::mt19937& rng, int maxWords) {
    const int n = static_cast<int>(rng() % static_cast<unsigned>(maxWords + 1));
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += (rng() % 7 == 0) ? QStringLiteral("") : QStringLiteral(" ");
        s += kVocab[static_cast<qsizetype>(rng() % static_cast<unsigned>(kVocab.size()))];
    }
    return s;
}

} // namespace

class tst_ReferenceCrossCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void randomCases();

private:
    QString m_python;
};

void tst_ReferenceCrossCheck::initTestCase() {
    for (const QString& py : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(py, {QStringLiteral("-c"), QStringLiteral("import regex, nltk.stem.porter")});
        if (p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit &&
            p.exitCode() == 0) {
            m_python = py;
            return;
        }
    }
    EE_SKIP_OR_FAIL(
        "python3 with the regex and nltk modules is not installed (python3-regex, python3-nltk)");
}

void tst_ReferenceCrossCheck::randomCases() {
    std::mt19937 rng(20260126);
    QJsonArray sentence, corpus, rouge;
    struct S {
        QString hyp;
        QStringList refs;
        BleuOptions opts;
    };
    std::vector<S> ss;
    const BleuTokenizer toks[] = {BleuTokenizer::T13a, BleuTokenizer::Intl, BleuTokenizer::None};
    const BleuSmooth smooths[] = {BleuSmooth::Exp, BleuSmooth::Floor, BleuSmooth::AddK,
                                  BleuSmooth::None};
    for (int i = 0; i < 400; ++i) {
        S s;
        s.hyp = randomText(rng, 14);
        const int nrefs = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < nrefs; ++k)
            s.refs << QStringLiteral("ref ") + randomText(rng, 14); // never empty
        s.opts = BleuOptions::sentenceDefaults();
        s.opts.tokenize = toks[i % 3];
        s.opts.smooth = smooths[(i / 3) % 4];
        s.opts.lowercase = i % 5 == 0;
        ss.push_back(s);
        sentence.append(
            QJsonObject{{QStringLiteral("hyp"), s.hyp},
                        {QStringLiteral("refs"), QJsonArray::fromStringList(s.refs)},
                        {QStringLiteral("tokenize"), bleuTokenizerName(s.opts.tokenize)},
                        {QStringLiteral("smooth"), bleuSmoothName(s.opts.smooth)},
                        {QStringLiteral("lowercase"), s.opts.lowercase}});
    }
    struct C {
        QStringList hyps;
        QList<QStringList> refs;
        BleuOptions opts;
    };
    std::vector<C> cs;
    for (int i = 0; i < 30; ++i) {
        C c;
        c.opts.tokenize = toks[i % 3];
        c.opts.smooth = smooths[(i / 3) % 4];
        QJsonArray refsJson;
        for (int k = 0; k < 1 + static_cast<int>(rng() % 40); ++k) {
            c.hyps << randomText(rng, 25);
            c.refs << QStringList{QStringLiteral("r ") + randomText(rng, 25)};
            if (rng() % 2)
                c.refs.last() << QStringLiteral("r ") + randomText(rng, 25);
            refsJson.append(QJsonArray::fromStringList(c.refs.last()));
        }
        cs.push_back(c);
        corpus.append(QJsonObject{{QStringLiteral("hyps"), QJsonArray::fromStringList(c.hyps)},
                                  {QStringLiteral("refs"), refsJson},
                                  {QStringLiteral("tokenize"), bleuTokenizerName(c.opts.tokenize)},
                                  {QStringLiteral("smooth"), bleuSmoothName(c.opts.smooth)},
                                  {QStringLiteral("lowercase"), false}});
    }
    struct Rg {
        RougeType type;
        QString t, p;
        bool stem;
    };
    std::vector<Rg> rs;
    const QStringList types = {QStringLiteral("rouge1"), QStringLiteral("rouge2"),
                               QStringLiteral("rouge3"), QStringLiteral("rougeL"),
                               QStringLiteral("rougeLsum")};
    for (int i = 0; i < 500; ++i) {
        Rg r{*RougeType::fromName(types[i % types.size()]), randomText(rng, 20),
             randomText(rng, 20), (i / 5) % 2 == 1};
        rs.push_back(r);
        rouge.append(QJsonObject{{QStringLiteral("type"), r.type.name()},
                                 {QStringLiteral("target"), r.t},
                                 {QStringLiteral("prediction"), r.p},
                                 {QStringLiteral("stem"), r.stem}});
    }
    QProcess p;
    p.start(m_python, {kScript});
    QVERIFY(p.waitForStarted());
    p.write(QJsonDocument(QJsonObject{{QStringLiteral("sentence"), sentence},
                                      {QStringLiteral("corpus"), corpus},
                                      {QStringLiteral("rouge"), rouge}})
                .toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray so = out.value(QLatin1String("sentence")).toArray();
    const QJsonArray co = out.value(QLatin1String("corpus")).toArray();
    const QJsonArray ro = out.value(QLatin1String("rouge")).toArray();
    QCOMPARE(so.size(), sentence.size());
    QCOMPARE(co.size(), corpus.size());
    QCOMPARE(ro.size(), rouge.size());
    for (std::size_t i = 0; i < ss.size(); ++i) {
        const double want = so[static_cast<qsizetype>(i)].toString().toDouble();
        const double got = sentenceBleu(ss[i].hyp, ss[i].refs, ss[i].opts).score;
        QVERIFY2(std::abs(got - want) < 1e-9,
                 qPrintable(QStringLiteral("sentence %1 (%2 | %3): got %4 want %5")
                                .arg(i)
                                .arg(ss[i].hyp, ss[i].opts.definition(true))
                                .arg(got, 0, 'g', 17)
                                .arg(want, 0, 'g', 17)));
    }
    for (std::size_t i = 0; i < cs.size(); ++i) {
        const double want = co[static_cast<qsizetype>(i)].toString().toDouble();
        const auto got = corpusBleu(cs[i].hyps, cs[i].refs, cs[i].opts);
        QVERIFY(got.error.isEmpty());
        QVERIFY2(std::abs(got.score.score - want) < 1e-9,
                 qPrintable(QStringLiteral("corpus %1: got %2 want %3")
                                .arg(i)
                                .arg(got.score.score, 0, 'g', 17)
                                .arg(want, 0, 'g', 17)));
    }
    for (std::size_t i = 0; i < rs.size(); ++i) {
        const QJsonArray w = ro[static_cast<qsizetype>(i)].toArray();
        const RougeScore got = rougeScore(rs[i].type, rs[i].t, rs[i].p, rs[i].stem);
        const double want[3] = {w[0].toString().toDouble(), w[1].toString().toDouble(),
                                w[2].toString().toDouble()};
        QVERIFY2(std::abs(got.precision - want[0]) < 1e-12 &&
                     std::abs(got.recall - want[1]) < 1e-12 &&
                     std::abs(got.fmeasure - want[2]) < 1e-12,
                 qPrintable(QStringLiteral("rouge %1 %2 stem=%3: '%4' vs '%5': got %6 want %7")
                                .arg(i)
                                .arg(rs[i].type.name())
                                .arg(rs[i].stem)
                                .arg(rs[i].t, rs[i].p)
                                .arg(got.fmeasure, 0, 'g', 17)
                                .arg(want[2], 0, 'g', 17)));
    }
}

QTEST_APPLESS_MAIN(tst_ReferenceCrossCheck)
#include "tst_ReferenceCrossCheck.moc"
