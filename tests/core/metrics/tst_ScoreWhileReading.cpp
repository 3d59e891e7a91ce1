// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring while reading (issue 18, `emergence score` on our JSONL) must give exactly what
// reading every example and then scoring gives: every group, count, value, interval,
// definition, per-example value and diagnostic, bit for bit. Checked on files with bad lines,
// skipped records, several groups and references, two files sharing groups, and a file of
// ~10 MB that crosses the reader's blocks, under every string metric and scoring option.
#include "io/examples/ScoreWhileReading.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <random>

using namespace ee;

namespace {

// Same value, bit for bit (NaN included).
bool same(const std::optional<double>& a, const std::optional<double>& b) {
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::memcmp(&*a, &*b, sizeof(double)) == 0;
}

QString pseudoSentence(std::mt19937& rng, int words) {
    static const QStringList vocab = {
        QStringLiteral("the"),   QStringLiteral("a"),          QStringLiteral("an"),
        QStringLiteral("cat"),   QStringLiteral("Dog's"),      QStringLiteral("(tower)"),
        QStringLiteral("1,000"), QStringLiteral("3.5"),        QStringLiteral("well-known"),
        QStringLiteral("café"),  QStringLiteral("\"quoted\""), QStringLiteral("Ünïcode"),
        QStringLiteral("ΣΑΣ"),   QStringLiteral("naïve"),      QStringLiteral("x_y"),
        QStringLiteral("end."),  QStringLiteral("what?"),      QStringLiteral("日本語")};
    QStringList out;
    std::uniform_int_distribution<qsizetype> pick(0, vocab.size() - 1);
    for (int i = 0; i < words; ++i)
        out << vocab[pick(rng)];
    return out.join(QLatin1Char(' '));
}

QByteArray jsonString(const QString& s) {
    QByteArray out = "\"";
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        out += QString(c).toUtf8();
    }
    return out + '"';
}

// `records` records over two tasks and three models, with a bad line now and then.
QByteArray makeJsonl(int records, unsigned seed, bool withProblems) {
    std::mt19937 rng(seed);
    QByteArray out;
    for (int i = 0; i < records; ++i) {
        if (withProblems) {
            switch (i % 97) {
            case 5:
                out += "{\"task\": \"t1\", \"model\": \"m1\", \"output\": NaN, \"targets\": "
                       "[\"a\"]}\n";
                continue;
            case 11:
                out += "{not json\n";
                continue;
            case 17:
                out += "{\"model\": \"m1\", \"output\": \"x\", \"targets\": [\"x\"]}\n";
                continue;
            case 23:
                out +=
                    "{\"task\": \"t1\", \"model\": \"m2\", \"output\": 3, \"targets\": [\"x\"]}\n";
                continue;
            case 31:
                out += "{\"task\": \"t2\", \"model\": \"m1\", \"output\": \"x\"}\r\n";
                continue;
            case 41:
                out += "\n   \n";
                continue;
            case 43:
                out += "{\"task\": \"t2\", \"model\": \"m3\", \"params\": -5, \"output\": \"x\", "
                       "\"targets\": []}\n";
                continue;
            case 47:
                out += "{\"task\": \"t1\", \"model\": \"m1\", \"shots\": 2.5, \"output\": \"\", "
                       "\"targets\": [\"\"]}\n";
                continue;
            default:
                break;
            }
        }
        const int model = static_cast<int>(rng() % 3) + 1;
        const int task = static_cast<int>(rng() % 2) + 1;
        QByteArray targets = "[";
        const int refs = withProblems ? 1 + static_cast<int>(rng() % 3) : 1;
        for (int r = 0; r < refs; ++r)
            targets +=
                (r ? "," : "") + jsonString(pseudoSentence(rng, 1 + static_cast<int>(rng() % 25)));
        targets += "]";
        out += "{\"task\":\"t" + QByteArray::number(task) + "\",\"model\":\"m" +
               QByteArray::number(model) + "\",\"params\":" + QByteArray::number(model * 1e9) +
               ",\"id\":\"r" + QByteArray::number(i) +
               "\",\"output\":" + jsonString(pseudoSentence(rng, static_cast<int>(rng() % 30))) +
               ",\"targets\":" + targets + "}\n";
    }
    return out;
}

void compareResults(const ReadAndScored& streamed, const ExampleSet& set, const ScoreResult& full) {
    QCOMPARE(streamed.set.skippedCount(), set.skippedCount());
    QCOMPARE(streamed.set.groups().size(), set.groups().size());
    QCOMPARE(streamed.set.diagnostics.items.size(), set.diagnostics.items.size());
    for (qsizetype i = 0; i < set.diagnostics.items.size(); ++i)
        QCOMPARE(streamed.set.diagnostics.items[i].toString(), set.diagnostics.items[i].toString());
    QCOMPARE(streamed.result.diagnostics.items.size(), full.diagnostics.items.size());
    QCOMPARE(streamed.result.groups.size(), full.groups.size());
    for (qsizetype g = 0; g < full.groups.size(); ++g) {
        const GroupScores& a = streamed.result.groups[g];
        const GroupScores& b = full.groups[g];
        QVERIFY(a.key == b.key);
        QCOMPARE(a.source, b.source);
        QCOMPARE(a.n, b.n);
        QCOMPARE(a.skipped, b.skipped);
        QCOMPARE(a.ids, b.ids);
        QCOMPARE(a.metrics.size(), b.metrics.size());
        for (qsizetype k = 0; k < b.metrics.size(); ++k) {
            const MetricValue& x = a.metrics[k];
            const MetricValue& y = b.metrics[k];
            QCOMPARE(x.metric, y.metric);
            QVERIFY2(same(x.value, y.value), qPrintable(x.metric));
            QVERIFY2(same(x.ciLow, y.ciLow) && same(x.ciHigh, y.ciHigh), qPrintable(x.metric));
            QCOMPARE(x.ciMethod, y.ciMethod);
            QCOMPARE(x.n, y.n);
            QCOMPARE(x.definition, y.definition);
            QCOMPARE(x.unverified, y.unverified);
            QVERIFY(same(x.chance, y.chance));
        }
        QCOMPARE(a.perExample.size(), b.perExample.size());
        for (qsizetype k = 0; k < b.perExample.size(); ++k) {
            QCOMPARE(a.perExample[k].size(), b.perExample[k].size());
            for (qsizetype i = 0; i < b.perExample[k].size(); ++i)
                QVERIFY2(same(a.perExample[k][i], b.perExample[k][i]),
                         qPrintable(QStringLiteral("metric %1, example %2").arg(k).arg(i)));
        }
    }
}

} // namespace

class tst_ScoreWhileReading : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAsReadingThenScoring_data();
    void sameAsReadingThenScoring();
    void onlyForOurJsonlAndStringMetrics();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};

void tst_ScoreWhileReading::initTestCase() {
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("problems.jsonl"), makeJsonl(3000, 1, true));
    write(QStringLiteral("other.jsonl"), makeJsonl(500, 2, true));
    // Larger than two threads' blocks (2 × 4 MiB), so lines are cut across blocks.
    const QByteArray big = makeJsonl(60000, 3, false);
    QVERIFY(big.size() > 9 * 1024 * 1024);
    write(QStringLiteral("big.jsonl"), big);
    write(QStringLiteral("empty.jsonl"), QByteArray());
}

void tst_ScoreWhileReading::sameAsReadingThenScoring_data() {
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("metrics");
    QTest::addColumn<QString>("options");
    const QStringList problems{QStringLiteral("problems.jsonl")};
    const QString all = QStringLiteral("bleu,chrf,chrf_pp,token_f1,squad_exact_match,"
                                       "exact_str_match,case_insensitive_str_match,rouge1,"
                                       "rouge2,rougeL,rougeLsum,token_edit_distance,"
                                       "char_edit_distance");
    QTest::newRow("every string metric") << problems << all << QString();
    QTest::newRow("per example") << problems << all << QStringLiteral("per-example");
    QTest::newRow("sentence level") << problems << QStringLiteral("bleu,chrf,chrf_pp")
                                    << QStringLiteral("sentence,per-example");
    QTest::newRow("bootstrap") << problems << QStringLiteral("bleu,chrf,token_f1,exact_str_match")
                               << QStringLiteral("bootstrap");
    QTest::newRow("bootstrap interval, sentence")
        << problems << QStringLiteral("bleu,exact_str_match,token_f1")
        << QStringLiteral("bootstrap,interval,sentence");
    QTest::newRow("bleu intl lowercase, stem, regex")
        << problems << QStringLiteral("bleu,rougeL,exact_str_match,token_f1")
        << QStringLiteral("intl,stem,regex");
    QTest::newRow("two files sharing groups, and the same file again")
        << QStringList{QStringLiteral("problems.jsonl"), QStringLiteral("other.jsonl"),
                       QStringLiteral("problems.jsonl")}
        << QStringLiteral("bleu,chrf,token_f1") << QStringLiteral("per-example");
    QTest::newRow("across blocks")
        << QStringList{QStringLiteral("big.jsonl")} << QStringLiteral("bleu,chrf,token_f1")
        << QStringLiteral("per-example");
    QTest::newRow("empty file") << QStringList{QStringLiteral("empty.jsonl")}
                                << QStringLiteral("bleu") << QString();
}

void tst_ScoreWhileReading::sameAsReadingThenScoring() {
    QFETCH(QStringList, files);
    QFETCH(QString, metrics);
    QFETCH(QString, options);
    QStringList paths;
    for (const QString& f : files)
        paths << m_dir.filePath(f);
    ScoringOptions so;
    so.metrics = metrics.split(QLatin1Char(','));
    const QStringList opts = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
    so.perExample = opts.contains(QStringLiteral("per-example"));
    so.sentenceBleu = opts.contains(QStringLiteral("sentence"));
    so.stem = opts.contains(QStringLiteral("stem"));
    if (opts.contains(QStringLiteral("bootstrap")))
        so.bootstrap = BootstrapOptions{50, 7, 0.9};
    if (opts.contains(QStringLiteral("interval")))
        so.interval = IntervalMethod::Bootstrap;
    if (opts.contains(QStringLiteral("intl"))) {
        so.bleu.tokenize = BleuTokenizer::Intl;
        so.bleu.lowercase = true;
    }
    if (opts.contains(QStringLiteral("regex"))) {
        PostProcess pp;
        pp.outputRegex = QStringLiteral("[a-z]+ [a-z]+");
        so.postprocess = pp;
    }
    QVERIFY(canScoreWhileReading(paths, so));
    ExampleReadOptions ro;
    ExampleSet set;
    for (const QString& p : paths)
        set.append(readExamples(p, ro));
    const ScoreResult full = scoreExamples(set, so);
    const ReadAndScored streamed = scoreWhileReading(paths, ro, so);
    compareResults(streamed, set, full);
    // The comparison has something to compare: scores, and problems where the file has them.
    if (!files.contains(QStringLiteral("empty.jsonl"))) {
        QVERIFY(!full.groups.isEmpty() && full.groups.first().metrics.first().value);
        QVERIFY(streamed.set.exampleCount() == 0); // nothing was kept
    }
    if (files.contains(QStringLiteral("problems.jsonl")))
        QVERIFY(set.skippedCount() > 0 && set.diagnostics.items.size() > 10);
}

void tst_ScoreWhileReading::onlyForOurJsonlAndStringMetrics() {
    ScoringOptions so;
    so.metrics = {QStringLiteral("bleu")};
    const QStringList ours{m_dir.filePath(QStringLiteral("problems.jsonl"))};
    QVERIFY(canScoreWhileReading(ours, so));
    QVERIFY(!canScoreWhileReading({m_dir.path()}, so)); // a folder
    QVERIFY(!canScoreWhileReading({m_dir.filePath(QStringLiteral("missing.jsonl"))}, so));
    so.metrics = {QStringLiteral("bleu"), QStringLiteral("log_likelihood")};
    QVERIFY(!canScoreWhileReading(ours, so));
    so.metrics = {QStringLiteral("bleu")};
    so.wholeText = true;
    QVERIFY(!canScoreWhileReading(ours, so));
}

QTEST_APPLESS_MAIN(tst_ScoreWhileReading)
#include "tst_ScoreWhileReading.moc"
