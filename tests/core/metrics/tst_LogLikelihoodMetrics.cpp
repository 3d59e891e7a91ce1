// SPDX-License-Identifier: GPL-3.0-or-later
// lm-evaluation-harness log-likelihood metrics (issue 18): acc_norm, acc_mutual_info and the
// perplexities, against values computed by hand from the harness's definitions
// (lm_eval/api/task.py process_results, lm_eval/api/metrics.py aggregations), lm-eval v0.4
// samples records, and the real LAMBADA log-likelihoods in ../shared/data.
#include "ExampleTestHelpers.h"
#include "TestStrings.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/LogLikelihoodMetrics.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace ee;
using namespace ee::testing;

using ee::test::strings;

class tst_LogLikelihoodMetrics : public QObject {
    Q_OBJECT
private slots:
    void accNorm_data();
    void accNorm();
    void accMutualInfo();
    void counts_data();
    void counts();
    void perplexitiesHandComputed();
    void lmEvalSamplesMutualInfoAndRolling();
    void lambadaPerplexity();
};

void tst_LogLikelihoodMetrics::accNorm_data() {
    QTest::addColumn<QList<double>>("lls");
    QTest::addColumn<QStringList>("choices");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<double>("expected"); // -1: no value
    // -4/2 = -2 < -5/6: the longer option wins once normalised (plain acc would pick 0).
    QTest::newRow("length flips the choice") << QList<double>{-4, -5} << strings({"ab", "abcdef"})
                                             << QList<double>{1, 0} << QString() << 0.0;
    QTest::newRow("longer option correct") << QList<double>{-4, -5} << strings({"ab", "abcdef"})
                                           << QList<double>{0, 1} << QString() << 1.0;
    // With the delimiter " " uncounted: -3/2 < -5/4, option 1. Counted: -3/3 = -5/5, a tie
    // that NumPy's argmax gives to option 0.
    QTest::newRow("delimiter not counted") << QList<double>{-3, -5} << strings({" ab", " abcd"})
                                           << QList<double>{0, 1} << QStringLiteral(" ") << 1.0;
    QTest::newRow("delimiter counted: tie, first wins")
        << QList<double>{-3, -5} << strings({" ab", " abcd"}) << QList<double>{0, 1} << QString()
        << 0.0;
    // Python len: two emoji are 2 (UTF-16 would say 4): -3/2 < -4/3.
    QTest::newRow("code points, not UTF-16 units")
        << QList<double>{-3, -4} << strings({"😀😀", "abc"}) << QList<double>{0, 1} << QString()
        << 1.0;
    QTest::newRow("several correct options")
        << QList<double>{-9, -1, -5} << strings({"a", "b", "c"}) << QList<double>{1, 1, 0}
        << QString() << 1.0;
    QTest::newRow("-inf never wins") << QList<double>{-INFINITY, -7} << strings({"a", "b"})
                                     << QList<double>{1, 0} << QString() << 0.0;
    QTest::newRow("empty option: no length")
        << QList<double>{-1, -2} << strings({"", "b"}) << QList<double>{1, 0} << QString() << -1.0;
    QTest::newRow("only the delimiter") << QList<double>{-1, -2} << strings({" ", " b"})
                                        << QList<double>{1, 0} << QStringLiteral(" ") << -1.0;
    QTest::newRow("counts differ")
        << QList<double>{-1, -2} << strings({"a"}) << QList<double>{1, 0} << QString() << -1.0;
    QTest::newRow("no correct option")
        << QList<double>{-1, -2} << strings({"a", "b"}) << QList<double>{0, 0} << QString() << -1.0;
}

void tst_LogLikelihoodMetrics::accNorm() {
    QFETCH(QList<double>, lls);
    QFETCH(QStringList, choices);
    QFETCH(QList<double>, scores);
    QFETCH(QString, delimiter);
    QFETCH(double, expected);
    const auto v = ee::accNorm(lls, choices, scores, delimiter);
    if (expected < 0)
        QVERIFY(!v);
    else
        QCOMPARE(v, std::optional(expected));
}

void tst_LogLikelihoodMetrics::accMutualInfo() {
    // Conditional [-1, -2], unconditional [-0.5, -3]: information [-0.5, +1], option 1 wins
    // although option 0 is the more likely continuation.
    QCOMPARE(ee::accMutualInfo({-1, -2}, {-0.5, -3}, {0, 1}), std::optional(1.0));
    QCOMPARE(ee::accMutualInfo({-1, -2}, {-0.5, -3}, {1, 0}), std::optional(0.0));
    QVERIFY(!ee::accMutualInfo({-1, -2}, {}, {1, 0})); // no unconditional log-probs
}

void tst_LogLikelihoodMetrics::counts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("words"); // len(re.split(r"\s+", text))
    QTest::addColumn<qint64>("bytes"); // len(text.encode("utf-8"))
    QTest::newRow("empty") << QString() << qint64(1) << qint64(0);
    QTest::newRow("two words") << QStringLiteral("a b") << qint64(2) << qint64(3);
    QTest::newRow("leading space: empty first piece")
        << QStringLiteral(" a b") << qint64(3) << qint64(4);
    QTest::newRow("run of spaces, trailing newline")
        << QStringLiteral("a  b\n") << qint64(3) << qint64(5);
    QTest::newRow("no-break space is whitespace")
        << QStringLiteral("a\u00a0b") << qint64(2) << qint64(4);
    QTest::newRow("zero-width space is not")
        << QStringLiteral("a\u200bb") << qint64(1) << qint64(5);
    QTest::newRow("accent and emoji") << QStringLiteral("é 😀") << qint64(2) << qint64(7);
}

void tst_LogLikelihoodMetrics::counts() {
    QFETCH(QString, text);
    QFETCH(qint64, words);
    QFETCH(qint64, bytes);
    QCOMPARE(harnessWordCount(text), words);
    QCOMPARE(utf8ByteCount(text), bytes);
}

namespace {
ExampleSet textSet(QList<QPair<double, QString>> docs) {
    ExampleSet s;
    ExampleGroupKey key;
    key.task = QStringLiteral("wiki");
    key.model = QStringLiteral("m");
    qint64 line = 0;
    for (const auto& [ll, text] : docs) {
        Example e;
        e.id = QString::number(++line);
        e.line = line;
        e.targetLogprob = ll;
        e.targets = {text};
        s.add(key, e, QStringLiteral("docs.jsonl"));
    }
    return s;
}
const MetricValue& metricOf(const ScoreResult& r, const QString& m) {
    for (const MetricValue& v : r.groups.first().metrics)
        if (v.metric == m)
            return v;
    qFatal("no metric %s", qPrintable(m));
}
} // namespace

void tst_LogLikelihoodMetrics::perplexitiesHandComputed() {
    // Two documents: ll -2 on "a b" (2 words, 3 bytes), ll -6 on "héllo" (1 word, 6 bytes);
    // a third with an empty text is left out of the text-weighted ones, with a warning.
    ScoringOptions o;
    o.metrics = {QStringLiteral("perplexity"), QStringLiteral("word_perplexity"),
                 QStringLiteral("byte_perplexity"), QStringLiteral("bits_per_byte")};
    o.perExample = true;
    const ScoreResult r = scoreExamples(
        textSet(
            {{-2.0, QStringLiteral("a b")}, {-6.0, QStringLiteral("héllo")}, {-1.0, QString()}}),
        o);
    // perplexity uses every document: exp(9/3).
    QCOMPARE(*metricOf(r, QStringLiteral("perplexity")).value, std::exp(3.0));
    QCOMPARE(metricOf(r, QStringLiteral("perplexity")).n, 3);
    QCOMPARE(*metricOf(r, QStringLiteral("word_perplexity")).value, std::exp(8.0 / 3.0));
    QCOMPARE(*metricOf(r, QStringLiteral("byte_perplexity")).value, std::exp(8.0 / 9.0));
    QCOMPARE(*metricOf(r, QStringLiteral("bits_per_byte")).value, 8.0 / 9.0 / std::numbers::ln2);
    QCOMPARE(metricOf(r, QStringLiteral("bits_per_byte")).n, 2);
    // Per example: the same formula on one document (word perplexity of doc 2: exp(6/1)).
    QCOMPARE(*r.groups.first().perExample[1][1], std::exp(6.0));
    QVERIFY(!r.groups.first().perExample[1][2]);
    // One warning per metric for the empty document, naming the file and its line.
    QCOMPARE(r.diagnostics.warningCount(), 3);
    QCOMPARE(r.diagnostics.items.first().file, QStringLiteral("docs.jsonl"));
    QCOMPARE(r.diagnostics.items.first().line, 3);
    QVERIFY(r.diagnostics.items.first().message.contains(QLatin1String("empty")));
}

void tst_LogLikelihoodMetrics::lmEvalSamplesMutualInfoAndRolling() {
    // A multiple_choice record of a task with acc_mutual_info: two options, then the same two
    // continuations after an empty context (lm_eval/api/task.py construct_requests), and a
    // loglikelihood_rolling record whose response is one number.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mc = dir.filePath(QStringLiteral("samples_copa_2024-01-01T00-00-00.jsonl"));
    QFile f(mc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"doc_id": 0, "target": 1, "arguments": {"gen_args_0": {"arg_0": "Q:", "arg_1": " yes"}, "gen_args_1": {"arg_0": "Q:", "arg_1": " maybe"}, "gen_args_2": {"arg_0": "", "arg_1": " yes"}, "gen_args_3": {"arg_0": "", "arg_1": " maybe"}}, "resps": [[["-1.0", "False"]], [["-2.0", "False"]], [["-0.5", "False"]], [["-3.0", "False"]]], "filtered_resps": [["-1.0", "False"], ["-2.0", "False"], ["-0.5", "False"], ["-3.0", "False"]], "filter": "none"}
)");
    f.close();
    const QString rolling =
        dir.filePath(QStringLiteral("samples_wikitext_2024-01-01T00-00-00.jsonl"));
    QFile g(rolling);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(
        R"({"doc_id": 0, "target": "a b", "arguments": {"gen_args_0": {"arg_0": "a b"}}, "resps": [[-2.0]], "filtered_resps": [-2.0], "filter": "none"}
)");
    g.close();
    ExampleReadOptions ro;
    ro.model = QStringLiteral("m");
    ExampleSet set = readExamples(mc, ro);
    QCOMPARE(set.diagnostics.items.size(), 0);
    const Example& e = set.groups().first().examples.first();
    QCOMPARE(e.choiceLogprobs, (QList<double>{-1.0, -2.0}));
    QCOMPARE(e.unconditionalLogprobs, (QList<double>{-0.5, -3.0}));
    QCOMPARE(e.choices, (strings({" yes", " maybe"})));
    QCOMPARE(e.targetScores, (QList<double>{0, 1}));
    set.append(readExamples(rolling, ro));
    QCOMPARE(set.diagnostics.items.size(), 0);
    ScoringOptions o;
    o.metrics = {QStringLiteral("multiple_choice_grade"), QStringLiteral("acc_norm"),
                 QStringLiteral("acc_mutual_info"), QStringLiteral("bits_per_byte")};
    const ScoreResult r = scoreExamples(set, o);
    QCOMPARE(r.groups.size(), 2);
    // Option 0 is likelier (grade 0); per character -1/3 > -2/5 (acc_norm 0); information
    // -0.5 < +1 (acc_mutual_info 1).
    QCOMPARE(*findMetric(r, QStringLiteral("copa"), QStringLiteral("m"),
                         QStringLiteral("multiple_choice_grade"))
                  ->value,
             0.0);
    QCOMPARE(*findMetric(r, QStringLiteral("copa"), QStringLiteral("m"), QStringLiteral("acc_norm"))
                  ->value,
             0.0);
    QCOMPARE(*findMetric(r, QStringLiteral("copa"), QStringLiteral("m"),
                         QStringLiteral("acc_mutual_info"))
                  ->value,
             1.0);
    // 0/1 per example: a Wilson interval from k and n, as for the other proportions.
    QCOMPARE(findMetric(r, QStringLiteral("copa"), QStringLiteral("m"),
                        QStringLiteral("acc_mutual_info"))
                 ->ciMethod,
             QStringLiteral("wilson"));
    QCOMPARE(*findMetric(r, QStringLiteral("wikitext"), QStringLiteral("m"),
                         QStringLiteral("bits_per_byte"))
                  ->value,
             2.0 / 3.0 / std::numbers::ln2);
}

void tst_LogLikelihoodMetrics::lambadaPerplexity() {
    // The real GPT-2/GPT-3 LAMBADA final-word NLLs: perplexity = exp(mean NLL), byte
    // perplexity = exp(sum NLL / sum of the target words' UTF-8 bytes), both computed here
    // from the CSV directly.
    const QString path =
        kShared +
        QStringLiteral("gpt2-gpt3-lambada-target-logprobs/lambada_final_word_nll_by_model.csv");
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    // RFC 4180 by hand: some target words are quoted (commas, quotes, line breaks inside).
    QList<QList<QByteArray>> rows{{}};
    QByteArray cell;
    bool quoted = false;
    const QByteArray text = f.readAll();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"')
                cell += text[++i];
            else if (ch == '"')
                quoted = false;
            else
                cell += ch;
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            rows.last() << cell;
            cell.clear();
        } else if (ch == '\n') {
            rows.last() << cell;
            cell.clear();
            rows.append(QList<QByteArray>());
        } else if (ch != '\r') {
            cell += ch;
        }
    }
    if (!rows.last().isEmpty() || !cell.isEmpty())
        rows.last() << cell;
    else
        rows.removeLast();
    const QList<QByteArray> header = rows.takeFirst();
    const qsizetype gpt2 = header.indexOf("gpt2_nll"), davinci = header.indexOf("davinci_nll");
    QVERIFY(gpt2 > 0 && davinci > 0);
    double nll[2] = {0, 0};
    double bytes = 0;
    const qint64 n = rows.size();
    for (const QList<QByteArray>& cells : rows) {
        QCOMPARE(cells.size(), header.size());
        nll[0] += cells[gpt2].toDouble();
        nll[1] += cells[davinci].toDouble();
        bytes += static_cast<double>(cells[1].size());
    }
    const ExampleSet s = readExamples(path);
    ScoringOptions o;
    o.metrics = {QStringLiteral("perplexity"), QStringLiteral("byte_perplexity")};
    const ScoreResult r = scoreExamples(s, o);
    const MetricValue* p = findMetric(r, QStringLiteral("lambada"), QStringLiteral("gpt2"),
                                      QStringLiteral("perplexity"));
    QVERIFY(p);
    QCOMPARE(p->n, n);
    QVERIFY(std::abs(*p->value / std::exp(nll[0] / double(n)) - 1) < 1e-12);
    const MetricValue* b = findMetric(r, QStringLiteral("lambada"), QStringLiteral("davinci"),
                                      QStringLiteral("byte_perplexity"));
    QVERIFY(b);
    QVERIFY(std::abs(*b->value / std::exp(nll[1] / bytes) - 1) < 1e-12);
    // Larger is better at predicting: GPT-3 davinci's perplexity is far below GPT-2 small's.
    QVERIFY(*findMetric(r, QStringLiteral("lambada"), QStringLiteral("davinci"),
                        QStringLiteral("perplexity"))
                 ->value < *p->value);
}

QTEST_APPLESS_MAIN(tst_LogLikelihoodMetrics)
#include "tst_LogLikelihoodMetrics.moc"
