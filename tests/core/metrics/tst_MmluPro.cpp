// SPDX-License-Identifier: GPL-3.0-or-later
// MMLU-Pro model outputs: the real zips reproduce SOURCE.md's strict accuracies, and damaged
// input (built here with QTemporaryDir) is reported with its file, entry and record.
#include "ExampleTestHelpers.h"
#include "TestSkip.h"
#include "core/io/ZipTestWriter.h"
#include "io/ModelCatalog.h"
#include "io/WideCsv.h"
#include "io/examples/ExampleReaders.h"
#include "metrics/ExampleScorer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace ee;
using namespace ee::testing;

namespace {

const QString kMmluPro =
    QStringLiteral(EE_TEST_SHARED_DATA "/tiger-lab-mmlu-pro-model-outputs/eval_results/");

QString zipOf(const QString& model) {
    return kMmluPro + QStringLiteral("model_outputs_%1_5shots.zip").arg(model);
}

// One record as the upstream files write it.
QByteArray record(int id, const char* category, const char* answer, const char* pred,
                  const QByteArray& text = "The answer is (A).") {
    return QByteArray("{\"question_id\": ") + QByteArray::number(id) +
           ", \"question\": \"Q?\", \"options\": [\"x\", \"y\", \"z\"], \"answer\": \"" + answer +
           "\", \"answer_index\": 0, \"cot_content\": \"\", \"category\": \"" + category +
           "\", \"src\": \"s\", \"pred\": " + pred + ", \"generated_text\": \"" + text + "\"}";
}

QByteArray array(const QList<QByteArray>& records) {
    return "[" + records.join(", ") + "]";
}

bool hasDiagnostic(const ExampleSet& s, const QString& file, const QString& fragment,
                   qint64 line = -1, const QString& place = {}) {
    for (const auto& d : s.diagnostics.items)
        if (d.file == file && d.message.contains(fragment) && (line < 0 || d.line == line) &&
            (place.isEmpty() || d.place == place))
            return true;
    return false;
}

QString allDiagnostics(const ExampleSet& s) {
    QStringList out;
    for (const auto& d : s.diagnostics.items)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_MmluPro : public QObject {
    Q_OBJECT
private slots:
    void strictAccuracyReproducesSourceMd_data();
    void strictAccuracyReproducesSourceMd();
    void generationsAndLenientExtraction();
    void sizesFromTheCatalogue();
    void extractionRules();
    void plainJsonAndDetection();
    void truncatedArray();
    void badRecords();
    void damagedArchives();
    void entryOfAnotherFormat();

private:
    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void tst_MmluPro::strictAccuracyReproducesSourceMd_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::addColumn<qint64>("correct");     // of 12,032
    QTest::addColumn<qint64>("mathCorrect"); // of 1,351
    QTest::addColumn<qint64>("nulls");
    QTest::addColumn<double>("accuracy"); // SOURCE.md, 4 decimals
    QTest::addColumn<double>("mathAccuracy");
    // Counts computed once from the JSON with Python (pred == answer, null wrong); the table's
    // rounded ratios are checked against them too.
    QTest::newRow("Llama-2-7b-hf")
        << "Llama-2-7b-hf"
        << "Llama-2" << qint64(2207) << qint64(113) << qint64(2061) << 0.1834 << 0.0836;
    QTest::newRow("Llama-2-13b-hf")
        << "Llama-2-13b-hf"
        << "Llama-2" << qint64(2830) << qint64(161) << qint64(2019) << 0.2352 << 0.1192;
    QTest::newRow("Llama-2-70b-hf")
        << "Llama-2-70b-hf"
        << "Llama-2" << qint64(4366) << qint64(324) << qint64(1444) << 0.3629 << 0.2398;
    QTest::newRow("Meta-Llama-3-8B")
        << "Meta-Llama-3-8B"
        << "Llama-3" << qint64(4112) << qint64(367) << qint64(1290) << 0.3418 << 0.2717;
    QTest::newRow("Meta-Llama-3-70B")
        << "Meta-Llama-3-70B"
        << "Llama-3" << qint64(6258) << qint64(645) << qint64(814) << 0.5201 << 0.4774;
}

void tst_MmluPro::strictAccuracyReproducesSourceMd() {
    QFETCH(QString, model);
    QFETCH(QString, family);
    QFETCH(qint64, correct);
    QFETCH(qint64, mathCorrect);
    QFETCH(qint64, nulls);
    QFETCH(double, accuracy);
    QFETCH(double, mathAccuracy);
    if (!QFile::exists(zipOf(model)))
        EE_SKIP_OR_FAIL("../shared/data is absent");
    QElapsedTimer timer;
    timer.start();
    const ExampleSet set = readExamples(zipOf(model));
    qInfo("reading %s took %lld ms", qPrintable(QFileInfo(zipOf(model)).fileName()),
          timer.elapsed());
    QCOMPARE(detectExampleFormat(zipOf(model)), ExampleFormat::ZipOfExamples);
    QCOMPARE(set.exampleCount(), qsizetype(12032));
    QCOMPARE(set.skippedCount(), qint64(0));
    QCOMPARE(set.diagnostics.errorCount(), qsizetype(0));
    // The only warning: no size without a model metadata table.
    QCOMPARE(set.diagnostics.items.size(), qsizetype(1));
    QVERIFY(set.diagnostics.items.first().message.contains(QLatin1String("size of model")));
    QCOMPARE(set.groups().size(), qsizetype(14));
    qint64 count = 0, nullCount = 0;
    for (const ExampleGroup& g : set.groups()) {
        QCOMPARE(g.key.task, QStringLiteral("mmlu_pro"));
        QCOMPARE(g.key.model, model);
        QCOMPARE(g.key.family, family);
        QCOMPARE(g.key.shots, std::optional<int>(5));
        QCOMPARE(g.key.prompting, QStringLiteral("chain-of-thought"));
        QCOMPARE(g.key.scale, ModelScale{});
        QCOMPARE(g.source, zipOf(model));
        for (const Example& e : g.examples) {
            count += e.output == e.targets.first() ? 1 : 0;
            nullCount += e.output->isEmpty() ? 1 : 0;
            QVERIFY(!e.generation); // not asked for
        }
        if (g.key.subtask == QLatin1String("math"))
            QCOMPARE(g.examples.size(), qsizetype(1351));
    }
    QCOMPARE(count, correct);
    QCOMPARE(nullCount, nulls);
    QCOMPARE(qRound(10000.0 * double(correct) / 12032.0) / 10000.0, accuracy);
    QCOMPARE(qRound(10000.0 * double(mathCorrect) / 1351.0) / 10000.0, mathAccuracy);

    // The project's scorer agrees: exact_str_match per category, weighted back to the whole.
    ScoringOptions so;
    so.metrics = {QStringLiteral("exact_str_match")};
    so.threads = 1;
    const ScoreResult r = scoreExamples(set, so);
    double scored = 0;
    qint64 n = 0;
    for (const GroupScores& g : r.groups) {
        const MetricValue& m = g.metrics.first();
        QVERIFY(m.value);
        scored += *m.value * double(m.n);
        n += m.n;
        if (g.key.subtask == QLatin1String("math")) {
            QCOMPARE(m.n, qint64(1351));
            QCOMPARE(qRound64(*m.value * 1351.0), mathCorrect);
        }
    }
    QCOMPARE(n, qint64(12032));
    QCOMPARE(qRound64(scored), correct);
}

void tst_MmluPro::generationsAndLenientExtraction() {
    if (!QFile::exists(zipOf(QStringLiteral("Llama-2-7b-hf"))))
        EE_SKIP_OR_FAIL("../shared/data is absent");
    // Lenient counts computed with Python's re on the same rules (MmluProExtraction::Lenient).
    const QHash<QString, qint64> lenient = {{QStringLiteral("Llama-2-7b-hf"), 2213},
                                            {QStringLiteral("Llama-2-13b-hf"), 2837},
                                            {QStringLiteral("Llama-2-70b-hf"), 4378},
                                            {QStringLiteral("Meta-Llama-3-8B"), 4114},
                                            {QStringLiteral("Meta-Llama-3-70B"), 6268}};
    ExampleReadOptions opts;
    opts.keepGenerations = true;
    for (auto it = lenient.cbegin(); it != lenient.cend(); ++it) {
        const ExampleSet set = readExamples(zipOf(it.key()), opts);
        qint64 correct = 0;
        for (const ExampleGroup& g : set.groups())
            for (const Example& e : g.examples) {
                QVERIFY(e.generation);
                // The files' `pred` is exactly the strict rule applied to generated_text.
                QCOMPARE(extractMmluProAnswer(*e.generation, MmluProExtraction::Strict), *e.output);
                correct += extractMmluProAnswer(*e.generation, MmluProExtraction::Lenient) ==
                                   e.targets.first()
                               ? 1
                               : 0;
            }
        qInfo("%s: lenient extraction gets %lld of 12032 right", qPrintable(it.key()), correct);
        QCOMPARE(correct, it.value());
    }
}

void tst_MmluPro::sizesFromTheCatalogue() {
    const QString table =
        QStringLiteral(EE_TEST_SHARED_DATA "/obsscaling/eval_results/base_llm_benchmark_eval.csv");
    if (!QFile::exists(table) || !QFile::exists(zipOf(QStringLiteral("Meta-Llama-3-8B"))))
        EE_SKIP_OR_FAIL("../shared/data is absent");
    QFile f(table);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Diagnostics diag;
    const ModelCatalog catalog = WideCsv::readCatalog(f.readAll(), table, diag);
    ExampleReadOptions opts;
    opts.catalog = &catalog;
    const ExampleSet set = readExamples(zipOf(QStringLiteral("Meta-Llama-3-8B")), opts);
    QVERIFY2(set.diagnostics.items.isEmpty(), qPrintable(allDiagnostics(set)));
    const ExampleGroupKey& key = set.groups().first().key;
    QCOMPARE(key.model, QStringLiteral("Meta-Llama-3-8B"));
    QCOMPARE(key.family, QStringLiteral("Llama-3"));
    QCOMPARE(key.scale.params, std::optional<double>(8e9));
    QCOMPARE(key.scale.tokens, std::optional<double>(15e12));
    // A size the caller gives wins over the catalogue.
    opts.scale.params = 1.0;
    const ExampleSet given = readExamples(zipOf(QStringLiteral("Meta-Llama-3-8B")), opts);
    QCOMPARE(given.groups().first().key.scale.params, std::optional<double>(1.0));
}

void tst_MmluPro::extractionRules() {
    using enum MmluProExtraction;
    struct Case {
        const char* text;
        const char* strict;
        const char* lenient;
    };
    const Case cases[] = {
        {"so the answer is (C).", "C", "C"},
        {"The answer is D", "D", "D"},
        {"the answer is (C). Later the answer is (B).", "C", "C"}, // the first match
        {"The Answer is (C).", "", "C"}, // strict is case-sensitive; lenient's last "(C)"
        {"Answer: B", "", "B"},
        {"answer:\u2003(E)", "", "E"}, // Unicode whitespace, as Python's \s
        {"I think (A) is wrong and (F) is right.", "", "F"},
        {"answer is (K)", "", ""}, // K is no option letter
        {"The answer is unclear.", "", ""},
        {"", "", ""},
    };
    for (const Case& c : cases) {
        const QString text = QString::fromUtf8(c.text);
        QCOMPARE(extractMmluProAnswer(text, Strict), QString::fromUtf8(c.strict));
        QCOMPARE(extractMmluProAnswer(text, Lenient), QString::fromUtf8(c.lenient));
    }
}

void tst_MmluPro::plainJsonAndDetection() {
    const QByteArray json = array({record(1, "math", "A", "\"A\""), record(2, "math", "B", "null"),
                                   record(3, "law", "C", "\"D\"")});
    // By name, and by content under any name (an array like lm-eval's write-out files).
    for (const QString& name :
         {QStringLiteral("model_outputs_Yi-6B_5shots.json"), QStringLiteral("outputs.json")}) {
        const QString path = write(name, json);
        QCOMPARE(detectExampleFormat(path), ExampleFormat::MmluProOutputs);
        ExampleReadOptions opts;
        opts.keepInputs = true;
        const ExampleSet set = readExamples(path, opts);
        QCOMPARE(set.exampleCount(), qsizetype(3));
        QCOMPARE(set.groups().size(), qsizetype(2));
        const ExampleGroup& math = set.groups().first();
        QCOMPARE(math.key.subtask, QStringLiteral("math"));
        QCOMPARE(math.key.model, name.startsWith(QLatin1String("model_outputs"))
                                     ? QStringLiteral("Yi-6B")
                                     : QStringLiteral("outputs"));
        QCOMPARE(math.examples[0].id, QStringLiteral("1"));
        QCOMPARE(math.examples[0].targets, QStringList{QStringLiteral("A")});
        QCOMPARE(math.examples[0].output, std::optional<QString>(QStringLiteral("A")));
        QCOMPARE(math.examples[0].choices,
                 (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(math.examples[0].input, QStringLiteral("Q?"));
        QCOMPARE(math.examples[1].output, std::optional<QString>(QString()));
        QCOMPARE(math.examples[1].line, qint64(2));
        QVERIFY(hasDiagnostic(set, path, QStringLiteral("size of model")));
    }
    // Family from a name the catalogue does not know: the part before the size.
    const ExampleSet yi =
        readExamples(m_dir.filePath(QStringLiteral("model_outputs_Yi-6B_5shots.json")));
    QCOMPARE(yi.groups().first().key.family, QStringLiteral("Yi"));
    QCOMPARE(yi.groups().first().key.scale, ModelScale{}); // "6B" is never read as a size
    // gzip-compressed.
    const QString gz =
        write(QStringLiteral("model_outputs_Yi-6B_5shots.json.gz"), deflateBytes(json, true));
    QCOMPARE(detectExampleFormat(gz), ExampleFormat::MmluProOutputs);
    QCOMPARE(readExamples(gz).exampleCount(), qsizetype(3));
}

void tst_MmluPro::truncatedArray() {
    const QByteArray whole =
        array({record(1, "math", "A", "\"A\""), record(2, "math", "B", "\"B\""),
               record(3, "math", "C", "\"C\"")});
    const QString path =
        write(QStringLiteral("model_outputs_M-1B_5shots.json"), whole.left(whole.size() - 40));
    const ExampleSet set = readExamples(path);
    QCOMPARE(set.exampleCount(), qsizetype(2));
    QCOMPARE(set.skippedCount(), qint64(1));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("truncated"), 3, QStringLiteral("[2]")),
             qPrintable(allDiagnostics(set)));
    // Cut just after a whole record: that record loads, the missing ']' is reported.
    const QString cut =
        write(QStringLiteral("model_outputs_M-2B_5shots.json"), whole.left(whole.size() - 1));
    const ExampleSet set2 = readExamples(cut);
    QCOMPARE(set2.exampleCount(), qsizetype(3));
    QVERIFY2(hasDiagnostic(set2, cut, QStringLiteral("closing ']'")),
             qPrintable(allDiagnostics(set2)));
}

void tst_MmluPro::badRecords() {
    QByteArray noAnswer = record(2, "law", "B", "\"B\"");
    noAnswer.replace("\"answer\": \"B\", ", "");
    const QByteArray badUtf8 = record(5, "law", "A", "\"A\"", "caf\xe9 (A)"); // Latin-1 é
    const QByteArray json =
        array({record(1, "law", "A", "\"A\""), noAnswer, record(3, "law", "C", "3"),
               "{\"question_id\": 4, oops}", badUtf8, record(6, "", "A", "\"A\""), "[42]",
               record(8, "law", "Z", "\"A\"")});
    const QString path = write(QStringLiteral("model_outputs_M-3B_5shots.json"), json);
    ExampleReadOptions opts;
    opts.keepGenerations = true;
    const ExampleSet set = readExamples(path, opts);
    const QString all = allDiagnostics(set);
    QCOMPARE(set.exampleCount(), qsizetype(2)); // records 1 and 5
    QCOMPARE(set.skippedCount(), qint64(6));
    QVERIFY2(
        hasDiagnostic(set, path, QStringLiteral("'answer' is missing"), 2, QStringLiteral("[1]")),
        qPrintable(all));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("'pred' is a number"), 3), qPrintable(all));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("not valid JSON"), 4), qPrintable(all));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("invalid UTF-8"), 5), qPrintable(all));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("'category'"), 6), qPrintable(all));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("expected a JSON object"), 7),
             qPrintable(all));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("'Z'"), 8), qPrintable(all));
    const ExampleGroup& law = set.groups().first();
    QCOMPARE(law.examples[1].id, QStringLiteral("5"));
    QCOMPARE(*law.examples[1].generation, QStringLiteral("caf\uFFFD (A)"));
    QCOMPARE(law.skipped, qint64(3)); // the records that named their category
}

void tst_MmluPro::damagedArchives() {
    const QByteArray json =
        array({record(1, "math", "A", "\"A\""), record(2, "math", "B", "\"C\"")});
    const QByteArray name = "model_outputs_M-4B_5shots.json";
    struct Case {
        const char* file;
        QByteArray bytes;
        const char* fragment;
    };
    TestZipEntry lying{name, json};
    lying.uncompressed = 10;
    TestZipEntry badCrc{name, json};
    badCrc.crc = 7;
    const QByteArray good = makeZip({{name, json}});
    const Case cases[] = {
        {"truncated.zip", good.left(good.size() - 5), "end-of-central-directory"},
        {"lying.zip", makeZip({lying}), "lying size"},
        {"crc.zip", makeZip({badCrc}), "CRC-32 mismatch"},
        {"zip64.zip", makeZip({{name, json}}, TestZipOptions{true}), "ZIP64"},
        {"empty.zip", makeZip({}), "holds no files"},
    };
    for (const Case& c : cases) {
        const QString path = write(QString::fromLatin1(c.file), c.bytes);
        const ExampleSet set = readExamples(path);
        QCOMPARE(set.exampleCount(), qsizetype(0));
        QVERIFY2(hasDiagnostic(set, path, QString::fromLatin1(c.fragment)),
                 qPrintable(allDiagnostics(set)));
        QVERIFY2(set.diagnostics.items.first().message.contains(QString::fromLatin1(c.file)) ||
                     set.diagnostics.items.first().file == path,
                 qPrintable(allDiagnostics(set)));
        if (QByteArray(c.file) == "lying.zip" || QByteArray(c.file) == "crc.zip")
            QVERIFY2(allDiagnostics(set).contains(QString::fromLatin1(name)),
                     qPrintable(allDiagnostics(set))); // the entry is named
    }
    // A good entry still loads beside a damaged one.
    const QString mixed = write(QStringLiteral("mixed.zip"), makeZip({{name, json}, badCrc}));
    const ExampleSet set = readExamples(mixed);
    QCOMPARE(set.exampleCount(), qsizetype(2));
    QVERIFY(hasDiagnostic(set, mixed, QStringLiteral("CRC-32 mismatch")));
}

void tst_MmluPro::entryOfAnotherFormat() {
    const QByteArray json = array({record(1, "math", "A", "\"A\"")});
    const QString path =
        write(QStringLiteral("bundle.zip"),
              makeZip({{"model_outputs_M-5B_5shots.json", json},
                       {"notes.txt", "not JSON at all"},
                       {"d/samples_arc_2024.jsonl", "{\"doc_id\": 0, \"resps\": [[\"x\"]]}\n"},
                       {"d/", ""}}));
    const ExampleSet set = readExamples(path);
    const QString all = allDiagnostics(set);
    QCOMPARE(set.exampleCount(), qsizetype(1));
    QVERIFY2(hasDiagnostic(set, path, QStringLiteral("entry 'notes.txt' is not a recognised")),
             qPrintable(all));
    // The lm-eval entry is read as the archive's folder would be; its problems name it there.
    QVERIFY2(hasDiagnostic(set, path + QStringLiteral("/d/samples_arc_2024.jsonl"),
                           QStringLiteral("doc 0: no target; skipped"), 1),
             qPrintable(all));
    QCOMPARE(set.diagnostics.errorCount(), qsizetype(0)); // the folder entry is no problem
}

QTEST_GUILESS_MAIN(tst_MmluPro)
#include "tst_MmluPro.moc"
