// SPDX-License-Identifier: GPL-3.0-or-later
// BLEU (every tokenizer, smoothing method and value, lowercasing, empty references), chrF /
// chrF++ and TER against the real sacreBLEU 2.6 package, run by
// bench/metrics/sacrebleu_oracle.py: scores (|Δ| < 1e-9), signatures (exact) and the zh and
// char tokenizers (exact). Issue 18.
// Runs only where /usr/bin/python3 can import sacreBLEU from EE_SACREBLEU_DIR.
#include "TestSkip.h"
#include "metrics/Bleu.h"
#include "metrics/Chrf.h"
#include "metrics/Ter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <random>

using namespace ee;

namespace {

const QString kScript = QStringLiteral(EE_TEST_FIXTURES "/../../bench/metrics/sacrebleu_oracle.py");
const QString kPackage = QStringLiteral(EE_TEST_SACREBLEU);

// Words for every rule of the tokenizers: Chinese text with and without spaces, the code
// points sacreBLEU's zh test counts as Chinese by accident (U+2001-U+2A6D: dashes, quotes,
// the euro sign, arrows) and those it does not (U+2000, an Extension B ideograph), full-width
// punctuation, '.' and ',' at the ends of a line, digits with hyphens, case, accents, emoji,
// Unicode spaces, markup.
const QStringList kVocab = {QStringLiteral("我爱北京"),
                            QStringLiteral("你好，世界。"),
                            QStringLiteral("中文.5"),
                            QStringLiteral("—"),
                            QStringLiteral("“quoted”"),
                            QStringLiteral("5€"),
                            QStringLiteral("a→b"),
                            QStringLiteral("\u2000x"),
                            QStringLiteral("\U00020000"),
                            QStringLiteral("ＡＢＣ"),
                            QStringLiteral("、"),
                            QStringLiteral(".5"),
                            QStringLiteral("end."),
                            QStringLiteral(","),
                            QStringLiteral("3-4"),
                            QStringLiteral("The"),
                            QStringLiteral("the"),
                            QStringLiteral("CAT"),
                            QStringLiteral("cat"),
                            QStringLiteral("café"),
                            QStringLiteral("ΣΑΣ"),
                            QStringLiteral("\u0130"),
                            QStringLiteral("great👍"),
                            QStringLiteral("a\u00A0b"),
                            QStringLiteral("&amp;"),
                            QStringLiteral("(very)"),
                            QStringLiteral("don't"),
                            QStringLiteral("U.S.A."),
                            QStringLiteral("mat."),
                            QStringLiteral("1,000"),
                            QStringLiteral("sat"),
                            QStringLiteral("on"),
                            QStringLiteral("!"),
                            QStringLiteral("\t"),
                            QStringLiteral("x\u200By"),
                            QStringLiteral("well-known"),
                            QStringLiteral("a\u2A6Db\u2A6Ec"),
                            QStringLiteral("\u2002\u2010")};

QString randomText(std::mt19937& rng, int maxWords) {
    const int n = static_cast<int>(rng() % static_cast<unsigned>(maxWords + 1));
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += (rng() % 5 == 0) ? QString() : QStringLiteral(" ");
        s += kVocab[static_cast<qsizetype>(rng() % static_cast<unsigned>(kVocab.size()))];
    }
    return s;
}

// A segment's references: one to three, sometimes the empty string (sacreBLEU 2.6 keeps it).
QStringList randomRefs(std::mt19937& rng, int maxWords) {
    QStringList refs;
    const int n = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < n; ++k)
        refs << (rng() % 9 == 0 ? QStringLiteral("") : randomText(rng, maxWords));
    return refs;
}

/// The reference count a signature names for `refs` (one list of references per segment).
int referenceCountOf(const QList<QStringList>& refs) {
    std::vector<qsizetype> counts;
    for (const QStringList& r : refs)
        counts.push_back(r.size());
    return referenceCount(counts);
}

/// One sentence-level segment, or a corpus of 1–20, each with 1–3 references.
struct Segments {
    QStringList hyps;
    QList<QStringList> refs;
};
Segments randomSegments(std::mt19937& rng, bool sentence) {
    Segments s;
    const int n = sentence ? 1 : 1 + static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) {
        s.hyps << randomText(rng, 14);
        s.refs << randomRefs(rng, 14);
    }
    return s;
}

QJsonArray refsJson(const QList<QStringList>& refs) {
    QJsonArray a;
    for (const QStringList& r : refs)
        a.append(QJsonArray::fromStringList(r));
    return a;
}

struct Case {
    QJsonObject json;
    double ours = 0;
    QString signature;
    QString label;
};

} // namespace

class tst_SacreBleuOracle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void tokenizers();
    void bleu();
    void chrf();
    void chrfManyCharacters();
    void ter();

private:
    QJsonArray runOracle(const QJsonArray& cases);
    void compare(const std::vector<Case>& cases);
    QString m_python;
};

void tst_SacreBleuOracle::initTestCase() {
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys; sys.path.insert(0, sys.argv[1]); import sacrebleu"),
             kPackage});
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        m_python = QStringLiteral("/usr/bin/python3");
        return;
    }
    EE_SKIP_OR_FAIL(
        "sacreBLEU 2.6 cannot be imported from EE_SACREBLEU_DIR with /usr/bin/python3 "
        "(it needs python3-regex, python3-portalocker, python3-tabulate, python3-numpy, "
        "python3-colorama and python3-lxml)");
}

QJsonArray tst_SacreBleuOracle::runOracle(const QJsonArray& cases) {
    QProcess p;
    p.start(m_python, {kScript, kPackage});
    p.write(QJsonDocument(cases).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    // Real sacreBLEU's TER on 500 cases takes ~40 s idle but passed 300 s beside two builds;
    // wait up to 14 minutes, inside the suite's per-function limit (CMakeLists.txt).
    if (!p.waitForFinished(840000))
        qFatal("sacrebleu_oracle.py did not finish within 840 s");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("sacrebleu_oracle.py failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

void tst_SacreBleuOracle::compare(const std::vector<Case>& cases) {
    QJsonArray in;
    for (const Case& c : cases)
        in.append(c.json);
    const QJsonArray out = runOracle(in);
    QCOMPARE(out.size(), in.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QJsonObject o = out[i].toObject();
        const double ref = o[QStringLiteral("score")].toString().toDouble();
        const Case& c = cases[std::size_t(i)];
        if (!(std::abs(c.ours - ref) < 1e-9))
            QFAIL(qPrintable(QStringLiteral("case %1 (%2): ours %3, sacreBLEU %4\n%5")
                                 .arg(i)
                                 .arg(c.label)
                                 .arg(c.ours, 0, 'g', 17)
                                 .arg(ref, 0, 'g', 17)
                                 .arg(QString::fromUtf8(QJsonDocument(c.json).toJson()))));
        QCOMPARE(c.signature, o[QStringLiteral("signature")].toString());
    }
}

void tst_SacreBleuOracle::tokenizers() {
    std::mt19937 rng(18);
    QJsonArray in;
    QStringList ours;
    for (int i = 0; i < 600; ++i) {
        const BleuTokenizer t = i % 2 ? BleuTokenizer::Zh : BleuTokenizer::Char;
        // Leading and trailing spaces and periods test zh's strip and its unpadded rules.
        QString line = randomText(rng, 8);
        if (i % 3 == 0)
            line = QStringLiteral(" .") + line + QStringLiteral(". ");
        in.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("tokenize")},
                              {QStringLiteral("tokenize"), bleuTokenizerName(t)},
                              {QStringLiteral("line"), line}});
        ours << bleuTokenize(t, line);
    }
    const QJsonArray out = runOracle(in);
    QCOMPARE(out.size(), in.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QString ref = out[i].toString();
        if (ours[i] != ref)
            QFAIL(qPrintable(QStringLiteral("%1 of '%2': ours '%3', sacreBLEU '%4'")
                                 .arg(in[i].toObject()[QStringLiteral("tokenize")].toString(),
                                      in[i].toObject()[QStringLiteral("line")].toString(), ours[i],
                                      ref)));
    }
}

void tst_SacreBleuOracle::bleu() {
    std::mt19937 rng(1818);
    std::vector<Case> cases;
    const BleuSmooth smooths[] = {BleuSmooth::Exp, BleuSmooth::Floor, BleuSmooth::AddK,
                                  BleuSmooth::None};
    const std::optional<double> values[] = {std::nullopt, 0.0, 0.5, 2.0};
    for (int i = 0; i < 800; ++i) {
        const bool sentence = i % 4 != 0;
        BleuOptions o = sentence ? BleuOptions::sentenceDefaults() : BleuOptions::corpusDefaults();
        o.tokenize = kAllBleuTokenizers[i % 5];
        o.smooth = smooths[(i / 5) % 4];
        if (o.smooth == BleuSmooth::Floor || o.smooth == BleuSmooth::AddK)
            o.smoothValue = values[(i / 20) % 4];
        o.lowercase = i % 3 == 0;
        const auto [hyps, refs] = randomSegments(rng, sentence);
        Case c;
        c.label = o.definition(sentence);
        c.json = QJsonObject{{QStringLiteral("kind"), QStringLiteral("bleu")},
                             {QStringLiteral("hyps"), QJsonArray::fromStringList(hyps)},
                             {QStringLiteral("refs"), refsJson(refs)},
                             {QStringLiteral("sentence"), sentence},
                             {QStringLiteral("tokenize"), bleuTokenizerName(o.tokenize)},
                             {QStringLiteral("smooth"), bleuSmoothName(o.smooth)},
                             {QStringLiteral("smooth_value"),
                              o.smoothValue ? QJsonValue(*o.smoothValue) : QJsonValue()},
                             {QStringLiteral("lowercase"), o.lowercase}};
        if (sentence) {
            c.ours = sentenceBleu(hyps[0], refs[0], o).score;
        } else {
            const CorpusBleuResult r = corpusBleu(hyps, refs, o);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            c.ours = r.score.score;
        }
        c.signature = o.signature(referenceCountOf(refs));
        cases.push_back(c);
    }
    compare(cases);
}

void tst_SacreBleuOracle::chrf() {
    std::mt19937 rng(2018);
    std::vector<Case> cases;
    for (int i = 0; i < 600; ++i) {
        const bool sentence = i % 3 != 0;
        ChrfOptions o = i % 2 ? ChrfOptions::chrfPlusPlus() : ChrfOptions();
        o.lowercase = i % 5 == 0;
        const auto [hyps, refs] = randomSegments(rng, sentence);
        Case c;
        c.label = o.definition(sentence);
        c.json = QJsonObject{{QStringLiteral("kind"), QStringLiteral("chrf")},
                             {QStringLiteral("hyps"), QJsonArray::fromStringList(hyps)},
                             {QStringLiteral("refs"), refsJson(refs)},
                             {QStringLiteral("sentence"), sentence},
                             {QStringLiteral("word_order"), o.wordOrder},
                             {QStringLiteral("lowercase"), o.lowercase}};
        if (sentence) {
            c.ours = sentenceChrf(hyps[0], refs[0], o);
        } else {
            const CorpusChrfResult r = corpusChrf(hyps, refs, o);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            c.ours = r.score;
        }
        c.signature = o.signature(referenceCountOf(refs));
        cases.push_back(c);
    }
    compare(cases);
}

// Issue 18: chrF numbers the code points of a pair densely and packs character 6-grams into
// 64 bits (10 bits a character), falling back to sorting when a pair has more than 1,024
// distinct code points. Pairs on both sides of that limit, with CJK and non-BMP characters
// (surrogate pairs in QString) and repeated characters, must still give sacreBLEU's score.
void tst_SacreBleuOracle::chrfManyCharacters() {
    std::mt19937 rng(1024);
    std::vector<Case> cases;
    for (const int alphabet : {3, 60, 1023, 1024, 1025, 1500, 3000}) {
        for (const bool plusPlus : {false, true}) {
            // Every code point of the alphabet once, then repeats, in words of 1–6 characters;
            // the reference is a shuffled, edited copy sharing most grams.
            std::vector<char32_t> chars;
            for (int k = 0; k < alphabet; ++k)
                chars.push_back(k % 7 == 6 ? char32_t(0x1F300 + k) : char32_t(0x4E00 + k));
            for (int k = 0; k < alphabet / 2 + 40; ++k)
                chars.push_back(chars[rng() % static_cast<unsigned>(alphabet)]);
            std::shuffle(chars.begin(), chars.end(), rng);
            const auto text = [&](const std::vector<char32_t>& cs) {
                QString s;
                for (std::size_t k = 0; k < cs.size(); ++k) {
                    if (k && rng() % 4 == 0)
                        s += QLatin1Char(' ');
                    s += QString::fromUcs4(&cs[k], 1);
                }
                return s;
            };
            std::vector<char32_t> edited = chars;
            for (std::size_t k = 0; k + 1 < edited.size(); k += 1 + rng() % 9)
                std::swap(edited[k], edited[k + 1]);
            const QString hyp = text(chars), ref = text(edited);
            ChrfOptions o = plusPlus ? ChrfOptions::chrfPlusPlus() : ChrfOptions();
            Case c;
            c.label =
                QStringLiteral("%1 distinct code points, %2").arg(alphabet).arg(o.definition(true));
            c.json = QJsonObject{{QStringLiteral("kind"), QStringLiteral("chrf")},
                                 {QStringLiteral("hyps"), QJsonArray{hyp}},
                                 {QStringLiteral("refs"), refsJson({{ref}})},
                                 {QStringLiteral("sentence"), true},
                                 {QStringLiteral("word_order"), o.wordOrder},
                                 {QStringLiteral("lowercase"), false}};
            c.ours = sentenceChrf(hyp, {ref}, o);
            c.signature = o.signature(1);
            cases.push_back(c);
        }
    }
    compare(cases);
}

// TER's shift search has limits that change results: shifts of at most 10 words over at
// most 50 positions, a beam of 25 around the diagonal (wider when one side is over 50 times
// longer), 1,000 candidate shifts per pair. References are the hypothesis cut into blocks and
// reordered, then edited, so there is much to shift; some words repeat (many candidates);
// long pairs (up to 150 words), very unequal lengths, case, Unicode and empty references.
void tst_SacreBleuOracle::ter() {
    std::mt19937 rng(2006);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const auto sentence = [&](int words, int vocabulary) {
        QStringList w;
        for (int k = 0; k < words; ++k)
            w << (pick(6) == 0 ? kVocab[pick(static_cast<int>(kVocab.size()))]
                               : QStringLiteral("w%1").arg(pick(vocabulary)));
        return w;
    };
    const auto reordered = [&](QStringList w) {
        QList<QStringList> blocks;
        while (!w.isEmpty()) {
            const int len = 1 + pick(std::min<int>(12, static_cast<int>(w.size())));
            blocks << w.mid(0, len);
            w = w.mid(len);
        }
        std::shuffle(blocks.begin(), blocks.end(), rng);
        QStringList out;
        for (const QStringList& b : blocks)
            for (const QString& x : b) {
                const int edit = pick(10);
                if (edit == 0)
                    continue; // deleted
                out << (edit == 1 ? QStringLiteral("x%1").arg(pick(5)) : x);
                if (edit == 2)
                    out << QStringLiteral("y"); // inserted
            }
        if (pick(4) == 0 && !out.isEmpty())
            out[pick(static_cast<int>(out.size()))] = out[0].toUpper();
        return out;
    };
    std::vector<Case> cases;
    for (int i = 0; i < 500; ++i) {
        const bool isSentence = i % 4 != 0;
        const int segments = isSentence ? 1 : 1 + pick(12);
        // Lengths: mostly short; every 10th case long; every 25th very unequal.
        const auto length = [&] { return i % 10 == 9 ? 40 + pick(111) : pick(25); };
        const int vocabulary = i % 3 == 0 ? 3 : 30;
        QStringList hyps;
        QList<QStringList> refs;
        for (int k = 0; k < segments; ++k) {
            QStringList h = sentence(length(), vocabulary);
            QStringList rs;
            for (int r = 0, n = 1 + pick(3); r < n; ++r) {
                if (pick(12) == 0) {
                    rs << QString();
                    continue;
                }
                QStringList ref = reordered(h);
                if (i % 25 == 24)
                    ref = sentence(60 + pick(100), vocabulary); // |ref| ≫ |hyp| or the reverse
                rs << ref.join(QLatin1Char(' '));
            }
            if (i % 25 == 24 && pick(2) == 0)
                h = h.mid(0, 1 + pick(2));
            hyps << h.join(pick(5) == 0 ? QStringLiteral("  ") : QStringLiteral(" "));
            refs << rs;
        }
        Case c;
        c.label = QStringLiteral("TER %1").arg(isSentence ? QStringLiteral("sentence")
                                                          : QStringLiteral("corpus"));
        c.json = QJsonObject{{QStringLiteral("kind"), QStringLiteral("ter")},
                             {QStringLiteral("hyps"), QJsonArray::fromStringList(hyps)},
                             {QStringLiteral("refs"), refsJson(refs)},
                             {QStringLiteral("sentence"), isSentence}};
        if (isSentence) {
            c.ours = sentenceTer(hyps[0], refs[0]);
        } else {
            const CorpusTerResult r = corpusTer(hyps, refs);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            c.ours = r.score;
        }
        c.signature = terSignature(referenceCountOf(refs));
        cases.push_back(c);
    }
    compare(cases);
}

QTEST_APPLESS_MAIN(tst_SacreBleuOracle)
#include "tst_SacreBleuOracle.moc"
